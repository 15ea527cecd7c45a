# a record stream written with CR line ends: the documents would run
# together in one line; relate and tag say so instead of losing them
printf 'doc\ta\ten\t\t\tAPT28 attacked the Senate.\rdoc\tb\ten\t\t\tNATO condemned APT28.\r' >cr.tsv
tag cr.tsv
echo "tag exit $?"
relate cr.tsv
echo "relate exit $?"
