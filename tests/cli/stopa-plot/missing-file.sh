# a file that cannot be read stops the run before anything is written
plot=$CASES/../../../scripts/stopa-plot
"$plot" -o out "$CASES/records.tsv" nope.tsv
st=$?
[ -e out ] && echo "out written"
exit $st
