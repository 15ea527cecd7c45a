printf 'id\tdate\ttext\nd1\t31.02.2024\tx\nd2\tyesterday-ish\ty\nd3\t2024-02-29\tz\n' | normalize -f tsv | cut -f2,4
