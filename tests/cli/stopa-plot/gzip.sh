# gzip input is read; a gzip stream cut short is an error naming the file
plot=$CASES/../../../scripts/stopa-plot
gzip -c "$CASES/records.tsv" > r.tsv.gz
"$plot" --no-render -o out r.tsv.gz 2>/dev/null
echo "status $?"
grep -c -- '" -> "' out/graph.dot
head -c 100 r.tsv.gz > cut.gz
"$plot" --no-render -o out2 cut.gz
echo "status $?"
