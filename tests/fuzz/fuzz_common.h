/* fuzz_common.h - checks shared by the libFuzzer targets */
#ifndef STP_FUZZ_COMMON_H
#define STP_FUZZ_COMMON_H

#include "buf.h"
#include "rec.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* 1 when s[0..n) is valid UTF-8 (no overlongs, surrogates or > U+10FFFF) */
static inline int fz_utf8_valid(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        if (c < 0x80) { i++; continue; }
        size_t k;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) { k = 1; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { k = 2; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { k = 3; cp = c & 0x07; }
        else return 0;
        if (n - i <= k)
            return 0;
        for (size_t j = 1; j <= k; j++) {
            if ((p[i + j] & 0xC0) != 0x80)
                return 0;
            cp = cp << 6 | (p[i + j] & 0x3F);
        }
        if ((k == 2 && cp < 0x800) || (k == 3 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += k + 1;
    }
    return 1;
}

/* the records in out[0..len) must be whole lines that split; every doc
   record must parse and hold valid UTF-8 text; @return the doc count */
static inline size_t fz_check_records(const char *p, size_t len)
{
    size_t docs = 0;
    if (len && p[len - 1] != '\n')
        abort();
    stp_fields fs = {0};
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(p + i, '\n', len - i);
        size_t n = (size_t)(nl - (p + i));
        char *line = malloc(n + 1);
        if (!line)
            abort();
        memcpy(line, p + i, n);
        if (stp_fields_split(&fs, line, n) < 0)
            abort();
        if (stp_rec_kind_of(p + i, n) == STP_REC_DOC) {
            stp_doc d;
            if (stp_doc_parse(&fs, &d))
                abort();
            if (!fz_utf8_valid(d.text.s, d.text.n))
                abort();
            docs++;
        }
        free(line);
        i += n + 1;
    }
    stp_fields_free(&fs);
    return docs;
}

#endif
