# a gzip file cut short: the documents before the cut are written
awk 'BEGIN { for (i = 1; i <= 3000; i++) printf "{\"id\": \"d%d\", \"text\": \"Document number %d of the archive, about an attack on a ministry.\"}\n", i, i }' | gzip -c >full.jsonl.gz
size=$(wc -c <full.jsonl.gz)
head -c $((size / 2)) full.jsonl.gz >cut.jsonl.gz
normalize -f jsonl cut.jsonl.gz >out 2>err; rc=$?
cat err >&2
n=$(grep -c "^doc	" out)
# some documents, not all, and in order from the first
[ "$n" -gt 100 ] && [ "$n" -lt 3000 ] && echo "some documents written"
head -1 out | cut -f2
exit $rc
