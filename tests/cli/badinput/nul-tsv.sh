printf 'a\tx\000y\nb\tz\n' | normalize -f tsv
