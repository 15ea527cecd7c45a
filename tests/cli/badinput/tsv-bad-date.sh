printf 'id\tdate\ttext\nd1\t31.02.2024\tx\nd2\tyesterday-ish\ty\nd3\t2024-02-29\tz\n' | normalize -f tsv >out; rc=$?
cut -f2,4 out
exit $rc
