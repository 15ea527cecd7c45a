normalize -f tsv "$CASES/fx.tsv" "$CASES/fx-header.tsv" | sed "s|$CASES/||"
