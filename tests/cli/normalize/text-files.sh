normalize "$CASES/fx-en.txt" "$CASES/fx-cs.txt" | sed "s|$CASES/||"
