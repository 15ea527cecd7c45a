printf 'doc\td\ten\t2024-13-45\t\tx\n' >in.tsv
incidents  in.tsv
