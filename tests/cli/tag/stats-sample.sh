# --stats on corpora/sample: documents by language and entities by type as
# the records written say; --table counts its rows the same
. "$STOPA_SRC/tests/cli/stats-expect.sh"
normalize -f jsonl "$STOPA_SRC/corpora/sample/docs.jsonl" > docs.tsv
tag --stats docs.tsv > out 2> err || exit 1
[ "$(grep -c '^ent' out)" -gt 20 ] || { echo "too few ent records"; exit 1; }
check_line "$(grep '^doc' out | cut -f3 | stats_line tag documents)" err
check_line "$(grep '^ent' out | cut -f5 | stats_line tag entities)" err
tag --stats --table docs.tsv > table 2> err2 || exit 1
check_line "$(tail -n +2 table | cut -f4 | stats_line tag entities)" err2
! grep -q 'documents:' err2 || { echo "documents counted in --table mode"; exit 1; }
tag docs.tsv | cmp -s - out || { echo "--stats changed the output"; exit 1; }
