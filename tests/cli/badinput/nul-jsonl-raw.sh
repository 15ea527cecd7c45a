printf '{"id":"n","text":"a\000b"}\n{"id":"ok","text":"fine"}\n' >in.jsonl
normalize -f jsonl <in.jsonl
