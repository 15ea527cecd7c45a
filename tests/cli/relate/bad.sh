# bad records are reported with file and line, skipped, the rest goes on
# (exit 1): an ent before any doc, an ent of another doc, offsets past the
# text, a bad escape, too few fields
{
printf 'ent\tr1\t0\t4\tAGENCY\tagency:int-nato\tNATO\texact\n'
printf 'doc\tr1\ten\t\ts\tNATO condemned APT28.\n'
printf 'ent\tr9\t0\t4\tAGENCY\tagency:int-nato\tNATO\texact\n'
printf 'ent\tr1\t0\t4\tAGENCY\tagency:int-nato\tNATO\texact\n'
printf 'ent\tr1\t15\t99\tACTOR\tactor:apt28\tAPT28\texact\n'
printf 'ent\tr1\t15\t20\tACTOR\tactor:apt28\tAPT\\q28\texact\n'
printf 'ent\tr1\t15\t20\tACTOR\n'
printf 'ent\tr1\t15\t20\tACTOR\tactor:apt28\tAPT28\texact\n'
} > bad.tsv
relate bad.tsv
