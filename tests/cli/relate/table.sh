# --table: only the relations, with a header line, gzip input read as well
{
printf 'doc\tr1\ten\t2024-05-03\ts\tThe EU pledged support to Czechia.\n'
printf 'ent\tr1\t4\t6\tAGENCY\tagency:eu\tEU\texact\n'
printf 'ent\tr1\t26\t33\tSTATE\tstate:cz\tCzechia\texact\n'
} | gzip > in.tsv.gz
relate --table in.tsv.gz
