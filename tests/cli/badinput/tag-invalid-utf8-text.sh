printf 'doc\tu\ten\t\t\tAPT28 \377 and \355\240\200 NUKIB\n' >in.tsv
tag in.tsv >out; rc=$?
cut -f1,2,7 out
exit $rc
