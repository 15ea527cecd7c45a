: >e.jsonl; normalize -f jsonl e.jsonl
