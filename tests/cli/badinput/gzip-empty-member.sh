printf '' | gzip -c >e.gz; printf '{"id":"a","text":"x"}\n' | gzip -c >>e.gz
normalize -f jsonl e.gz
