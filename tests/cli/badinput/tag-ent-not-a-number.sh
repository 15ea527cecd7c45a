printf 'doc\tok\ten\t\t\tAPT28 attacked the Czech ministry of finance.\nent\tok\tx\t3\tACTOR\ta\tb\texact\nent\tok\t-1\t3\tACTOR\ta\tb\texact\nent\tok\t0\t99999999999999999999\tACTOR\ta\tb\texact\n' >in.tsv
tag  in.tsv
