printf '{"id":"a","text":"x"}\r\n{"id":"b","text":"y"}\r\n' | normalize -f jsonl
