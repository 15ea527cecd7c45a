: >e.tsv; normalize -f tsv e.tsv
