# -L replaces the built-in lexicon; a bad row stops the run (exit 2) with
# the file and line
printf 'en\tTARGETED\tpummel\tAR\t-\t0.5\n' > mine.tsv
printf 'doc\tr1\ten\t\ts\tAPT28 pummelled Czechia. APT28 attacked Czechia.\nent\tr1\t0\t5\tACTOR\tactor:apt28\tAPT28\texact\nent\tr1\t16\t23\tSTATE\tstate:cz\tCzechia\texact\nent\tr1\t25\t30\tACTOR\tactor:apt28\tAPT28\texact\nent\tr1\t40\t47\tSTATE\tstate:cz\tCzechia\texact\n' > in.tsv
relate --table -L mine.tsv in.tsv | cut -f2,3,4,9 || exit 9
printf 'en\tTARGETED\tpummel\tAR\t-\n' > broken.tsv
relate -L broken.tsv in.tsv
