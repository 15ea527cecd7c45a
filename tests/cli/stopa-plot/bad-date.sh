# a doc date that is neither empty nor an existing YYYY-MM-DD is reported
# with its line, the document is read as undated (its relations are not on
# the timeline) and the rest is drawn; exit status 1. A short rel record is
# reported and skipped the same way.
plot=$CASES/../../../scripts/stopa-plot
r() { printf 'rel\t%s\tTARGETED\t%s\tinst:v\t\t0.80\t0\t1\tt\tt\t1\n' "$1" "$2"; }
{ printf 'doc\tm1\ten\t2024-13-01\tt\tt\n'; r m1 actor:p
  printf 'doc\tm2\ten\t05/03/2024\tt\tt\n'; r m2 actor:p
  printf 'doc\tm3\ten\t2024-02-30\tt\tt\n'; r m3 actor:p
  printf 'doc\tm4\ten\t2024-03-09\tt\tt\n'; r m4 actor:q; printf 'rel\tm4\tTARGETED\tactor:p\n'
  printf 'doc\tm5\ten\t2024-04-01\tt\tt\n'; r m5 actor:q; } > s.tsv
"$plot" --no-render -o out s.tsv
st=$?
cat out/timeline.dat
grep -c -- '" -> "' out/graph.dot
exit $st
