printf 'doc\td1\ten\t\t\tAPT28 hit NUKIB.\n' >s.tsv
for i in $(seq 2 400); do printf 'doc\td%d\ten\t\t\tAPT28 hit NUKIB again and again.\n' $i >>s.tsv; done
gzip -c s.tsv | head -c 300 >s.tsv.gz
# the records before the damage are written, the error makes the status 1
tag s.tsv.gz >out; rc=$?
grep -c '^doc' out | awk '{ print ($1 > 0 && $1 < 400) ? "partial" : "wrong " $1 }'
exit $rc
