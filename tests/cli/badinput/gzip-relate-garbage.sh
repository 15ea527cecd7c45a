{ printf '\037\213'; echo garbage; } >g.gz; relate g.gz; echo "status $?" 
