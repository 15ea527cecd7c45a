# a 100 MB single line: one document, nothing cut
head -c 100000000 /dev/zero | tr '\000' 'a' >big.txt
normalize big.txt >out.tsv
echo "status $?"
cut -f1-5 out.tsv
echo "text bytes $(cut -f6 out.tsv | tr -d '\n' | wc -c)"
