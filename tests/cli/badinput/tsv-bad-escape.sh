printf 'a\tone\nb\tbad \\\\q escape \\x\nc\tend backslash \\\nd\tfine \\\\t\n' >in.tsv
normalize -f tsv <in.tsv >out.tsv; s=$?; <out.tsv cut -f2,6; exit $s
