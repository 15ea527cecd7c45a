# --progress=always: progress lines on standard error that is not a terminal
. "$STOPA_SRC/tests/cli/progress-check.sh"
normalize -f jsonl "$STOPA_SRC/corpora/sample/docs.jsonl" | tag | relate > in.tsv
progress_always incidents in.tsv -p
