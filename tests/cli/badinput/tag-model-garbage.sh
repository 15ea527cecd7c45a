mkdir m; head -c 100000 /dev/urandom >m/stopa.model; printf 'doc\td\ten\t\t\tAPT28\n' | tag -m m; echo "status $?" 
