printf '{"id":"ok1","text":"fine"}\n{"id":"bad","text":"caf\351 \300\257"}\n{"id":"ok2","text":"fine too"}\n' | normalize -f jsonl
