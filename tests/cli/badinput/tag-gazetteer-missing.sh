printf 'doc\td\ten\t\t\tAPT28 and Xyzzy.\n' >in.tsv
tag -g nope.tsv in.tsv; echo "status $?" 
