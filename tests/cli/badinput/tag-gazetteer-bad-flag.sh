printf 'doc\td\ten\t\t\tAPT28 and Xyzzy.\n' >in.tsv
printf 'actor:x\tACTOR\tX\tXyzzy\tany\tshouty\n' >bad.tsv
tag -g bad.tsv in.tsv; echo "status $?" 
