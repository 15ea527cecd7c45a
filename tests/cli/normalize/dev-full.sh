# a full disk is an error (exit 2), for a small and for a large output,
# reported once (not again when standard output is closed at exit)
normalize "$CASES/fx-en.txt" >/dev/full 2>err1; rc1=$?
awk 'BEGIN { for (i = 1; i <= 20000; i++) printf "{\"text\": \"Document %d about an attack on the ministry, long enough to fill buffers.\"}\n", i }' >big.jsonl
normalize -f jsonl big.jsonl >/dev/full 2>err2; rc2=$?
echo "$rc1 $rc2"
echo "stderr lines $(wc -l <err1) $(wc -l <err2)"
cat err1 err2 >&2
