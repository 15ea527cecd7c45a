# jobs-common.sh - sourced by the test_jobs*.sh scripts: the binaries
# ($BIN), a scratch directory ($T, removed at exit), fail(); run a command
# keeping what it printed and its exit status, and compare runs byte for
# byte.

BIN=${STOPA_BIN:-build/bin}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

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

# the --stats summary of name without its line of time and MB/s, which is
# not the same from run to run
untimed() {
    grep -v 'MB/s' "$T/$1.err" >"$T/$1.e" || true
    mv "$T/$1.e" "$T/$1.err"
}
