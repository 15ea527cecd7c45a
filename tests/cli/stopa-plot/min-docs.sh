# --min-docs 2 keeps the edges stated by two documents (actor:a -> inst:x,
# agency:n -> actor:a); --top 1 keeps the actor with most TARGETED relations
plot=$CASES/../../../scripts/stopa-plot
"$plot" --no-render --min-docs 2 --top 1 -o out "$CASES/records.tsv"
echo "status $?"
grep -- '" -> "' out/graph.dot | sed 's/ \[color.*tooltip=/ /; s/\];$//'
grep -o '>actor:[a-z]* ([0-9]*)<' out/timeline.svg
