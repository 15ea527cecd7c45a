#!/bin/sh
# fuzz.sh [SECONDS_PER_TARGET] [TARGET...] - build the libFuzzer targets of
# tests/fuzz/ with clang (-fsanitize=fuzzer,address,undefined) in
# build-fuzz/, and run each for SECONDS_PER_TARGET seconds (default 60) on
# a copy of its seed corpus (tests/fuzz/seeds/<target>/). Prints one line
# per target: runs, new corpus size, CPU seconds, crashes. A crashing input
# is kept in build-fuzz/crashes/<target>/ (reproduce it with
# build-fuzz/fuzz/<target> FILE); the exit status is 1 when any target
# crashed or otherwise did not run its time out (a nonzero exit, named on
# standard error), 2 when the build failed.
#
# Environment: FUZZ_DIR (default build-fuzz), FUZZ_JOBS (parallel targets,
# default 1), FUZZ_KEEP=1 keeps the grown corpora in build-fuzz/corpus.
set -eu
cd "$(dirname "$0")/.."
secs=${1:-60}
[ $# -gt 0 ] && shift
dir=${FUZZ_DIR:-build-fuzz}
CC=${FUZZ_CC:-clang}
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
CFLAGS_LIB="-O1 -g $SAN -fsanitize=fuzzer-no-link"

# 1. libstopa with the fuzzer's coverage instrumentation
if ! { CC=$CC cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug -DSTOPA_TESTS=OFF \
        -DCMAKE_C_FLAGS="$CFLAGS_LIB" >"$dir.log" 2>&1 \
     && cmake --build "$dir" --target stopa -j "$(nproc)" >>"$dir.log" 2>&1; }; then
    tail -30 "$dir.log" >&2
    echo "fuzz.sh: building libstopa failed (see $dir.log)" >&2
    exit 2
fi

# 2. the targets
stemmer_inc=$(dirname "$(find /usr/include -name libstemmer.h | head -1)")
LIBS="$dir/libstopa.a $(pkg-config --libs libutf8proc hunspell zlib) -lstemmer -lm -lpthread"
mkdir -p "$dir/fuzz"
targets=$*
[ -z "$targets" ] && targets=$(cd tests/fuzz && ls fuzz_*.c | sed 's/\.c$//')
for t in $targets; do
    if [ ! "$dir/fuzz/$t" -nt "tests/fuzz/$t.c" ] || [ ! "$dir/fuzz/$t" -nt "$dir/libstopa.a" ]; then
        # shellcheck disable=SC2086
        $CC -O1 -g $SAN -fsanitize=fuzzer -std=c11 -D_DEFAULT_SOURCE -Wall -Wextra \
            -Ilib -I"$stemmer_inc" -Itests/fuzz "tests/fuzz/$t.c" $LIBS -o "$dir/fuzz/$t" \
            || { echo "fuzz.sh: building $t failed" >&2; exit 2; }
    fi
done

# 3. run each target for $secs seconds
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:abort_on_error=0:allocator_may_return_null=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
status=0
failed=
printf '%-16s %10s %8s %8s %8s %s\n' target runs corpus cpu_s crashes note
for t in $targets; do
    seeds=tests/fuzz/seeds/$t
    work=$dir/corpus/$t
    crashes=$dir/crashes/$t
    rm -rf "$work"
    mkdir -p "$work" "$crashes"
    [ -d "$seeds" ] && cp "$seeds"/* "$work"/ 2>/dev/null || true
    log=$dir/$t.log
    before=$(ls "$crashes" | wc -l)
    # -max_len: long enough for documents and models, short enough to be fast
    # libFuzzer exits 0 when its time is up; anything else is a failure
    rc=0
    /usr/bin/time -f '%U %S' -o "$dir/$t.time" \
        "$dir/fuzz/$t" -max_total_time="$secs" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$crashes/" "$work" >"$log" 2>&1 || rc=$?
    after=$(ls "$crashes" | wc -l)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cpu=$(tail -1 "$dir/$t.time" | awk '{ printf "%.1f", $1 + $2 }')
    ncorp=$(ls "$work" | wc -l)
    note=""
    if [ "$rc" -ne 0 ] || [ "$after" -gt "$before" ] || grep -q 'ERROR: \(AddressSanitizer\|LeakSanitizer\|UndefinedBehaviorSanitizer\|libFuzzer\)\|runtime error:\|deadly signal' "$log"; then
        status=1
        why=$(grep -m1 -o 'ERROR: [A-Za-z]*: [^ ]*\|runtime error: .*\|deadly signal' "$log" | head -1)
        note="CRASH: exit $rc${why:+, $why}; see $log"
        failed="$failed $t"
    fi
    printf '%-16s %10s %8s %8s %8s %s\n' "$t" "${runs:-?}" "$ncorp" "$cpu" "$((after - before))" "$note"
    [ "${FUZZ_KEEP:-0}" = 1 ] || rm -rf "$work"
done
if [ $status -ne 0 ]; then
    echo "fuzz.sh: failed:$failed (logs in $dir/, inputs in $dir/crashes/)" >&2
fi
exit $status
