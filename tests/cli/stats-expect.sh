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

# sample_copies N: corpora/sample/docs.jsonl N times over (ids r1-..., rN-...)
# and two documents relate does not split (no entity; one entity), as JSONL
sample_copies() {
    i=1
    while [ "$i" -le "$1" ]; do
        sed "s/\"id\": \"/\"id\": \"r$i-/" "$STOPA_SRC/corpora/sample/docs.jsonl"
        i=$((i + 1))
    done
    printf '%s\n' '{"id": "plain-1", "lang": "en", "text": "The weather was fine today. Nobody came!"}' \
        '{"id": "plain-2", "lang": "en", "text": "APT28 was quiet this week.\n\nMore later"}'
}

# text_counts FILE: "DOCS SENTENCES TOKENS LDOCS LSENTENCES LTOKENS" of the
# record stream FILE, counted by text-count.py (not by libstopa)
text_counts() {
    python3 "$STOPA_SRC/tests/cli/text-count.py" < "$1"
}

# same_summary A B: two standard errors of --stats runs hold the same lines
# but for the read line (its time differs)
same_summary() {
    grep -v ': read: ' "$1" > "$1.cmp"
    grep -v ': read: ' "$2" > "$2.cmp"
    if ! cmp -s "$1.cmp" "$2.cmp"; then
        echo "standard error differs between $1 and $2:" >&2
        diff "$1.cmp" "$2.cmp" >&2
        exit 1
    fi
}

# jobs_1_2 PROG STATUS ARGS...: "PROG -j 1 --stats ARGS" into out1 and
# err1, the same with -j 2 into out2 and err2; both must exit with STATUS
# and write the same records and the same summary
jobs_1_2() {
    prog=$1
    status=$2
    shift 2
    for j in 1 2; do
        "$prog" -j $j --stats "$@" > out$j 2> err$j
        rc=$?
        [ "$rc" -eq "$status" ] || { echo "$prog -j $j: exit status $rc, not $status"; exit 1; }
    done
    cmp -s out1 out2 || { echo "$prog: -j 1 and -j 2 wrote different records"; exit 1; }
    same_summary err1 err2
}
