gzip -c "$CASES/input.tsv" >in.gz && tag -m "$CASES/models" in.gz
