printf 'doc\tok\ten\t\t\tAPT28 attacked the Czech ministry of finance.\nent\tok\t0\t5\tACTOR\tactor:apt28\tAPT28\texact\nent\tok\t19\t44\tINSTITUTION\tinst:x\tCzech ministry of finance\texact\nent\tother\t0\t5\tACTOR\ta\tb\texact\n' >in.tsv
relate  in.tsv
