printf 'a\tone\nb\ttwo\textra\nc\tthree\n' >in.tsv
normalize -f tsv <in.tsv >out.tsv; s=$?; <out.tsv cut -f2; exit $s
