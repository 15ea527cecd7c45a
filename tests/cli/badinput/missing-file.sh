printf 'x\n' >a.txt; normalize nope.txt a.txt >out.tsv; s=$?; <out.tsv cut -f2; exit $s
