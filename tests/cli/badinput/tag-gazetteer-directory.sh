printf 'doc\td\ten\t\t\tAPT28 and Xyzzy.\n' >in.tsv
mkdir dir.tsv; tag -g dir.tsv in.tsv; echo "status $?" 
