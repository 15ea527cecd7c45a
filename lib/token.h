/* token.h - tokeniser for Czech and English news text
 *
 * Splits normalised UTF-8 text (NFC, see normalize) into words, numbers,
 * punctuation and indicator-like tokens, with byte and code-point offsets.
 * The tokeniser is a pull reader over a text the caller owns: it allocates
 * nothing, so memory does not grow with the document.
 *
 * What stays one token: names with digits and brackets such as
 * NoName057(16), APT28, CVE-2023-23397; e-mail addresses, URLs, IPs,
 * domains and hashes, defanged forms included (hxxp://x[.]com); hyphenated
 * words ("pro-Russian") as one token with STP_TF_HYPHEN set, so that the
 * caller can reach the parts; known abbreviations with their dot ("např.",
 * "U.S.", "s.r.o.") with STP_TF_ABBREV; a decimal number ("3.5", "1,5").
 * A word followed by an apostrophe-s ("Czechia's") gives the word and a
 * separate "'s" token of kind STP_TOK_POSS.
 */
#ifndef STP_TOKEN_H
#define STP_TOKEN_H

#include "lang.h"

#include <stddef.h>
#include <stdint.h>

typedef enum {
    STP_TOK_WORD = 1,   /* letters, maybe digits, hyphens, inner dots of abbreviations */
    STP_TOK_NUM,        /* digits, maybe with inner . , : (numbers, dates, times, versions) */
    STP_TOK_PUNCT,      /* one punctuation character (".", ",", "(", "\"", "-") or "..." */
    STP_TOK_SYM,        /* other symbols: currency, %, &, emoji */
    STP_TOK_POSS,       /* English possessive 's */
    STP_TOK_IOC         /* URL, e-mail, IP, domain, hash, CVE id (maybe defanged) */
} stp_tok_kind;

enum {
    STP_TF_UPPER     = 1 << 0,  /* all letters upper case (and at least one) */
    STP_TF_CAP       = 1 << 1,  /* first letter upper case */
    STP_TF_DIGIT     = 1 << 2,  /* contains a digit */
    STP_TF_HYPHEN    = 1 << 3,  /* contains an inner hyphen */
    STP_TF_ABBREV    = 1 << 4,  /* a known abbreviation, its final dot included */
    STP_TF_SPACE     = 1 << 5,  /* white space (or text start) before the token */
    STP_TF_NEWLINE   = 1 << 6,  /* a line break before the token */
    STP_TF_PARA      = 1 << 7,  /* a blank line (paragraph break) before the token */
    STP_TF_ASCII     = 1 << 8,  /* the token is pure ASCII */
    STP_TF_ABBREV_END = 1 << 9, /* with STP_TF_ABBREV: one that may end a
                                   sentence (atd., etc., Inc., U.S., s.r.o.);
                                   without it the abbreviation qualifies what
                                   follows (např., Mr., č.) */
    STP_TF_PLAIN     = 1 << 10  /* only ASCII letters and digits and the Latin
                                   letters U+00C0..U+017F but x and / */
};

typedef struct {
    size_t   b0, b1;   /* byte offsets into the text, end exclusive */
    size_t   c0, c1;   /* code-point offsets, end exclusive */
    uint16_t kind;     /* stp_tok_kind */
    uint16_t flags;    /* STP_TF_* */
} stp_token;

typedef struct {
    const char *text;
    size_t      len;
    size_t      pos;   /* byte position */
    size_t      cp;    /* code-point position */
    stp_lang    lang;  /* for abbreviations; UND knows both languages' */
} stp_tokenizer;

void stp_tok_init(stp_tokenizer *t, const char *text, size_t len, stp_lang lang);

/*! stp_tok_next() : the next token. @return 1, or 0 at the end of the text. */
int stp_tok_next(stp_tokenizer *t, stp_token *tok);

/*! stp_tok_is_abbrev() : 1 if `s` (with its final dot) is a known
 *  abbreviation of `lang` (or of either language for STP_LANG_UND). */
int stp_tok_is_abbrev(const char *s, size_t n, stp_lang lang);

#endif
