printf '{"id":"a","text":"x"}\n{"id":"b","text":"y"}' | normalize -f jsonl
