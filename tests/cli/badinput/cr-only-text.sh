printf 'line one\rline two\r\rline four\r' | normalize
