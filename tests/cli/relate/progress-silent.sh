# --progress (auto) prints nothing when standard error is not a terminal,
# and changes nothing in the output
normalize -f jsonl "$STOPA_SRC/corpora/sample/docs.jsonl" | tag > in.tsv
relate --progress in.tsv > out || exit 1
relate in.tsv | cmp -s - out || { echo "--progress changed the output" >&2; exit 1; }
relate --progress=auto in.tsv > /dev/null
