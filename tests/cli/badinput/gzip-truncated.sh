awk 'BEGIN { for (i = 1; i <= 2000; i++) printf "{\"id\":\"g%d\",\"text\":\"Document number %d about APT28.\"}\n", i, i }' >all.jsonl
gzip -c all.jsonl >all.jsonl.gz
head -c $(( $(wc -c <all.jsonl.gz) / 2 )) all.jsonl.gz >cut.jsonl.gz
normalize -f jsonl cut.jsonl.gz >out.tsv
echo "status $?"
n=$(grep -c '^doc' out.tsv)
# the documents written are whole and are the first ones, in order
[ "$n" -gt 100 ] && [ "$n" -lt 2000 ] && echo "some written"
grep '^doc' out.tsv | cut -f2 | awk '$0 != "g" NR { bad++ } END { print "out of order " bad + 0 }'
