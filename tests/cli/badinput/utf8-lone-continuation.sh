printf 'a \200 b \277\277 c\n' | normalize
