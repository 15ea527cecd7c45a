# --stats on corpora/sample plus a file with two bad JSON lines: documents
# by language as the doc records written say, errors by kind
. "$STOPA_SRC/tests/cli/stats-expect.sh"
printf '{"id": "x1", "text": "Hello."}\nnot json\n{"id": 5}\n' > extra.jsonl
normalize --stats -f jsonl "$STOPA_SRC/corpora/sample/docs.jsonl" extra.jsonl > out 2> err
[ $? -eq 1 ] || { echo "exit status is not 1"; exit 1; }
[ "$(grep -c '^doc' out)" -eq 7 ] || { echo "not 7 docs"; exit 1; }
check_line "$(cut -f3 out | stats_line normalize documents)" err
[ "$(grep -c 'line skipped$' err)" -eq 2 ] || { echo "not 2 errors"; exit 1; }
check_line 'normalize: errors: 2 (bad JSON at byte _: _; line skipped 1, no "_" string in the object; line skipped 1)' err
grep -Eq '^normalize: read: [0-9]+\.[0-9]{2} MB in [0-9.]+ s \([0-9.]+ MB/s\), wrote [0-9.]+ MB$' err ||
    { echo "no read line"; cat err; exit 1; }
# without --stats: no summary, the same records
normalize -f jsonl "$STOPA_SRC/corpora/sample/docs.jsonl" extra.jsonl > out2 2> err2
cmp -s out out2 || { echo "--stats changed the output"; exit 1; }
! grep -q 'documents:' err2
