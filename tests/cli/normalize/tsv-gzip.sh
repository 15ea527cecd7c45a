gzip -c "$CASES/fx.tsv" >a.tsv.gz && gzip -c "$CASES/fx-header.tsv" | normalize -f tsv a.tsv.gz -
