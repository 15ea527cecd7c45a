#!/bin/sh
# test_slurm.sh - the Slurm job-array script and its merge, without Slurm.
#
# Checks the syntax of scripts/slurm/stopa.sbatch and merge.sh (bash -n),
# then plays the array by hand: `stopa-run --plan`, the tasks run
# one by one with SLURM_ARRAY_TASK_ID set (as sbatch would), with and
# without STOPA_STRIDE, a merge refused while a task has not run (and the
# sbatch command to re-run it printed), and the merged output compared
# byte for byte with one `normalize FILES | tag | relate` run. sbatch
# itself (--test-only) is not exercised: Slurm is not installed here.
set -u
ROOT=$(pwd)
RUN=$ROOT/scripts/stopa-run
SB=$ROOT/scripts/slurm/stopa.sbatch
MERGE=$ROOT/scripts/slurm/merge.sh
fail() { echo "FAIL: $*" >&2; exit 1; }

bash -n "$SB" || fail "stopa.sbatch: syntax"
bash -n "$MERGE" || fail "merge.sh: syntax"
grep -q '^#SBATCH --job-name=' "$SB" || fail "stopa.sbatch: no #SBATCH header"
: "${STOPA_BIN:?STOPA_BIN must name the directory of the binaries}"
BIN=$(cd "$STOPA_BIN" && pwd) || fail "no directory $STOPA_BIN"
for p in normalize tag relate; do
    [ -x "$BIN/$p" ] || fail "$BIN/$p is missing (build first)"
done

T=$(mktemp -d "${TMPDIR:-/tmp}/stopa-slurm.XXXXXX") || fail "mktemp"
trap '[ -n "${KEEP_T:-}" ] || rm -rf "$T"' EXIT
trap 'exit 1' INT TERM HUP
export HOME="$T/home"
LC_ALL=C
export LC_ALL
cd "$T" || fail "cd"
sh "$ROOT/tests/scale/corpus.sh" corpus 7 60 || fail "corpus"
"$BIN/normalize" -f jsonl corpus/* | "$BIN/tag" | "$BIN/relate" >ref.tsv 2>/dev/null

# one task per shard; task 4 "not yet run"
n=$("$RUN" --plan -f jsonl --bin "$BIN" -w "$T/work" corpus) || fail "--plan"
[ "$n" -eq 7 ] || fail "--plan printed '$n', expected 7"
t=0
while [ "$t" -lt "$n" ]; do
    if [ "$t" -ne 4 ]; then
        SLURM_ARRAY_TASK_ID=$t bash "$SB" "$T/work" 2>>tasks.err || fail "task $t failed"
    fi
    t=$((t + 1))
done
bash "$MERGE" "$T/work" >m1.tsv 2>m1.err && fail "merge.sh ran with shard 4 missing"
[ -s m1.tsv ] && fail "merge.sh wrote records with shard 4 missing"
grep -q "sbatch --array=4 .*stopa.sbatch $T/work" m1.err || { cat m1.err >&2; fail "merge.sh does not say how to re-run shard 4"; }
SLURM_ARRAY_TASK_ID=4 bash "$SB" "$T/work" 2>>tasks.err || fail "task 4 failed"
# a second submission of a done task skips it
SLURM_ARRAY_TASK_ID=2 bash "$SB" "$T/work" 2>task2.err || fail "task 2 again failed"
grep -q 'shard 2 done already' task2.err || fail "a done shard was run again"
bash "$MERGE" "$T/work" -o merged.tsv || fail "merge.sh failed"
cmp ref.tsv merged.tsv || fail "Slurm-style run: merged output differs from the single-process run"

# three tasks with a stride of 3 cover the seven shards, in chunks of 25 lines
n=$("$RUN" --plan -f jsonl --bin "$BIN" --lines 25 -w "$T/work2" corpus) || fail "--plan --lines"
[ "$n" -eq 21 ] || fail "--plan --lines 25 printed '$n', expected 21"
for t in 0 1 2; do
    SLURM_ARRAY_TASK_ID=$t STOPA_STRIDE=3 bash "$SB" "$T/work2" 2>>tasks.err || fail "stride task $t failed"
done
[ "$(ls "$T/work2/out" | wc -l)" -eq 21 ] || fail "the strided tasks did not run every shard"
bash "$MERGE" "$T/work2" >merged2.tsv || fail "merge.sh (stride) failed"
cmp ref.tsv merged2.tsv || fail "strided run: merged output differs"
echo "ok: Slurm array script and merge reproduce the single-process output"
exit 0
