printf 'id\ttext\r\nd1\tone\r\nd2\ttwo\r\n' | normalize -f tsv
