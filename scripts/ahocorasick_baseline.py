#!/usr/bin/python3
"""ahocorasick_baseline.py - the gazetteer lookup a Python user would write.

Usage: /usr/bin/python3 scripts/ahocorasick_baseline.py ALIASES [FILE...]

ALIASES holds one alias a line (bench.sh writes every alias column value of
models/gazetteer/*.tsv). Each input line (standard input when no FILE) that
is a JSON object with a "text" field is searched in that text, any other
line as it is. The text is lower-cased, every alias (lower-cased) is found
with an Aho-Corasick automaton, and a match counts only when the characters
on both sides are not letters, digits or "_" (whole words). Each match is
written as "id TAB start TAB end TAB surface" (id from the JSON "id" field,
else the line number; offsets in code points, end exclusive).

It is the baseline of scripts/bench.sh: no inflection, no diacritics
folding, no case rules, no longest-match choice, no relations. Debian's
python3-ahocorasick (pyahocorasick) provides the automaton, so run it with
/usr/bin/python3.
"""

import json
import sys

import ahocorasick


def main():
    if len(sys.argv) < 2:
        sys.stderr.write("usage: ahocorasick_baseline.py ALIASES [FILE...]\n")
        return 2
    auto = ahocorasick.Automaton()
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            alias = line.rstrip("\n").lower()
            if alias:
                auto.add_word(alias, len(alias))
    auto.make_automaton()

    out = sys.stdout
    files = sys.argv[2:] or ["-"]
    n = 0
    for name in files:
        f = sys.stdin if name == "-" else open(name, encoding="utf-8", errors="replace")
        for line in f:
            n += 1
            doc_id = str(n)
            text = line.rstrip("\n")
            if text.startswith("{"):
                try:
                    obj = json.loads(text)
                    text = obj["text"]
                    doc_id = str(obj.get("id", n))
                except (ValueError, KeyError, TypeError):
                    pass
            low = text.lower()
            size = len(low)
            for end, length in auto.iter(low):
                start = end - length + 1
                if start > 0:
                    c = low[start - 1]
                    if c.isalnum() or c == "_":
                        continue
                if end + 1 < size:
                    c = low[end + 1]
                    if c.isalnum() or c == "_":
                        continue
                out.write("%s\t%d\t%d\t%s\n" % (doc_id, start, end + 1, text[start:end + 1]))
        if f is not sys.stdin:
            f.close()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        sys.stdout = None
        sys.exit(0)
