# --stats with -j 1 and -j 2 on a stream of several batches (300 copies of
# corpora/sample, 0.5 MB) with bad records in it: the same summary, with
# the sentences and tokens counted apart and the errors by kind
. "$STOPA_SRC/tests/cli/stats-expect.sh"
sample_copies 300 > docs.jsonl
normalize -f jsonl docs.jsonl > good.tsv || exit 1
# an ent before any doc, an ent past its text (after the first doc), a doc
# with too few fields half-way and one with a bad escape near the end
awk 'NR == 1 { print "ent\tnone\t0\t3\tACTOR\tactor:x\tabc\texact" }
     { print }
     NR == 1 { split($0, f, "\t"); print "ent\t" f[2] "\t0\t99999\tACTOR\tactor:x\tabc\texact" }
     NR == 900 { print "doc\tbad-1\ten" }
     NR == 1700 { print "doc\tbad-2\ten\t\t\tbad \\q escape" }' good.tsv > in.tsv
jobs_1_2 tag 1 in.tsv
set -- $(text_counts out1)
[ "$1" -eq 1802 ] || { echo "text-count.py: $1 documents, not 1802"; exit 1; }
check_line "$(grep '^doc' out1 | cut -f3 | stats_line tag documents)" err1
check_line "tag: sentences: $2" err1
check_line "tag: tokens: $3" err1
check_line "$(grep '^ent' out1 | cut -f5 | stats_line tag entities)" err1
check_line 'tag: errors: 4 (bad record 2, offset out of range 1, record outside its document 1)' err1
! grep -q 'warnings:' err1 || { echo "warnings counted"; exit 1; }
# each error is also printed once
[ "$(grep -c 'skipped$' err1)" -eq 4 ] || { echo "not 4 error messages"; exit 1; }
# the batches' counts add up to those of one document at a time
[ "$2" -eq $((300 * 17 + 4)) ] || { echo "$2 sentences, not 300 x 17 + 4"; exit 1; }
