printf '\n   \n{"id":"a","text":"x"}\n\t\n\n' | normalize -f jsonl
