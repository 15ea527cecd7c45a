/* fuzz_stem.c - libFuzzer target: stem keys (Snowball, hunspell, the Czech
 * light stemmer)
 *
 * The first byte picks the language of stp_stem_keys (cs, en, und); the
 * rest is one word. The same bytes, folded, go through stp_stem_cs_light.
 * Keys must be 1..STP_STEM_MAXKEYS strings that stay valid;
 * one stemmer (and its cache) lives for the whole run, as in the filters.
 */
#include "buf.h"
#include "err.h"
#include "fold.h"
#include "stem.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static stp_stemmer *st;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 4096)
        return 0;
    if (!st && stp_stemmer_new(&st, NULL))
        abort();
    stp_lang lang = (stp_lang)(data[0] % 3);
    const char *w = (const char *)data + 1;
    size_t n = size - 1;
    stp_str keys[STP_STEM_MAXKEYS];
    int k = stp_stem_keys(st, lang, w, n, keys);
    if (n == 0) {
        if (k != STP_EINVAL)
            abort();   /* an empty word is no word */
        return 0;
    }
    if (k == STP_EDICT)
        k = stp_stem_keys(st, lang, w, n, keys);
    if (k < 0 && k != STP_ENOMEM)
        abort();
    if (k == 0 || k > STP_STEM_MAXKEYS)
        abort();
    for (int i = 0; i < k; i++)
        if (keys[i].n && !keys[i].s)
            abort();
        else if (keys[i].n)
            (void)(volatile char)keys[i].s[keys[i].n - 1];
    stp_buf f = {0}, out = {0};
    if (stp_fold(&f, w, n, STP_FOLD_ALL) || stp_stem_cs_light(&out, f.p ? f.p : "", f.len))
        abort();
    if (out.len > f.len + 8)
        abort();   /* a stem is no longer than the word */
    stp_buf_free(&f);
    stp_buf_free(&out);
    return 0;
}
