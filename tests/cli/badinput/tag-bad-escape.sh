printf 'doc\tb\ten\t\t\tbad \\q escape\ndoc\tok\ten\t\t\tAPT28 attacked the Czech ministry of finance.\n' >in.tsv
tag  in.tsv
