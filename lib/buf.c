/* buf.c - growable byte buffer and field escaping */
#include "buf.h"
#include "err.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int stp_buf_reserve(stp_buf *b, size_t extra)
{
    if (b->cap - b->len > extra)
        return 0;
    /* len + extra + 1 must not wrap (extra = SIZE_MAX wrapped to len itself
       and passed as room) */
    if (extra > SIZE_MAX - 1 - b->len)
        return STP_ENOMEM;
    size_t need = b->len + extra + 1;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need) {
        if (cap > SIZE_MAX / 2)
            return STP_ENOMEM;
        cap *= 2;
    }
    char *p = realloc(b->p, cap);
    if (!p)
        return STP_ENOMEM;
    b->p = p;
    b->cap = cap;
    return 0;
}

int stp_buf_put(stp_buf *b, const void *src, size_t n)
{
    if (stp_buf_reserve(b, n))
        return STP_ENOMEM;
    if (n)
        memcpy(b->p + b->len, src, n);
    b->len += n;
    return 0;
}

int stp_buf_putc(stp_buf *b, int c)
{
    if (stp_buf_reserve(b, 1))
        return STP_ENOMEM;
    b->p[b->len++] = (char)c;
    return 0;
}

int stp_buf_puts(stp_buf *b, const char *s)
{
    return stp_buf_put(b, s, strlen(s));
}

int stp_buf_putu(stp_buf *b, uint64_t v)
{
    if (stp_buf_reserve(b, 20))
        return STP_ENOMEM;
    b->len = (size_t)(stp_u64_to(b->p + b->len, v) - b->p);
    return 0;
}

int stp_buf_putf(stp_buf *b, double v, int decimals)
{
    char tmp[64];
    int n = snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
    if (n < 0 || (size_t)n >= sizeof tmp)
        return STP_EINVAL;
    return stp_buf_put(b, tmp, (size_t)n);
}

/* nonzero when some byte of v is c: the classic test for a zero byte, on
   v with c's bytes cleared (exact about whether, not about which) */
static inline uint64_t has_byte(uint64_t v, unsigned char c)
{
    uint64_t x = v ^ (0x0101010101010101ull * c);
    return (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
}

char *stp_esc_to(char *d, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        /* eight bytes at a time where none needs escaping (most of a text:
           paragraphs break it, control characters are gone), else one by
           one up to the next eight */
        if (i + 8 <= n) {
            uint64_t v;
            memcpy(&v, s + i, 8);
            if (!(has_byte(v, '\\') | has_byte(v, '\t') | has_byte(v, '\n') | has_byte(v, '\r'))) {
                memcpy(d, &v, 8);
                d += 8;
                i += 8;
                continue;
            }
        }
        for (size_t e = i + 8 < n ? i + 8 : n; i < e; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c > '\\' || (c != '\\' && c != '\t' && c != '\n' && c != '\r')) {
                *d++ = (char)c;
                continue;
            }
            *d++ = '\\';
            *d++ = c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        }
    }
    return d;
}

char *stp_u64_to(char *d, uint64_t v)
{
    char tmp[24];
    int i = (int)sizeof tmp;
    do {
        tmp[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    memcpy(d, tmp + i, sizeof tmp - (size_t)i);
    return d + (sizeof tmp - (size_t)i);
}

int stp_buf_put_esc(stp_buf *b, const char *s, size_t n)
{
    /* worst case doubles the length */
    if (n > SIZE_MAX / 2 || stp_buf_reserve(b, 2 * n))
        return STP_ENOMEM;
    b->len = (size_t)(stp_esc_to(b->p + b->len, s, n) - b->p);
    return 0;
}

char *stp_buf_cstr(stp_buf *b)
{
    if (stp_buf_reserve(b, 1))
        return NULL;
    b->p[b->len] = '\0';
    return b->p;
}

void stp_buf_free(stp_buf *b)
{
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

long stp_unescape(char *s, size_t n)
{
    char *bs = memchr(s, '\\', n);
    if (!bs)
        return (long)n;
    /* from the first backslash on, the text between escapes moves down by
       one byte per escape: chunk by chunk (a text has a "\n" per paragraph) */
    size_t w = (size_t)(bs - s), r = w;
    for (;;) {
        /* s[r] == '\\' */
        if (++r == n)
            return STP_EESCAPE;
        switch (s[r]) {
        case '\\': s[w++] = '\\'; break;
        case 't':  s[w++] = '\t'; break;
        case 'n':  s[w++] = '\n'; break;
        case 'r':  s[w++] = '\r'; break;
        default:   return STP_EESCAPE;
        }
        r++;
        char *next = r < n ? memchr(s + r, '\\', n - r) : NULL;
        size_t e = next ? (size_t)(next - s) : n;
        memmove(s + w, s + r, e - r);
        w += e - r;
        r = e;
        if (!next)
            return (long)w;
    }
}

int stp_array_grow_(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 64;
    while (c < need) {
        if (c > SIZE_MAX / 2 / size)
            return STP_ENOMEM;
        c *= 2;
    }
    void *q = realloc(*p, c * size);
    if (!q)
        return STP_ENOMEM;
    *p = q;
    *cap = c;
    return 0;
}
