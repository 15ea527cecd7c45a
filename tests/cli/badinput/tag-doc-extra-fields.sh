printf 'doc\tx\ten\t\t\tAPT28 here.\tfuture\tfields\n' >in.tsv
tag  in.tsv
