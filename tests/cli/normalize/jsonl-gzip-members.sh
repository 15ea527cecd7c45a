# two gzip members in one file: both are read
head -n 2 "$CASES/fx.jsonl" | gzip -c >two.jsonl.gz && tail -n 2 "$CASES/fx.jsonl" | gzip -c >>two.jsonl.gz && normalize -f jsonl two.jsonl.gz
