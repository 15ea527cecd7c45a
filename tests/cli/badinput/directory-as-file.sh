mkdir d; printf 'x\n' >a.txt; normalize d a.txt >out.tsv; s=$?; <out.tsv cut -f2; exit $s
