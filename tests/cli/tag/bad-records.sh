{
printf 'ent\td0\t0\t1\tACTOR\ta\tb\texact\n'            # 1: before any doc
printf 'doc\td1\ten\t\t\tbad \\q escape\n'              # 2: bad escape
printf 'doc\td2\ten\t\n'                                # 3: too few fields
printf 'doc\td3\ten\t\t\tAPT28 here.\n'                 # 4: fine
printf 'ent\td3\tx\t5\tACTOR\ta\tb\texact\n'            # 5: not a number
printf 'ent\td3\t0\t99\tACTOR\ta\tb\texact\n'           # 6: past the text
printf 'ent\td3\t0\t5\tACTOR\tactor:apt28\tAPT28\texact\n' # 7: fine, passed through
} >in.tsv
tag -m "$CASES/models" in.tsv
