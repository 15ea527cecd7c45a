#!/bin/sh
# test_valgrind.sh - memcheck over representative CLI runs: each filter on
# real inputs (the sample corpus, gzip, the dev corpus), and on bad input
# (invalid UTF-8, broken JSON, truncated gzip, bad records, a damaged
# model). Fails on any memcheck error or definite/indirect leak
# (--error-exitcode=99). Suppressions: tests/reliability/valgrind.supp,
# library noise only (see docs/RELIABILITY.md). Skipped (exit 0 with a
# note) when valgrind is missing or the build is sanitized (ASan and
# valgrind do not mix).
set -eu
: "${STOPA_BIN:?}" "${STOPA_SRC:?}" "${STOPA_BUILD:?}"
command -v valgrind >/dev/null || { echo "SKIP: no valgrind"; exit 0; }
if grep -q '^STOPA_SANITIZE:BOOL=ON' "$STOPA_BUILD/CMakeCache.txt" 2>/dev/null; then
    echo "SKIP: sanitizer build"; exit 0
fi
B=$STOPA_BIN
S=$STOPA_SRC
T=$(mktemp -d "${TMPDIR:-/tmp}/stopa-vg.XXXXXX")
trap 'rm -rf "$T"' EXIT
VG="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect --suppressions=$S/tests/reliability/valgrind.supp"
fail=0
n=0
# run NAME EXPECTED_STATUS CMD... : CMD under memcheck, its stdout to $T/NAME.out
run() {
    name=$1 want=$2; shift 2
    n=$((n + 1))
    set +e
    $VG "$@" >"$T/$name.out" 2>"$T/$name.err"
    rc=$?
    set -e
    if [ $rc = 99 ] || grep -q '^==[0-9]*== ' "$T/$name.err"; then
        echo "FAIL: $name: memcheck errors:"; grep '^==' "$T/$name.err" | head -40; fail=1
    elif [ $rc != "$want" ]; then
        echo "FAIL: $name: exit $rc, expected $want"; head -5 "$T/$name.err"; fail=1
    else
        echo "ok: $name"
    fi
}
cd "$T"
# inputs
cp "$S/corpora/sample/docs.jsonl" s.jsonl
gzip -c s.jsonl >s.jsonl.gz
ls "$S"/corpora/dev/dev-*.txt | head -6 >devlist
printf '{"id":"u","text":"caf\351 \300\200 \355\240\200"}\n{"id":"b","text":\n{"id":"n","text":"x\\u0000y"}\n' >bad.jsonl
head -c 300 s.jsonl.gz >trunc.jsonl.gz
printf 'id\tdate\ttext\nt1\t3. kv\304\233tna 2024\tAPT28 za\303\272to\304\215ila.\nt2\t2024\n' >x.tsv
printf '<html><body><p>NoName057(16) &amp; APT28</p><script>x</script></body></html>' >p.html
# normalize
run normalize-jsonl 0 "$B/normalize" -f jsonl s.jsonl
run normalize-gzip 0 "$B/normalize" -f jsonl s.jsonl.gz
run normalize-text 0 "$B/normalize" $(cat devlist)
run normalize-html 0 "$B/normalize" --html p.html
run normalize-tsv 1 "$B/normalize" -f tsv x.tsv
run normalize-bad 1 "$B/normalize" -f jsonl bad.jsonl trunc.jsonl.gz nonexistent /
# tag (the bundled model, a run-time gazetteer, bad records, a damaged model)
"$B/normalize" -f jsonl s.jsonl >docs.tsv
"$B/normalize" $(cat devlist) >>docs.tsv
run tag 0 "$B/tag" docs.tsv
printf 'actor:xyzzy\tACTOR\tXyzzy\tXyzzy\tany\t-\n' >g.tsv
run tag-gazetteer 0 "$B/tag" -g g.tsv docs.tsv
printf 'ent\tx\t0\t1\tACTOR\ta\tb\texact\ndoc\tb\ten\t\t\tbad \\q\ndoc\td\ten\t\t\tAPT28 \377 x\nent\td\t9\t3\tA\tb\tc\td\n' >badrec.tsv
run tag-bad 1 "$B/tag" badrec.tsv
mkdir m && head -c 5000 "$STOPA_BUILD/models/stopa.model" >m/stopa.model
run tag-damaged-model 2 "$B/tag" -m m docs.tsv
# relate and incidents
"$B/tag" docs.tsv >tagged.tsv
gzip -c tagged.tsv >tagged.tsv.gz
run relate 0 "$B/relate" tagged.tsv
run relate-gzip 0 "$B/relate" --table tagged.tsv.gz
run relate-bad 1 "$B/relate" badrec.tsv
"$B/relate" tagged.tsv >related.tsv
run incidents 0 "$B/incidents" related.tsv
run incidents-bad 1 "$B/incidents" badrec.tsv
echo "valgrind: $n runs, status $fail"
exit $fail
