tag -m "$CASES/models" nonexistent.tsv
