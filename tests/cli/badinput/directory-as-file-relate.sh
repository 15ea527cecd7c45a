mkdir d; printf 'doc\tx\ten\t\t\tt\n' >s.tsv; relate d s.tsv >out.tsv; s=$?; <out.tsv cut -f2; exit $s
