printf 'hello world\n' | gzip -c >c.gz
# flip a byte of the CRC-32 in the trailer
size=$(wc -c <c.gz); head -c $((size - 8)) c.gz >d.gz; printf '\001\002\003\004' >>d.gz; tail -c 4 c.gz >>d.gz
normalize d.gz >out.tsv; s=$?; <out.tsv cut -f2; exit $s
