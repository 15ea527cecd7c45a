printf 'note\tanything\tgoes\ndoc\tok\ten\t\t\tAPT28 attacked the Czech ministry of finance.\nx\n\n' >in.tsv
tag  in.tsv
