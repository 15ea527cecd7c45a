/* fold.h - case and diacritics folding of UTF-8 text
 *
 * Folding maps a string to the form used to compare it loosely: lower case
 * (STP_FOLD_CASE) and/or without combining marks (STP_FOLD_MARKS: č→c,
 * ú→u, ß stays ß). ASCII input takes a fast path. Input is expected in NFC;
 * invalid bytes are copied as they are.
 */
#ifndef STP_FOLD_H
#define STP_FOLD_H

#include "buf.h"

#include <stddef.h>
#include <stdint.h>

#define STP_FOLD_CASE  1
#define STP_FOLD_MARKS 2
#define STP_FOLD_ALL   (STP_FOLD_CASE | STP_FOLD_MARKS)

/*! stp_fold() : append the folded form of s[0..n) to out.
 *  @return 0 or STP_ENOMEM. */
int stp_fold(stp_buf *out, const char *s, size_t n, int how);

/*! stp_fold_cp() : fold one code point. */
int32_t stp_fold_cp(int32_t cp, int how);

/*! stp_utf8_next() : decode the code point at s[*i], advance *i.
 *  Invalid bytes decode as U+FFFD and advance by one. */
int32_t stp_utf8_next(const char *s, size_t n, size_t *i);

/*! stp_utf8_put() : encode cp (valid scalar value) into d (4 bytes room).
 *  @return the number of bytes written. */
int stp_utf8_put(char *d, int32_t cp);

#endif
