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
