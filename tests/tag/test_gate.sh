#!/bin/sh
# test_gate.sh - the hunspell gate (lib/dicforms.h, stp_stemmer_set_filter)
# changes nothing in tag's or relate's output: the dev and test corpora, the inflection
# cases and a generated corpus of about 2 MB are tagged with the gate on
# (the default) and off (STOPA_STEM_GATE=0), with -j 1 and -j 2, and every
# output must be byte-identical. Run from the repo root.
set -eu
: "${STOPA_BIN:?}"
SRC=${STOPA_SRC:-.}
T=$(mktemp -d "${TMPDIR:-/tmp}/stopa-gate.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
fail() { echo "FAIL: $*" >&2; exit 1; }

for split in dev test; do
    python3 "$SRC/scripts/corpus2jsonl.py" "$SRC/corpora/$split" >"$T/$split.jsonl"
done
python3 "$SRC/scripts/gen-corpus.py" --quiet --size 2M --seed 5 --format jsonl --out "$T/gen.jsonl"
cat "$T/dev.jsonl" "$T/test.jsonl" "$T/gen.jsonl" | "$STOPA_BIN/normalize" -f jsonl >"$T/in.tsv"
# the inflection cases, one Czech document each, written without diacritics too
awk -F'\t' '!/^#/ && NF >= 3 { n++; printf "doc\tinfl%d\tcs\t\t\tNa %s zaútočili hackeři.\n", n, $3 }' \
    "$SRC/tests/tag/inflections.tsv" >>"$T/in.tsv"
[ "$(grep -c '^doc' "$T/in.tsv")" -ge 1000 ] || fail "too few documents"

for j in 1 2; do
    "$STOPA_BIN/tag" -j $j "$T/in.tsv" >"$T/on$j.tsv"
    STOPA_STEM_GATE=0 "$STOPA_BIN/tag" -j $j "$T/in.tsv" >"$T/off$j.tsv"
    cmp "$T/on$j.tsv" "$T/off$j.tsv" || {
        diff "$T/off$j.tsv" "$T/on$j.tsv" | head -10 >&2
        fail "-j $j: the gate changed the output"
    }
done
cmp "$T/on1.tsv" "$T/on2.tsv" || fail "-j 1 and -j 2 differ"
# hunspell's lemmas are at work on this input: without the dictionary
# (light stemmer alone) tag finds less, so the comparison above covers
# words whose lemma keys matter
STOPA_HUNSPELL_DIR=$T/none "$STOPA_BIN/tag" -j 1 "$T/in.tsv" >"$T/nodict.tsv" 2>/dev/null || true
cmp -s "$T/on1.tsv" "$T/nodict.tsv" && fail "hunspell made no difference on this input"
# relate's gate (the trigger lexicon's Czech keys) on its output
for j in 1 2; do
    "$STOPA_BIN/relate" -j $j "$T/on1.tsv" >"$T/ron$j.tsv"
    STOPA_STEM_GATE=0 "$STOPA_BIN/relate" -j $j "$T/on1.tsv" >"$T/roff$j.tsv"
    cmp "$T/ron$j.tsv" "$T/roff$j.tsv" || {
        diff "$T/roff$j.tsv" "$T/ron$j.tsv" | head -10 >&2
        fail "relate -j $j: the gate changed the output"
    }
done
rels=$(grep -c '^rel' "$T/ron1.tsv")
[ "$rels" -ge 500 ] || fail "only $rels relations"
ents=$(grep -c '^ent' "$T/on1.tsv")
[ "$ents" -ge 2000 ] || fail "only $ents entities"
echo "ok: gate on = gate off, -j 1 and 2 ($ents entities, $rels relations)"
