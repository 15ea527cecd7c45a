#!/bin/sh
# test_misp_actors.sh - issue 4 acceptance: every MISP actor alias of three
# or more characters, put in an ordinary English sentence, comes out of tag
# as an ACTOR with exactly that surface. Aliases that cannot sensibly match
# are listed with the reason in tests/tag/misp-exclusions.tsv.
set -eu
: "${STOPA_BIN:?}"
SRC=${STOPA_SRC:-.}
T=$(mktemp -d "${TMPDIR:-/tmp}/stopa-misp.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
python3 - "$SRC/models/gazetteer/actors-misp.tsv" "$SRC/tests/tag/misp-exclusions.tsv" "$T/docs" "$T/want" <<'PY'
import sys
gaz, excl, docs, want = sys.argv[1:]
skip = set()
for line in open(excl, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    skip.add(line.rstrip("\n").split("\t")[0])
n = 0
with open(docs, "w", encoding="utf-8") as d, open(want, "w", encoding="utf-8") as w:
    for line in open(gaz, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        alias = f[3]
        if len(alias) < 3 or alias in skip:
            continue
        n += 1
        text = "Analysts said %s was active last year." % alias
        d.write("doc\tm%d\ten\t\t\t%s\n" % (n, text.replace("\\", "\\\\")))
        w.write("m%d\t%s\n" % (n, alias))
print("%d aliases" % n, file=sys.stderr)
PY
"$STOPA_BIN/tag" --table "$T/docs" >"$T/got"
python3 - "$T/want" "$T/got" <<'PY'
import sys
want = [l.rstrip("\n").split("\t", 1) for l in open(sys.argv[1], encoding="utf-8")]
got = {}
for l in list(open(sys.argv[2], encoding="utf-8"))[1:]:
    f = l.rstrip("\n").split("\t")
    got.setdefault(f[0], []).append((f[3], f[5].replace("\\\\", "\\")))
bad = [(d, a, got.get(d, [])) for d, a in want if ("ACTOR", a) not in got.get(d, [])]
for d, a, g in bad:
    print("FAIL: %r not tagged as an ACTOR (got %r)" % (a, g))
print("%d of %d aliases tagged" % (len(want) - len(bad), len(want)))
sys.exit(1 if bad else 0)
PY
