#!/bin/sh
# test_fuzz_regress.sh - every fuzz target (tests/fuzz/fuzz_*.c), linked with
# a plain driver instead of libFuzzer, runs its seeds and the inputs that
# once crashed it (tests/fuzz/regress/<target>/). Built with the compiler
# and sanitizer flags of the build under test ($STOPA_BUILD), so in the
# ASan+UBSan build (build-asan) this is a sanitizer regression run.
set -eu
: "${STOPA_BUILD:?}" "${STOPA_SRC:?}"
cd "$STOPA_SRC"
CC=$(sed -n 's/^CMAKE_C_COMPILER:[A-Z]*=//p' "$STOPA_BUILD/CMakeCache.txt")
FLAGS="-O1 -g"
if grep -q '^STOPA_SANITIZE:BOOL=ON' "$STOPA_BUILD/CMakeCache.txt"; then
    FLAGS="$FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
fi
stemmer_inc=$(dirname "$(find /usr/include -name libstemmer.h | head -1)")
LIBS="$STOPA_BUILD/libstopa.a $(pkg-config --libs libutf8proc hunspell zlib) -lstemmer -lm -lpthread"
out=$(mktemp -d "${TMPDIR:-/tmp}/stopa-fuzzreg.XXXXXX")
trap 'rm -rf "$out"' EXIT
fail=0
total=0
for src in tests/fuzz/fuzz_*.c; do
    t=$(basename "$src" .c)
    # shellcheck disable=SC2086
    if ! $CC $FLAGS -std=c11 -D_GNU_SOURCE -Ilib -I"$stemmer_inc" -Itests/fuzz \
            "$src" tests/fuzz/driver.c $LIBS -o "$out/$t" 2>"$out/$t.cc"; then
        echo "FAIL: $t does not build:"; head -20 "$out/$t.cc"; fail=1; continue
    fi
    files=$(find "tests/fuzz/seeds/$t" "tests/fuzz/regress/$t" -type f 2>/dev/null | sort)
    [ -n "$files" ] || { echo "FAIL: $t has no seeds"; fail=1; continue; }
    n=$(echo "$files" | wc -l)
    total=$((total + n))
    # one process per file, so that a failure names its input
    for f in $files; do
        if ! "$out/$t" "$f" >"$out/run.log" 2>&1; then
            echo "FAIL: $t $f:"; tail -30 "$out/run.log"; fail=1
        fi
    done
    echo "$t: $n inputs"
done
echo "fuzz regression: $total inputs, status $fail"
exit $fail
