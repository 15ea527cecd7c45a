#!/bin/sh
# test_install.sh - `cmake --install` into a temporary prefix, moved
# elsewhere afterwards: the installed binaries run the pipeline on
# corpora/sample with their own models (no build tree on PATH, and the
# output equals the build tree's), libstopa links through pkg-config, the
# man pages and the completion are found; with dpkg-deb, cpack builds a .deb
# with the runtime Depends, the binaries and the models.
set -u
BUILD=${STOPA_BUILD:-build}
SRC=${STOPA_SRC:-.}
case $BUILD in /*) ;; *) BUILD=$PWD/$BUILD ;; esac
case $SRC in /*) ;; *) SRC=$PWD/$SRC ;; esac
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
no() { echo "FAIL: $*"; fail=1; }

cmake --install "$BUILD" --prefix "$T/p" >"$T/install.log" 2>&1 ||
    { cat "$T/install.log"; echo "FAIL: cmake --install"; exit 1; }
mv "$T/p" "$T/moved"        # relocated: the configured prefix is not there
P=$T/moved
for f in bin/normalize bin/tag bin/relate bin/incidents bin/stopa-model bin/stopa-plot \
         share/stopa/models/stopa.model lib/libstopa.a lib/libstopa.so \
         include/stopa/rec.h include/stopa/buf.h lib/pkgconfig/stopa.pc \
         share/man/man1/normalize.1 share/man/man1/tag.1 share/man/man1/relate.1 \
         share/man/man1/incidents.1 share/man/man1/stopa-model.1 share/man/man1/stopa-plot.1 \
         share/man/man7/stopa.7 share/bash-completion/completions/tag \
         share/bash-completion/completions/normalize share/bash-completion/completions/stopa-plot; do
    [ -e "$P/$f" ] || no "not installed: $f"
done

# the pipeline from the installed tree alone, against the build tree's run
SAMPLE=$SRC/corpora/sample/docs.jsonl
"$BUILD/bin/normalize" -f jsonl "$SAMPLE" | "$BUILD/bin/tag" | "$BUILD/bin/relate" |
    "$BUILD/bin/incidents" -p > "$T/want"
(
    cd "$T" || exit 2
    unset STOPA_MODELS
    PATH=$P/bin:/usr/bin:/bin
    export PATH
    [ "$(command -v tag)" = "$P/bin/tag" ] || { echo "FAIL: tag is $(command -v tag)"; exit 1; }
    normalize -f jsonl "$SAMPLE" | tag | relate | incidents -p > "$T/got"
) || fail=1
grep -q '^ent' "$T/got" || no "installed pipeline wrote no ent record"
grep -q '^rel' "$T/got" || no "installed pipeline wrote no rel record"
cmp -s "$T/want" "$T/got" || { no "installed pipeline output differs from the build tree's"; diff "$T/want" "$T/got" | head -5; }

# the installed tag reads the installed model, not the build tree's: a
# model of the states alone gives state entities and no actor
cp "$P/share/stopa/models/stopa.model" "$T/full.model"
"$P/bin/stopa-model" compile -o "$P/share/stopa/models/stopa.model" \
    "$SRC/models/gazetteer/states.tsv" 2>/dev/null || no "stopa-model compile (installed)"
env -u STOPA_MODELS "$P/bin/normalize" -f jsonl "$SAMPLE" | env -u STOPA_MODELS "$P/bin/tag" > "$T/states"
grep -q '	STATE	' "$T/states" || no "states-only model: no STATE entity"
grep -q '	ACTOR	' "$T/states" && no "installed tag did not read the installed model (ACTOR found)"
# ... and -m / $STOPA_MODELS still win over it
mkdir -p "$T/m" && cp "$T/full.model" "$T/m/stopa.model"
STOPA_MODELS=$T/m "$P/bin/normalize" -f jsonl "$SAMPLE" | STOPA_MODELS=$T/m "$P/bin/tag" | grep -q '	ACTOR	' ||
    no "STOPA_MODELS not used by the installed tag"
"$P/bin/normalize" -f jsonl "$SAMPLE" | env -u STOPA_MODELS "$P/bin/tag" -m "$T/m" | grep -q '	ACTOR	' ||
    no "-m not used by the installed tag"
cp "$T/full.model" "$P/share/stopa/models/stopa.model"

# libstopa through pkg-config, shared and static
cat > "$T/x.c" <<'C'
#include <stdio.h>
#include <string.h>
#include "buf.h"
#include "err.h"
int main(void)
{
    stp_buf b = {0};
    if (stp_buf_puts(&b, "libstopa") || b.len != 8) return 1;
    printf("%s %s\n", stp_strerror(STP_ENOMEM) ? "ok" : "no", b.len == 8 ? "ok" : "no");
    stp_buf_free(&b);
    return 0;
}
C
# a sanitizer build's libstopa needs its runtime in the program too
SAN=
grep -q '^STOPA_SANITIZE:BOOL=ON' "$BUILD/CMakeCache.txt" 2>/dev/null &&
    SAN=-fsanitize=address,undefined
if command -v pkg-config >/dev/null && command -v cc >/dev/null; then
    export PKG_CONFIG_PATH="$P/lib/pkgconfig"
    [ "$(pkg-config --variable=prefix stopa)" -ef "$P" ] || no "stopa.pc prefix is $(pkg-config --variable=prefix stopa), not $P"
    cc $SAN $(pkg-config --cflags stopa) "$T/x.c" -o "$T/x" $(pkg-config --libs stopa) 2>"$T/cc.err" ||
        { cat "$T/cc.err"; no "cannot build against the installed libstopa.so"; }
    [ "$(LD_LIBRARY_PATH=$P/lib "$T/x")" = "ok ok" ] || no "program on libstopa.so did not run"
    cc $SAN $(pkg-config --cflags stopa) "$T/x.c" -o "$T/xs" -Wl,-Bstatic -lstopa -Wl,-Bdynamic \
        -L"$P/lib" $(pkg-config --libs --static stopa | sed 's/-lstopa//') 2>"$T/cc.err" ||
        { cat "$T/cc.err"; no "cannot build against the installed libstopa.a"; }
    [ "$("$T/xs")" = "ok ok" ] || no "program on libstopa.a did not run"
fi

# man pages: found through MANPATH and rendered
if command -v man >/dev/null; then
    for p in normalize tag relate incidents stopa-model stopa-plot; do
        MANPATH=$P/share/man MANPAGER=cat man "$p" 2>/dev/null | grep -q "^NAME" || no "man $p (MANPATH)"
    done
    MANPATH=$P/share/man MANPAGER=cat man 7 stopa 2>/dev/null | grep -q "record stream" || no "man 7 stopa"
    for f in "$P"/share/man/man1/*.1 "$P"/share/man/man7/*.7; do
        [ -z "$(MANPAGER=cat man -l "$f" 2>&1 >/dev/null)" ] || no "man -l $f warns"
    done
fi

# the installed completion file completes the installed binaries
PATH=$P/bin:/usr/bin:/bin bash --norc --noprofile -c '
    . "$1/share/bash-completion/completions/tag"
    COMP_WORDS=(tag --ta); COMP_CWORD=1; COMPREPLY=(); _stopa_complete
    [ "${COMPREPLY[*]}" = "--table" ]' sh "$P" || no "installed completion: tag --ta"
PATH=$P/bin:/usr/bin:/bin bash --norc --noprofile -c '
    . "$1/share/bash-completion/completions/stopa-plot"
    COMP_WORDS=(stopa-plot --no); COMP_CWORD=1; COMPREPLY=(); _stopa_complete
    [ "${COMPREPLY[*]}" = "--no-render" ]' sh "$P" || no "installed completion: stopa-plot --no"

# stopa-plot from the installed tree
if command -v python3 >/dev/null; then
    PATH=$P/bin:/usr/bin:/bin stopa-plot --no-render -o "$T/plot" "$T/got" 2>/dev/null ||
        no "installed stopa-plot failed"
    grep -q -- '->' "$T/plot/graph.dot" || no "stopa-plot: no edge in graph.dot"
fi

# the Debian package
if command -v dpkg-deb >/dev/null && command -v cpack >/dev/null; then
    (cd "$BUILD" && cpack -G DEB -B "$T/deb" >"$T/cpack.log" 2>&1) ||
        { tail -20 "$T/cpack.log"; no "cpack -G DEB"; }
    deb=$(ls "$T"/deb/*.deb 2>/dev/null | head -1)
    if [ -n "$deb" ]; then
        dep=$(dpkg-deb -f "$deb" Depends)
        for d in libutf8proc2 libstemmer0d libhunspell-1.7-0 hunspell-cs hunspell-en-us zlib1g; do
            printf '%s\n' "$dep" | tr ',' '\n' | sed 's/^ *//; s/ .*//' | grep -qx "$d" ||
                no ".deb Depends lacks $d: $dep"
        done
        dpkg-deb -I "$deb" | grep -q "Depends:.*libhunspell" || no "dpkg-deb -I: no Depends"
        dpkg-deb -c "$deb" > "$T/deb.list"
        for f in ./usr/bin/normalize ./usr/bin/tag ./usr/bin/relate ./usr/bin/incidents \
                 ./usr/share/stopa/models/stopa.model ./usr/share/man/man1/tag.1 \
                 ./usr/share/man/man7/stopa.7 ./usr/include/stopa/rec.h \
                 ./usr/lib/pkgconfig/stopa.pc ./usr/share/bash-completion/completions/relate; do
            grep -q " $f\( \|$\)" "$T/deb.list" || no ".deb does not hold $f"
        done
        # unpacked anywhere, its tag finds its own models
        dpkg-deb -x "$deb" "$T/root"
        "$T/root/usr/bin/normalize" -f jsonl "$SAMPLE" | env -u STOPA_MODELS "$T/root/usr/bin/tag" |
            "$T/root/usr/bin/relate" | "$T/root/usr/bin/incidents" -p | cmp -s - "$T/want" ||
            no "the .deb's binaries give another output"
    else
        no "cpack wrote no .deb"
    fi
fi
[ $fail -eq 0 ] && echo "ok: install, relocation, pkg-config, man, completion, .deb"
exit $fail
