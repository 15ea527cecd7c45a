{ printf '\037\213\010\000'; head -c 3000 /dev/urandom; } >junk.gz
printf 'ok text\n' >ok.txt
normalize junk.gz ok.txt >out.tsv; s=$?; <out.tsv cut -f2,5; exit $s
