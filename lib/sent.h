/* sent.h - sentence splitter over the tokeniser
 *
 * Pulls tokens from a stp_tokenizer and hands out one sentence at a time as
 * an array of tokens, borrowed until the next call. A sentence ends at . ! ?
 * (and … or ...) followed by a likely sentence start, including closing
 * quotes and brackets after the mark; at a paragraph break; or, to bound
 * memory, after STP_SENT_MAX_TOKENS tokens. It does not end after known
 * abbreviations (např., tzv., U.S., Mr.), Czech ordinal dots ("3. května
 * 2024", "1. náměstek"), initials ("J. Lipavský"), or inside numbers.
 */
#ifndef STP_SENT_H
#define STP_SENT_H

#include "token.h"

#define STP_SENT_MAX_TOKENS 2000

typedef struct {
    stp_tokenizer tok;
    stp_token    *toks;       /* the current sentence (and look-ahead) */
    size_t        n, cap;
    size_t        ahead;      /* tokens read past the current sentence */
    int           done;
} stp_sentencer;

void stp_sent_init(stp_sentencer *s, const char *text, size_t len, stp_lang lang);
void stp_sent_finish(stp_sentencer *s);

/*! stp_sent_next() : the next sentence.
 *  @return 1 with (*toks, *n) set (n > 0), 0 at the end, STP_ENOMEM. The
 *  sentence's text is text[toks[0].b0 .. toks[n-1].b1). */
int stp_sent_next(stp_sentencer *s, const stp_token **toks, size_t *n);

#endif
