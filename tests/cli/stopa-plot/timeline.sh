# records.tsv: 4 documents (one undated), 6 TARGETED and 2 BLAMED relations,
# an ent and an incident record (ignored). The timeline counts the 4 dated
# TARGETED relations: actor:a 3 in 2024-05, actor:b 1 in 2024-07; the graph
# has 5 distinct (subject, predicate, object) edges between 6 entities.
# With --no-render timeline.svg is the one stopa-plot draws itself.
plot=$CASES/../../../scripts/stopa-plot
"$plot" --no-render -o out "$CASES/records.tsv"
echo "status $?"
python3 -c 'import sys, xml.etree.ElementTree as E; print(E.parse(sys.argv[1]).getroot().tag)' out/timeline.svg
grep -o 'TARGETED relations per month and actor ([0-9]* in all' out/timeline.svg
grep -o '>actor:[a-z]* ([0-9]*)<' out/timeline.svg
grep -o '<title>[^<]*</title>' out/timeline.svg
grep -o 'one column per month, [^<]*' out/timeline.svg
grep -c -- '" -> "' out/graph.dot
grep -- '" -> "' out/graph.dot | sed 's/ \[color.*tooltip=/ /; s/\];$//'
if [ -e out/graph.svg ]; then echo "graph.svg written with --no-render"; fi
