#!/bin/sh
# test_lexicon.sh - lib/trig_data.c is what models/triggers/*.tsv give, and
# every row of the lexicons parses (relate -L reads them one by one).
set -u
: "${STOPA_BIN:?}"
cd "$(dirname "$0")/../.."
fail=0
python3 scripts/gen-triggers.py --check || fail=1
for f in models/triggers/*.tsv; do
    printf 'doc\tx\ten\t\ts\tAPT28 attacked Czechia.\n' | "$STOPA_BIN/relate" -L "$f" >/dev/null || {
        echo "FAIL: $f does not load"; fail=1; }
done
# a bad row is caught with its line
T=$(mktemp -d "${TMPDIR:-/tmp}/stopa-lex.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT INT TERM
cp models/triggers/en.tsv "$T/bad.tsv"
printf 'en\tTARGETED\tattack\tQQ\t-\t0.5\n' >>"$T/bad.tsv"
n=$(wc -l <"$T/bad.tsv" | tr -d ' ')
printf '' | "$STOPA_BIN/relate" -L "$T/bad.tsv" 2>"$T/err"
[ $? -eq 2 ] && grep -q "bad.tsv:$n: sides" "$T/err" || { echo "FAIL: bad row not reported"; cat "$T/err"; fail=1; }
[ $fail -eq 0 ] && echo "lexicons: ok"
exit $fail
