awk 'BEGIN { for (i = 1; i <= 2000; i++) printf "{\"id\":\"g%d\",\"text\":\"Document number %d about APT28.\"}\n", i, i }' >all.jsonl
gzip -c all.jsonl >all.jsonl.gz
head -1000 all.jsonl | gzip -c >two.gz
tail -n +1001 all.jsonl | gzip -c >>two.gz
normalize -f jsonl two.gz >out; rc=$?
grep '^doc' out | cut -f2 | awk '$0 != "g" NR { bad++ } END { print NR " docs, out of order " bad + 0 }'
exit $rc
