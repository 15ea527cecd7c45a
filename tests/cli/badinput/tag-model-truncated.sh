mkdir m && cp "$STOPA_BUILD/models/stopa.model" m/stopa.model || exit 9
head -c 100000 m/stopa.model >m/cut && mv m/cut m/stopa.model
printf 'doc\td\ten\t\t\tAPT28\n' | tag -m m; echo "status $?" 
