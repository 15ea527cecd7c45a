# a million tiny documents: counts in = out, in order
awk 'BEGIN { for (i = 1; i <= 1000000; i++) printf "{\"id\":\"d%d\",\"text\":\"Doc %d.\"}\n", i, i }' >m.jsonl
normalize -f jsonl m.jsonl | tag | relate | grep '^doc' | cut -f2 >ids
echo "docs $(wc -l <ids)"
awk '$0 != "d" NR { bad++ } END { print "out of order " bad + 0 }' ids
