# bad records are reported with file and line, skipped, and the rest goes on
# (exit 1): too few fields, a confidence that is not a number, a bad escape,
# a date that is not ISO (the doc is read as undated), a rel of another doc
t='	'
{
printf 'doc\tx1\ten\t2024-05-06\ts\tNoName057(16) hit ČSOB on Friday.\n'
printf 'rel\tx1\tTARGETED\tactor:noname057-16\tinst:cz-csob\tddos\n'
printf 'rel\tx1\tTARGETED\tactor:noname057-16\tinst:cz-csob\tddos\thigh\t0\t17\thit\tNoName057(16) hit ČSOB on Friday.\n'
printf 'rel\tx1\tTARGETED\tactor:noname057-16\tinst:cz-csob\tddos\t0.9\t0\t17\thit\tNoName057(16) hit ČSOB on \\qFriday.\n'
printf 'rel\tx1\tTARGETED\tactor:noname057-16\tinst:cz-csob\tddos\t0.9\t0\t17\thit\tNoName057(16) hit ČSOB on Friday.\n'
printf 'doc\tx2\ten\t06/05/2024\ts\tKillnet claimed an attack on Czech Railways.\n'
printf 'rel\tx1\tCLAIMED\tactor:killnet\tinst:cz-ceske-drahy\t\t0.7\t0\t29\tclaimed\tKillnet claimed an attack on Czech Railways.\n'
printf 'rel\tx2\tCLAIMED\tactor:killnet\tinst:cz-ceske-drahy\t\t0.7\t0\t29\tclaimed\tKillnet claimed an attack on Czech Railways.\n'
printf 'something\telse\n'
printf '\n'
} > bad.tsv
incidents bad.tsv
