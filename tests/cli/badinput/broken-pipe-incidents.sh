awk 'BEGIN { for (i = 1; i <= 30000; i++) printf "doc\td%d\ten\t\t\tAPT28 attacked the ministry %d.\n", i, i }' >s.tsv
incidents --pass s.tsv | head -1 | cut -f1
