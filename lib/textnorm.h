/* textnorm.h - cleaning the text of one document
 *
 * stp_tn_clean() turns raw bytes into the normalised text of a doc record
 * (the table is in docs/NORMALIZE.md): valid UTF-8 in NFC, character
 * references decoded, control and zero-width characters removed, CR and
 * CRLF made LF, Unicode spaces made ' ', quotes, apostrophes, dashes and
 * the ellipsis unified to ASCII, runs of spaces collapsed, spaces at the
 * start and end of lines removed, at most one empty line in a row, words
 * hyphenated at a line end joined, the whole trimmed.
 *
 * Clean text takes a fast path: runs of ordinary ASCII are copied as
 * they are, and utf8proc normalises only a text holding a code point that
 * may change under NFC (combining marks, Hangul jamo, precomposed letters
 * past U+02FF). The function keeps no state between calls and may run in
 * several threads at once on different buffers.
 */
#ifndef STP_TEXTNORM_H
#define STP_TEXTNORM_H

#include "buf.h"

#include <stddef.h>
#include <stdint.h>

/* what was repaired in one text; zero it before the call */
typedef struct {
    uint64_t bad_utf8;        /* invalid UTF-8 sequences made U+FFFD */
    uint64_t bad_utf8_first;  /* byte offset of the first one in the input */
    uint64_t nul;             /* NUL bytes removed */
    uint64_t controls;        /* other control characters removed */
} stp_tn_report;

/*! stp_tn_clean() : append the normalised form of s[0..n) to out.
 *  Problems are repaired and counted in *rep (rep may be NULL).
 *  @return 0 or STP_ENOMEM (out is then left as it was). */
int stp_tn_clean(stp_buf *out, const char *s, size_t n, stp_tn_report *rep);

#endif
