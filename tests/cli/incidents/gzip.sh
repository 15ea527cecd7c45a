# gzip input is read transparently, and several files make one stream
head -n 39 "$CASES/../../incidents/story.tsv" | gzip > one.gz
tail -n +40 "$CASES/../../incidents/story.tsv" > two.tsv
incidents one.gz two.tsv
