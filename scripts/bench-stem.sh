#!/bin/sh
# bench-stem.sh [BUILD_DIR] [MB] - throughput of the tokeniser, the sentence
# splitter and stem keys, on one core
#
# Repeats the dev corpora's English and Czech texts (corpora/dev/*.txt) to
# ~MB megabytes each (default 30), links a small driver against
# BUILD_DIR/libstopa.a and prints MB/s for: tokens only; sentences; sentences
# plus stp_stem_keys for every word (CPU time, so that a busy machine does
# not skew it; the cache warm after the first pass;
# the Czech run includes loading hunspell). Also the cache's size.
set -eu
cd "$(dirname "$0")/.."
B=${1:-build}
MB=${2:-30}
[ -f "$B/libstopa.a" ] || { echo "bench-stem: no $B/libstopa.a (build first)" >&2; exit 2; }
T=$(mktemp -d "${TMPDIR:-/tmp}/stopa-bench-stem.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM

cat >"$T/drv.c" <<'EOF'
#include "err.h"
#include "sent.h"
#include "stem.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    stp_lang lang = argv[1][0] == 'c' ? STP_LANG_CS : STP_LANG_EN;
    FILE *f = fopen(argv[2], "rb");
    if (!f)
        return 2;
    fseek(f, 0, SEEK_END);
    size_t n = (size_t)ftell(f);
    rewind(f);
    char *t = malloc(n + 1);
    if (!t || fread(t, 1, n, f) != n)
        return 2;
    fclose(f);
    (void)argc;
    for (int mode = 0; mode < 3; mode++) {
        stp_stemmer *st = NULL;
        if (stp_stemmer_new(&st, NULL))
            return 2;
        size_t toks = 0, words = 0;
        double t0 = now();
        if (mode == 0) {
            stp_tokenizer z;
            stp_token k;
            stp_tok_init(&z, t, n, lang);
            while (stp_tok_next(&z, &k))
                toks++;
        } else {
            stp_sentencer s;
            const stp_token *ts;
            size_t m;
            stp_sent_init(&s, t, n, lang);
            while (stp_sent_next(&s, &ts, &m) == 1) {
                toks += m;
                for (size_t i = 0; mode == 2 && i < m; i++) {
                    stp_str keys[STP_STEM_MAXKEYS];
                    if (ts[i].kind != STP_TOK_WORD)
                        continue;
                    int r = stp_stem_keys(st, lang, t + ts[i].b0, ts[i].b1 - ts[i].b0, keys);
                    if (r == STP_EDICT)
                        r = stp_stem_keys(st, lang, t + ts[i].b0, ts[i].b1 - ts[i].b0, keys);
                    if (r < 0)
                        return 3;
                    words++;
                }
            }
            stp_sent_finish(&s);
        }
        double d = now() - t0;
        static const char *const name[] = { "tokens", "sentences", "sentences+stem" };
        printf("%s %-15s %6.1f MB/s  %zu tokens", argv[1], name[mode],
               (double)n / 1e6 / (d > 1e-9 ? d : 1e-9), toks);
        if (mode == 2) {
            size_t bytes;
            size_t cached = stp_stemmer_size(st, &bytes);
            printf(", %zu words stemmed, cache %zu words / %.1f MB", words, cached,
                   (double)bytes / 1e6);
        }
        printf("\n");
        stp_stemmer_free(st);
    }
    free(t);
    return 0;
}
EOF
stemmer_inc=$(dirname "$(find /usr/include -name libstemmer.h | head -1)")
# shellcheck disable=SC2046
${CC:-cc} -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -Ilib -I"$stemmer_inc" "$T/drv.c" -o "$T/drv" \
    "$B/libstopa.a" $(pkg-config --libs libutf8proc hunspell zlib) -lstemmer -lm -lpthread

for l in en cs; do
    python3 - "$T/$l.txt" "$MB" "$l" <<'PY'
import sys, glob
out, mb, lang = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = "\n\n".join(open(p, encoding="utf-8").read() for p in sorted(glob.glob("corpora/dev/dev-%s-*.txt" % lang)))
if not text:
    sys.exit("bench-stem: no corpora/dev/dev-%s-*.txt" % lang)
with open(out, "w", encoding="utf-8") as f:
    size = 0
    while size < mb * 1000000:
        f.write(text + "\n\n")
        size += len(text.encode()) + 2
PY
    taskset -c 0 "$T/drv" "$l" "$T/$l.txt"
done
