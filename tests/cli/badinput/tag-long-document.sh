# a 50 MB document (a name every 50 bytes): ents all found, memory bounded by the document
awk 'BEGIN { printf "doc\tlong\ten\t\t\t"; for (i = 0; i < 1000000; i++) printf "APT28 struck again, said the agency NUKIB. "; printf "\n" }' >in.tsv
tag in.tsv >out; rc=$?
cut -f1 out | sort | uniq -c | sed 's/^ *//'
exit $rc
