# nesting deeper than 64 is an error (no stack overflow), shallower is fine
awk 'BEGIN { s = "{\"id\":\"deep\",\"text\":\"x\",\"a\":"; for (i = 0; i < 100000; i++) s = s "["; print s }' >in.jsonl
awk 'BEGIN { s = "{\"id\":\"ok\",\"text\":\"y\",\"a\":"; for (i = 0; i < 63; i++) s = s "["; for (i = 0; i < 63; i++) s = s "]"; print s "}" }' >>in.jsonl
normalize -f jsonl in.jsonl
