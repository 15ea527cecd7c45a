printf 'doc\tok\ten\t\t\tAPT28 attacked the Czech ministry of finance.\nent\tok\t9\t3\tACTOR\ta\tb\texact\n' >in.tsv
tag  in.tsv
