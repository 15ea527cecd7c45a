# --top and --min-docs take a whole number of at least 1
plot=$CASES/../../../scripts/stopa-plot
"$plot" --top 0 -o out "$CASES/records.tsv"; echo "status $?"
"$plot" --min-docs many -o out "$CASES/records.tsv"; echo "status $?"
[ -e out ] && echo "out written"
exit 0
