printf 'doc\td\ten\t\t\tAPT28 and Xyzzy.\n' >in.tsv
printf 'actor:xyzzy\tACTOR\tXyzzy\tXyzzy\tany\t-\n' >good.tsv; tag -g good.tsv in.tsv >out; rc=$?
cut -f1,6 out
exit $rc
