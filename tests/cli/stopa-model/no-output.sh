printf 'actor:x\tACTOR\tX\tXyz\tany\t-\n' >g.tsv
stopa-model compile g.tsv
