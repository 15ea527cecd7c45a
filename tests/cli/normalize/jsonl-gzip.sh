gzip -c "$CASES/fx.jsonl" >news.jsonl.gz && normalize --format jsonl news.jsonl.gz
