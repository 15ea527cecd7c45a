printf 'doc\tn\ten\t\t\tAPT28 a\000b NUKIB\ndoc\tok\ten\t\t\tAPT28 attacked the Czech ministry of finance.\n' >in.tsv
tag  in.tsv
