mkdir m && cp "$STOPA_BUILD/models/stopa.model" m/stopa.model || exit 9
printf '\011' | dd of=m/stopa.model bs=1 seek=8 conv=notrunc 2>/dev/null
printf 'doc\td\ten\t\t\tAPT28\n' | tag -m m; echo "status $?" 
