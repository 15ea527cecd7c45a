printf 'a\000b\000\000c\n' | normalize
