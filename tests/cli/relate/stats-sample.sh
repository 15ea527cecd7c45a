# --stats on corpora/sample: relations by predicate as the rel records say
. "$STOPA_SRC/tests/cli/stats-expect.sh"
normalize -f jsonl "$STOPA_SRC/corpora/sample/docs.jsonl" | tag > tagged.tsv
relate --stats tagged.tsv > out 2> err || exit 1
[ "$(grep -c '^rel' out)" -gt 5 ] || { echo "too few rel records"; exit 1; }
check_line "$(grep '^doc' out | cut -f3 | stats_line relate documents)" err
check_line "$(grep '^rel' out | cut -f3 | stats_line relate relations)" err
relate --stats --table < tagged.tsv > table 2> err2 || exit 1
check_line "$(tail -n +2 table | cut -f2 | stats_line relate relations)" err2
relate tagged.tsv | cmp -s - out || { echo "--stats changed the output"; exit 1; }
