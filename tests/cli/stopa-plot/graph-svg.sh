# with Graphviz (scripts/install-deps.sh installs it) graph.svg is drawn:
# one edge per edge of graph.dot (5), one node per entity (6) and per
# predicate of the legend (2); --png adds graph.png
command -v dot >/dev/null || { echo "Graphviz dot not installed (scripts/install-deps.sh installs graphviz)" >&2; exit 3; }
plot=$CASES/../../../scripts/stopa-plot
"$plot" --png -o out "$CASES/records.tsv"
echo "status $?"
python3 -c 'import sys, xml.etree.ElementTree as E; print(E.parse(sys.argv[1]).getroot().tag)' out/graph.svg
echo "edges $(grep -c 'class="edge"' out/graph.svg)"
echo "nodes $(grep -c 'class="node"' out/graph.svg)"
grep -o '<title>[^<]*</title>' out/graph.svg | grep '&gt;' | sort
head -c 8 out/graph.png | od -An -c | tr -s ' '
