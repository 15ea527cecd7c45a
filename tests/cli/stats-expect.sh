# stats-expect.sh - sourced by the tests/cli/*/stats-*.sh cases: the
# summary line --stats should print, computed independently from the
# output with sort and uniq.
#
#   stats_line PROG TITLE < KEYS   (KEYS: one key per counted record)
# prints "PROG: TITLE: N (key n, ...)", keys by count, most first, then by
# name (an empty key is "-").
stats_line() {
    keys=$(sed 's/^$/-/' | LC_ALL=C sort | uniq -c | LC_ALL=C sort -k1,1nr -k2,2 |
        awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $2, $1 }')
    total=$(printf '%s' "$keys" | tr ',' '\n' | awk '{ n += $NF } END { print n + 0 }')
    if [ -n "$keys" ]; then
        echo "$1: $2: $total ($keys)"
    else
        echo "$1: $2: 0"
    fi
}

# check_line LINE FILE: LINE is a whole line of FILE, else say so and fail
check_line() {
    if ! grep -Fxq -- "$1" "$2"; then
        echo "missing from standard error: $1" >&2
        echo "standard error was:" >&2
        cat "$2" >&2
        exit 1
    fi
}
