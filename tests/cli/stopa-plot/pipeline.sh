# the real pipeline on the dev corpus: the timeline's total and its rows
export LC_ALL=C
# are the dated TARGETED rel records of the stream, counted here with awk;
# the graph has one edge per distinct (subject, predicate, object)
plot=$CASES/../../../scripts/stopa-plot
python3 "$CASES/../../../scripts/corpus2jsonl.py" "$CASES/../../../corpora/dev" > dev.jsonl
normalize -f jsonl dev.jsonl > s1 && tag s1 > s2 && relate s2 > rec.tsv || { echo "pipeline failed"; exit 3; }
"$plot" --no-render -o out rec.tsv 2>/dev/null || { echo "stopa-plot failed"; exit 3; }
awk -F'\t' '$1 == "doc" { d[$2] = $4 } $1 == "rel" && $3 == "TARGETED" && d[$2] ~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]/ { n[$4]++; all++ }
    END { print "total", all; for (a in n) print a, n[a] }' rec.tsv | sort > want
{ grep -o 'per month and actor ([0-9]* in all' out/timeline.svg | sed 's/.*(\([0-9]*\) in all/total \1/'
  grep -o '>actor:[^<]* ([0-9]*)<' out/timeline.svg | sed 's/^>\(.*\) (\([0-9]*\))<$/\1 \2/'; } | sort > got
# the timeline shows at most 25 actors: compare those it shows
join got want > both
[ "$(wc -l < got)" -eq "$(wc -l < both)" ] && awk '$2 != $3 { bad = 1 } END { exit bad }' both &&
    echo "timeline: total and rows equal the stream's dated TARGETED relations" || { cat got want; }
[ "$(awk '$1 == "total" { print ($2 > 100) }' got)" = 1 ] && echo "timeline: more than 100 relations"
# timeline.dat: its columns' sums are the same counts, its cells the total
awk -F'\t' 'NR == 1 { for (i = 2; i <= NF; i++) h[i] = $i; next }
    { for (i = 2; i <= NF; i++) { s[i] += $i; all += $i } }
    END { print "total", all; for (i in h) if (h[i] != "others") print h[i], s[i] }' out/timeline.dat | sort > dat
join dat want > both2
[ "$(wc -l < dat)" -eq "$(wc -l < both2)" ] && awk '$2 != $3 { bad = 1 } END { exit bad }' both2 &&
    echo "timeline.dat: column sums and total equal the stream's dated TARGETED relations" || { cat dat want; }
edges=$(awk -F'\t' '$1 == "rel" { print $4 "\t" $3 "\t" $5 }' rec.tsv | sort -u | wc -l)
[ "$(grep -c -- '" -> "' out/graph.dot)" -eq "$edges" ] && echo "graph: one edge per distinct relation"
