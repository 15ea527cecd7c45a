# with gnuplot (scripts/install-deps.sh installs gnuplot-nox) timeline.svg
# is timeline.gp run by gnuplot: an SVG whose plots are the actors, named
# with their counts in the legend, one bar each (actor:a 3 in 2024-05,
# actor:b 1 in 2024-07: heights 3 and 1); --png adds timeline.png
command -v gnuplot >/dev/null || { echo "gnuplot not installed (scripts/install-deps.sh installs gnuplot-nox)" >&2; exit 3; }
plot=$CASES/../../../scripts/stopa-plot
"$plot" --png -o out "$CASES/records.tsv"
echo "status $?"
[ -s out/timeline.svg ] && echo "timeline.svg not empty"
grep -o 'Produced by GNUPLOT' out/timeline.svg
grep -o '<text>TARGETED relations per month and actor ([0-9]* in all)</text>' out/timeline.svg
python3 - out/timeline.svg <<'PY'
import sys, xml.etree.ElementTree as E
ns = "{http://www.w3.org/2000/svg}"
root = E.parse(sys.argv[1]).getroot()
print(root.tag)
bars = []
for g in root.iter(ns + "g"):
    if not g.get("id", "").startswith("gnuplot_plot_"):
        continue
    # the first polygon of a plot is its sample in the legend
    for p in list(g.iter(ns + "polygon"))[1:]:
        ys = [float(xy.split(",")[1]) for xy in p.get("points").split()]
        if max(ys) - min(ys) > 0.5:
            bars.append((g.find(ns + "title").text, max(ys) - min(ys)))
unit = min(h for _, h in bars)
for title, h in bars:
    print(f"{title}: bar of {h / unit:.1f}")
PY
head -c 8 out/timeline.png | od -An -c | tr -s ' '
ls out
