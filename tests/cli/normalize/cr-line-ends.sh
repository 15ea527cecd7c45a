# CR-only and CRLF line ends become LF
printf "line one\rline two\r\r\r\rline three\r\n\r\nlast\r" | normalize | cut -f6
