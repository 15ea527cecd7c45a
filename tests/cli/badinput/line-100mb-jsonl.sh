# one 100 MB JSON line between two small ones, through the whole pipeline
{ echo '{"id":"before","text":"APT28 attacked the ministry."}'
  printf '{"id":"big","text":"'; head -c 100000000 /dev/zero | tr '\000' 'x'; echo '"}'
  echo '{"id":"after","text":"NoName057(16) attacked banks."}'; } >big.jsonl
normalize -f jsonl big.jsonl | tag | relate >out.tsv
echo "status $?"
grep '^doc' out.tsv | cut -f2,3 
echo "big text bytes $(grep '^doc	big' out.tsv | cut -f6 | tr -d '\n' | wc -c)"
grep -c '^ent' out.tsv
