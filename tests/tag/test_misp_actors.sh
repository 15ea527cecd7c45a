#!/bin/sh
# test_misp_actors.sh - every MISP threat-actor name (each `value` and each
# `meta.synonyms` entry of MISP galaxy's threat-actor.json, read here from
# the JSON, not from the generated gazetteer), put in an ordinary English
# sentence, comes out of tag as an ACTOR with exactly that surface and the id
# of one of the MISP entries that carry the name (ids as docs/IDS.md makes
# them: actor: + slug of the value, -<uuid8> on a slug collision).
#
# Not expected: names of at most two letters/digits or of digits only (the
# import drops them, models/README.md), and the names listed, with what tag
# gives instead and why, in tests/tag/misp-exclusions.tsv (the shared aliases
# models/README.md documents). An excluded name must give exactly what the
# list says, so a stale or wrong exclusion fails too.
set -eu
: "${STOPA_BIN:?}"
SRC=${STOPA_SRC:-.}
JSON=${MISP_JSON:-$SRC/models/sources/misp-galaxy/threat-actor.json}
T=$(mktemp -d "${TMPDIR:-/tmp}/stopa-misp.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
python3 - "$JSON" "$SRC/tests/tag/misp-exclusions.tsv" "$T/docs" "$T/want.json" <<'PY'
import json, re, sys, unicodedata
src, excl, docs, want = sys.argv[1:]

def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))

def key(s):
    return " ".join(re.split(r"[^0-9a-z\u00c0-\uffff]+", fold(s))).strip()

values = json.load(open(src, encoding="utf-8"))["values"]
by_slug = {}
for a in values:
    by_slug.setdefault(re.sub(r"[^a-z0-9]+", "-", fold(a["value"])).strip("-") or "x", []).append(a)
ids = {}
for s, group in by_slug.items():
    group.sort(key=lambda a: (a["value"], a["uuid"]))
    for i, a in enumerate(group):
        base = s if s != "x" else "x-" + a["uuid"][:8]
        ids[a["uuid"]] = "actor:" + (base if i == 0 else base + "-" + a["uuid"][:8].lower())
owners = {}   # key -> ids of the entries that name it
names = []
for a in values:
    for nm in [a["value"]] + (a.get("meta", {}).get("synonyms") or []):
        nm = " ".join(nm.split())
        if nm and nm not in names:
            names.append(nm)
        owners.setdefault(key(nm), set()).add(ids[a["uuid"]])
skip = {}
for n, line in enumerate(open(excl, encoding="utf-8"), 1):
    if line.startswith("#") or not line.strip():
        continue
    f = line.rstrip("\n").split("\t")
    if len(f) != 3 or not f[2].strip():
        sys.exit("%s:%d: want alias<TAB>expected<TAB>reason" % (excl, n))
    skip[f[0]] = f[1]
stale = sorted(set(skip) - set(names))
for nm in stale:
    print("FAIL: exclusion %r is no MISP name" % nm)
rows, short = [], 0
for nm in names:
    k = key(nm).replace(" ", "")
    if len(nm) <= 2 or len(k) <= 2 or k.isdigit():
        short += 1
        continue
    rows.append({"doc": "m%d" % len(rows), "name": nm, "ids": sorted(owners[key(nm)]),
                 "expect": skip.get(nm)})
with open(docs, "w", encoding="utf-8") as d:
    for r in rows:
        d.write("doc\t%s\ten\t\t\tAnalysts said %s was active last year.\n" % (r["doc"], r["name"].replace("\\", "\\\\")))
json.dump(rows, open(want, "w", encoding="utf-8"))
print("%d MISP names, %d too short or numeric, %d excluded" % (len(names), short, len(skip)), file=sys.stderr)
sys.exit(1 if stale else 0)
PY
"$STOPA_BIN/tag" --table "$T/docs" >"$T/got"
python3 - "$T/want.json" "$T/got" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))
got = {}
for l in list(open(sys.argv[2], encoding="utf-8"))[1:]:
    f = l.rstrip("\n").split("\t")
    got.setdefault(f[0], []).append((f[3], f[4], f[5].replace("\\\\", "\\")))
bad = 0
for r in rows:
    g = got.get(r["doc"], [])
    if r["expect"] is None:
        if not any(t == "ACTOR" and s == r["name"] and i in r["ids"] for t, i, s in g):
            bad += 1
            print("FAIL: %r (MISP: %s) not tagged as one of its ACTORs; got %r" % (r["name"], ",".join(r["ids"]), g))
    else:
        have = ",".join("%s:%s" % (t, i) for t, i, s in g) or "-"
        if have != r["expect"]:
            bad += 1
            print("FAIL: excluded %r: expected %s, got %s (update tests/tag/misp-exclusions.tsv)" % (r["name"], r["expect"], have))
print("%d of %d MISP names as expected" % (len(rows) - bad, len(rows)))
sys.exit(1 if bad else 0)
PY
