# TSV: a bad escape or a wrong number of fields is reported and the line skipped
printf "a\tgood\nb\tbad \\\\x escape\nc\ttoo\tmany\nd\tlast\n" >t.tsv
normalize -f tsv t.tsv >out; rc=$?
cut -f2,6 out
exit $rc
