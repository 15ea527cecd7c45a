cat >in.jsonl <<'EOF'
{"id":"first","text":"one"}
{"id":"t","body":"x"}
{"id":"u","text":null}
{"id":"v","text":["a"]}
{"id":"last","text":"two"}
EOF
normalize -f jsonl in.jsonl >out.tsv; s=$?; <out.tsv cut -f2; exit $s
