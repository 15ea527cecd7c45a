# NUL bytes (and other controls) are removed, with a warning for the NULs
printf "a\000b\001c\000\000d e\033[0mf\n" | normalize | cut -f6
