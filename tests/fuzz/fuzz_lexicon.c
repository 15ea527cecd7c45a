/* fuzz_lexicon.c - libFuzzer target: the text sources read at run time,
 * a gazetteer TSV (tag -g) and a trigger lexicon TSV (relate -L)
 *
 * The first byte picks which; the rest is the file. A gazetteer that is
 * accepted is compiled and loaded; a rejected one must say where and why.
 */
#include "buf.h"
#include "err.h"
#include "gaz.h"
#include "stem.h"
#include "trig.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static stp_stemmer *st;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const char *s = (const char *)data + 1;
    size_t n = size - 1;
    if (data[0] & 1) {
        if (!st && stp_stemmer_new(&st, NULL))
            abort();
        stp_trig_lex *lex;
        stp_trig_diag dg = { 0, NULL };
        if (stp_trig_lex_new(&lex, st))
            abort();
        int r = stp_trig_lex_add(lex, s, n, &dg);
        if (r == STP_ESYNTAX && !dg.msg)
            abort();
        if (r != 0 && r != STP_ESYNTAX && r != STP_ENOMEM)
            abort();
        if (stp_trig_lex_index(lex))
            abort();
        stp_trig_lex_free(lex);
        return 0;
    }
    stp_gaz_builder *b;
    stp_gaz_diag dg;
    memset(&dg, 0, sizeof dg);
    if (stp_gaz_builder_new(&b))
        abort();
    int r = stp_gaz_builder_add_tsv(b, "fuzz.tsv", s, n, &dg);
    if (r == STP_ESYNTAX && dg.msg[0] == '\0')
        abort();
    if (r == 0) {
        stp_buf img = {0};
        stp_gaz *g;
        r = stp_gaz_builder_compile(b, &img, &dg);
        if (r == 0) {
            if (stp_gaz_from_buf(&g, &img, &dg))
                abort();   /* what the compiler writes, the loader reads */
            stp_gaz_free(g);
        } else if (r != STP_ESYNTAX && r != STP_ENOMEM) {
            abort();
        }
        stp_buf_free(&img);
    } else if (r != STP_ESYNTAX && r != STP_ENOMEM) {
        abort();
    }
    stp_gaz_builder_free(b);
    return 0;
}
