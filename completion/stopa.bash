# stopa.bash - bash completion for the stopa filters: normalize, tag,
# relate, incidents, stopa-model, and for stopa-plot. Source it, or install it under
# share/bash-completion/completions/<binary> (cmake --install does).
# Needs only bash itself (compgen, complete), not the bash-completion
# package's helpers.

_stopa_opts_normalize="--format --html --lang --id-field --text-field --date-field --source-field --lang-field --jobs --stats --progress --help --version -f -j -h -V"
_stopa_opts_tag="--gazetteer --models --table --jobs --stats --progress --help --version -g -m -j -h -V"
_stopa_opts_relate="--table --triggers --jobs --stats --progress --help --version -L -j -h -V"
_stopa_opts_incidents="--window --min-docs --table --pass --jobs --stats --progress --help --version -w -m -t -p -j"
_stopa_opts_stopa_model="--help --version -h -V -o -k"
_stopa_opts_stopa_plot="--output --min-docs --top --png --no-render --help --version -o -h -V"

# the options the binary really has: those of the list above that its
# --help names (so that the list may run ahead of an older binary)
_stopa_known_opts()
{
    local cmd=$1 var=_stopa_opts_${1//-/_} help o out=
    help=$("$cmd" --help 2>/dev/null) || { printf '%s' "${!var}"; return; }
    for o in ${!var}; do
        case $help in
        *"$o "* | *"$o,"* | *"$o="* | *"$o["* | *"$o]"* | *"$o"$'\n'*) out+="$o " ;;
        esac
    done
    printf '%s' "$out"
}

_stopa_complete()
{
    local cmd=${COMP_WORDS[0]##*/} cur=${COMP_WORDS[COMP_CWORD]} prev=
    local i=$COMP_CWORD eq=0
    [ "$i" -gt 0 ] && prev=${COMP_WORDS[i-1]}
    # --opt=VALUE: bash splits it into --opt, =, VALUE
    if [ "$cur" = "=" ]; then
        prev=${COMP_WORDS[i-1]}; cur=; eq=1
    elif [ "$prev" = "=" ] && [ "$i" -gt 1 ]; then
        prev=${COMP_WORDS[i-2]}; eq=1
    fi
    COMPREPLY=()
    case $cmd:$prev in
    normalize:-f | normalize:--format)
        COMPREPLY=($(compgen -W "text tsv jsonl" -- "$cur")); return ;;
    normalize:--lang)
        COMPREPLY=($(compgen -W "cs en und" -- "$cur")); return ;;
    normalize:--*-field)
        return ;;
    *:--progress)
        # --progress takes a value only as --progress=always
        if [ $eq = 1 ]; then
            COMPREPLY=($(compgen -W "always" -- "$cur")); return
        fi ;;
    *:-j | *:--jobs | incidents:-w | incidents:--window | incidents:-m | incidents:--min-docs)
        return ;;
    tag:-m | tag:--models)
        COMPREPLY=($(compgen -d -- "$cur")); return ;;
    tag:-g | tag:--gazetteer | relate:-L | relate:--triggers)
        COMPREPLY=($(compgen -f -X '!*.tsv' -- "$cur") $(compgen -d -S / -- "$cur"))
        compopt -o nospace 2>/dev/null; return ;;
    stopa-model:-o)
        COMPREPLY=($(compgen -f -- "$cur")); return ;;
    stopa-plot:-o | stopa-plot:--output)
        COMPREPLY=($(compgen -d -- "$cur")); return ;;
    stopa-plot:--min-docs | stopa-plot:--top)
        return ;;
    esac
    if [ "$cmd" = stopa-model ] && [ "$i" -eq 1 ] && [[ $cur != -* ]]; then
        COMPREPLY=($(compgen -W "compile dump info" -- "$cur")); return
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_stopa_known_opts "$cmd")" -- "$cur"))
        return
    fi
    COMPREPLY=($(compgen -f -- "$cur"))
}

complete -F _stopa_complete -o filenames normalize tag relate incidents stopa-model stopa-plot
