#!/bin/sh
# test_man.sh - each binary's man page lists exactly the options of its
# --help (short and long, both ways, so that they cannot drift apart), and
# every page renders without a groff warning. stopa-plot is a script, run
# from scripts/ (python3).
set -u
BIN=${STOPA_BIN:-build/bin}
SRC=${STOPA_SRC:-.}
MAN=man
fail=0
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# option tokens (-x, --long-name) of a text, one per line, sorted, unique;
# a token starts a word: not the -MM of YYYY-MM-DD, not the -LINE suffix
opts() {
    grep -oE '(^|[[:space:],[(])--?[A-Za-z0-9][A-Za-z0-9-]*' |
        sed -E 's/^[[:space:],[(]//' |
        grep -E '^(-[A-Za-z0-9]|--[A-Za-z0-9][A-Za-z0-9-]*)$' | sort -u
}
render() { groff -t -man -Tascii -P-cbou "$1" 2>/dev/null; }

for b in normalize tag relate incidents stopa-model stopa-plot; do
    page=$MAN/$b.1
    if [ ! -f "$page" ]; then
        echo "FAIL: no man page $page"; fail=1; continue
    fi
    exe=$BIN/$b
    [ "$b" = stopa-plot ] && exe=$SRC/scripts/stopa-plot
    COLUMNS=80 "$exe" --help > "$T/help" 2>&1 || { echo "FAIL: $b --help failed"; fail=1; continue; }
    opts < "$T/help" > "$T/h"
    # the OPTIONS section of the rendered page (up to the next heading)
    render "$page" | awk '/^OPTIONS$/ {on=1; next} /^[A-Z][A-Z ]*$/ {on=0} on' > "$T/sect"
    [ -s "$T/sect" ] || { echo "FAIL: $page has no OPTIONS section"; fail=1; continue; }
    opts < "$T/sect" > "$T/m"
    # the SYNOPSIS may name the options of a subcommand (stopa-model -o, -k)
    missing=$(comm -23 "$T/h" "$T/m" | tr '\n' ' ')
    extra=$(comm -13 "$T/h" "$T/m" | tr '\n' ' ')
    [ -z "$missing" ] || { echo "FAIL: $b: in --help, not in $page: $missing"; fail=1; }
    [ -z "$extra" ] || { echo "FAIL: $b: in $page, not in --help: $extra"; fail=1; }
    n=$(wc -l < "$T/h")
    [ "$n" -ge 4 ] || { echo "FAIL: $b: only $n options read from --help"; fail=1; }
done

for page in $MAN/*.1 $MAN/*.7; do
    w=$(groff -t -ww -man -Tutf8 "$page" 2>&1 >/dev/null)
    [ -z "$w" ] || { echo "FAIL: groff warns on $page: $w"; fail=1; }
    if command -v man >/dev/null 2>&1; then
        out=$(MANPAGER=cat MANWIDTH=80 man -l "$page" 2>"$T/err")
        if [ -s "$T/err" ] || [ -z "$out" ]; then
            echo "FAIL: man -l $page: $(cat "$T/err")"; fail=1
        fi
        name=$(basename "$page" | sed 's/\.[17]$//' | tr a-z A-Z)
        printf '%s\n' "$out" | head -1 | grep -q "^$name(" ||
            { echo "FAIL: $page: header is not $name(N)"; fail=1; }
    fi
done
[ $fail -eq 0 ] && echo "ok: man pages match --help and render cleanly"
exit $fail
