# --progress (auto) prints nothing when standard error is not a terminal,
# and changes nothing in the output
normalize -f jsonl "$STOPA_SRC/corpora/sample/docs.jsonl" | tag | relate > in.tsv
incidents -p --progress in.tsv > out || exit 1
incidents -p in.tsv | cmp -s - out || { echo "--progress changed the output" >&2; exit 1; }
incidents -p --progress=auto in.tsv > /dev/null
