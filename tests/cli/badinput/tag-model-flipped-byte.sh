mkdir m && cp "$STOPA_BUILD/models/stopa.model" m/stopa.model || exit 9
size=$(wc -c <m/stopa.model)
printf '\377' | dd of=m/stopa.model bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null
printf 'doc\td\ten\t\t\tAPT28\n' | tag -m m; echo "status $?" 
