plot=$CASES/../../../scripts/stopa-plot
"$plot" --frobnicate "$CASES/records.tsv"
