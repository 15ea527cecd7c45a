#!/bin/sh
# test_langid.sh - language identification on the documents of this folder
#
# docs-cs.txt (Czech), docs-cs-nodia.txt (Czech without diacritics),
# docs-en.txt (English), docs-en-names.txt (English full of Czech names and
# institutions): one document of 200+ characters a line. docs-other.txt:
# LANG<TAB>text in German, Slovak, Polish, French, Spanish, Italian (all
# should be und). docs-short.txt: EXPECTED-or-LANG<TAB>short text.
# The documents go through the real normalize (TSV input); at least 99% of
# the long ones must get the right language; the short ones must not break
# anything and are reported.
set -u
: "${STOPA_BIN:?STOPA_BIN must name the directory of the binaries}"
dir=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stopa-langid.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

# id<TAB>text, the expected language in the id: EXPECTED:name:line
awk -F'\t' -v OFS='\t' '
    FILENAME ~ /docs-cs/        { print "cs:" FILENAME ":" FNR, $0; next }
    FILENAME ~ /docs-en/        { print "en:" FILENAME ":" FNR, $0; next }
    FILENAME ~ /docs-other/     { print "und:" FILENAME "-" $1 ":" FNR, $2; next }
' "$dir/docs-cs.txt" "$dir/docs-cs-nodia.txt" "$dir/docs-en.txt" \
  "$dir/docs-en-names.txt" "$dir/docs-other.txt" | sed "s|$dir/||" >"$tmp/long.tsv"
awk -F'\t' -v OFS='\t' '{
    want = ($1 == "cs" || $1 == "en" || $1 == "und") ? $1 : "und"
    print want ":short-" $1 ":" NR, $2 }' "$dir/docs-short.txt" >"$tmp/short.tsv"

fail=0
"$STOPA_BIN/normalize" -f tsv "$tmp/long.tsv" >"$tmp/long.out" 2>"$tmp/long.err"
rc=$?
if [ $rc -ne 0 ] || [ -s "$tmp/long.err" ]; then
    echo "FAIL: normalize exited $rc on the long documents:"; cat "$tmp/long.err"; fail=1
fi
n_in=$(wc -l <"$tmp/long.tsv")
n_out=$(grep -c '^doc	' "$tmp/long.out")
if [ "$n_in" -ne "$n_out" ] || [ "$n_in" -lt 100 ]; then
    echo "FAIL: $n_in documents in, $n_out doc records out (100 or more needed)"; fail=1
fi
awk -F'\t' '{
    split($2, p, ":"); total++
    if ($3 == p[1]) ok++
    else printf "wrong: %s gave %s\n", $2, $3
    if (length($6) < 200) { short++; printf "under 200 bytes: %s\n", $2 }
} END {
    printf "long documents: %d of %d right (%.1f%%)\n", ok, total, 100 * ok / total
    exit (short > 0 || ok * 100 < total * 99) ? 1 : 0
}' "$tmp/long.out" || fail=1

"$STOPA_BIN/normalize" -f tsv "$tmp/short.tsv" >"$tmp/short.out" 2>"$tmp/short.err"
rc=$?
n_in=$(wc -l <"$tmp/short.tsv")
n_out=$(grep -c '^doc	' "$tmp/short.out")
if [ $rc -ne 0 ] || [ "$n_in" -ne "$n_out" ]; then
    echo "FAIL: short documents: exit $rc, $n_in in, $n_out out"; cat "$tmp/short.err"; fail=1
fi
awk -F'\t' '{ split($2, p, ":"); total++; if ($3 == p[1]) ok++
              else printf "short (not counted): %s gave %s\n", $2, $3 }
     END { printf "short documents: %d of %d as expected\n", ok, total }' "$tmp/short.out"
[ $fail -eq 0 ] && echo "PASS"
exit $fail
