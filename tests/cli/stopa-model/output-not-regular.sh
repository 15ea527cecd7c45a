# -o a symbolic link or a named pipe: written through, never replaced (as
# /dev/stdout must not be); a regular file gets the same bytes
printf '#id\ttype\tcanonical\talias\tlang\tflags\nactor:apt28\tACTOR\tAPT28\tAPT28\tany\t-\n' >g.tsv
stopa-model compile -o plain.model g.tsv || exit 9
: >target.model
ln -s target.model link.model
stopa-model compile -o link.model g.tsv; echo "status $?"
[ -L link.model ] && echo "link kept"
cmp -s plain.model target.model && echo "same model through the link"
mkfifo p
timeout 60 cat p >fromfifo.model &
stopa-model compile -o p g.tsv; echo "status $?"
wait
[ -p p ] && echo "pipe kept"
cmp -s plain.model fromfifo.model && echo "same model through the pipe"
