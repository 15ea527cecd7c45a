# --table: a header and rows without the kind column; --min-docs 2 keeps
# the incidents told by two documents or more
incidents --table --min-docs 2 "$CASES/../../incidents/story.tsv"
