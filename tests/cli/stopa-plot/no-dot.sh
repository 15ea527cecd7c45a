# with neither Graphviz nor gnuplot on PATH: graph.dot, timeline.dat,
# timeline.gp and stopa-plot's own timeline.svg, each lack said on stderr
plot=$CASES/../../../scripts/stopa-plot
mkdir bin && ln -s "$(python3 -c 'import sys; print(sys.executable)')" bin/python3
PATH=$T/bin "$plot" -o out "$CASES/records.tsv"
echo "status $?"
ls out
