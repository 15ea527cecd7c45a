#!/bin/sh
# test_memory.sh - peak RSS stays bounded (docs/RELIABILITY.md, Memory):
#   1. a stream of ~STOPA_MEM_MB (default 200) MB of small documents through
#      normalize | tag | relate: each filter's peak RSS is flat, whatever the
#      stream's size (bound: STREAM_KB each);
#   2. one document of STOPA_MEM_MB MB: normalize and tag stay within a
#      fixed multiple of the document (bounds below); relate is measured on
#      a 2 MB document only, to keep the test quick: its time is linear in
#      the document now, but its memory is about 16x the document (a
#      200 MB document: 3.2 GB, measured by hand: docs/RELIABILITY.md).
#      incidents is not measured here (tests/incidents/test_scale.sh).
# Peak RSS is GNU time's %M. Skipped in sanitizer builds (RSS means
# nothing there). scripts/bench-memory.sh runs the same at 1 GB.
set -eu
: "${STOPA_BIN:?}" "${STOPA_BUILD:?}"
if grep -q '^STOPA_SANITIZE:BOOL=ON' "$STOPA_BUILD/CMakeCache.txt" 2>/dev/null; then
    echo "SKIP: sanitizer build"; exit 0
fi
[ -x /usr/bin/time ] || { echo "FAIL: /usr/bin/time missing (package time)"; exit 1; }
MB=${STOPA_MEM_MB:-200}
B=$STOPA_BIN
T=$(mktemp -d "${TMPDIR:-/tmp}/stopa-mem.XXXXXX")
trap 'rm -rf "$T"' EXIT
STREAM_KB=163840          # 160 MB per filter for any stream of small documents
                          # (tag's word caches are bounded since 972db4b: docs/RELIABILITY.md)
fail=0
check() {  # name kb bound_kb
    if [ "$2" -gt "$3" ]; then echo "FAIL: $1: peak RSS $2 KB > bound $3 KB"; fail=1
    else echo "ok: $1: peak RSS $2 KB (bound $3 KB)"; fi
}
kb() { tail -1 "$1"; }

# 1. a stream of small documents (about 150 bytes each)
ndocs=$((MB * 1000000 / 150))
awk -v n="$ndocs" 'BEGIN { for (i = 0; i < n; i++) printf "{\"id\":\"d%d\",\"text\":\"APT28 zaútočila na ministerstvo financí %d. NoName057(16) attacked the Czech ministry of finance and NÚKIB blamed Russia.\"}\n", i, i }' >"$T/many.jsonl"
/usr/bin/time -f %M -o "$T/n.kb" "$B/normalize" -f jsonl "$T/many.jsonl" \
    | /usr/bin/time -f %M -o "$T/t.kb" "$B/tag" \
    | /usr/bin/time -f %M -o "$T/r.kb" "$B/relate" | grep -c '^doc' >"$T/count"
[ "$(cat "$T/count")" = "$ndocs" ] || { echo "FAIL: stream: $(cat "$T/count") docs out of $ndocs"; fail=1; }
check "normalize, stream of $ndocs docs ($MB MB)" "$(kb "$T/n.kb")" $STREAM_KB
check "tag, same stream" "$(kb "$T/t.kb")" $STREAM_KB
check "relate, same stream" "$(kb "$T/r.kb")" $STREAM_KB
rm -f "$T/many.jsonl"

# 2. one document of $MB MB (a news paragraph repeated)
python3 - "$T/one.jsonl" "$MB" <<'PY'
import sys
s = ("APT28 attacked the ministry of finance, said NUKIB. "
     "Rusko popírá útok skupiny NoName057(16) na weby bank. ")
n = int(sys.argv[2]) * 1000000 // len(s.encode())
with open(sys.argv[1], "w") as f:
    f.write('{"id":"big","text":"' + s * n + '"}\n')
PY
size_kb=$(( $(wc -c <"$T/one.jsonl") / 1024 ))
/usr/bin/time -f %M -o "$T/n1.kb" "$B/normalize" -f jsonl "$T/one.jsonl" \
    | /usr/bin/time -f %M -o "$T/t1.kb" "$B/tag" | grep -c '^ent' >"$T/ents"
[ "$(cat "$T/ents")" -gt $((MB * 10000)) ] || { echo "FAIL: one document: only $(cat "$T/ents") ents"; fail=1; }
check "normalize, one $MB MB document" "$(kb "$T/n1.kb")" $((5 * size_kb + 65536))
check "tag, one $MB MB document" "$(kb "$T/t1.kb")" $((10 * size_kb + 131072))
rm -f "$T/one.jsonl"
python3 - "$T/two.jsonl" 2 <<'PY'
import sys
s = ("APT28 attacked the ministry of finance, said NUKIB. "
     "Rusko popírá útok skupiny NoName057(16) na weby bank. ")
n = int(sys.argv[2]) * 1000000 // len(s.encode())
open(sys.argv[1], "w").write('{"id":"big","text":"' + s * n + '"}\n')
PY
"$B/normalize" -f jsonl "$T/two.jsonl" | "$B/tag" >"$T/two.tsv"
/usr/bin/time -f %M -o "$T/r1.kb" "$B/relate" "$T/two.tsv" >/dev/null
check "relate, one 2 MB document" "$(kb "$T/r1.kb")" $((20 * 2048 + 65536))
exit $fail
