printf 'doc\tshort\ten\t\ndoc\tok\ten\t\t\tAPT28 attacked the Czech ministry of finance.\n' >in.tsv
tag  in.tsv
