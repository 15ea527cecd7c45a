cp "$CASES/fx-en.txt" "$CASES/fx-cs.txt" . && gzip -c fx-en.txt >fx-en.txt.gz && gzip -c fx-cs.txt >fx-cs.gz && normalize fx-en.txt.gz fx-cs.gz
