printf 'doc\td\ten\t\t\tAPT28 and Xyzzy.\n' >in.tsv
printf 'actor:x\tACTOR\tX\tXyzzy\tklingon\t-\n' >bad.tsv
tag -g bad.tsv in.tsv; echo "status $?" 
