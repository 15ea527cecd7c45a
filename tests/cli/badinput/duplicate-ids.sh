# the filter's own exit status: its output goes to a file, then is inspected
printf '{"id":"a","text":"x"}\n{"id":"a","text":"y"}\n' | normalize -f jsonl >out; rc=$?
cut -f2,6 out
exit $rc
