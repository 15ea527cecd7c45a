printf '{"id":"a","text":"x"}\n{"id":"a","text":"y"}\n' | normalize -f jsonl | cut -f2,6
