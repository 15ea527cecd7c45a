awk 'BEGIN { for (i = 1; i <= 30000; i++) printf "doc\td%d\ten\t\t\tAPT28 attacked the ministry %d.\n", i, i }' >s.tsv
incidents --pass s.tsv >/dev/full 2>err
echo "status $?"
# one message: the failed write is not reported again at exit
echo "stderr lines $(wc -l <err)"
cat err >&2
