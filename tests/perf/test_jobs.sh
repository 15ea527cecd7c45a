#!/bin/sh
# test_jobs.sh - -j N gives the same bytes as -j 1: tag, relate and
# incidents on a generated corpus of about 1,500 documents (several
# batches), with bad records inserted and two input files, standard output,
# standard error and the exit status compared for -j 1, 2 and 4; and the
# pipeline. (normalize: test_jobs_normalize.sh.) Run from the repo root.
set -eu
. "$(dirname "$0")/jobs-common.sh"

python3 scripts/gen-corpus.py --quiet --size 3M --seed 11 --format jsonl --out "$T/c.jsonl"
"$BIN/normalize" -f jsonl "$T/c.jsonl" >"$T/n.tsv"
docs=$(grep -c '^doc' "$T/n.tsv")
[ "$docs" -ge 1000 ] || fail "only $docs documents generated"

# bad records here and there: a doc with too few fields, an ent with
# offsets past the text, an ent before any doc (at the start of a file)
awk 'NR % 397 == 5 { print "doc\tbroken" }
     { print }
     /^doc/ && NR % 211 == 7 { split($0, f, "\t"); print "ent\t" f[2] "\t0\t999999\tSTATE\tstate:cz\tX\texact" }' \
    "$T/n.tsv" >"$T/bad1.tsv"
{ printf 'ent\tnone\t0\t1\tSTATE\tstate:cz\tX\texact\n'; head -n 300 "$T/n.tsv"; } >"$T/bad2.tsv"
bad=$(grep -c -v '^doc' "$T/bad1.tsv" || true)
[ "$bad" -ge 5 ] || fail "no bad records inserted"


for j in 1 2 4; do
    run tag$j "$BIN/tag" -j $j "$T/bad1.tsv" "$T/bad2.tsv"
done
same tag1 tag2 tag4
[ "$(cat "$T/tag1.rc")" = 1 ] || fail "tag: bad records but exit status $(cat "$T/tag1.rc")"
errs=$(wc -l <"$T/tag1.err")
[ "$errs" -ge 5 ] || fail "tag: only $errs messages for the bad records"
grep -q 'bad2.tsv:1: ent record before any doc record' "$T/tag1.err" ||
    fail "tag: no message for the ent before any doc of the second file"
grep -q 'bad1.tsv:[0-9]*: doc record: ' "$T/tag1.err" || fail "tag: no message for the broken doc"
ents=$(grep -c '^ent' "$T/tag1.out")
[ "$ents" -ge 1000 ] || fail "tag: only $ents entities"
want=$((docs + $(head -n 300 "$T/n.tsv" | grep -c '^doc')))
[ "$(grep -c '^doc' "$T/tag1.out")" -eq "$want" ] || fail "tag: documents lost"

# the line numbers in the messages point at the bad lines
line=$(grep -m1 'bad1.tsv:[0-9]*: doc record' "$T/tag1.err" | sed 's/.*bad1.tsv:\([0-9]*\):.*/\1/')
sed -n "${line}p" "$T/bad1.tsv" | grep -q '^doc	broken$' || fail "tag: message names line $line, which is not the broken doc"

for j in 1 2 4; do
    run rel$j "$BIN/relate" -j $j "$T/tag1.out" "$T/bad2.tsv"
    run tab$j "$BIN/tag" -j $j --table "$T/n.tsv"
done
same rel1 rel2 rel4
same tab1 tab2 tab4
rels=$(grep -c '^rel' "$T/rel1.out")
[ "$rels" -ge 100 ] || fail "relate: only $rels relations"
[ "$(cat "$T/rel1.rc")" = 1 ] || fail "relate: bad records but exit status $(cat "$T/rel1.rc")"

# incidents on relate's output with bad records: too few fields, a date
# that is not ISO, a rel of another document, a bad escape; a second file
# that starts with a rel (no current document at the start of a file)
awk 'NR % 503 == 7 { print "rel\tx\tTARGETED" }
     /^doc/ && NR % 409 == 3 { sub(/\t[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]\t/, "\t03/05/2024\t") }
     { print }
     /^rel/ && NR % 307 == 1 { print "rel\tnot-this-doc\tTARGETED\tactor:apt28\tstate:cz\t\t0.9\t0\t5\thit\tev" }
     /^rel/ && NR % 601 == 2 { print "rel\tx\tBLAMED\tstate:cz\tactor:apt28\t\t0.9\t0\t5\thit\tbad \\q" }' \
    "$T/rel1.out" >"$T/ibad1.tsv"
last=$(grep '^doc' "$T/rel1.out" | tail -n 1 | cut -f2)
{ printf 'rel\t%s\tTARGETED\tactor:apt28\tstate:cz\t\t0.9\t0\t5\thit\tev\n' "$last"
  grep -v '^doc	broken' "$T/bad1.tsv" | head -n 2000; } >"$T/ibad2.tsv"
for j in 1 2 4; do
    run inc$j "$BIN/incidents" -j $j "$T/ibad1.tsv" "$T/ibad2.tsv"
    run ipass$j "$BIN/incidents" --jobs $j --pass "$T/ibad1.tsv"
    run itab$j "$BIN/incidents" -j $j --table --stats --window 3 "$T/ibad1.tsv"
    untimed itab$j
done
same inc1 inc2 inc4
same ipass1 ipass2 ipass4
same itab1 itab2 itab4
incs=$(grep -c '^incident' "$T/inc1.out")
[ "$incs" -ge 50 ] || fail "incidents: only $incs incidents"
[ "$(cat "$T/inc1.rc")" = 1 ] || fail "incidents: bad records but exit status $(cat "$T/inc1.rc")"
grep -q 'ibad2.tsv:1: rel record does not follow the doc record' "$T/inc1.err" ||
    fail "incidents: the rel at the start of the second file was not refused"
for m in 'bad rel record' 'date not understood' 'rel record does not follow'; do
    grep -q "ibad1.tsv:[0-9]*: .*$m" "$T/inc1.err" || fail "incidents: no message '$m'"
done
line=$(grep -m1 'ibad1.tsv:[0-9]*: .*date not understood' "$T/inc1.err" | sed 's/.*ibad1.tsv:\([0-9]*\):.*/\1/')
sed -n "${line}p" "$T/ibad1.tsv" | grep -q '^doc	.*	03/05/2024	' || fail "incidents: message names line $line"
n=$(wc -l <"$T/ibad1.tsv")
head -n "$n" "$T/ipass1.out" | cmp - "$T/ibad1.tsv" || fail "incidents --pass: records not passed"
"$BIN/incidents" -j 2 "$T/ibad1.tsv" 2>/dev/null >"$T/ione.out" || true
tail -n +"$((n + 1))" "$T/ipass1.out" | cmp - "$T/ione.out" || fail "incidents --pass: not the incidents"
grep -q '^incidents: incidents: ' "$T/itab1.err" || fail "incidents --stats: no summary"

for j in 1 2; do
    run pipe$j sh -c "'$BIN/normalize' -f jsonl '$T/c.jsonl' | '$BIN/tag' -j $j | '$BIN/relate' -j $j"
done
same pipe1 pipe2
cmp "$T/pipe1.out" "$T/rel1.out" >/dev/null 2>&1 && fail "the pipeline saw the bad records"
[ "$(grep -c '^doc' "$T/pipe1.out")" = "$docs" ] || fail "pipeline: documents lost"

# -j takes a number
rc=0; "$BIN/tag" -j x </dev/null >/dev/null 2>"$T/u.err" || rc=$?
[ "$rc" = 2 ] && grep -q -- '-j wants' "$T/u.err" || fail "tag -j x: exit $rc"
echo "ok: -j 1, 2, 4 identical ($docs documents, $ents entities, $rels relations, $incs incidents, $errs messages)"
