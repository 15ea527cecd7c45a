# timeline.dat: a header (month, the actor ids by relations, then 'others'
# when --top leaves some out) and one TAB-separated row of counts per month
# from the first to the last, empty months too. records.tsv: actor:a 3 in
# 2024-05, actor:b 1 in 2024-07 (its 2nd relation is in an undated doc).
# The hand-made stream below crosses a year; two relations of one doc
# count twice, BLAMED and the doc without a date do not count.
plot=$CASES/../../../scripts/stopa-plot
"$plot" --no-render -o out "$CASES/records.tsv" 2>/dev/null
echo "status $?"
cat out/timeline.dat
r() { printf 'rel\t%s\tTARGETED\t%s\tinst:v\t\t0.80\t0\t1\tt\tt\t1\n' "$1" "$2"; }
{ printf 'doc\te1\ten\t2023-11-30\tt\tt\n'; r e1 actor:p; r e1 actor:p; r e1 actor:q
  printf 'doc\te2\ten\t2024-02-01\tt\tt\n'; r e2 actor:q; r e2 actor:r
  printf 'rel\te2\tBLAMED\tactor:r\tactor:q\t\t0.70\t0\t1\tt\tt\t1\n'
  printf 'doc\te3\ten\t\tt\tt\n'; r e3 actor:p; } > s.tsv
"$plot" --no-render --top 2 -o out2 s.tsv 2>/dev/null
echo "status $?"
cat out2/timeline.dat
