#!/usr/bin/env python3
"""Turn marked-up text into a doc + ent record stream, for relate tests.

usage: annstream.py FILE...

Each FILE holds one document: a first line `@id ID LANG`, then the text,
in which `[[surface|TYPE|entity_id]]` marks an entity mention. The
offsets of the ent records are computed here (code points), so that test
documents stay readable. Paragraphs are separated by an empty line.
"""
import re
import sys

MARK = re.compile(r"\[\[([^|\]]+)\|([A-Z]+)\|([^\]]+)\]\]")


def esc(v):
    return v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def convert(path):
    with open(path, encoding="utf-8") as f:
        head, _, body = f.read().partition("\n")
    _, doc_id, lang = head.split()
    paras = [" ".join(p.split("\n")) for p in body.strip().split("\n\n")]
    raw = "\n\n".join(paras)
    text, ents, pos = [], [], 0
    last = 0
    for m in MARK.finditer(raw):
        text.append(raw[last:m.start()])
        pos += m.start() - last
        surface, typ, eid = m.group(1), m.group(2), m.group(3)
        ents.append((pos, pos + len(surface), typ, eid, surface))
        text.append(surface)
        pos += len(surface)
        last = m.end()
    text.append(raw[last:])
    out = ["\t".join(["doc", doc_id, lang, "", path.rsplit("/", 1)[-1], esc("".join(text))])]
    for s, e, typ, eid, surface in ents:
        out.append("\t".join(["ent", doc_id, str(s), str(e), typ, eid, esc(surface), "exact"]))
    return out


def main(argv):
    for p in argv[1:]:
        print("\n".join(convert(p)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
