#!/bin/sh
# test_jobs.sh - -j N gives the same bytes as -j 1: tag and relate on a
# generated corpus of about 1,500 documents (several batches), with bad
# records inserted and two input files, standard output and standard error
# compared for -j 1, 2 and 4; and the pipeline. Run from the repo root.
set -eu
BIN=${STOPA_BIN:-build/bin}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

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

run() { # name, then the command; output to $T/name.out/.err/.rc
    name=$1; shift
    rc=0
    "$@" >"$T/$name.out" 2>"$T/$name.err" || rc=$?
    echo "$rc" >"$T/$name.rc"
}
same() { # base name of -j 1, then the others
    a=$1; shift
    for b in "$@"; do
        cmp "$T/$a.out" "$T/$b.out" || fail "$b: standard output differs from $a"
        cmp "$T/$a.err" "$T/$b.err" || fail "$b: standard error differs from $a"
        cmp "$T/$a.rc" "$T/$b.rc" || fail "$b: exit status differs from $a"
    done
}

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

for j in 1 2; do
    run pipe$j sh -c "'$BIN/normalize' -f jsonl '$T/c.jsonl' | '$BIN/tag' -j $j | '$BIN/relate' -j $j"
done
same pipe1 pipe2
cmp "$T/pipe1.out" "$T/rel1.out" >/dev/null 2>&1 && fail "the pipeline saw the bad records"
[ "$(grep -c '^doc' "$T/pipe1.out")" = "$docs" ] || fail "pipeline: documents lost"

# -j takes a number
rc=0; "$BIN/tag" -j x </dev/null >/dev/null 2>"$T/u.err" || rc=$?
[ "$rc" = 2 ] && grep -q -- '-j wants' "$T/u.err" || fail "tag -j x: exit $rc"
echo "ok: -j 1, 2, 4 identical ($docs documents, $ents entities, $rels relations, $errs messages)"
