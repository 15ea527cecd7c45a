#!/bin/sh
# test_inflections.sh - Czech case forms of multi-word names (hand-written in
# tests/tag/inflections.tsv), with and without diacritics, each in its own
# Czech sentence, must come out of the real tag binary as the entity with
# exactly the form as surface. Failures are listed by entity, case and form.
set -eu
: "${STOPA_BIN:?}"
SRC=${STOPA_SRC:-.}
T=$(mktemp -d "${TMPDIR:-/tmp}/stopa-infl.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
python3 - "$SRC/tests/tag/inflections.tsv" "$T/docs" "$T/want" <<'PY'
import sys, unicodedata
src, docs, want = sys.argv[1:]
def strip(s):
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", s)
                                                if not unicodedata.combining(c)))
n = 0
with open(docs, "w", encoding="utf-8") as d, open(want, "w", encoding="utf-8") as w:
    for line in open(src, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        eid, case, form = line.rstrip("\n").split("\t")
        for f in sorted({form, strip(form)}, key=lambda x: x != form):
            n += 1
            d.write("doc\ti%d\tcs\t\t\tPodle zprávy jednal s tím včera i %s a další.\n" % (n, f))
            w.write("i%d\t%s\t%s\t%s\n" % (n, eid, case, f))
PY
"$STOPA_BIN/tag" --table "$T/docs" >"$T/got"
python3 - "$T/want" "$T/got" <<'PY'
import sys
want = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
got = {}
for l in list(open(sys.argv[2], encoding="utf-8"))[1:]:
    f = l.rstrip("\n").split("\t")
    got.setdefault(f[0], []).append((f[4], f[5]))
bad = 0
for d, eid, case, form in want:
    if (eid, form) not in got.get(d, []):
        bad += 1
        print("FAIL: %s %s %r: got %r" % (eid, case, form, got.get(d, [])))
print("%d of %d forms tagged" % (len(want) - bad, len(want)))
sys.exit(1 if bad else 0)
PY
