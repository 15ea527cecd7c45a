# a million tiny documents: counts in = out, in order; each filter's status
awk 'BEGIN { for (i = 1; i <= 1000000; i++) printf "{\"id\":\"d%d\",\"text\":\"Doc %d.\"}\n", i, i }' >m.jsonl
normalize -f jsonl m.jsonl >n.tsv; echo "normalize status $?"
tag <n.tsv >t.tsv; echo "tag status $?"
relate <t.tsv >r.tsv; echo "relate status $?"
grep '^doc' r.tsv | cut -f2 >ids
echo "docs $(wc -l <ids)"
awk '$0 != "d" NR { bad++ } END { print "out of order " bad + 0 }' ids
