printf 'actor:x\tACTOR\tX\tXyz\tany\t-\n' >g.tsv
stopa-model compile -o m.model g.tsv || exit 9
printf 'garbage' | dd of=m.model bs=1 seek=70 conv=notrunc 2>/dev/null
stopa-model info m.model
