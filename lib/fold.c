/* fold.c - case and diacritics folding, UTF-8 decoding and encoding */
#include "fold.h"
#include "err.h"

#include <pthread.h>
#include <string.h>
#include <utf8proc.h>

/* strict UTF-8 decoding: no overlongs, no surrogates, nothing past
 * U+10FFFF. @return the code point and its length in *len, or -1 (and
 * *len = 1) for an invalid byte. */
static int32_t utf8_decode(const unsigned char *s, size_t n, size_t *len)
{
    unsigned c = s[0];
    *len = 1;
    if (c < 0x80)
        return (int32_t)c;
    if (c < 0xC2 || c > 0xF4)
        return -1;
    if (c < 0xE0) {
        if (n < 2 || (s[1] & 0xC0) != 0x80)
            return -1;
        *len = 2;
        return (int32_t)(((c & 0x1F) << 6) | (s[1] & 0x3F));
    }
    if (c < 0xF0) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return -1;
        if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0))
            return -1; /* overlong or surrogate */
        *len = 3;
        return (int32_t)(((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F));
    }
    if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
        return -1;
    if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))
        return -1;
    *len = 4;
    return (int32_t)(((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6)
                     | (s[3] & 0x3F));
}

int32_t stp_utf8_next(const char *s, size_t n, size_t *i)
{
    size_t len;
    if (*i >= n)
        return -1;
    int32_t cp = utf8_decode((const unsigned char *)s + *i, n - *i, &len);
    *i += len;
    return cp < 0 ? 0xFFFD : cp;
}

int stp_utf8_put(char *d, int32_t cp)
{
    unsigned char *u = (unsigned char *)d;
    if (cp < 0x80) {
        u[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        u[0] = (unsigned char)(0xC0 | (cp >> 6));
        u[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        u[0] = (unsigned char)(0xE0 | (cp >> 12));
        u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    u[0] = (unsigned char)(0xF0 | (cp >> 18));
    u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    u[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

static int is_mark(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC
        || c == UTF8PROC_CATEGORY_ME;
}

/* the slow path: utf8proc's simple lower-case mapping (one code point to
 * one, so ß stays ß), and for marks the canonical decomposition with the
 * combining marks dropped, kept only when one code point remains */
static int32_t fold_slow(int32_t cp, int how)
{
    if (how & STP_FOLD_CASE)
        cp = utf8proc_tolower(cp);
    if (how & STP_FOLD_MARKS) {
        utf8proc_int32_t d[8];
        int last = 0;
        utf8proc_ssize_t k = utf8proc_decompose_char(cp, d, 8, UTF8PROC_DECOMPOSE, &last);
        if (k > 1 && k <= 8) {
            int32_t base = -1;
            int nbase = 0;
            for (utf8proc_ssize_t j = 0; j < k; j++)
                if (!is_mark(d[j])) {
                    base = d[j];
                    nbase++;
                }
            if (nbase == 1)
                cp = base;
        }
    }
    return cp;
}

/* Latin, Greek and Cyrillic folded once into a table: immutable after
 * initialisation, so safe to share between threads */
#define FOLD_TAB_MAX 0x600
static int32_t fold_tab[4][FOLD_TAB_MAX];
static pthread_once_t fold_once = PTHREAD_ONCE_INIT;

static void fold_tab_init(void)
{
    for (int how = 0; how < 4; how++)
        for (int32_t cp = 0; cp < FOLD_TAB_MAX; cp++)
            fold_tab[how][cp] = fold_slow(cp, how);
}

int32_t stp_fold_cp(int32_t cp, int how)
{
    how &= STP_FOLD_ALL;
    if (cp < 0x80) {
        if ((how & STP_FOLD_CASE) && cp >= 'A' && cp <= 'Z')
            return cp + 32;
        return cp;
    }
    if (cp < FOLD_TAB_MAX) {
        pthread_once(&fold_once, fold_tab_init);
        return fold_tab[how][cp];
    }
    if (cp > 0x10FFFF)
        return cp;
    return fold_slow(cp, how);
}

int stp_fold(stp_buf *out, const char *s, size_t n, int how)
{
    /* folding never makes a code point's encoding longer by more than a
     * byte or two; reserve generously once, then check as we go */
    if (stp_buf_reserve(out, n + 8))
        return STP_ENOMEM;
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        /* ASCII fast path: eight bytes at a time while all are ASCII (the
           reserve above leaves room for them), upper case to lower by
           adding 32 to the bytes in 'A'..'Z' */
        while (i + 8 <= n && out->cap - out->len >= 8) {
            uint64_t v;
            memcpy(&v, u + i, 8);
            if (v & 0x8080808080808080ull)
                break;
            if (how & STP_FOLD_CASE) {
                /* 0x80 in each byte >= 'A', and in each byte > 'Z' */
                uint64_t ge = v + 0x3F3F3F3F3F3F3F3Full;   /* 0x80 - 'A' = 0x3F */
                uint64_t gt = v + 0x2525252525252525ull;   /* 0x80 - 'Z' - 1 = 0x25 */
                uint64_t up = ge & ~gt & 0x8080808080808080ull;
                v |= up >> 2;                              /* + 32 = | 0x20 on A..Z */
            }
            memcpy(out->p + out->len, &v, 8);
            out->len += 8;
            i += 8;
        }
        while (i < n && u[i] < 0x80) {
            if (out->cap - out->len < 2 && stp_buf_reserve(out, 8 + n - i))
                return STP_ENOMEM;
            unsigned char c = u[i++];
            if ((how & STP_FOLD_CASE) && c >= 'A' && c <= 'Z')
                c += 32;
            out->p[out->len++] = (char)c;
        }
        if (i >= n)
            break;
        size_t len;
        int32_t cp = utf8_decode(u + i, n - i, &len);
        if (out->cap - out->len < 8 && stp_buf_reserve(out, 8 + n - i))
            return STP_ENOMEM;
        if (cp < 0) { /* invalid byte: copied as it is */
            out->p[out->len++] = (char)u[i++];
            continue;
        }
        i += len;
        if ((how & STP_FOLD_MARKS) && cp >= 0x300 && is_mark(cp))
            continue; /* a combining mark on its own */
        int32_t f = stp_fold_cp(cp, how);
        out->len += (size_t)stp_utf8_put(out->p + out->len, f);
    }
    return 0;
}
