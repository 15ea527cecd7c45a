#!/bin/sh
# test.sh - install dependencies, build, and run every test (ctest).
#
# Three passes (docs/RELIABILITY.md):
#   1. build/       Release, the whole ctest suite
#   2. build-asan/  the same suite with AddressSanitizer (leak detection on)
#                   and UndefinedBehaviorSanitizer, gcc; a sanitizer error
#                   stops the program with exit status 86 (ASan, LSan) or 87
#                   (UBSan), so no test can pass over it
#   3. build-fuzz/  a smoke run of every libFuzzer target (clang), about
#                   FUZZ_SMOKE_SECONDS (default 5) seconds each
# STOPA_TEST_QUICK=1 runs the first pass only.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh build
rc=0
ctest --test-dir build --output-on-failure -j "$(nproc)" || rc=$?
# ctest shows no output of a passing test: the quality scores (written by
# tests/quality/test_quality.sh, also when it failed) are shown here
for split in dev test; do
    if [ -f "build/quality/$split.txt" ]; then
        echo "test.sh: P/R/F1 on corpora/$split (per language, type and predicate)"
        cat "build/quality/$split.txt"
    fi
done
[ "$rc" -eq 0 ] || exit "$rc"
[ "${STOPA_TEST_QUICK:-0}" = 1 ] && exit 0

echo "test.sh: the suite again under ASan+UBSan (build-asan)" >&2
scripts/build.sh build-asan -DSTOPA_SANITIZE=ON
ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:exitcode=86:abort_on_error=0:detect_stack_use_after_return=1" \
UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:exitcode=87" \
    ctest --test-dir build-asan --output-on-failure -j "$(nproc)" -E '^scale/test_ssh$'

echo "test.sh: fuzz smoke run (build-fuzz)" >&2
scripts/fuzz.sh "${FUZZ_SMOKE_SECONDS:-5}"
