mkfifo f; (printf '{"id":"p","text":"from a pipe"}\n' >f &); normalize -f jsonl f >out; rc=$?
cut -f2 out
exit $rc
