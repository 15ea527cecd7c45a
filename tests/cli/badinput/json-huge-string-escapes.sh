python3 -c "print('{\"id\":\"e\",\"text\":\"' + '\\\\u010d' * 2000000 + '\"}')" | normalize -f jsonl | cut -f6 | wc -c
