# progress-check.sh - sourced by the tests/cli/*/progress-always.sh cases.
#
#   progress_always PROG INPUT [ARGS...]
# PROG --progress=always prints progress lines when standard error is not a
# terminal: the last one at the end, with 100% for a regular file; from a
# pipe the size is unknown (no percent); the output is unchanged; a bad
# WHEN is a usage error.
progress_always() {
    p=$1 in=$2
    shift 2
    "$p" "$@" --progress=always "$in" > out 2> err || exit 1
    "$p" "$@" "$in" | cmp -s - out || { echo "--progress changed the output"; exit 1; }
    tail -n 1 err | grep -Eq "^$p: ([0-9]+ docs, )?[0-9]+\.[0-9]{2} MB, [0-9.]+ MB/s, 100%, ETA 0:00\$" ||
        { echo "no final progress line:"; cat err; exit 1; }
    [ "$(grep -c "^$p: " err)" -eq "$(wc -l < err)" ] || { echo "stray lines:"; cat err; exit 1; }
    cat "$in" | "$p" "$@" --progress=always > /dev/null 2> err2 || exit 1
    grep -Eq "^$p: .*MB/s\$" err2 || { echo "no progress line from a pipe:"; cat err2; exit 1; }
    ! grep -q '%' err2 || { echo "a percentage without a known size"; exit 1; }
    "$p" --progress=sometimes "$in" 2> err3 > /dev/null
    [ $? -eq 2 ] && grep -q 'auto, always or never' err3 || { echo "--progress=sometimes accepted"; exit 1; }
}
