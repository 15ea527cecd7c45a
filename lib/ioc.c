/* ioc.c - indicators of compromise found by pattern (see ioc.h) */
#include "ioc.h"
#include "err.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---- top-level domains ---------------------------------------------------
 * All two-letter country codes in the root zone, the generic TLDs that
 * news and threat reports use, and the reserved names of RFC 2606/6761
 * (example, test, invalid, localhost, local) that reports and documentation
 * use for placeholder indicators. Sorted: looked up by binary search. A
 * defanged name ("update-mail[.]example") takes any letter TLD. */
static const char *const tlds[] = {
    "ac", "academy", "accountant", "ad", "ae", "aero", "af", "ag", "agency", "ai",
    "al", "am", "ao", "app", "aq", "ar", "arpa", "art", "as", "asia", "at", "au",
    "aw", "ax", "az", "ba", "bank", "bar", "bb", "bd", "be", "best", "bf", "bg",
    "bh", "bi", "bid", "bio", "biz", "bj", "blog", "bm", "bn", "bo", "br", "bs",
    "bt", "buzz", "bw", "by", "bz", "ca", "cam", "cat", "cc", "cd", "center", "cf",
    "cg", "ch", "ci", "ck", "cl", "click", "cloud", "club", "cm", "cn", "co",
    "codes", "com", "company", "coop", "cr", "cu", "cv", "cw", "cx", "cy", "cyou",
    "cz", "date", "de", "dev", "digital", "dj", "dk", "dm", "do", "download", "dz",
    "ec", "edu", "ee", "eg", "email", "er", "es", "et", "eu", "events", "example",
    "fi", "fj", "fk", "fm", "fo", "fr", "fun", "ga", "gb", "gd", "ge", "gf", "gg",
    "gh", "gi", "gl", "global", "gm", "gn", "gov", "gp", "gq", "gr", "group", "gs",
    "gt", "gu", "gw", "gy", "hk", "hm", "hn", "host", "hr", "ht", "hu", "icu", "id",
    "ie", "il", "im", "in", "inc", "info", "int", "invalid", "io", "iq", "ir", "is",
    "it", "je", "jm", "jo", "jobs", "jp", "ke", "kg", "kh", "ki", "kim", "km", "kn",
    "kp", "kr", "kw", "ky", "kz", "la", "lb", "lc", "li", "life", "link", "live",
    "lk", "llc", "loan", "local", "localhost", "lol", "lr", "ls", "lt", "ltd", "lu",
    "lv", "ly", "ma", "mc", "md", "me", "media", "men", "mg", "mh", "mil", "mk",
    "ml", "mm", "mn", "mo", "mobi", "moe", "mp", "mq", "mr", "ms", "mt", "mu",
    "museum", "mv", "mw", "mx", "my", "mz", "na", "name", "nc", "ne", "net",
    "network", "news", "nf", "ng", "ni", "ninja", "nl", "no", "np", "nr", "nu",
    "nz", "om", "one", "onion", "online", "org", "pa", "page", "party", "pe", "pf",
    "pg", "ph", "pk", "pl", "plus", "pm", "pn", "post", "pr", "press", "pro", "ps",
    "pt", "pw", "py", "qa", "racing", "re", "review", "ro", "rs", "ru", "run", "rw",
    "sa", "sb", "sc", "science", "sd", "se", "security", "services", "sg", "sh",
    "shop", "si", "site", "sk", "sl", "sm", "sn", "so", "solutions", "space", "sr",
    "ss", "st", "store", "stream", "su", "support", "sv", "sx", "sy", "systems",
    "sz", "tc", "td", "tech", "tel", "test", "tf", "tg", "th", "tj", "tk", "tl",
    "tm", "tn", "to", "today", "top", "tr", "trade", "travel", "tt", "tv", "tw",
    "tz", "ua", "ug", "uk", "us", "uy", "uz", "va", "vc", "ve", "vg", "vi", "vip",
    "vn", "vu", "website", "wf", "wiki", "win", "work", "world", "ws", "wtf", "xxx",
    "xyz", "ye", "yt", "za", "zip", "zm", "zone", "zw",
};

/* last labels that, in running text, more often end a file name */
static const char *const file_exts[] = { "md", "mov", "ps", "py", "rs", "sh", "so", "zip" };

static int lc(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_hex(int c) { return is_digit(c) || (lc(c) >= 'a' && lc(c) <= 'f'); }
static int hexval(int c) { return is_digit(c) ? c - '0' : lc(c) - 'a' + 10; }

static int cmp_ci(const char *a, size_t an, const char *b)
{
    size_t i = 0;
    for (; i < an && b[i]; i++) {
        int d = lc((unsigned char)a[i]) - (unsigned char)b[i];
        if (d)
            return d;
    }
    if (i < an)
        return 1;
    return b[i] ? -1 : 0;
}

static int in_list(const char *const *list, size_t n, const char *s, size_t len)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = cmp_ci(s, len, list[mid]);
        if (c == 0)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

int stp_ioc_is_tld(const char *s, size_t n)
{
    if (n >= 5 && cmp_ci(s, 4, "xn--") == 0)
        return 1;
    return in_list(tlds, sizeof tlds / sizeof *tlds, s, n);
}

const char *stp_ioc_type(int kind)
{
    switch (kind) {
    case STP_IOC_CVE: return "VULN";
    case STP_IOC_IPV4: case STP_IOC_IPV6: return "IP";
    case STP_IOC_DOMAIN: return "DOMAIN";
    case STP_IOC_URL: return "URL";
    case STP_IOC_EMAIL: return "EMAIL";
    case STP_IOC_HASH: return "HASH";
    default: return "";
    }
}

/* ---- refanging ---------------------------------------------------------- */

/* does s[i..n) start with w (ASCII, any case)? */
static int at_ci(const char *s, size_t n, size_t i, const char *w)
{
    size_t k = 0;
    for (; w[k]; k++)
        if (i + k >= n || lc((unsigned char)s[i + k]) != w[k])
            return 0;
    return (int)k;
}

/* append the refanged s to out; *defanged set when something was replaced */
static int refang(stp_buf *out, const char *s, size_t n, int *defanged)
{
    static const struct { const char *from, *to; } subs[] = {
        { "[.]", "." }, { "(.)", "." }, { "{.}", "." }, { "[dot]", "." },
        { "(dot)", "." }, { "{dot}", "." }, { "[:]", ":" }, { "[://]", "://" },
        { "[/]", "/" }, { "[at]", "@" }, { "(at)", "@" }, { "{at}", "@" },
        { "[@]", "@" },
    };
    *defanged = 0;
    size_t i = 0;
    int k;
    if ((k = at_ci(s, n, 0, "hxxps")) || (k = at_ci(s, n, 0, "hxxp"))) {
        if (stp_buf_put(out, k == 5 ? "https" : "http", (size_t)k))
            return STP_ENOMEM;
        i = (size_t)k;
        *defanged = 1;
    }
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == '[' || c == '(' || c == '{') {
            size_t j;
            for (j = 0; j < sizeof subs / sizeof *subs; j++)
                if ((k = at_ci(s, n, i, subs[j].from)))
                    break;
            if (j < sizeof subs / sizeof *subs) {
                if (stp_buf_puts(out, subs[j].to))
                    return STP_ENOMEM;
                i += (size_t)k;
                *defanged = 1;
                continue;
            }
        }
        if (stp_buf_putc(out, c))
            return STP_ENOMEM;
        i++;
    }
    return 0;
}

/* ---- validators over refanged text --------------------------------------- */

static int is_cve(const char *s, size_t n)
{
    if (n < 13 || !at_ci(s, n, 0, "cve-"))
        return 0;
    for (size_t i = 4; i < 8; i++)
        if (!is_digit(s[i]))
            return 0;
    if (s[8] != '-')
        return 0;
    for (size_t i = 9; i < n; i++)
        if (!is_digit(s[i]))
            return 0;
    return n - 9 >= 4 && n - 9 <= 9;
}

static int is_hash(const char *s, size_t n)
{
    if (n != 32 && n != 40 && n != 64 && n != 128)
        return 0;
    int dig = 0, let = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_digit(s[i]))
            dig = 1;
        else if (is_hex(s[i]))
            let = 1;
        else
            return 0;
    }
    return dig && let;
}

static int is_ipv4(const char *s, size_t n)
{
    size_t i = 0;
    for (int part = 0; part < 4; part++) {
        if (part) {
            if (i >= n || s[i] != '.')
                return 0;
            i++;
        }
        size_t d0 = i;
        unsigned v = 0;
        while (i < n && is_digit(s[i]) && i - d0 < 4)
            v = v * 10 + (unsigned)(s[i++] - '0');
        size_t nd = i - d0;
        if (nd == 0 || nd > 3 || v > 255 || (nd > 1 && s[d0] == '0'))
            return 0;
    }
    return i == n;
}

/* parse IPv6 into 8 groups; @return 1 if valid */
static int parse_ipv6(const char *s, size_t n, uint16_t g[8])
{
    uint16_t head[8], tail[8];
    int nh = 0, nt = 0, gap = 0, digits = 0;
    size_t i = 0;
    if (n < 2 || n > 45)
        return 0;
    if (s[0] == ':') {
        if (s[1] != ':')
            return 0;
        gap = 1;
        i = 2;
    }
    while (i < n) {
        /* embedded IPv4 at the end */
        size_t j = i;
        while (j < n && s[j] != ':')
            j++;
        if (j == n && memchr(s + i, '.', n - i)) {
            if (!is_ipv4(s + i, n - i) || nh + nt > 6)
                return 0;
            unsigned o[4] = {0};
            size_t k = i;
            for (int p = 0; p < 4; p++) {
                while (k < n && is_digit(s[k]))
                    o[p] = o[p] * 10 + (unsigned)(s[k++] - '0');
                k++;
            }
            uint16_t *a = gap ? tail : head;
            int *na = gap ? &nt : &nh;
            a[(*na)++] = (uint16_t)(o[0] << 8 | o[1]);
            a[(*na)++] = (uint16_t)(o[2] << 8 | o[3]);
            digits = 1;
            i = n;
            break;
        }
        if (j == i || j - i > 4)
            return 0;
        unsigned v = 0;
        for (size_t k = i; k < j; k++) {
            if (!is_hex(s[k]))
                return 0;
            v = v << 4 | (unsigned)hexval(s[k]);
        }
        digits = 1;
        if (nh + nt >= 8)
            return 0;
        if (gap)
            tail[nt++] = (uint16_t)v;
        else
            head[nh++] = (uint16_t)v;
        i = j;
        if (i == n)
            break;
        /* at ':' */
        if (i + 1 < n && s[i + 1] == ':') {
            if (gap)
                return 0;
            gap = 1;
            i += 2;
        } else {
            i++;
            if (i == n)
                return 0;   /* trailing single ':' */
        }
    }
    if (!digits && !gap)
        return 0;
    if (gap ? nh + nt > 7 : nh != 8)
        return 0;
    if (!digits)
        return 0;   /* "::" alone is not worth reporting */
    int k = 0;
    for (int x = 0; x < nh; x++)
        g[k++] = head[x];
    for (int x = 0; x < 8 - nh - nt; x++)
        g[k++] = 0;
    for (int x = 0; x < nt; x++)
        g[k++] = tail[x];
    return 1;
}

static int put_ipv6(stp_buf *out, const uint16_t g[8])
{
    int best = -1, bestlen = 1;
    for (int i = 0; i < 8;) {
        if (g[i]) {
            i++;
            continue;
        }
        int j = i;
        while (j < 8 && !g[j])
            j++;
        if (j - i > bestlen) {
            best = i;
            bestlen = j - i;
        }
        i = j;
    }
    char tmp[48];
    size_t t = 0;
    static const char hx[] = "0123456789abcdef";
    for (int i = 0; i < 8; i++) {
        if (i == best) {
            tmp[t++] = ':';
            if (i == 0)
                tmp[t++] = ':';
            i += bestlen - 1;
            continue;
        }
        int started = 0;
        for (int sh = 12; sh >= 0; sh -= 4) {
            int d = (g[i] >> sh) & 15;
            if (d || started || sh == 0) {
                tmp[t++] = hx[d];
                started = 1;
            }
        }
        if (i < 7)
            tmp[t++] = ':';
    }
    return stp_buf_put(out, tmp, t);
}

enum {
    DOM_URL = 1,        /* context: inside a URL (file-name rules off) */
    DOM_DEFANGED = 2    /* the text was defanged: any letter TLD, no prose rules */
};

static int is_domain(const char *s, size_t n, int ctx)
{
    if (n < 4 || n > 253)
        return 0;
    size_t nlab = 0, lab0 = 0, last0 = 0;
    int upper = 0, lower = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '.') {
            size_t ll = i - lab0;
            if (ll == 0 || ll > 63 || s[lab0] == '-' || s[i - 1] == '-')
                return 0;
            nlab++;
            last0 = lab0;
            lab0 = i + 1;
            continue;
        }
        unsigned char c = (unsigned char)s[i];
        if (c >= 'a' && c <= 'z')
            lower = 1;
        else if (c >= 'A' && c <= 'Z')
            upper = 1;
        else if (!is_digit(c) && c != '-' && c != '_')
            return 0;
    }
    if (nlab < 2)
        return 0;
    const char *tld = s + last0;
    size_t tn = n - last0;
    if (tn < 2)
        return 0;
    int tup = 0, tlow = 0;
    for (size_t i = 0; i < tn; i++) {
        if (!is_alpha(tld[i]) && !(tn >= 5 && i < 4))
            return 0;
        if (tld[i] >= 'A' && tld[i] <= 'Z')
            tup = 1;
        else if (tld[i] >= 'a' && tld[i] <= 'z')
            tlow = 1;
    }
    if (ctx & DOM_DEFANGED)
        return 1;               /* nobody defangs prose: every label checked above */
    if (!stp_ioc_is_tld(tld, tn))
        return 0;
    if (ctx & DOM_URL)
        return 1;
    if (tup && tlow)
        return 0;                 /* "end.It": a missing space, not a domain */
    if (upper && !lower && nlab == 2)
        return 0;                 /* "ASP.NET" */
    if (in_list(file_exts, sizeof file_exts / sizeof *file_exts, tld, tn))
        return 0;                 /* "setup.sh", "notes.md" */
    return 1;
}

static int put_lower(stp_buf *out, const char *s, size_t n)
{
    if (stp_buf_reserve(out, n))
        return STP_ENOMEM;
    for (size_t i = 0; i < n; i++)
        out->p[out->len++] = (char)lc((unsigned char)s[i]);
    return 0;
}

/* host[:port] of a URL: a domain, an IPv4 address or [IPv6] */
static int url_host_ok(const char *h, size_t n, int ctx)
{
    if (n && h[0] == '[') {
        const char *e = memchr(h, ']', n);
        uint16_t g[8];
        if (!e || !parse_ipv6(h + 1, (size_t)(e - h - 1), g))
            return 0;
        size_t rest = n - (size_t)(e - h) - 1;
        return rest == 0 || e[1] == ':';
    }
    const char *c = memchr(h, ':', n);
    size_t hn = c ? (size_t)(c - h) : n;
    if (c)
        for (const char *p = c + 1; p < h + n; p++)
            if (!is_digit(*p))
                return 0;
    return is_ipv4(h, hn) || is_domain(h, hn, DOM_URL | ctx)
        || (hn == 9 && cmp_ci(h, 9, "localhost") == 0);
}

/* what is trimmed off a chunk's start and end */
static inline int is_opener(char c)
{
    switch (c) {
    case '(': case '[': case '{': case '<': case '"': case '\'':
        return 1;
    default:
        return 0;
    }
}

static inline int is_trailer(char c)
{
    switch (c) {
    case '.': case ',': case ';': case ':': case '!': case '?': case '"': case '\'': case '>':
        return 1;
    default:
        return 0;
    }
}

static int is_email_local(const char *s, size_t n)
{
    if (n == 0 || n > 64 || s[0] == '.' || s[n - 1] == '.')
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!is_alpha(c) && !is_digit(c) && !strchr("._%+-", c))
            return 0;
    }
    return 1;
}

static int classify_refanged(const char *r, size_t n, int ctx, stp_buf *value)
{
    if (is_cve(r, n)) {
        if (put_lower(value, r, n))
            return STP_ENOMEM;
        for (size_t i = 0; i < 3; i++)
            value->p[i] = (char)(value->p[i] - 32);
        return STP_IOC_CVE;
    }
    if (is_hash(r, n))
        return put_lower(value, r, n) ? STP_ENOMEM : STP_IOC_HASH;
    /* URL with a scheme */
    static const char *const schemes[] = { "https://", "http://", "ftp://", "sftp://",
                                           "wss://", "ws://" };
    for (size_t k = 0; k < sizeof schemes / sizeof *schemes; k++) {
        int sl = at_ci(r, n, 0, schemes[k]);
        if (!sl)
            continue;
        size_t h0 = (size_t)sl, h1 = h0;
        while (h1 < n && r[h1] != '/' && r[h1] != '?' && r[h1] != '#')
            h1++;
        /* userinfo */
        size_t hs = h0;
        for (size_t i = h0; i < h1; i++)
            if (r[i] == '@')
                hs = i + 1;
        if (!url_host_ok(r + hs, h1 - hs, ctx))
            return STP_IOC_NONE;
        if (put_lower(value, r, (size_t)sl) || stp_buf_put(value, r + h0, hs - h0)
            || put_lower(value, r + hs, h1 - hs) || stp_buf_put(value, r + h1, n - h1))
            return STP_ENOMEM;
        return STP_IOC_URL;
    }
    const char *at = memchr(r, '@', n);
    if (at) {
        size_t ln = (size_t)(at - r);
        if (memchr(at + 1, '@', n - ln - 1) || !is_email_local(r, ln)
            || !is_domain(at + 1, n - ln - 1, DOM_URL | ctx))
            return STP_IOC_NONE;
        return put_lower(value, r, n) ? STP_ENOMEM : STP_IOC_EMAIL;
    }
    if (is_ipv4(r, n))
        return stp_buf_put(value, r, n) ? STP_ENOMEM : STP_IOC_IPV4;
    if (memchr(r, ':', n)) {
        uint16_t g[8];
        int colons = 0;
        for (size_t i = 0; i < n; i++)
            colons += r[i] == ':';
        if (colons >= 2 && parse_ipv6(r, n, g))
            return put_ipv6(value, g) ? STP_ENOMEM : STP_IOC_IPV6;
        return STP_IOC_NONE;
    }
    /* domain/path without a scheme */
    const char *sl = memchr(r, '/', n);
    if (sl) {
        size_t hn = (size_t)(sl - r);
        if (hn == 0 || !(is_domain(r, hn, ctx) || is_ipv4(r, hn)))
            return STP_IOC_NONE;
        int digits_only = 1;
        for (const char *p = sl + 1; p < r + n; p++)
            if (!is_digit(*p))
                digits_only = 0;
        if (digits_only)
            return STP_IOC_NONE;    /* 10.0.0.0/8: the address alone, by the scanner */
        if (put_lower(value, r, hn) || stp_buf_put(value, sl, n - hn))
            return STP_ENOMEM;
        return STP_IOC_URL;
    }
    if (is_domain(r, n, ctx))
        return put_lower(value, r, n) ? STP_ENOMEM : STP_IOC_DOMAIN;
    return STP_IOC_NONE;
}

int stp_ioc_classify(const char *s, size_t n, stp_buf *value)
{
    stp_buf_reset(value);
    if (n < 3)
        return STP_IOC_NONE;
    char stack[256];
    stp_buf tmp = {0};
    const char *r = s;
    size_t rn = n;
    int defanged = 0;
    if (memchr(s, '[', n) || memchr(s, '(', n) || memchr(s, '{', n)
        || (n > 4 && (s[1] == 'x' || s[1] == 'X'))) {
        /* refang into a stack buffer when it fits */
        stp_buf sb = { stack, 0, sizeof stack };
        int big = n + 8 >= sizeof stack;
        stp_buf *o = big ? &tmp : &sb;
        if (refang(o, s, n, &defanged)) {
            stp_buf_free(&tmp);
            return STP_ENOMEM;
        }
        r = o->p;
        rn = o->len;
    }
    /* a defanged form without any [.] etc. is still plain text */
    int kind = classify_refanged(r, rn, defanged ? DOM_DEFANGED : 0, value);
    stp_buf_free(&tmp);
    return kind;
}

/* ---- the scanner --------------------------------------------------------- */

/* byte classes of the chunk scanner: an ASCII space; the first byte of a
 * no-break or other Unicode space (is_space_at decides); a mark that makes
 * a chunk worth classifying (. : @ and opening brackets) */
enum { SC_SPACE = 1, SC_MAYBE_SPACE = 2, SC_MARK = 4 };
static const unsigned char SCAN_CLASS[256] = {
    [' '] = SC_SPACE, ['\t'] = SC_SPACE, ['\n'] = SC_SPACE, ['\r'] = SC_SPACE,
    ['\f'] = SC_SPACE, ['\v'] = SC_SPACE, [0xC2] = SC_MAYBE_SPACE, [0xE2] = SC_MAYBE_SPACE,
    ['.'] = SC_MARK, [':'] = SC_MARK, ['@'] = SC_MARK, ['['] = SC_MARK, ['('] = SC_MARK,
    ['{'] = SC_MARK,
};

static inline int is_space_at(const char *s, size_t n, size_t i, size_t *w)
{
    unsigned char c = (unsigned char)s[i];
    if (c > ' ' && c < 0x80)
        return 0;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        *w = 1;
        return 1;
    }
    if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
        *w = 2;
        return 1;
    }
    if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80
        && ((unsigned char)s[i + 2] >= 0x80 && (unsigned char)s[i + 2] <= 0x8B)) {
        *w = 3;   /* U+2000..U+200B */
        return 1;
    }
    return 0;
}

/* multi-byte quotes and ellipsis: „ “ ” ‘ ’ ‚ « » … */
static size_t quote_len(const char *s, size_t n, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c == 0xC2 && i + 1 < n && ((unsigned char)s[i + 1] == 0xAB || (unsigned char)s[i + 1] == 0xBB))
        return 2;
    if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
        unsigned char d = (unsigned char)s[i + 2];
        if ((d >= 0x98 && d <= 0x9F) || d == 0xA6)
            return 3;
    }
    return 0;
}

/* start of the multi-byte quote ending at e (exclusive), or 0 */
static size_t quote_len_before(const char *s, size_t a, size_t e)
{
    if (e >= a + 2 && quote_len(s, e, e - 2) == 2)
        return 2;
    if (e >= a + 3 && quote_len(s, e, e - 3) == 3)
        return 3;
    return 0;
}

static int count_c(const char *s, size_t a, size_t b, char c)
{
    int k = 0;
    for (size_t i = a; i < b; i++)
        k += s[i] == c;
    return k;
}

/* is the word before byte a one that introduces a version number? */
static int after_version_word(const char *s, size_t a)
{
    size_t e = a;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--;
    if (e == a)
        return 0;
    size_t b = e;
    while (b > 0 && (is_alpha(s[b - 1]) || s[b - 1] == '.' || (unsigned char)s[b - 1] >= 0x80))
        b--;
    static const char *const words[] = { "build", "release", "v", "v.", "ver", "ver.",
                                         "verze", "verzi", "verz\xc3\xad", "version",
                                         "versions" };
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (cmp_ci(s + b, e - b, words[k]) == 0)
            return 1;
    return 0;
}

void stp_ioc_init(stp_ioc_scanner *s, const char *text, size_t len)
{
    s->text = text;
    s->len = len;
    s->pos = 0;
}

static inline unsigned ctz64(uint64_t x)   /* x != 0 */
{
#if defined(__GNUC__) || defined(__clang__)
    return (unsigned)__builtin_ctzll(x);
#else
    unsigned k = 0;
    while (!(x & 1)) {
        x >>= 1;
        k++;
    }
    return k;
#endif
}

/* bit j of *sp: s[j] is a space (SC_SPACE); of *other: a mark or a byte
 * that may start a multi-byte space */
static inline void classify64(const char *s, uint64_t *sp, uint64_t *other)
{
#if defined(__SSE2__)
    /* the same classes, sixteen bytes at a time */
    uint64_t a = 0, b = 0;
    for (unsigned j = 0; j < 64; j += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + j));
        __m128i t = _mm_sub_epi8(v, _mm_set1_epi8(0x09));   /* \t \n \v \f \r: 0..4 */
        __m128i ws = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
                                  _mm_cmpeq_epi8(_mm_min_epu8(t, _mm_set1_epi8(4)), t));
        __m128i ot = _mm_or_si128(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8(':'))),
                         _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('@')),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('[')))),
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('(')),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('{'))),
                         _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2)),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2)))));
        a |= (uint64_t)(uint16_t)_mm_movemask_epi8(ws) << j;
        b |= (uint64_t)(uint16_t)_mm_movemask_epi8(ot) << j;
    }
    *sp = a;
    *other = b;
#else
    uint64_t a = 0, b = 0;
    for (unsigned j = 0; j < 64; j++) {
        unsigned k = SCAN_CLASS[(unsigned char)s[j]];
        a |= (uint64_t)(k & SC_SPACE) << j;
        b |= (uint64_t)((k & (SC_MARK | SC_MAYBE_SPACE)) != 0) << j;
    }
    *sp = a;
    *other = b;
#endif
}

/* From s[i], where a chunk or a run of spaces starts, past every space and
 * every chunk that needs no second look (under 13 bytes, no mark) whose end
 * is in the next 64 bytes: the bytes of the block are classified into two
 * bit masks first, so that the many short words cost no branch each. Stops
 * where a chunk needs the full test, or at a byte that may start a
 * multi-byte space. */
static size_t skip_plain(const char *s, size_t n, size_t i)
{
    while (i + 64 <= n) {
        uint64_t sp, other;
        classify64(s + i, &sp, &other);
        unsigned p = 0;
        for (;;) {
            uint64_t rest = ~sp >> p;          /* skip spaces */
            if (!rest)
                break;                         /* all spaces to the end */
            p += ctz64(rest);
            uint64_t end = sp >> p;
            if (!end)
                return i + p;                  /* the chunk goes on past the block */
            unsigned len = ctz64(end);
            if (len >= 13 || ((other >> p) & ((1ull << len) - 1)))
                return i + p;                  /* a chunk to look at */
            p += len;
        }
        i += 64;
    }
    return i;
}

int stp_ioc_next(stp_ioc_scanner *sc, stp_ioc_hit *hit, stp_buf *value)
{
    const char *s = sc->text;
    size_t n = sc->len;
    size_t i = sc->pos, w;
    while (i < n) {
        i = skip_plain(s, n, i);
        for (; i < n; i++) {
            unsigned k = SCAN_CLASS[(unsigned char)s[i]];
            if (k & SC_SPACE)
                continue;
            if ((k & SC_MAYBE_SPACE) && is_space_at(s, n, i, &w)) {
                i += w - 1;
                continue;
            }
            break;
        }
        if (i >= n)
            break;
        size_t a = i;
        unsigned marks = 0;
        for (; i < n; i++) {
            unsigned k = SCAN_CLASS[(unsigned char)s[i]];
            if (!k)
                continue;
            if ((k & SC_SPACE) || ((k & SC_MAYBE_SPACE) && is_space_at(s, n, i, &w)))
                break;
            marks |= k;
        }
        size_t b = i;
        sc->pos = i;
        /* hashes and CVE ids are long; everything else has . : @ or a bracket */
        if (!(marks & SC_MARK) && b - a < 13)
            continue;
        /* trim openers and closers */
        for (;;) {
            size_t q;
            if (a < b && is_opener(s[a]))
                a++;
            else if (a < b && (q = quote_len(s, b, a)))
                a += q;
            else
                break;
        }
        for (;;) {
            size_t q;
            if (a >= b)
                break;
            char c = s[b - 1];
            if (is_trailer(c))
                b--;
            else if (c == ')' && count_c(s, a, b, '(') < count_c(s, a, b, ')'))
                b--;
            else if (c == ']' && count_c(s, a, b, '[') < count_c(s, a, b, ']'))
                b--;
            else if (c == '}' && count_c(s, a, b, '{') < count_c(s, a, b, '}'))
                b--;
            else if ((q = quote_len_before(s, a, b)))
                b -= q;
            else
                break;
        }
        /* a UNC path \\\\host\\share: the host */
        if (b - a > 2 && s[a] == '\\' && s[a + 1] == '\\') {
            a += 2;
            const char *bs = memchr(s + a, '\\', b - a);
            if (bs)
                b = (size_t)(bs - s);
        }
        if (b - a < 3)
            continue;
        /* the mark was a sentence's full stop or a bracket just trimmed
           ("end.", "(APT28)"): the rest is a word (every kind but CVE ids
           and hashes needs a mark, defanged forms a bracket) */
        if (b - a < 13) {
            size_t j = a;
            while (j < b && !(SCAN_CLASS[(unsigned char)s[j]] & SC_MARK))
                j++;
            if (j == b)
                continue;
        }
        int kind = stp_ioc_classify(s + a, b - a, value);
        if (kind < 0)
            return kind;
        if (kind == STP_IOC_NONE) {
            /* an address or domain followed by :port or /prefix */
            size_t e = a;
            while (e < b && s[e] != ':' && s[e] != '/')
                e++;
            if (e < b && e - a >= 4 && (e + 1 < b && is_digit(s[e + 1]))) {
                kind = stp_ioc_classify(s + a, e - a, value);
                if (kind < 0)
                    return kind;
                if (kind != STP_IOC_IPV4 && kind != STP_IOC_DOMAIN)
                    kind = STP_IOC_NONE;
                else
                    b = e;
            }
        }
        if (kind == STP_IOC_NONE)
            continue;
        if (kind == STP_IOC_IPV4 && after_version_word(s, a))
            continue;
        hit->b0 = a;
        hit->b1 = b;
        hit->kind = kind;
        return 1;
    }
    sc->pos = n;
    return 0;
}
