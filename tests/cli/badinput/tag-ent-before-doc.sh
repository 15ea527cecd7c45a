printf 'ent\tx\t0\t1\tACTOR\ta\tb\texact\ndoc\tok\ten\t\t\tAPT28 attacked the Czech ministry of finance.\n' >in.tsv
tag  in.tsv
