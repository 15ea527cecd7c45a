printf 'doc\tb\ten\t\t\tends in a backslash \\\ndoc\tok\ten\t\t\tAPT28 attacked the Czech ministry of finance.\n' >in.tsv
tag  in.tsv
