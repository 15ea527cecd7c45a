printf '{"id":"n","text":"a\\u0000b"}\n' | normalize -f jsonl
