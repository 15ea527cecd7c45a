printf 'id\ttext\nt1\tgood\nt2\tbad \355\240\200 here\nt3\tgood\n' | normalize -f tsv
