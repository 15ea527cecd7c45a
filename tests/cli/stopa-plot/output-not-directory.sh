plot=$CASES/../../../scripts/stopa-plot
: > taken
"$plot" -o taken "$CASES/records.tsv"
