# | head -1 ends normalize quietly (SIGPIPE), nothing on standard error
awk 'BEGIN { for (i = 1; i <= 50000; i++) printf "{\"id\": \"n%d\", \"text\": \"Document %d about an attack on the ministry, long enough to fill buffers.\"}\n", i, i }' >big.jsonl
{ normalize -f jsonl big.jsonl; echo $? >rc; } | head -1 | cut -f2
rc=$(cat rc)
# killed by SIGPIPE (128 + 13) rather than an error exit
[ "$rc" -eq 141 ] && echo "ended by SIGPIPE"
