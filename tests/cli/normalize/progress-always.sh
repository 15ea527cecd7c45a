# --progress=always: progress lines on standard error that is not a terminal
. "$STOPA_SRC/tests/cli/progress-check.sh"
# (reads the sample itself)
progress_always normalize "$STOPA_SRC/corpora/sample/docs.jsonl" -f jsonl
