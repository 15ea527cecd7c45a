mkfifo f; (printf '{"id":"p","text":"from a pipe"}\n' >f &); normalize -f jsonl f | cut -f2
