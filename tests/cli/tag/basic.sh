tag -m "$CASES/models" "$CASES/input.tsv"
