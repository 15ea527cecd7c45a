# --stats on corpora/sample and two documents relate does not split (no
# entity; one entity): relations by predicate as the rel records say, the
# documents split and their sentences and tokens as counted apart
. "$STOPA_SRC/tests/cli/stats-expect.sh"
sample_copies 1 > docs.jsonl
normalize -f jsonl docs.jsonl | tag > tagged.tsv
relate --stats tagged.tsv > out 2> err || exit 1
[ "$(grep -c '^rel' out)" -gt 5 ] || { echo "too few rel records"; exit 1; }
check_line "$(grep '^doc' out | cut -f3 | stats_line relate documents)" err
check_line "$(grep '^rel' out | cut -f3 | stats_line relate relations)" err
set -- $(text_counts out)
[ "$1" -eq 8 ] && [ "$4" -eq 6 ] && [ "$5" -eq 17 ] ||
    { echo "text-count.py: $1 docs, $4 split, $5 sentences, not 8, 6, 17"; exit 1; }
check_line "relate: documents split: $4 (those with two or more mentions a relation can link)" err
check_line "relate: sentences: $5" err
check_line "relate: tokens: $6" err
! grep -q 'errors:\|warnings:' err || { echo "errors or warnings counted on good input"; exit 1; }
relate --stats --table < tagged.tsv > table 2> err2 || exit 1
check_line "$(tail -n +2 table | cut -f2 | stats_line relate relations)" err2
check_line "relate: sentences: $5" err2
check_line "relate: tokens: $6" err2
relate tagged.tsv | cmp -s - out || { echo "--stats changed the output"; exit 1; }
