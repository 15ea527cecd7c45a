# --progress (auto) prints nothing when standard error is not a terminal,
# and changes nothing in the output
: 
normalize -f jsonl --progress "$STOPA_SRC/corpora/sample/docs.jsonl" > out || exit 1
normalize -f jsonl "$STOPA_SRC/corpora/sample/docs.jsonl" | cmp -s - out || { echo "--progress changed the output" >&2; exit 1; }
normalize -f jsonl --progress=auto "$STOPA_SRC/corpora/sample/docs.jsonl" > /dev/null
