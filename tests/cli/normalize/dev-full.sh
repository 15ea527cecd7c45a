# a full disk is an error (exit 2), for a small and for a large output
normalize "$CASES/fx-en.txt" >/dev/full; rc1=$?
awk 'BEGIN { for (i = 1; i <= 20000; i++) printf "{\"text\": \"Document %d about an attack on the ministry, long enough to fill buffers.\"}\n", i }' >big.jsonl
normalize -f jsonl big.jsonl >/dev/full; rc2=$?
echo "$rc1 $rc2"
