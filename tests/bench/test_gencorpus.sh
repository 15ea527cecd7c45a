#!/bin/sh
# test_gencorpus.sh - scripts/gen-corpus.py: same seed gives the same bytes,
# valid JSONL with the documented fields, both languages present, the gzip
# variant decompresses to the same JSONL, the text variant holds the same
# texts, and another seed gives another corpus. Run from the repo root.
set -eu
GEN="python3 scripts/gen-corpus.py --quiet"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

$GEN --size 300K --seed 7 --format jsonl --out "$T/a.jsonl"
$GEN --size 300K --seed 7 --format jsonl >"$T/b.jsonl"
cmp "$T/a.jsonl" "$T/b.jsonl" || fail "same seed, different output"
size=$(wc -c <"$T/a.jsonl")
[ "$size" -ge 307200 ] || fail "output smaller than --size: $size"
[ "$size" -lt 340000 ] || fail "output far larger than --size: $size"

$GEN --size 300K --seed 8 --format jsonl --out "$T/c.jsonl"
cmp -s "$T/a.jsonl" "$T/c.jsonl" && fail "seeds 7 and 8 gave the same output"

$GEN --size 300K --seed 7 --format jsonl.gz --out "$T/a.jsonl.gz"
$GEN --size 300K --seed 7 --format jsonl.gz --out "$T/b.jsonl.gz"
cmp "$T/a.jsonl.gz" "$T/b.jsonl.gz" || fail "gzip output not byte-identical"
gzip -t "$T/a.jsonl.gz" || fail "gzip output is not valid gzip"
gzip -dc "$T/a.jsonl.gz" | cmp - "$T/a.jsonl" || fail "gzip content differs from jsonl"

$GEN --size 300K --seed 7 --format text --per-dir 50 --out "$T/txt"

python3 - "$T" <<'PY'
import json, os, re, sys
t = sys.argv[1]
docs = []
with open(os.path.join(t, "a.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        assert line.endswith("\n"), "line %d: no LF" % n
        d = json.loads(line)
        assert sorted(d) == ["date", "id", "source", "text"], "line %d: keys %s" % (n, sorted(d))
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", d["date"]), d["date"]
        assert d["text"].strip() and "\n\n" in d["text"], "line %d: text" % n
        docs.append(d)
ids = [d["id"] for d in docs]
assert len(set(ids)) == len(ids), "repeated ids"
assert len(docs) > 50, "too few documents: %d" % len(docs)
# language by function words: the generator draws them per language
def score(text, words):
    toks = re.findall(r"\w+", text.lower())
    return sum(1 for w in toks if w in words)
CS = {"a", "se", "na", "je", "že", "podle", "skupiny", "který"}
EN = {"the", "of", "and", "to", "is", "that", "said", "with"}
cs = sum(1 for d in docs if score(d["text"], CS) > 2 * score(d["text"], EN))
en = sum(1 for d in docs if score(d["text"], EN) > 2 * score(d["text"], CS))
assert cs + en == len(docs), "unclassified documents: %d of %d" % (len(docs) - cs - en, len(docs))
assert 0.3 < cs / len(docs) < 0.7, "Czech share %d of %d" % (cs, len(docs))
# entity and relation sentences are there, Czech ones inflected
alltext = "\n".join(d["text"] for d in docs)
for needle in ("skupin", "attack", "CVE-"):
    assert needle in alltext, "no %r in the corpus" % needle
assert re.search(r"\b(České|Českou|Českých|NÚKIBu|Ruska|Ukrajině)\b", alltext), "no Czech case forms"
# text format: one file per document, same texts, --per-dir respected
files = []
for sub in sorted(os.listdir(os.path.join(t, "txt"))):
    names = sorted(os.listdir(os.path.join(t, "txt", sub)))
    assert len(names) <= 50, "%s holds %d files" % (sub, len(names))
    files += [os.path.join(t, "txt", sub, x) for x in names]
# --size counts text bytes there, so the text corpus runs a few documents
# longer; the documents both hold are the same
bytext = {os.path.basename(p)[:-4]: open(p, encoding="utf-8").read() for p in files}
assert len(files) >= len(docs), "text: %d files for %d docs" % (len(files), len(docs))
tsize = sum(len(v.encode("utf-8")) for v in bytext.values())
assert 307200 <= tsize < 340000, "text bytes %d" % tsize
for d in docs:
    assert bytext[d["id"]] == d["text"] + "\n", "text of %s differs" % d["id"]
print("ok: %d docs, %d cs, %d en" % (len(docs), cs, en))
PY
