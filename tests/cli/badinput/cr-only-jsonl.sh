printf '{"id":"a","text":"x"}\r{"id":"b","text":"y"}\r' | normalize -f jsonl; echo "status $?"
