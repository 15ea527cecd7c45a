#!/bin/sh
# bench-normalize.sh [BUILD_DIR] [MB] - normalize's speed next to cat's
#
# Builds an input of about MB megabytes (default 64) from the documents in
# corpora/*/*.txt if there are any, else from the language-id test set
# (tests/langid), repeated: as JSONL (one document a line) and as one large
# text file. Each input goes through `cat` and `normalize` three times
# in the same run; the medians are printed as MB/s of input, by wall-clock
# time and by CPU time (user + system: the fairer figure on a busy machine).
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
mb=${2:-64}
bin=$build/bin/normalize
[ -x "$bin" ] || { echo "bench-normalize: no $bin (build first)" >&2; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stopa-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

# one document a line, clean UTF-8, line breaks inside a document written
# as the two characters \n: the files of corpora/ if there are any, else
# the documents of the language-id test set
src=$tmp/src.txt
if ls corpora/*/*.txt >/dev/null 2>&1; then
    for f in corpora/*/*.txt; do
        sed 's/\\/\\\\/g; s/"/\\"/g; s/\t/\\t/g' "$f" | awk '{ printf "%s%s", (NR > 1 ? "\\n" : ""), $0 } END { print "" }'
    done >"$src"
else
    cut -f2- tests/langid/docs-*.txt | sed 's/^[a-z][a-z]\t//; s/\\/\\\\/g; s/"/\\"/g' >"$src"
fi

want=$((mb * 1024 * 1024))
# JSONL: {"id": "bN", "text": "..."}, the documents over and over
awk -v want="$want" '
    { line[n++] = $0 }
    END { size = 0; i = 0
          while (size < want) {
              s = sprintf("{\"id\": \"b%d\", \"text\": \"%s\"}", i, line[i % n])
              print s; size += length(s) + 1; i++ } }' "$src" >"$tmp/in.jsonl"
# text: the same paragraphs, blank lines between them (one large document)
awk -v want="$want" '{ gsub(/\\n/, "\n"); gsub(/\\"/, "\""); gsub(/\\\\/, "\\"); line[n++] = $0 }
    END { size = 0; i = 0
          while (size < want) { s = line[i % n]; print s; print ""; size += length(s) + 2; i++ } }' "$src" >"$tmp/in.text"

now() { date +%s.%N; }
median3() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
rate() {  # rate BYTES SECONDS
    awk -v b="$1" -v s="$2" 'BEGIN { printf "%.0f", b / 1048576 / s }'
}
cpu() {  # cpu FILE: user+system seconds of the children, from the output of times
    awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%.4f", u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$1"
}
run3() {  # run3 CMD...: "wall cpu", medians of three runs, output discarded
    w1=; w2=; w3=; c1=; c2=; c3=
    for k in 1 2 3; do
        times >"$tmp/ta"; a=$(now); "$@" >/dev/null || true; b=$(now); times >"$tmp/tb"
        ca=$(cpu "$tmp/ta"); cb=$(cpu "$tmp/tb")
        eval "w$k=\$(awk -v a=\"\$a\" -v b=\"\$b\" 'BEGIN { printf \"%.4f\", b - a }')"
        eval "c$k=\$(awk -v a=\"\$ca\" -v b=\"\$cb\" 'BEGIN { printf \"%.4f\", b - a }')"
    done
    echo "$(median3 "$w1" "$w2" "$w3") $(median3 "$c1" "$c2" "$c3")"
}

for fmt in jsonl text; do
    in=$tmp/in.$fmt
    bytes=$(wc -c <"$in")
    set -- $(run3 cat "$in"); tc=$1; cc=$2
    set -- $(run3 "$bin" -f "$fmt" "$in"); tn=$1; cn=$2
    printf '%-5s %4d MB: wall: cat %5s MB/s, normalize %5s MB/s   cpu: cat %5s MB/s, normalize %5s MB/s   (medians of 3: %ss vs %ss wall)\n' \
        "$fmt" $((bytes / 1048576)) "$(rate "$bytes" "$tc")" "$(rate "$bytes" "$tn")" \
        "$(rate "$bytes" "$cc")" "$(rate "$bytes" "$cn")" "$tc" "$tn"
done
"$bin" -f jsonl "$tmp/in.jsonl" | cut -f3 | sort | uniq -c | awk '{ printf "%s %s  ", $2, $1 } END { print "(languages of the JSONL documents)" }'
