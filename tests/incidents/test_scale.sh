#!/bin/sh
# test_scale.sh - memory grows with incidents, not with documents.
#
# The same 2000 attack reports are read once among 10,000 and once among
# 100,000 other documents (1 KB of text each, entities, BLAMED and
# CONDEMNED relations but no attack): the incidents must be the same and
# the peak memory about the same. Run from the repo root with $STOPA_BIN.
set -eu
: "${STOPA_BIN:?STOPA_BIN must name the directory of the binaries}"
T=$(mktemp -d "${TMPDIR:-/tmp}/stopa-inc.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM

gen() { # gen FILLERS
    awk -v fill="$1" 'BEGIN {
        pad = "Lorem ipsum dolor sit amet, kyberneticky utok neni popsan v tomto textu.";
        while (length(pad) < 1000) pad = pad " " pad;
        srand(7);
        for (i = 0; i < 2000 + fill; i++) {
            if (i % int((2000 + fill) / 2000) == 0 && seeds < 2000) {
                seeds++;
                a = "actor:g" (seeds % 37);
                d = sprintf("2024-%02d-%02d", 1 + seeds % 12, 1 + (seeds * 7) % 28);
                printf "doc\ts%06d\ten\t%s\tgen\t%s\n", seeds, d, pad;
                printf "rel\ts%06d\tTARGETED\t%s\tinst:v%d\tddos\t0.80\t0\t10\thit\tThe group hit the site on Friday.\n", seeds, a, seeds % 11;
            } else {
                printf "doc\tf%07d\tcs\t2024-%02d-%02d\tgen\t%s\n", i, 1 + i % 12, 1 + i % 28, pad;
                printf "ent\tf%07d\t0\t5\tAGENCY\tagency:cz-nukib\tNUKIB\texact\n", i;
                printf "rel\tf%07d\tBLAMED\tagency:cz-nukib\tactor:g%d\t\t0.70\t0\t10\tblamed\tNUKIB blamed the group.\n", i, i % 37;
                printf "rel\tf%07d\tCONDEMNED\tagency:eu\tstate:ru\t\t0.70\t0\t10\tcondemned\tThe EU condemned Russia.\n", i;
            }
        }
    }'
}

peak() { # peak OUT - run incidents on stdin, print the peak RSS in KB
    if /usr/bin/time -f %M true 2>/dev/null; then
        /usr/bin/time -o "$T/rss" -f %M "$STOPA_BIN/incidents" >"$1"
        tail -n 1 "$T/rss"
    else
        "$STOPA_BIN/incidents" >"$1"
        echo 0
    fi
}

small=$(gen 10000 | peak "$T/small")
large=$(gen 100000 | peak "$T/large")
n=$(wc -l <"$T/small")
echo "incidents: $n; peak RSS: $small KB with 12,000 docs, $large KB with 102,000 docs"
[ "$n" -gt 100 ] || { echo "FAIL: too few incidents ($n)"; exit 1; }
# the fillers are other documents, so doc ids differ; the groups must not
cut -f2-10 "$T/small" >"$T/a"
cut -f2-10 "$T/large" >"$T/b"
cmp -s "$T/a" "$T/b" || { echo "FAIL: the fillers changed the incidents"; diff "$T/a" "$T/b" | head; exit 1; }
if [ "$large" -gt $((small + 2048)) ]; then
    echo "FAIL: memory grew with the documents ($small KB -> $large KB)"
    exit 1
fi
echo ok
