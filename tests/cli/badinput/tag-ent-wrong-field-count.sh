printf 'doc\tok\ten\t\t\tAPT28 attacked the Czech ministry of finance.\nent\tok\t0\t5\tACTOR\n' >in.tsv
tag  in.tsv
