# --progress=always: progress lines on standard error that is not a terminal
. "$STOPA_SRC/tests/cli/progress-check.sh"
normalize -f jsonl "$STOPA_SRC/corpora/sample/docs.jsonl" | tag > in.tsv
progress_always relate in.tsv
