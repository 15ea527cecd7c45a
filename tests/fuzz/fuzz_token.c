/* fuzz_token.c - libFuzzer target: tokeniser, sentence splitter, folding
 *
 * The first byte picks the language; the rest is the text (any bytes: the
 * tokeniser must cope with invalid UTF-8 too, as records may carry it).
 * Tokens must lie inside the text, in order, not overlapping, with code
 * point offsets that agree with the bytes; sentences must hand out the same
 * tokens, none lost, each sentence at most STP_SENT_MAX_TOKENS long.
 */
#include "buf.h"
#include "err.h"
#include "fold.h"
#include "sent.h"
#include "token.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    stp_lang lang = (stp_lang)(data[0] % 3);
    const char *s = (const char *)data + 1;
    size_t n = size - 1;

    stp_tokenizer t;
    stp_tok_init(&t, s, n, lang);
    stp_token tok;
    size_t ntok = 0, last_b = 0, last_c = 0, steps = 0;
    while (stp_tok_next(&t, &tok)) {
        if (tok.b0 < last_b || tok.b1 <= tok.b0 || tok.b1 > n)
            abort();
        if (tok.c0 < last_c || tok.c1 <= tok.c0 || tok.c1 - tok.c0 > tok.b1 - tok.b0)
            abort();
        if (tok.kind < STP_TOK_WORD || tok.kind > STP_TOK_IOC)
            abort();
        last_b = tok.b1;
        last_c = tok.c1;
        ntok++;
        if (++steps > n + 1)
            abort();   /* no progress */
        (void)stp_tok_is_abbrev(s + tok.b0, tok.b1 - tok.b0, lang);
    }

    stp_sentencer se;
    stp_sent_init(&se, s, n, lang);
    const stp_token *toks;
    size_t k, total = 0;
    int r;
    last_b = 0;
    while ((r = stp_sent_next(&se, &toks, &k)) == 1) {
        if (k == 0 || k > STP_SENT_MAX_TOKENS)
            abort();
        for (size_t i = 0; i < k; i++) {
            if (toks[i].b0 < last_b || toks[i].b1 > n)
                abort();
            last_b = toks[i].b1;
        }
        total += k;
    }
    if (r != 0)
        abort();
    if (total != ntok)
        abort();
    stp_sent_finish(&se);

    stp_buf b = {0};
    for (int how = 1; how <= 3; how++) {
        b.len = 0;
        if (stp_fold(&b, s, n, how))
            abort();
    }
    size_t i = 0;
    while (i < n) {
        size_t before = i;
        int32_t cp = stp_utf8_next(s, n, &i);
        if (i <= before || i > n || cp < 0 || cp > 0x10FFFF)
            abort();
        char enc[4];
        if (!(cp >= 0xD800 && cp <= 0xDFFF)) {
            int m = stp_utf8_put(enc, cp);
            if (m < 1 || m > 4)
                abort();
        }
        (void)stp_fold_cp(cp, STP_FOLD_ALL);
    }
    stp_buf_free(&b);
    return 0;
}
