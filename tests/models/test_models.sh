#!/bin/sh
# Tests for the gazetteers in models/: the lint is clean, the MISP import is
# up to date, and the lint catches the faults planted in tests/models/bad/.
# Run from anywhere: sh tests/models/test_models.sh   (exit 0 = pass)
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root" || exit 2
PY=${PYTHON:-python3}
fail=0
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

ok()  { echo "ok - $1"; }
bad() { echo "not ok - $1"; fail=1; }

# 1. the real models lint clean (which includes: every actor has a country or
#    an explicit unknown, every institution a country and a sector)
if $PY scripts/lint-models.py models >"$tmp/lint.out" 2>&1; then ok "lint models"
else bad "lint models"; cat "$tmp/lint.out"; fi

# 2. the generated MISP files match a fresh import
if $PY scripts/import-misp.py --check >"$tmp/check.out" 2>&1; then ok "import-misp --check"
else bad "import-misp --check"; cat "$tmp/check.out"; fi

# 3. --check notices a stale file (copy of models with one generated row dropped)
cp -r models "$tmp/models"
sed -i '5d' "$tmp/models/gazetteer/actors-misp.tsv"
if $PY scripts/import-misp.py --check --models "$tmp/models" >/dev/null 2>&1; then bad "import-misp --check detects a stale file"
else ok "import-misp --check detects a stale file"; fi

# 4. the bad fixture fails with the expected file:line messages
$PY scripts/lint-models.py tests/models/bad >"$tmp/bad.out" 2>&1
rc=$?
if [ "$rc" -eq 1 ]; then ok "lint bad fixture exits 1"; else bad "lint bad fixture exits 1 (got $rc)"; fi
g=tests/models/bad/gazetteer/bad.tsv
a=tests/models/bad/attributes/bad.tsv
while IFS= read -r want; do
    [ -z "$want" ] && continue
    if grep -qF -- "$want" "$tmp/bad.out"; then ok "reports: $want"
    else bad "reports: $want"; fi
done <<EXPECTED
$g:3: expected 6 TAB-separated columns
$g:4: unknown type 'GROUP'
$g:5: bad id syntax
$g:6: bad flags 'loud'
$g:7: bad lang 'de'
$g:8: id actor:good-one has the wrong prefix for type AGENCY
$g:9: id actor:good-one has canonical 'Gudwun 1'
$g:10: duplicate row (id, alias, lang)
$g:11: alias 'snake' is an ordinary en word
$g:12: alias 'Clashname' (key 'clashname') names actor:clash-a actor:clash-b
$g:13: alias 'clashname'
$a:3: unknown id actor:nobody
$a:4: sponsor must be a known state id
$a:5: unknown key 'colour'
$a:8: second country for actor:amb-b
$a:9: country must be ISO alpha-2 lower case, unknown or int: 'Czech'
$g:11: actor actor:snake-a has no country attribute
$g:17: institution inst:cz-nosector has no sector attribute
EXPECTED
# ...and nothing about the rows that are fine (ambig pair, cross-type priority)
for n in 2 14 15 16; do
    if grep -q "^$g:$n:" "$tmp/bad.out"; then bad "no report for $g:$n"; grep "^$g:$n:" "$tmp/bad.out"
    else ok "no report for $g:$n"; fi
done

# 5. the README counts are current
cp models/README.md "$tmp/README.md"
cp -r models "$tmp/m2"
$PY scripts/lint-models.py --update-readme "$tmp/m2" >/dev/null 2>&1
if cmp -s "$tmp/m2/README.md" models/README.md; then ok "README counts current"
else bad "README counts current (run scripts/lint-models.py --update-readme models)"; fi

exit $fail
