# a rel record with too few fields is reported with its line and skipped;
# the pictures are drawn from the rest (5 edges); exit status 1
plot=$CASES/../../../scripts/stopa-plot
{ head -3 "$CASES/records.tsv"; printf 'rel\td1\tTARGETED\tactor:a\n'; tail -n +4 "$CASES/records.tsv"; } |
    "$plot" --no-render -o out
st=$?
grep -c -- '" -> "' out/graph.dot
exit $st
