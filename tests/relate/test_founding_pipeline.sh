#!/bin/sh
# test_founding_pipeline.sh - the founding story (tests/relate/founding-*.txt,
# marks stripped) through the real pipeline normalize | tag | relate: the
# relations the story states must come out, with the entities tag finds.
set -u
: "${STOPA_BIN:?}"
cd "$(dirname "$0")"
T=$(mktemp -d "${TMPDIR:-/tmp}/stopa-founding.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT INT TERM
python3 - founding-en.txt founding-cs.txt >"$T/docs.jsonl" <<'PY' || exit 2
import json, re, sys
for p in sys.argv[1:]:
    head, _, body = open(p, encoding="utf-8").read().partition("\n")
    _, doc_id, lang = head.split()
    text = "\n\n".join(" ".join(x.split("\n")) for x in body.strip().split("\n\n"))
    text = re.sub(r"\[\[([^|\]]+)\|[^\]]+\]\]", r"\1", text)
    print(json.dumps({"id": doc_id, "lang": lang, "date": "2024-05-03", "text": text},
                     ensure_ascii=False))
PY
"$STOPA_BIN/normalize" --format jsonl "$T/docs.jsonl" | "$STOPA_BIN/tag" | "$STOPA_BIN/relate" >"$T/out.tsv" || {
    echo "FAIL: pipeline exit status"; exit 1; }
fail=0
for doc in founding-en founding-cs; do
    grep '^rel' "$T/out.tsv" | awk -F'\t' -v d=$doc '$2 == d { print $3 "|" $4 "|" $5 "|" $6 }' >"$T/rels"
    while IFS= read -r want; do
        grep -qxF "$want" "$T/rels" || { echo "FAIL $doc: missing $want"; fail=1; }
    done <<'WANT'
BLAMED|agency:cz-nukib|actor:apt28|
EXPLOITED|actor:apt28|product:microsoft-outlook|
ATTRIBUTED_TO|actor:apt28|agency:ru-gru|
CONDEMNED|agency:int-nato|actor:apt28|
SUPPORTED|agency:int-nato|state:cz|
SUPPORTED|agency:eu|state:cz|
TARGETED|actor:noname057-16|agency:cz-policie|ddos
TARGETED|actor:noname057-16|inst:cz-letiste-praha|ddos
WANT
done
if [ $fail -ne 0 ]; then
    echo "--- relations:"; grep '^rel' "$T/out.tsv" | cut -f2-6
    echo "--- entities:"; grep '^ent' "$T/out.tsv" | cut -f2,5-7
fi
[ $fail -eq 0 ] && echo "founding story through the pipeline: ok"
exit $fail
