# every record passes through unchanged and in order; the relations of a
# document come after its records, before the next doc record
{
printf 'doc\tr1\ten\t2024-05-03\ts\tNATO condemned APT28.\n'
printf 'ent\tr1\t0\t4\tAGENCY\tagency:int-nato\tNATO\texact\n'
printf 'x-note\tkept as it is\n'
printf 'ent\tr1\t15\t20\tACTOR\tactor:apt28\tAPT28\texact\n'
printf 'doc\tr2\tcs\t\ts\tNa weby ministerstva zaútočila skupina Killnet.\n'
printf 'ent\tr2\t8\t20\tINSTITUTION\tinst:cz-mv\tministerstva\tstem\n'
printf 'ent\tr2\t39\t46\tACTOR\tactor:killnet\tKillnet\texact\n'
printf 'doc\tr3\ten\t\ts\tNo entities here.\n'
} > in.tsv
relate in.tsv
