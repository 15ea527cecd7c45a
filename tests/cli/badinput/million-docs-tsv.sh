awk 'BEGIN { for (i = 1; i <= 1000000; i++) printf "t%d\tline %d\n", i, i }' | gzip -1 >m.tsv.gz
normalize -f tsv m.tsv.gz >out; rc=$?
grep -c '^doc' out
exit $rc
