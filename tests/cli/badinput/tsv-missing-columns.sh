printf 'id\tdate\tsource\ttext\nr1\t2024-05-03\tsrc\tgood\nr2\t2024-05-04\nr3\nr4\t2024-05-05\tsrc\tgood too\n' >in.tsv
normalize -f tsv in.tsv >out.tsv; s=$?; <out.tsv cut -f2,4; exit $s
