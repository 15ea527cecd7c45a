#!/bin/sh
# test_jobs_normalize.sh - normalize -j N gives the same bytes as -j 1:
# standard output, standard error (with --stats too) and the exit status,
# for -j 1, 2 and 4, on generated corpora of thousands of documents in the
# three formats (JSONL, a directory of text files, TSV), gzip or not, with
# bad input inserted: lines that are not JSON, NUL bytes, invalid UTF-8,
# duplicate ids (more than the 20 named one by one), dates not understood,
# a TSV line with too few fields, a file that cannot be opened, a truncated
# gzip file. Run from the repo root.
set -eu
. "$(dirname "$0")/jobs-common.sh"

python3 scripts/gen-corpus.py --quiet --size 6M --seed 11 --format jsonl --out "$T/c.jsonl"
python3 scripts/gen-corpus.py --quiet --size 3M --seed 12 --format text --per-dir 400 --out "$T/txt"
python3 scripts/gen-corpus.py --quiet --size 2M --seed 13 --format jsonl.gz --out "$T/g.jsonl.gz"

# the bad lines, at fixed places (python: raw NUL and invalid bytes)
python3 - "$T" <<'EOF'
import json, sys
t = sys.argv[1]
lines = open(t + "/c.jsonl", "rb").read().split(b"\n")[:-1]
out = []
for i, l in enumerate(lines, 1):
    out.append(l)
    if i % 97 == 3:
        out.append(b'{"id": "broken-%d", "text": "no end' % i)
    if i % 89 == 5:
        out.append(l)                                   # a duplicate id
    if i % 131 == 7:
        o = json.loads(l)
        o["id"] += "-nul"
        o["text"] = "NUL \u0000 inside " + o["text"]
        out.append(json.dumps(o).encode())
    if i % 113 == 9:
        o = json.loads(l)
        o["id"] += "-utf8"
        o["text"] = "stray @@ bytes " + o["text"]
        out.append(json.dumps(o, ensure_ascii=False).encode().replace(b"@@", b"\xff\xfe", 1))
    if i % 127 == 11:
        out.append(b'{"id": "nodate-%d", "date": "the day after", "text": "Text."}' % i)
    if i % 211 == 13:
        out.append(b'{"id": "notext-%d"}' % i)
    if i % 400 == 17:
        out.append(b"")
open(t + "/bad.jsonl", "wb").write(b"\n".join(out) + b"\n")
# text files with a NUL byte and invalid UTF-8
open(t + "/txt/nul.txt", "wb").write(b"A NUL\x00 byte and a stray \x80 byte.\n")
EOF
head -c 300000 "$T/g.jsonl.gz" >"$T/cut.jsonl.gz"
# TSV with a header, from normalize's own records; a short line, a bad escape
"$BIN/normalize" -j 1 -f jsonl "$T/c.jsonl" >"$T/n.tsv"
docs=$(grep -c '^doc' "$T/n.tsv")
[ "$docs" -ge 2000 ] || fail "only $docs documents generated"
{ printf 'id\tlang\tdate\tsource\ttext\n'
  cut -f2- "$T/n.tsv" | awk 'NR % 301 == 4 { print "short\tline" } NR % 409 == 6 { print "esc\ten\t\t\tbad \\q escape" } { print }'
} >"$T/bad.tsv"


for j in 1 2 4; do
    run js$j "$BIN/normalize" -j $j -f jsonl "$T/bad.jsonl" "$T/missing.jsonl" "$T/g.jsonl.gz" \
        "$T/cut.jsonl.gz" "$T/bad.jsonl"
    run tx$j "$BIN/normalize" -j $j "$T"/txt/*/*.txt "$T/txt/nul.txt" "$T/txt"
    run tv$j "$BIN/normalize" --jobs=$j -f tsv "$T/bad.tsv"
    run st$j "$BIN/normalize" -j $j --stats -f jsonl "$T/bad.jsonl" "$T/cut.jsonl.gz"
    untimed st$j
done
same js1 js2 js4
same tx1 tx2 tx4
same tv1 tv2 tv4
same st1 st2 st4

# what the messages say, and where
E=$T/js1.err
[ "$(cat "$T/js1.rc")" = 1 ] || fail "jsonl: bad lines but exit status $(cat "$T/js1.rc")"
grep -q 'bad\.jsonl:[0-9]*: bad JSON at byte' "$E" || fail "no bad JSON message"
grep -q 'missing\.jsonl: No such file' "$E" || fail "no message for the missing file"
grep -q 'cut\.jsonl\.gz: corrupt or truncated gzip data' "$E" || fail "no message for the cut gzip"
grep -q 'doc [^:]*-nul: 1 NUL byte(s) removed' "$E" || fail "no NUL message"
grep -q 'doc [^:]*-utf8: invalid UTF-8 at byte' "$E" || fail "no invalid UTF-8 message"
grep -q 'doc nodate-[0-9]*: date not understood' "$E" || fail "no date message"
grep -q 'no "text" string in the object' "$E" || fail "no message for the object without text"
[ "$(grep -c ': duplicate id' "$E")" -eq 20 ] || fail "not 20 duplicate-id messages"
grep -q '^normalize: [0-9]* duplicate ids in all$' "$E" || fail "no count of duplicate ids"
line=$(grep -m1 'bad\.jsonl:[0-9]*: bad JSON' "$E" | sed 's/^normalize: [^:]*:\([0-9]*\):.*/\1/')
sed -n "${line}p" "$T/bad.jsonl" | grep -q '^{"id": "broken-' || fail "bad JSON message names line $line"
line=$(grep -m1 ': duplicate id' "$E" | sed 's/^normalize: [^:]*:\([0-9]*\):.*/\1/')
id=$(grep -m1 ': duplicate id' "$E" | sed 's/.*: doc \([^:]*\): duplicate id.*/\1/')
sed -n "${line}p" "$T/bad.jsonl" | grep -q "\"id\": \"$id\"" || fail "duplicate-id message names line $line"
# every good line of both copies of bad.jsonl and the gzip files is a record
want=$(( 2 * $(grep -c -v -e '^{"id": "broken-' -e '^{"id": "notext-' -e '^$' "$T/bad.jsonl") ))
got=$(grep -c '^doc' "$T/js1.out")
gz=$(( got - want ))
[ "$gz" -gt 100 ] || fail "jsonl: $got records for $want good lines and the gzip files"
[ "$(grep -c '^doc	syn-13-' "$T/js1.out")" -eq "$gz" ] || fail "jsonl: records lost"

[ "$(cat "$T/tx1.rc")" = 1 ] || fail "text: a directory among the files but exit status $(cat "$T/tx1.rc")"
ntxt=$(ls "$T"/txt/*/*.txt | wc -l)
[ "$ntxt" -ge 1000 ] || fail "only $ntxt text files"
[ "$(grep -c '^doc' "$T/tx1.out")" -eq $((ntxt + 1)) ] || fail "text: documents lost"
grep -q 'nul\.txt: doc nul: 1 NUL byte(s) removed' "$T/tx1.err" || fail "text: no NUL message"
grep -q 'nul\.txt: doc nul: invalid UTF-8 at byte' "$T/tx1.err" || fail "text: no invalid UTF-8 message"
grep -q 'txt: Is a directory' "$T/tx1.err" || fail "text: no message for the directory"

[ "$(cat "$T/tv1.rc")" = 1 ] || fail "tsv: bad lines but exit status $(cat "$T/tv1.rc")"
grep -q 'bad\.tsv:[0-9]*: expected 5 fields, line skipped' "$T/tv1.err" || fail "tsv: no field-count message"
grep -q 'bad\.tsv:[0-9]*: bad escape' "$T/tv1.err" || fail "tsv: no escape message"
cmp "$T/tv1.out" "$T/n.tsv" || fail "tsv: the records read back differ from the JSONL ones"

grep -q '^normalize: warnings: ' "$T/st1.err" || fail "--stats: no warnings line"
grep -q '^normalize: errors: ' "$T/st1.err" || fail "--stats: no errors line"

# -j takes a number
rc=0; "$BIN/normalize" -j x </dev/null >/dev/null 2>"$T/u.err" || rc=$?
[ "$rc" = 2 ] && grep -q -- '-j wants' "$T/u.err" || fail "normalize -j x: exit $rc"
echo "ok: normalize -j 1, 2, 4 identical ($got JSONL, $ntxt text, $docs TSV documents;" \
     "$(wc -l <"$T/js1.err") messages)"
