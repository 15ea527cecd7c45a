# --stats with -j 1 and -j 2 on a stream of several batches (300 copies of
# corpora/sample, tagged: 1.6 MB) with bad records in it: the same summary,
# with the sentences and tokens counted apart and the errors by kind
. "$STOPA_SRC/tests/cli/stats-expect.sh"
sample_copies 300 > docs.jsonl
normalize -f jsonl docs.jsonl | tag > good.tsv || exit 1
# an ent past its text after the first doc, an ent of another document
# after the second, a doc with too few fields before the 1000th
awk -F '\t' '$1 == "doc" { n++; if (n == 1000) print "doc\tbad-1\ten" }
     { print }
     $1 == "doc" && n == 1 { print "ent\t" $2 "\t0\t99999\tACTOR\tactor:x\tabc\texact" }
     $1 == "doc" && n == 2 { print "ent\tother-doc\t0\t3\tACTOR\tactor:x\tabc\texact" }' good.tsv > in.tsv
jobs_1_2 relate 1 in.tsv
set -- $(text_counts out1)
[ "$1" -eq 1802 ] && [ "$4" -eq 1800 ] || { echo "text-count.py: $1 docs, $4 split"; exit 1; }
check_line "$(grep '^doc' out1 | cut -f3 | stats_line relate documents)" err1
check_line "relate: documents split: $4 (those with two or more mentions a relation can link)" err1
check_line "relate: sentences: $5" err1
check_line "relate: tokens: $6" err1
check_line "$(grep '^rel' out1 | cut -f3 | stats_line relate relations)" err1
check_line 'relate: errors: 3 (bad record 1, offset out of range 1, record outside its document 1)' err1
[ "$(grep -c 'skipped$' err1)" -eq 3 ] || { echo "not 3 error messages"; exit 1; }
[ "$5" -eq $((300 * 17)) ] || { echo "$5 sentences, not 300 x 17"; exit 1; }
