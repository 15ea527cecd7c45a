/* json.h - a small strict JSON reader for one object per line (JSONL)
 *
 * stp_json_parse() reads one JSON text that must be an object and keeps
 * its top-level members: strings are decoded (every escape, \uXXXX with
 * surrogate pairs; a lone surrogate becomes U+FFFD), numbers, true, false
 * and null are kept as their source text, nested arrays and objects are
 * checked and skipped (nesting deeper than STP_JSON_MAX_DEPTH is an error;
 * the reader does not recurse, so no input can overflow the stack).
 * Bytes of strings are not checked as UTF-8: the caller repairs them.
 * Raw control characters inside strings are errors, as RFC 8259 says.
 *
 * The members and their decoded strings belong to the stp_json object and
 * stay valid until the next stp_json_parse() or stp_json_free(). One
 * object per thread.
 */
#ifndef STP_JSON_H
#define STP_JSON_H

#include "buf.h"

#include <stddef.h>

#define STP_JSON_MAX_DEPTH 64

typedef enum {
    STP_JSON_STRING = 1,
    STP_JSON_NUMBER,
    STP_JSON_TRUE,
    STP_JSON_FALSE,
    STP_JSON_NULL,
    STP_JSON_ARRAY,    /* skipped: val is empty */
    STP_JSON_OBJECT    /* skipped: val is empty */
} stp_json_type;

typedef struct {
    stp_str       key;
    stp_json_type type;
    stp_str       val;   /* decoded string, or the number's text */
} stp_json_member;

typedef struct {
    stp_json_member *m;
    size_t           n, cap;
    stp_buf          strings;     /* decoded keys and strings */
    size_t           err_off;     /* byte offset of the error */
    const char      *err_msg;     /* static text naming the error */
} stp_json;

/*! stp_json_parse() : read the object in s[0..n) (white space around it
 *  is allowed, nothing else).
 *  @return 0, STP_EJSON (err_off and err_msg say where and why: also for
 *  a valid JSON text that is not an object), or STP_ENOMEM. */
int stp_json_parse(stp_json *j, const char *s, size_t n);

/*! stp_json_get() : the first top-level member named key, or NULL. */
const stp_json_member *stp_json_get(const stp_json *j, const char *key);

/* release what j holds; a zeroed stp_json is valid and empty */
void stp_json_free(stp_json *j);

#endif
