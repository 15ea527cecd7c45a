# --progress (auto) prints nothing when standard error is not a terminal,
# and changes nothing in the output
normalize -f jsonl "$STOPA_SRC/corpora/sample/docs.jsonl" > in.tsv
tag --progress in.tsv > out || exit 1
tag in.tsv | cmp -s - out || { echo "--progress changed the output" >&2; exit 1; }
tag --progress=auto in.tsv > /dev/null
