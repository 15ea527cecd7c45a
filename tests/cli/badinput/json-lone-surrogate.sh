cat >in.jsonl <<'JSON'
{"id":"s","text":"a\ud800b \udc00 c \ud83d\ude00"}
JSON
normalize -f jsonl in.jsonl >out; rc=$?
cut -f2 out
exit $rc
