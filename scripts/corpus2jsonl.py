#!/usr/bin/env python3
"""Write a corpus split as JSONL, the input the pipeline is run on.

usage: corpus2jsonl.py CORPUS_SPLIT_DIR > docs.jsonl

Reads CORPUS_SPLIT_DIR/index.tsv (id lang date source, header line) and
CORPUS_SPLIT_DIR/<id>.txt, and prints one JSON object per document:
{"id", "lang", "date", "source", "text"} (text without the final newline of
the .txt file). Then:  normalize --format jsonl docs.jsonl | tag | relate
Exit status: 0 ok, 1 some document missing (the others are written),
2 usage error. Python 3 standard library only.
"""
import json
import os
import sys


def main(argv):
    if len(argv) != 2 or argv[1] in ("-h", "--help"):
        print(__doc__, file=sys.stderr if len(argv) != 2 else sys.stdout)
        return 0 if len(argv) == 2 else 2
    d = argv[1]
    idx = os.path.join(d, "index.tsv")
    try:
        f = open(idx, encoding="utf-8")
    except OSError as e:
        print("corpus2jsonl.py: cannot read %s: %s" % (idx, e), file=sys.stderr)
        return 2
    rc = 0
    with f:
        for i, line in enumerate(f):
            parts = line.rstrip("\n").split("\t")
            if i == 0 and parts[0] == "id":
                continue
            if not parts[0]:
                continue
            parts += [""] * (4 - len(parts))
            doc_id, lang, date, source = parts[:4]
            try:
                with open(os.path.join(d, doc_id + ".txt"), encoding="utf-8") as tf:
                    text = tf.read()
            except OSError as e:
                print("corpus2jsonl.py: %s: %s" % (doc_id, e), file=sys.stderr)
                rc = 1
                continue
            if text.endswith("\n"):
                text = text[:-1]
            sys.stdout.write(json.dumps({"id": doc_id, "lang": lang, "date": date,
                                         "source": source, "text": text},
                                        ensure_ascii=False) + "\n")
    return rc


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except BrokenPipeError:
        sys.exit(0)
