#!/bin/sh
# test_completion.sh - completion/stopa.bash completes the options of the
# five binaries and of stopa-plot (as their --help names them), option
# values and files.
set -u
BIN=${STOPA_BIN:-build/bin}
SRC=${STOPA_SRC:-.}
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
case $SRC in /*) ;; *) SRC=$PWD/$SRC ;; esac
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir "$T/dir" && touch "$T/dir/a.tsv" "$T/dir/b.txt" "$T/models.x"
cd "$T" || exit 2
PATH=$BIN:$SRC/scripts:$PATH bash --norc --noprofile -c '
. "$1"
fail=0
# comp EXPECTED WORD... : complete the last word of the command line
comp() {
    want=$1; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _stopa_complete
    got=$(printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " ")
    [ ${#COMPREPLY[@]} -eq 0 ] && got=
    if [ "$got" != "$want" ]; then
        echo "FAIL: $* -> [$got], want [$want]"; fail=1
    fi
}
[ "$(complete -p tag)" = "complete -o filenames -F _stopa_complete tag" ] || { echo "FAIL: tag: $(complete -p tag)"; fail=1; }
for b in normalize relate incidents stopa-model stopa-plot; do
    complete -p $b >/dev/null || { echo "FAIL: no completion for $b"; fail=1; }
done
comp "--table " tag --t
comp "--gazetteer " tag --g
comp "--models " tag --mo
comp "--table --triggers " relate --t
comp "--table " incidents --ta
comp "--help --html " normalize --h
comp "--html " normalize --ht
comp "--id-field " normalize --id
comp "jsonl " normalize -f j
comp "text tsv " normalize --format t
comp "tsv " normalize --format = ts
comp "cs " normalize --lang c
comp "dir " tag -m d
comp "dir/a.tsv " tag -g dir/
comp "compile " stopa-model co
comp "dump " stopa-model d
comp "-k " stopa-model dump -k
comp "dir/b.txt " normalize dir/b
comp "--min-docs " stopa-plot --mi
comp "--no-render " stopa-plot --no
comp "--output " stopa-plot --ou
comp "dir " stopa-plot -o d
comp "dir " stopa-plot --output d
comp "" stopa-plot --top ""
comp "dir/a.tsv dir/b.txt " stopa-plot -o out dir/
# every option of each --help is offered for "-"
for b in normalize tag relate incidents stopa-model stopa-plot; do
    COMP_WORDS=($b -); COMP_CWORD=1; COMPREPLY=()
    _stopa_complete
    for o in $("$b" --help | grep -oE "(^|[[:space:],[(])--?[A-Za-z0-9][A-Za-z0-9-]*" |
               sed -E "s/^[[:space:],[(]//" | grep -E "^(-[A-Za-z0-9]|--[A-Za-z0-9][A-Za-z0-9-]*)$" | sort -u); do
        case " ${COMPREPLY[*]} " in
        *" $o "*) ;;
        *) echo "FAIL: $b -: $o of --help not offered"; fail=1 ;;
        esac
    done
done
[ $fail = 0 ] && echo "ok: completion"
exit $fail
' sh "$SRC/completion/stopa.bash"
