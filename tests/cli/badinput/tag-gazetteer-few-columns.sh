printf 'doc\td\ten\t\t\tAPT28 and Xyzzy.\n' >in.tsv
printf '#id\ttype\tcanonical\talias\tlang\tflags\nactor:x\tACTOR\tX\tXyzzy\tany\n' >bad.tsv
tag -g bad.tsv in.tsv; echo "status $?" 
