python3 -c "
print('{\"id\":\"ok1\",\"text\":\"a\"}')
print('{\"id\":\"deep\",\"meta\":' + '[' * 200000 + ']' * 200000 + ',\"text\":\"b\"}')
print('{\"id\":\"deep2\",\"text\":\"c\",\"m\":' + '{\"a\":' * 100000 + '1' + '}' * 100000 + '}')
print('{\"id\":\"ok2\",\"text\":\"d\"}')" >deep.jsonl
normalize -f jsonl deep.jsonl >out.tsv; s=$?; <out.tsv cut -f2; exit $s
