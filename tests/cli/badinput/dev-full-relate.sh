awk 'BEGIN { for (i = 1; i <= 30000; i++) printf "doc\td%d\ten\t\t\tAPT28 attacked the ministry %d.\n", i, i }' >s.tsv
relate s.tsv >/dev/full
echo "status $?"
