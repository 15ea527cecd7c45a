# without gnuplot on PATH (dot is there): timeline.dat and timeline.gp are
# written, timeline.svg is drawn by stopa-plot itself, said once on stderr;
# no timeline.png with --png. The user can run timeline.gp later.
command -v dot >/dev/null || { echo "Graphviz dot not installed (scripts/install-deps.sh installs graphviz)" >&2; exit 3; }
plot=$CASES/../../../scripts/stopa-plot
mkdir bin && ln -s "$(python3 -c 'import sys; print(sys.executable)')" bin/python3
ln -s "$(command -v dot)" bin/dot
PATH=$T/bin "$plot" --png -o out "$CASES/records.tsv" 2>err
echo "status $?"
cat err >&2
grep -c 'gnuplot not found' err
ls out
grep -o 'TARGETED relations per month and actor ([0-9]* in all; darker: more)' out/timeline.svg
grep -o '<title>[^<]*</title>' out/timeline.svg
cat out/timeline.dat
