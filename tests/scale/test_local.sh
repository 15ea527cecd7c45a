#!/bin/sh
# test_local.sh - scripts/stopa-run on this machine with -j 2.
#
# 1. The merged output over a generated corpus (plus a corrupt gzip file:
#    normalize reports it, exits 1 and goes on) is byte-identical to one
#    `normalize FILES | tag | relate` run, and the runner exits 1 like it.
# 2. The same with files cut into line chunks (--lines) and grouped files.
# 3. A shard that fails hard (normalize wrapped to exit 2 on one file after
#    writing records) is reported with its number, input, exit status and
#    messages; no output is written, its partial output is not kept, the
#    merge refuses and names it; re-running only that shard (--only) gives
#    the single-process output without duplicates. --resume likewise.
set -u
ROOT=$(pwd)
RUN=$ROOT/scripts/stopa-run
fail() { echo "FAIL: $*" >&2; exit 1; }

: "${STOPA_BIN:?STOPA_BIN must name the directory of the binaries}"
BIN=$(cd "$STOPA_BIN" && pwd) || fail "no directory $STOPA_BIN"
for p in normalize tag relate; do
    [ -x "$BIN/$p" ] || fail "$BIN/$p is missing (build first)"
done
command -v parallel >/dev/null 2>&1 || fail "GNU parallel is not installed (run scripts/install-deps.sh)"

T=$(mktemp -d "${TMPDIR:-/tmp}/stopa-local.XXXXXX") || fail "mktemp"
trap '[ -n "${KEEP_T:-}" ] || rm -rf "$T"' EXIT
trap 'exit 1' INT TERM HUP
export HOME="$T/home"
mkdir -p "$HOME/.parallel" && touch "$HOME/.parallel/will-cite"
LC_ALL=C
export LC_ALL
cd "$T" || fail "cd"

sh "$ROOT/tests/scale/corpus.sh" corpus 8 150 || fail "corpus"
# a corrupt gzip file: a good start, then cut off
gzip -c corpus/f00.jsonl | head -c 600 >corpus/f08-cut.jsonl.gz
"$BIN/normalize" -f jsonl corpus/* 2>ref.err | "$BIN/tag" | "$BIN/relate" >ref.tsv
[ "$(grep -c '^doc	' ref.tsv)" -ge 1200 ] || fail "reference: too few doc records"

# 1. whole files, two workers
"$RUN" -f jsonl --bin "$BIN" -j 2 -w work1 corpus >out1.tsv 2>run1.err
rc=$?
[ $rc -eq 1 ] || { cat run1.err >&2; fail "run 1: exit $rc, expected 1 (the corrupt file)"; }
cmp ref.tsv out1.tsv || fail "run 1: output differs from the single-process run"
grep -q 'shard 8 .*f08-cut.jsonl.gz.*some input was bad.*normalize=1' run1.err ||
    { cat run1.err >&2; fail "run 1: the bad-input shard is not reported"; }
[ -e work1 ] && fail "run 1: the work directory was not removed after success"

# 2. line chunks of 40 and whole files three to a shard
"$RUN" -f jsonl --bin "$BIN" -j 2 -w work2 --lines 40 -o out2.tsv corpus 2>run2.err
rc=$?
[ $rc -eq 1 ] || { cat run2.err >&2; fail "run 2: exit $rc, expected 1"; }
cmp ref.tsv out2.tsv || fail "run 2 (--lines 40): output differs"
"$RUN" -f jsonl --bin "$BIN" -j 2 -w work3 --files 3 corpus >out3.tsv 2>run3.err
rc=$?
[ $rc -eq 1 ] || { cat run3.err >&2; fail "run 3: exit $rc, expected 1"; }
cmp ref.tsv out3.tsv || fail "run 3 (--files 3): output differs"
# -o to a pipe and to a symbolic link: written through, never replaced by a
# regular file (as /dev/stdout must not be)
mkfifo fifo || fail "mkfifo"
timeout 120 cat fifo >outfifo.tsv &
reader=$!
"$RUN" -f jsonl --bin "$BIN" -j 2 -w work3b --files 3 -o fifo corpus 2>run3b.err
rc=$?
wait $reader
[ $rc -eq 1 ] || { cat run3b.err >&2; fail "run 3b: exit $rc, expected 1"; }
[ -p fifo ] || fail "run 3b: -o replaced the named pipe"
cmp ref.tsv outfifo.tsv || fail "run 3b (-o a named pipe): output differs"
: >target.tsv
ln -s target.tsv link.tsv
"$RUN" -f jsonl --bin "$BIN" -j 2 -w work3c --files 3 -o link.tsv corpus 2>run3c.err
[ -L link.tsv ] || fail "run 3c: -o replaced the symbolic link"
cmp ref.tsv target.tsv || fail "run 3c (-o a symbolic link): output differs"

# 3. a hard failure in one shard, then re-running only it
mkdir flaky
ln -s "$BIN/tag" flaky/tag
ln -s "$BIN/relate" flaky/relate
cat >flaky/normalize <<EOF
#!/bin/sh
"$BIN/normalize" "\$@"
st=\$?
for f; do
    case \$f in *f05*) [ -e "$T/break" ] && { echo "normalize: \$f: simulated crash" >&2; exit 2; };; esac
done
exit \$st
EOF
chmod +x flaky/normalize
touch break
"$RUN" -f jsonl --bin flaky -j 2 -w work4 -o out4.tsv corpus >run4.out 2>run4.err
rc=$?
[ $rc -eq 2 ] || fail "run 4: exit $rc, expected 2"
[ -e out4.tsv ] && fail "run 4: an output was written although a shard failed"
grep -q 'shard 5 FAILED (corpus/f05.jsonl.*normalize=2 tag=0 relate=0' run4.err ||
    { cat run4.err >&2; fail "run 4: the failed shard is not reported with its input and status"; }
grep -q 'simulated crash' run4.err || fail "run 4: the shard's messages are not shown"
grep -q 'simulated crash' work4/log/000005.err || fail "run 4: the shard's stderr is not kept"
grep -q 'not merging: 1 of 9 shards missing: 5$' run4.err || fail "run 4: the merge does not name the missing shard"
[ -e work4/out/000005.tsv ] && fail "run 4: the failed shard's output was kept"
ls work4/out | grep -q tmp && fail "run 4: a temporary output was left"
[ "$(ls work4/out | wc -l)" -eq 8 ] || fail "run 4: the other 8 shards should be done"
# --merge alone refuses too
"$RUN" -w work4 --merge >/dev/null 2>merge.err && fail "--merge ran with a shard missing"
grep -q 'missing: 5$' merge.err || fail "--merge does not list the missing shard"
rm break
# re-run shard 5 only: the whole output, nothing twice
"$RUN" -w work4 --only 5 -o out4.tsv 2>run5.err
rc=$?
[ $rc -eq 1 ] || { cat run5.err >&2; fail "re-run: exit $rc, expected 1 (the corrupt file of shard 8 is still reported)"; }
cmp ref.tsv out4.tsv || fail "re-run of shard 5: output differs from the single-process run"
[ "$(grep -c '^doc	f05-' out4.tsv)" -eq 150 ] || fail "re-run: shard 5's documents are not there exactly once"

# the same failure, then --resume (runs only what is missing)
touch break
"$RUN" -f jsonl --bin flaky -j 2 -w work5 -q corpus >out5.tsv 2>/dev/null && fail "run 5 should fail"
[ -s out5.tsv ] && fail "run 5: wrote records although a shard failed"
rm break
"$RUN" -w work5 --resume >out5.tsv 2>run5b.err
rc=$?
[ $rc -eq 1 ] || { cat run5b.err >&2; fail "--resume: exit $rc, expected 1"; }
cmp ref.tsv out5.tsv || fail "--resume: output differs"
# --resume leaves finished shards alone
"$RUN" -f jsonl --bin "$BIN" -j 2 -w work6 --keep -q corpus >/dev/null 2>&1
t0=$(stat -c %Y work6/out/000000.tsv)
rm work6/out/000003.tsv
sleep 1
"$RUN" -w work6 --resume --keep -q >out6.tsv 2>/dev/null
[ "$(stat -c %Y work6/out/000000.tsv)" = "$t0" ] || fail "--resume re-ran a shard that was done"
[ -f work6/out/000003.tsv ] || fail "--resume did not re-run the missing shard"
cmp ref.tsv out6.tsv || fail "--resume (kept): output differs"

echo "ok: local -j 2 runs identical to one process; failed shard reported and re-run alone"
exit 0
