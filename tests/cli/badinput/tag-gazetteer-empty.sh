printf 'doc\td\ten\t\t\tAPT28 and Xyzzy.\n' >in.tsv
: >empty.tsv; tag -g empty.tsv in.tsv >out; rc=$?
cut -f1,7 out
exit $rc
