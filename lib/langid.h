/* langid.h - telling Czech from English (and from neither)
 *
 * stp_langid() decides whether a text is Czech, English or something else
 * (STP_LANG_UND: German, Slovak, Polish, French, Spanish, Italian, too
 * short, no words). It reads the first STP_LANGID_WINDOW bytes (less
 * when, after a multiple of 32 words, one language leads by far), splits
 * them into words, lower-cases them and removes Czech and Slovak
 * diacritics, and scores:
 *   - stop words of Czech, Slovak, English, German, Polish and the
 *     Romance languages (one table; a word may belong to several);
 *   - letters: ě ř ů only Czech; č š ž ý á í é ú ň ť ď Czech or Slovak;
 *     ô ľ ĺ ŕ ä Slovak; ą ę ł ś ź ż ć ń Polish; ß ö ü German;
 *   - endings typical of Czech written without diacritics (-ych, -eho,
 *     -emu, -ovi, -nost), of Czech against Slovak (-eni, -uji, -ou, -ace
 *     against -nie, -uju, -cia) and of English (-ing, -tion).
 * Czech and Slovak are first scored as one family against the others,
 * then told apart by the words, letters and endings only one of them
 * has (the points they share, for a, v, na, je ..., are taken out):
 * Czech needs at least one such point more than Slovak and twice as many.
 * A winner needs enough evidence and a clear margin, else STP_LANG_UND.
 * Stateless, thread-safe, allocates nothing.
 */
#ifndef STP_LANGID_H
#define STP_LANGID_H

#include "lang.h"

#include <stddef.h>

#define STP_LANGID_WINDOW 4096

/* the evidence behind a decision, for tests and tuning */
typedef struct {
    double cs, sk, en, de, pl, rom;  /* per-language scores */
    double csk;                      /* Czech-Slovak family score */
    double shared;                   /* points given to both cs and sk */
    int    words;                    /* words looked at */
} stp_langid_scores;

/*! stp_langid() : the language of the UTF-8 text s[0..n); sc may be NULL. */
stp_lang stp_langid(const char *s, size_t n, stp_langid_scores *sc);

#endif
