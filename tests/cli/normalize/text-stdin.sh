normalize <"$CASES/fx-en.txt" && normalize - <"$CASES/fx-cs.txt" && gzip -c "$CASES/fx-en.txt" | normalize --format=text
