tag --table -m "$CASES/models" <"$CASES/input.tsv"
