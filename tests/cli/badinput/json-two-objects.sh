cat >in.jsonl <<'EOF'
{"id":"first","text":"one"}
{"id":"a","text":"x"}{"id":"b","text":"y"}
{"id":"last","text":"two"}
EOF
normalize -f jsonl in.jsonl >out.tsv; s=$?; <out.tsv cut -f2; exit $s
