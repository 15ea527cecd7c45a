printf 'line one\r\nline two\r\n\r\nnext para\r\n' | normalize
