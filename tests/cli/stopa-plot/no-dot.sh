# without Graphviz on PATH: graph.dot and timeline.svg only, said on stderr
plot=$CASES/../../../scripts/stopa-plot
mkdir bin && ln -s "$(python3 -c 'import sys; print(sys.executable)')" bin/python3
PATH=$T/bin "$plot" -o out "$CASES/records.tsv"
echo "status $?"
ls out
