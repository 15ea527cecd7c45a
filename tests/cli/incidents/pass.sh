# --pass copies every input record first, then adds the incidents
S=$CASES/../../incidents/story.tsv
incidents --pass "$S" > out
n=$(wc -l < "$S")
head -n "$n" out | cmp - "$S" && echo "records passed"
tail -n +"$((n + 1))" out | cmp - "$(incidents "$S" > inc; echo inc)" && echo "incidents follow"
