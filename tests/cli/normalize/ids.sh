# ids: given (strings and numbers), else from the file name and line; duplicates warned
mkdir -p corpora/dev
printf "%s\n" "{\"id\": \"x\", \"text\": \"a\"}" "{\"id\": 17, \"text\": \"b\"}" "{\"id\": \"\", \"text\": \"c\"}" "{\"text\": \"d\"}" "{\"id\": \"x\", \"text\": \"e\"}" >corpora/dev/dev-en-001.jsonl
printf "plain\n" >corpora/dev/dev-en-001.txt
gzip -c corpora/dev/dev-en-001.txt >corpora/dev/dev-en-002.txt.gz
normalize -f jsonl corpora/dev/dev-en-001.jsonl | cut -f2
normalize corpora/dev/dev-en-001.txt corpora/dev/dev-en-002.txt.gz corpora/dev/dev-en-001.txt | cut -f2,5
