# --stats on corpora/sample: documents by language and entities by type as
# the records written say, sentences and tokens as counted apart; --table
# counts its rows the same
. "$STOPA_SRC/tests/cli/stats-expect.sh"
normalize -f jsonl "$STOPA_SRC/corpora/sample/docs.jsonl" > docs.tsv
tag --stats docs.tsv > out 2> err || exit 1
[ "$(grep -c '^ent' out)" -gt 20 ] || { echo "too few ent records"; exit 1; }
check_line "$(grep '^doc' out | cut -f3 | stats_line tag documents)" err
check_line "$(grep '^ent' out | cut -f5 | stats_line tag entities)" err
# sentences and tokens: 17 sentences by reading the six texts (3, 3, 2, 4 -
# sample-en-001 has a paragraph break -, 3, 2), tokens as text-count.py
# counts them apart from libstopa
set -- $(text_counts out)
[ "$1" -eq 6 ] && [ "$2" -eq 17 ] || { echo "text-count.py: $1 docs, $2 sentences, not 6, 17"; exit 1; }
check_line "tag: sentences: $2" err
check_line "tag: tokens: $3" err
! grep -q 'errors:\|warnings:' err || { echo "errors or warnings counted on good input"; exit 1; }
tag --stats --table docs.tsv > table 2> err2 || exit 1
check_line "$(tail -n +2 table | cut -f4 | stats_line tag entities)" err2
! grep -q 'documents:' err2 || { echo "documents counted in --table mode"; exit 1; }
check_line "tag: sentences: $2" err2
check_line "tag: tokens: $3" err2
tag docs.tsv | cmp -s - out || { echo "--stats changed the output"; exit 1; }
