printf 'id\ttext\n' | normalize -f tsv
