plot=$CASES/../../../scripts/stopa-plot
"$plot" -o out "$CASES"
