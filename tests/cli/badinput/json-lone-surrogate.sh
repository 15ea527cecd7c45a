cat >in.jsonl <<'EOF'
{"id":"s","text":"a\ud800b \udc00 c \ud83d\ude00"}
EOF
normalize -f jsonl in.jsonl | cut -f2
