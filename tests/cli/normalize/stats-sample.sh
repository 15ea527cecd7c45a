# --stats on corpora/sample plus a file with two bad JSON lines, a text with
# invalid UTF-8 and one with a NUL byte: documents by language as the doc
# records written say, warnings and errors by kind
. "$STOPA_SRC/tests/cli/stats-expect.sh"
printf '{"id": "x1", "text": "Hello."}\nnot json\n{"id": 5}\n' > extra.jsonl
printf '{"id": "x2", "text": "Caf\351 bar."}\n{"id": "x3", "text": "a\\u0000b"}\n' >> extra.jsonl
normalize --stats -f jsonl "$STOPA_SRC/corpora/sample/docs.jsonl" extra.jsonl > out 2> err
[ $? -eq 1 ] || { echo "exit status is not 1"; exit 1; }
[ "$(grep -c '^doc' out)" -eq 9 ] || { echo "not 9 docs"; exit 1; }
check_line "$(cut -f3 out | stats_line normalize documents)" err
[ "$(grep -c 'line skipped$' err)" -eq 2 ] || { echo "not 2 errors"; exit 1; }
check_line 'normalize: errors: 2 (bad JSON 1, bad record 1)' err
check_line 'normalize: warnings: 2 (NUL byte 1, invalid UTF-8 1)' err
grep -Eq '^normalize: read: [0-9]+\.[0-9]{2} MB in [0-9.]+ s \([0-9.]+ MB/s\), wrote [0-9.]+ MB$' err ||
    { echo "no read line"; cat err; exit 1; }
! grep -q 'sentences:\|tokens:' err || { echo "normalize does not split sentences"; exit 1; }
# without --stats: no summary, the same records
normalize -f jsonl "$STOPA_SRC/corpora/sample/docs.jsonl" extra.jsonl > out2 2> err2
[ $? -eq 1 ] || { echo "exit status without --stats is not 1"; exit 1; }
cmp -s out out2 || { echo "--stats changed the output"; exit 1; }
! grep -q 'documents:\|errors:' err2
# duplicate ids: the first 20 named, all 25 counted, the total not again;
# a file that cannot be opened
i=0
while [ $i -lt 26 ]; do printf '{"id": "same", "text": "Text %d."}\n' $i; i=$((i + 1)); done > dup.jsonl
normalize --stats -f jsonl dup.jsonl missing.jsonl > /dev/null 2> err3
[ $? -eq 1 ] || { echo "exit status with a missing file is not 1"; exit 1; }
[ "$(grep -c ': duplicate id' err3)" -eq 20 ] || { echo "not 20 duplicate messages"; cat err3; exit 1; }
check_line 'normalize: 25 duplicate ids in all' err3
check_line 'normalize: warnings: 25 (duplicate id 25)' err3
check_line 'normalize: errors: 1 (cannot open 1)' err3
