#!/usr/bin/env python3
"""text-count.py - sentences and tokens of the documents of a record stream,
counted apart from libstopa, for the --stats tests (tests/cli/*/stats-*.sh).

Reads a record stream (doc records, and the ent records tag wrote after
them) on standard input and prints one line:

    DOCS SENTENCES TOKENS LDOCS LSENTENCES LTOKENS

the first three over every doc record, the last three over the documents
relate splits: those with two or more ent records of a type a relation can
link (docs/RELATE.md: ACTOR STATE AGENCY INSTITUTION PERSON PRODUCT MALWARE
VULN) with an entity id.

The counting is deliberately simpler than lib/token.c and lib/sent.c,
written from the rules token.h and sent.h state: a word (letters, digits,
inner hyphens or dots) is one token, and so is a number, each punctuation
mark, an English possessive 's, a URL, e-mail address or IPv4 address
(defanged or not) and a name with a bracketed number ("NoName057(16)"); a
sentence ends at . ! or ? before white space and a letter, or at a blank
line. It knows no abbreviations, ordinals or initials, so it agrees with
the library only on texts without them, such as corpora/sample: use it on
such texts only.
"""
import re
import sys

TOKEN = re.compile(r"""
    (?:hxxps?|https?)://[^\s;,]+[^\s;,.]    # URL, defanged or not
  | [\w.+-]+@\w+(?:\.\w+)*\.\w+             # e-mail address
  | \d+(?:(?:\.|\[\.\])\d+){3}              # IPv4 address, defanged or not
  | \w+\(\d+\)                              # name with a bracketed number
  | \w+(?:[-.]\w+)*                         # word or number
  | '\w                                     # possessive 's
  | \S                                      # one punctuation mark or symbol
""", re.X)
BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])|\n\s*\n")
LINKED = {"ACTOR", "STATE", "AGENCY", "INSTITUTION", "PERSON", "PRODUCT", "MALWARE", "VULN"}
ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}


def unescape(field):
    return re.sub(r"\\(.)", lambda m: ESCAPES.get(m.group(1), m.group(1)), field)


def sentences_tokens(text):
    if not text.strip():
        return 0, 0
    return 1 + len(BOUNDARY.findall(text.strip())), len(TOKEN.findall(text))


def main():
    total = [0, 0, 0]
    linked = [0, 0, 0]
    doc = None          # [sentences, tokens, linkable mentions]

    def close():
        if doc is None:
            return
        for acc, ok in ((total, True), (linked, doc[2] >= 2)):
            if ok:
                acc[0] += 1
                acc[1] += doc[0]
                acc[2] += doc[1]

    for line in sys.stdin.buffer:
        f = line.decode("utf-8").rstrip("\n").split("\t")
        if f[0] == "doc" and len(f) == 6:
            close()
            s, t = sentences_tokens(unescape(f[5]))
            doc = [s, t, 0]
        elif f[0] == "ent" and len(f) >= 6 and doc is not None:
            if f[4] in LINKED and f[5]:
                doc[2] += 1
    close()
    print(*total, *linked)


main()
