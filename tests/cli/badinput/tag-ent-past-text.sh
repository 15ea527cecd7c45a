printf 'doc\tok\ten\t\t\tAPT28 attacked the Czech ministry of finance.\nent\tok\t40\t400\tACTOR\ta\tb\texact\n' >in.tsv
tag  in.tsv
