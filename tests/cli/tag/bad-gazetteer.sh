printf '# comment\nactor:x\tACTOR\tX\tXyz\tany\n' >bad.tsv
printf 'doc\td1\ten\t\t\tAPT28.\n' | tag -m "$CASES/models" -g bad.tsv
