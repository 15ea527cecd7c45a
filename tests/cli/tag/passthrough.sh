# records of other kinds, and ent records of an earlier run, pass through
printf 'doc\td1\ten\t\t\tAPT28.\nent\td1\t0\t5\tACTOR\tactor:apt28\tAPT28\texact\nfoo\tbar\n' | tag -m "$CASES/models"
