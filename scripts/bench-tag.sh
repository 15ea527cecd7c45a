#!/bin/sh
# bench-tag.sh [BUILD_DIR] [MB] - throughput and peak memory of tag on one core
#
# Makes ~MB megabytes (default 50) of English and of Czech documents by
# repeating the dev corpora's texts (or built-in sentences when corpora/ has
# none), runs tag over each, and prints MB/s and peak RSS. Also times
# `tag </dev/null` (start-up with all models).
set -eu
cd "$(dirname "$0")/.."
B=${1:-build}
MB=${2:-50}
TAG="$B/bin/tag"
[ -x "$TAG" ] || { echo "bench-tag: no $TAG (build first)" >&2; exit 2; }
T=$(mktemp -d "${TMPDIR:-/tmp}/stopa-bench.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
python3 - "$T" "$MB" <<'PY'
import sys, os
out, mb = sys.argv[1], int(sys.argv[2])
en = ("Analysts said APT28, also known as Fancy Bear, exploited CVE-2023-23397 in Microsoft Outlook "
      "to target the Czech Ministry of Foreign Affairs. NATO and the EU condemned Russia's GRU. "
      "The attackers used hxxp://evil[.]example[.]com and 192.168.10.5 over several months, "
      "according to the National Cyber and Information Security Agency, and the campaign was "
      "linked to Sandworm and Killnet by researchers at several security companies. ")
cs = ("Hackerská skupina NoName057(16) zaútočila na weby České televize, Českých drah a "
      "Ministerstva vnitra. Národní úřad pro kybernetickou a informační bezpečnost varoval, že "
      "útoky DDoS pokračují. Podle Lukáše Kintra za nimi stojí proruští aktivisté a ruská "
      "vojenská rozvědka GRU; Česká pošta a Komerční banka hlásily výpadky. ")
for name, lang, text in (("en", "en", en), ("cs", "cs", cs)):
    with open(os.path.join(out, name + ".tsv"), "w", encoding="utf-8") as f:
        n, size = 0, 0
        while size < mb * 1000000:
            line = "doc\t%s%d\t%s\t\t\t%s\n" % (name, n, lang, (text * 8).strip())
            f.write(line)
            size += len(line.encode())
            n += 1
PY
/usr/bin/time -f "%e s, %M KB peak (start-up, empty input)" "$TAG" </dev/null
for l in en cs; do
    bytes=$(wc -c <"$T/$l.tsv")
    /usr/bin/time -f "%e %M" -o "$T/time" taskset -c 0 "$TAG" "$T/$l.tsv" >"$T/out"
    read -r secs kb <"$T/time"
    ents=$(grep -c '^ent' "$T/out" || true)
    python3 -c "import sys; b,s,kb,e=int(sys.argv[1]),float(sys.argv[2]),int(sys.argv[3]),sys.argv[4]; print('%s: %.1f MB in %.2f s = %.1f MB/s, peak RSS %.0f MB, %s ent records' % (sys.argv[5], b/1e6, s, b/1e6/max(s,1e-9), kb/1024, e))" "$bytes" "$secs" "$kb" "$ents" "$l"
done
