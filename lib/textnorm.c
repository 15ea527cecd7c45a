/* textnorm.c - the text cleaning of normalize (see textnorm.h) */
#include "textnorm.h"
#include "err.h"
#include "html.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* 1 for the ASCII bytes copied as they are: graphic characters other than
   '&' (may start a reference) and '`' (becomes an apostrophe) */
static const unsigned char plain[256] = {
#define R8(x) x, x, x, x, x, x, x, x
    R8(0), R8(0), R8(0), R8(0),
    0, 1, 1, 1, 1, 1, 0, 1,  R8(1), R8(1), R8(1), R8(1), R8(1), R8(1), R8(1),
    0, 1, 1, 1, 1, 1, 1, 1,  R8(1), R8(1),
    1, 1, 1, 1, 1, 1, 1, 0,
    R8(0), R8(0), R8(0), R8(0), R8(0), R8(0), R8(0), R8(0),
    R8(0), R8(0), R8(0), R8(0), R8(0), R8(0), R8(0), R8(0),
#undef R8
};

typedef struct {
    stp_buf       *o;
    size_t         base;     /* where this text starts in o */
    unsigned       nl;       /* line feeds pending */
    int            sp;       /* a space pending */
    int            shy;      /* a soft hyphen since the last character */
    int            need_nfc;
    stp_tn_report *rep;
} emitter;

static int is_letter_cp(int32_t cp)
{
    if (cp < 0x80)
        return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
    int c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

static int is_lower_cp(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/* the code point that ends o[base..end), decoded backwards; *start gets
   its first byte (the output is always valid UTF-8) */
static int32_t last_cp(const stp_buf *o, size_t base, size_t end, size_t *start)
{
    size_t k = end;
    if (k <= base)
        return -1;
    k--;
    while (k > base && ((unsigned char)o->p[k] & 0xC0) == 0x80)
        k--;
    utf8proc_int32_t cp = -1;
    utf8proc_iterate((const utf8proc_uint8_t *)o->p + k, (utf8proc_ssize_t)(end - k), &cp);
    *start = k;
    return cp;
}

/* write what is pending before a character that is not white space */
static int flush_pending(emitter *e, int32_t next)
{
    stp_buf *o = e->o;
    if (o->len == e->base) {
        e->nl = 0;
        e->sp = 0;
    } else if (e->nl) {
        int joined = 0;
        if (e->nl == 1 && is_lower_cp(next)) {
            size_t st;
            int32_t p1 = last_cp(o, e->base, o->len, &st);
            if (p1 == '-' && !e->shy) {
                size_t st2;
                if (is_letter_cp(last_cp(o, e->base, st, &st2))) {
                    o->len = st;   /* drop the hyphen, join the word */
                    joined = 1;
                }
            } else if (e->shy && is_letter_cp(p1)) {
                joined = 1;
            }
        }
        if (!joined && stp_buf_put(o, "\n\n", e->nl > 1 ? 2 : 1))
            return STP_ENOMEM;
    } else if (e->sp) {
        if (stp_buf_putc(o, ' '))
            return STP_ENOMEM;
    }
    e->nl = 0;
    e->sp = 0;
    e->shy = 0;
    return 0;
}

static int put_ascii(emitter *e, int c)
{
    if (flush_pending(e, c))
        return STP_ENOMEM;
    return stp_buf_putc(e->o, c);
}

/* a code point past U+02FF that NFC may change or combine */
static int may_change_nfc(int32_t cp)
{
    if (cp >= 0x1100 && cp <= 0x11FF)
        return 1;  /* Hangul jamo */
    if (cp >= 0xAC00 && cp <= 0xD7A3)
        return 1;  /* Hangul syllables combine with trailing jamo */
    const utf8proc_property_t *p = utf8proc_get_property(cp);
    if (p->combining_class != 0 || p->comp_exclusion)
        return 1;
    if (p->category == UTF8PROC_CATEGORY_MN || p->category == UTF8PROC_CATEGORY_MC
        || p->category == UTF8PROC_CATEGORY_ME)
        return 1;
    return p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0;
}

static int put_cp(emitter *e, int32_t cp)
{
    if (cp < 0x80)
        return put_ascii(e, (int)cp);
    if (flush_pending(e, cp))
        return STP_ENOMEM;
    if (cp >= 0x300 && !e->need_nfc && may_change_nfc(cp))
        e->need_nfc = 1;
    utf8proc_uint8_t tmp[4];
    utf8proc_ssize_t k = utf8proc_encode_char(cp, tmp);
    return stp_buf_put(e->o, tmp, (size_t)k);
}

static void space(emitter *e)
{
    if (!e->nl)
        e->sp = 1;
}

static void line_feed(emitter *e, unsigned k)
{
    e->nl += k;
    e->sp = 0;
}

/* one decoded code point, with the mapping of docs/NORMALIZE.md */
static int handle_cp(emitter *e, int32_t cp)
{
    switch (cp) {
    case '\n': line_feed(e, 1); return 0;
    case '\r': line_feed(e, 1); return 0;   /* CRLF is handled by the caller */
    case '\t': case ' ': space(e); return 0;
    case 0: e->rep->nul++; return 0;
    case 0x85: line_feed(e, 1); return 0;   /* NEL */
    case 0x2028: line_feed(e, 1); return 0;
    case 0x2029: line_feed(e, 2); return 0;
    case 0xAD: e->shy = 1; return 0;
    case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F:
    case 0x2060: case 0xFEFF:
        return 0;
    case 0x201E: case 0x201C: case 0x201D: case 0x201F: case 0xAB: case 0xBB:
    case 0x2033: case 0x301D: case 0x301E: case 0x301F: case 0xFF02:
        return put_ascii(e, '"');
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039: case 0x203A:
    case 0x2032: case 0x02BC: case 0xFF07: case '`':
        return put_ascii(e, '\'');
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0x2043: case 0xFE58: case 0xFE63: case 0xFF0D:
        return put_ascii(e, '-');
    case 0x2026:
        if (put_ascii(e, '.'))
            return STP_ENOMEM;
        return stp_buf_put(e->o, "..", 2);
    default:
        break;
    }
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
        e->rep->controls++;
        return 0;
    }
    if (cp == 0xA0 || (cp >= 0x1680 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS)) {
        space(e);
        return 0;
    }
    return put_cp(e, cp);
}

/* decode one UTF-8 sequence; -1 for an invalid one, *len then being the
   length of its maximal invalid part (one U+FFFD each, as Unicode
   recommends) */
static int32_t decode(const unsigned char *s, size_t n, size_t *len)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *len = 1;
        return (int32_t)c;
    }
    size_t need;
    unsigned lo = 0x80, hi = 0xBF;
    int32_t cp;
    if (c < 0xC2) {
        *len = 1;
        return -1;
    } else if (c < 0xE0) {
        need = 1;
        cp = c & 0x1F;
    } else if (c < 0xF0) {
        need = 2;
        cp = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c < 0xF5) {
        need = 3;
        cp = c & 0x07;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        *len = 1;
        return -1;
    }
    for (size_t k = 1; k <= need; k++) {
        unsigned b = k < n ? s[k] : 0x100;
        unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (b < l || b > h) {
            *len = k;
            return -1;
        }
        cp = (cp << 6) | (int32_t)(b & 0x3F);
    }
    *len = need + 1;
    return cp;
}

static int nfc(stp_buf *o, size_t base)
{
    utf8proc_uint8_t *dst = NULL;
    utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)o->p + base,
                                      (utf8proc_ssize_t)(o->len - base), &dst,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (r < 0)
        return STP_ENOMEM;  /* the text is valid UTF-8: only memory can fail */
    o->len = base;
    int rc = stp_buf_put(o, dst, (size_t)r);
    free(dst);
    return rc;
}

static int clean(emitter *e, const unsigned char *s, size_t n)
{
    stp_buf *o = e->o;
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        if (plain[c]) {
            /* the fast path: a run of ordinary ASCII, single spaces and
               line breaks between them, Latin letters U+00C0..U+027F */
            size_t j = i + 1;
            while (j < n) {
                unsigned d = s[j];
                if (plain[d]) {
                    j++;
                } else if ((d == ' ' || d == '\n') && j + 1 < n && plain[s[j + 1]]
                           && s[j - 1] != '-') {
                    j += 2;
                } else if (d >= 0xC3 && d <= 0xC9 && j + 1 < n && (s[j + 1] & 0xC0) == 0x80) {
                    j += 2;
                } else {
                    break;
                }
            }
            if (flush_pending(e, (int32_t)c) || stp_buf_put(o, s + i, j - i))
                return STP_ENOMEM;
            i = j;
            continue;
        }
        if (c == '&') {
            uint32_t cp;
            size_t k = stp_html_entity((const char *)s + i, n - i, &cp);
            if (k) {
                if (handle_cp(e, (int32_t)cp))
                    return STP_ENOMEM;
                i += k;
                continue;
            }
            if (put_ascii(e, '&'))
                return STP_ENOMEM;
            i++;
            continue;
        }
        if (c == '\r' && i + 1 < n && s[i + 1] == '\n') {
            i++;  /* CRLF: the LF does it */
            continue;
        }
        size_t len;
        int32_t cp = decode(s + i, n - i, &len);
        if (cp < 0) {
            if (e->rep->bad_utf8++ == 0)
                e->rep->bad_utf8_first = i;
            cp = 0xFFFD;
        }
        if (handle_cp(e, cp))
            return STP_ENOMEM;
        i += len;
    }
    return 0;
}

int stp_tn_clean(stp_buf *out, const char *s, size_t n, stp_tn_report *rep)
{
    stp_tn_report dummy;
    if (!rep) {
        memset(&dummy, 0, sizeof dummy);
        rep = &dummy;
    }
    emitter e = { out, out->len, 0, 0, 0, 0, rep };
    if (stp_buf_reserve(out, n) || clean(&e, (const unsigned char *)s, n)
        || (e.need_nfc && nfc(out, e.base))) {
        out->len = e.base;
        return STP_ENOMEM;
    }
    return 0;
}
