#!/bin/sh
# run.sh CASE.sh - run one CLI test case against the real binaries.
#
# The case runs with the binaries first on PATH, in a fresh temporary
# directory ($T, also the working directory), with $CASES pointing at the
# folder of the case (for its input files). Beside CASE.sh:
#   CASE.exit    expected exit status (default 0)
#   CASE.stdout  expected standard output, byte for byte (optional)
#   CASE.stderr  extended regular expressions, one per line, each of which
#                must match some line of standard error (optional); a file
#                holding just "-" means standard error must be empty
# The status checked is the case script's: a case that inspects a filter's
# output with cut, grep or wc writes that output to a file first and ends
# with the filter's own status (`exit $rc`, or a "status N" line on its
# standard output), because a pipeline's status is its last command's and
# sh here is dash, which has no pipefail.
case_file=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
base=${case_file%.sh}
: "${STOPA_BIN:?STOPA_BIN must name the directory of the binaries}"
T=$(mktemp -d "${TMPDIR:-/tmp}/stopa-cli.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT INT TERM
CASES=$(dirname "$case_file")
PATH="$STOPA_BIN:$PATH"
export T CASES PATH
(cd "$T" && sh "$case_file") >"$T/.stdout" 2>"$T/.stderr"
rc=$?
fail=0
expect=0
[ -f "$base.exit" ] && expect=$(cat "$base.exit")
if [ "$rc" != "$expect" ]; then
    echo "FAIL: exit status $rc, expected $expect"
    fail=1
fi
if [ -f "$base.stdout" ] && ! cmp -s "$base.stdout" "$T/.stdout"; then
    echo "FAIL: standard output differs (expected < > got):"
    diff "$base.stdout" "$T/.stdout" | head -40
    fail=1
fi
if [ -f "$base.stderr" ]; then
    if [ "$(cat "$base.stderr")" = "-" ]; then
        if [ -s "$T/.stderr" ]; then
            echo "FAIL: standard error should be empty"
            fail=1
        fi
    else
        while IFS= read -r pat; do
            [ -z "$pat" ] && continue
            if ! grep -qE -- "$pat" "$T/.stderr"; then
                echo "FAIL: standard error has no line matching: $pat"
                fail=1
            fi
        done <"$base.stderr"
    fi
fi
if [ $fail -ne 0 ]; then
    echo "--- standard error was:"
    head -c 4000 "$T/.stderr"
    echo "--- standard output (first 2000 bytes) was:"
    head -c 2000 "$T/.stdout"
fi
exit $fail
