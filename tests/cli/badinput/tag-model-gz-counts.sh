mkdir m && cp "$STOPA_BUILD/models/stopa.model" m/stopa.model || exit 9
# counts in the header changed (CRC no longer matches either)
printf '\377\377\377\177' | dd of=m/stopa.model bs=1 seek=28 conv=notrunc 2>/dev/null
printf 'doc\td\ten\t\t\tAPT28\n' | tag -m m; echo "status $?" 
