mkdir m && stopa-model compile -o m/stopa.model "$CASES/models/gazetteer/small.tsv" || exit 9
head -c 100 m/stopa.model >m/cut && mv m/cut m/stopa.model
tag -m m </dev/null
