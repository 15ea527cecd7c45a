printf 'x\n' | gzip -c | head -c 5 >h.gz; normalize h.gz; echo "status $?" 
