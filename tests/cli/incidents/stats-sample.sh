# --stats on corpora/sample: incidents by kind as the records say; with
# --pass the documents too
. "$STOPA_SRC/tests/cli/stats-expect.sh"
normalize -f jsonl "$STOPA_SRC/corpora/sample/docs.jsonl" | tag | relate > rel.tsv
incidents --stats --pass rel.tsv > out 2> err || exit 1
[ "$(grep -c '^incident' out)" -gt 0 ] || { echo "no incident"; exit 1; }
check_line "$(grep '^doc' out | cut -f3 | stats_line incidents documents)" err
check_line "$(grep '^incident' out | cut -f5 | stats_line incidents incidents)" err
incidents --stats --table rel.tsv > table 2> err2 || exit 1
check_line "$(tail -n +2 table | cut -f4 | stats_line incidents incidents)" err2
# bad records: errors by kind, the exit status still 1
{
printf 'rel\td0\tTARGETED\tactor:x\tstate:cz\t\t0.9\t0\t5\thit\tev\n'
printf 'doc\td1\ten\t2024-13-45\t\tText.\n'
printf 'rel\td1\tTARGETED\n'
printf 'rel\td1\tTARGETED\tactor:x\tstate:cz\t\t0.9\t0\t5\thit\tbad \\q escape\n'
} > bad.tsv
incidents --stats rel.tsv bad.tsv > out3 2> err3
[ $? -eq 1 ] || { echo "exit status with bad records is not 1"; exit 1; }
check_line 'incidents: errors: 4 (bad record 2, bad date 1, record outside its document 1)' err3
[ "$(grep -c 'bad\.tsv:' err3)" -eq 4 ] || { echo "not 4 error messages"; exit 1; }
incidents rel.tsv bad.tsv 2> err4 | cmp -s - out3 || { echo "--stats changed the output"; exit 1; }
