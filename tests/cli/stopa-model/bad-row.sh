printf '#id\ttype\tcanonical\talias\tlang\tflags\nactor:x\tACTOR\tX\tXyz\tany\t-\nactor:y\tACTOR\tY\tYyy\tfr\t-\n' >g.tsv
stopa-model compile -o out.model g.tsv
st=$?
[ -e out.model ] && echo "model written despite the error"
exit $st
