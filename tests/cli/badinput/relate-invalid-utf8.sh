printf 'doc\tu\ten\t\t\tAPT28 \377\376 attacked \300\200 the Czech ministry of finance.\nent\tu\t0\t5\tACTOR\tactor:apt28\tAPT28\texact\n' >in.tsv
relate in.tsv >out; rc=$?
cut -f1,2,7 out
exit $rc
