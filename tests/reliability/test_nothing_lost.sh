#!/bin/sh
# test_nothing_lost.sh - every document that enters normalize leaves relate as
# a doc record, or is named on standard error with the reason
# (DESIGN.md, "Nothing lost").
#
# A mix of good and bad inputs: JSONL (plain and gzip), one truncated gzip,
# broken JSON lines, a JSON line without text, invalid UTF-8, NUL bytes,
# CRLF, text files (plain and gzip), TSV with a row missing a column and a
# row with a bad escape. Each input document is known by (file, line, id);
# afterwards each must be a doc record of `normalize | tag | relate`, or be
# covered by a message naming its file and line (or, after gzip damage, its
# file with the gzip reason). Exit statuses are checked too.
set -eu
: "${STOPA_BIN:?}"
PATH="$STOPA_BIN:$PATH"
T=$(mktemp -d "${TMPDIR:-/tmp}/stopa-lost.XXXXXX")
trap 'rm -rf "$T"' EXIT
cd "$T"
python3 - <<'PY'
import gzip, json, random
random.seed(7)
names = ["APT28", "NoName057(16)", "Killnet", "NÚKIB", "Sandworm", "GRU", "Rusko"]
def text(i):
    a, b = random.sample(names, 2)
    return f"{a} zaútočila na ministerstvo číslo {i}. {b} attacked the Czech ministry of finance on day {i}."
expect = []          # (file, line, id, kind): kind ok | bad (a message must name file:line)
def jsonl(name, n, start, opener=open, bad=()):
    with opener(name, "wb") as f:
        for k in range(n):
            i = start + k
            line = k + 1
            did = f"j{i}"
            if k in bad:
                kind = bad[k]
                if kind == "broken":
                    f.write(('{"id":"%s","text":"%s' % (did, text(i))).encode() + b"\n")
                elif kind == "notext":
                    f.write(json.dumps({"id": did, "body": text(i)}).encode() + b"\n")
                expect.append((name, line, did, "bad"))
                continue
            t = text(i).encode()
            if k % 17 == 3:
                t = t.replace(b"ministerstvo", b"minister\xffstvo\xc0\x80")   # invalid UTF-8
            if k % 19 == 5:
                t += b"\\u0000"                                             # a NUL (escaped: raw is bad JSON)
            rec = b'{"id":"%s","text":"%s"}' % (did.encode(), t.replace(b'"', b'\\"'))
            f.write(rec + (b"\r\n" if k % 7 == 0 else b"\n"))
            expect.append((name, line, did, "ok"))
jsonl("a.jsonl", 300, 0, bad={10: "broken", 50: "notext", 51: "broken"})
jsonl("b.jsonl.gz", 300, 1000, opener=gzip.open)
jsonl("c.jsonl.gz", 3000, 5000, opener=gzip.open)
data = open("c.jsonl.gz", "rb").read()
open("c.jsonl.gz", "wb").write(data[: len(data) // 2])                      # truncated
for k, (f, l, d, kind) in enumerate(expect):
    if f == "c.jsonl.gz":
        expect[k] = (f, l, d, "gzip")        # written, or covered by the gzip message
for k in range(5):
    open(f"t{k}.txt", "wb").write(text(9000 + k).encode() + (b"\xfe" if k == 2 else b""))
    expect.append((f"t{k}.txt", 0, f"t{k}", "ok"))
with gzip.open("t9.txt.gz", "wb") as f:
    f.write(text(9009).encode())
expect.append(("t9.txt.gz", 0, "t9", "ok"))
with open("d.tsv", "wb") as f:
    f.write(b"id\tdate\ttext\n")
    for k in range(100):
        did = f"s{k}"
        if k == 40:
            f.write(f"{did}\t2024-05-03\n".encode()); expect.append(("d.tsv", k + 2, did, "bad")); continue
        if k == 41:
            f.write(f"{did}\t2024-05-03\tbad \\q\n".encode()); expect.append(("d.tsv", k + 2, did, "bad")); continue
        f.write(f"{did}\t2024-05-{k % 28 + 1:02d}\t{text(k)}\n".encode())
        expect.append(("d.tsv", k + 2, did, "ok"))
with open("expect.tsv", "w") as f:
    for e in expect:
        f.write("%s\t%d\t%s\t%s\n" % e)
PY
set +e
{ normalize -f jsonl a.jsonl b.jsonl.gz c.jsonl.gz 2>n1.err; echo $? >n1.rc
  normalize t0.txt t1.txt t2.txt t3.txt t4.txt t9.txt.gz 2>n2.err; echo $? >n2.rc
  normalize -f tsv d.tsv 2>n3.err; echo $? >n3.rc; } | tag 2>tag.err | relate >out.tsv 2>relate.err
set -e
cat n1.err n2.err n3.err tag.err relate.err >all.err
fail=0
[ "$(cat n1.rc)" = 1 ] || { echo "FAIL: normalize jsonl exit $(cat n1.rc), expected 1"; fail=1; }
[ "$(cat n2.rc)" = 0 ] || { echo "FAIL: normalize text exit $(cat n2.rc), expected 0"; fail=1; }
[ "$(cat n3.rc)" = 1 ] || { echo "FAIL: normalize tsv exit $(cat n3.rc), expected 1"; fail=1; }
[ -s tag.err ] && { echo "FAIL: tag complained:"; cat tag.err; fail=1; }
[ -s relate.err ] && { echo "FAIL: relate complained:"; cat relate.err; fail=1; }
python3 - <<'PY' || fail=1
import re, sys
out = [l.split("\t") for l in open("out.tsv", encoding="utf-8", errors="strict").read().split("\n") if l]
docs = [f[1] for f in out if f[0] == "doc"]
got = set(docs)
err = open("all.err", encoding="utf-8").read().splitlines()
lost, wrong = [], []
n = {"ok": 0, "bad": 0, "gzip-written": 0, "gzip-reported": 0}
gzip_msg = {l.split(":")[1].strip() for l in err if "corrupt or truncated gzip data" in l}
for line in open("expect.tsv"):
    f, l, d, kind = line.rstrip("\n").split("\t")
    named = any(e.startswith(f"normalize: {f}:{l}: ") for e in err)
    if kind == "ok":
        if d in got: n["ok"] += 1
        else: lost.append((f, l, d, "not written"))
    elif kind == "bad":
        if d in got: wrong.append((f, l, d, "bad line written"))
        elif named: n["bad"] += 1
        else: lost.append((f, l, d, "skipped without a message"))
    else:
        if d in got: n["gzip-written"] += 1
        elif f in gzip_msg: n["gzip-reported"] += 1
        else: lost.append((f, l, d, "gzip damage not reported"))
# invalid UTF-8 and NUL were reported per document
warn_utf8 = sum(1 for e in err if "invalid UTF-8" in e)
warn_nul = sum(1 for e in err if "NUL byte" in e)
if len(docs) != len(got): wrong.append(("", "", "", "duplicate doc records"))
if warn_utf8 < 10 or warn_nul < 5: wrong.append(("", "", "", f"too few repair warnings: utf8 {warn_utf8} nul {warn_nul}"))
if n["gzip-written"] < 100 or n["gzip-reported"] < 100: wrong.append(("", "", "", f"truncated gzip split unexpected: {n}"))
for x in lost + wrong: print("FAIL:", *x)
print("nothing lost:", n, "docs out", len(docs), "utf8 warnings", warn_utf8, "NUL warnings", warn_nul)
sys.exit(1 if lost or wrong else 0)
PY
exit $fail
