/* html.c - character references and tag stripping */
#include "html.h"
#include "err.h"

#include <string.h>

typedef struct {
    const char *name;
    uint32_t    cp;
} entity;

/* The references news archives use: markup, typography, Latin-1 letters
   and the Central European letters of HTML5 (Czech, Slovak, Polish). A
   linear scan is fine: references are rare and the table is small. */
static const entity entities[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
    {"nbsp", 0xA0}, {"ensp", 0x2002}, {"emsp", 0x2003}, {"thinsp", 0x2009},
    {"zwnj", 0x200C}, {"zwj", 0x200D}, {"lrm", 0x200E}, {"rlm", 0x200F},
    {"shy", 0xAD}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"minus", 0x2212},
    {"hyphen", 0x2010}, {"dash", 0x2010}, {"hellip", 0x2026}, {"mldr", 0x2026},
    {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"ldquo", 0x201C},
    {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"laquo", 0xAB}, {"raquo", 0xBB},
    {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"prime", 0x2032}, {"Prime", 0x2033},
    {"bull", 0x2022}, {"middot", 0xB7}, {"copy", 0xA9}, {"reg", 0xAE},
    {"trade", 0x2122}, {"euro", 0x20AC}, {"cent", 0xA2}, {"pound", 0xA3},
    {"yen", 0xA5}, {"curren", 0xA4}, {"deg", 0xB0}, {"plusmn", 0xB1},
    {"times", 0xD7}, {"divide", 0xF7}, {"sect", 0xA7}, {"para", 0xB6},
    {"iexcl", 0xA1}, {"iquest", 0xBF}, {"brvbar", 0xA6}, {"uml", 0xA8},
    {"ordf", 0xAA}, {"ordm", 0xBA}, {"not", 0xAC}, {"macr", 0xAF},
    {"sup1", 0xB9}, {"sup2", 0xB2}, {"sup3", 0xB3}, {"acute", 0xB4},
    {"micro", 0xB5}, {"cedil", 0xB8}, {"frac14", 0xBC}, {"frac12", 0xBD},
    {"frac34", 0xBE}, {"larr", 0x2190}, {"rarr", 0x2192}, {"uarr", 0x2191},
    {"darr", 0x2193}, {"num", '#'}, {"percnt", '%'}, {"commat", '@'},
    {"lowbar", '_'}, {"colon", ':'}, {"semi", ';'}, {"excl", '!'},
    {"quest", '?'}, {"lpar", '('}, {"rpar", ')'}, {"sol", '/'},
    {"bsol", '\\'}, {"verbar", '|'}, {"ast", '*'}, {"plus", '+'},
    {"equals", '='}, {"comma", ','}, {"period", '.'}, {"dollar", '$'},
    {"tab", '\t'}, {"NewLine", '\n'}, {"grave", '`'},
    /* Latin-1 letters */
    {"Agrave", 0xC0}, {"Aacute", 0xC1}, {"Acirc", 0xC2}, {"Atilde", 0xC3},
    {"Auml", 0xC4}, {"Aring", 0xC5}, {"AElig", 0xC6}, {"Ccedil", 0xC7},
    {"Egrave", 0xC8}, {"Eacute", 0xC9}, {"Ecirc", 0xCA}, {"Euml", 0xCB},
    {"Igrave", 0xCC}, {"Iacute", 0xCD}, {"Icirc", 0xCE}, {"Iuml", 0xCF},
    {"ETH", 0xD0}, {"Ntilde", 0xD1}, {"Ograve", 0xD2}, {"Oacute", 0xD3},
    {"Ocirc", 0xD4}, {"Otilde", 0xD5}, {"Ouml", 0xD6}, {"Oslash", 0xD8},
    {"Ugrave", 0xD9}, {"Uacute", 0xDA}, {"Ucirc", 0xDB}, {"Uuml", 0xDC},
    {"Yacute", 0xDD}, {"THORN", 0xDE}, {"szlig", 0xDF}, {"agrave", 0xE0},
    {"aacute", 0xE1}, {"acirc", 0xE2}, {"atilde", 0xE3}, {"auml", 0xE4},
    {"aring", 0xE5}, {"aelig", 0xE6}, {"ccedil", 0xE7}, {"egrave", 0xE8},
    {"eacute", 0xE9}, {"ecirc", 0xEA}, {"euml", 0xEB}, {"igrave", 0xEC},
    {"iacute", 0xED}, {"icirc", 0xEE}, {"iuml", 0xEF}, {"eth", 0xF0},
    {"ntilde", 0xF1}, {"ograve", 0xF2}, {"oacute", 0xF3}, {"ocirc", 0xF4},
    {"otilde", 0xF5}, {"ouml", 0xF6}, {"oslash", 0xF8}, {"ugrave", 0xF9},
    {"uacute", 0xFA}, {"ucirc", 0xFB}, {"uuml", 0xFC}, {"yacute", 0xFD},
    {"thorn", 0xFE}, {"yuml", 0xFF},
    /* Central European letters (HTML5 names) */
    {"Ccaron", 0x10C}, {"ccaron", 0x10D}, {"Dcaron", 0x10E}, {"dcaron", 0x10F},
    {"Ecaron", 0x11A}, {"ecaron", 0x11B}, {"Ncaron", 0x147}, {"ncaron", 0x148},
    {"Rcaron", 0x158}, {"rcaron", 0x159}, {"Scaron", 0x160}, {"scaron", 0x161},
    {"Tcaron", 0x164}, {"tcaron", 0x165}, {"Zcaron", 0x17D}, {"zcaron", 0x17E},
    {"Uring", 0x16E}, {"uring", 0x16F}, {"Lcaron", 0x13D}, {"lcaron", 0x13E},
    {"Lacute", 0x139}, {"lacute", 0x13A}, {"Racute", 0x154}, {"racute", 0x155},
    {"Aogon", 0x104}, {"aogon", 0x105}, {"Eogon", 0x118}, {"eogon", 0x119},
    {"Lstrok", 0x141}, {"lstrok", 0x142}, {"Sacute", 0x15A}, {"sacute", 0x15B},
    {"Zacute", 0x179}, {"zacute", 0x17A}, {"Zdot", 0x17B}, {"zdot", 0x17C},
    {"Cacute", 0x106}, {"cacute", 0x107}, {"Nacute", 0x143}, {"nacute", 0x144},
    {"Odblac", 0x150}, {"odblac", 0x151}, {"Udblac", 0x170}, {"udblac", 0x171},
    {"Gbreve", 0x11E}, {"gbreve", 0x11F}, {"OElig", 0x152}, {"oelig", 0x153},
    {"Yuml", 0x178},
};

/* Windows-1252 for references 128..159 (0 = undefined: U+FFFD) */
static const uint16_t cp1252[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

static int is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static size_t numeric_ref(const char *s, size_t n, uint32_t *cp)
{
    size_t i = 2;
    int hex = i < n && (s[i] == 'x' || s[i] == 'X');
    if (hex)
        i++;
    size_t start = i;
    uint32_t v = 0;
    int big = 0;
    for (; i < n; i++) {
        int d = hex ? hexval((unsigned char)s[i]) : (s[i] >= '0' && s[i] <= '9' ? s[i] - '0' : -1);
        if (d < 0)
            break;
        if (v > 0x10FFFF)
            big = 1;
        else
            v = v * (hex ? 16u : 10u) + (uint32_t)d;
    }
    if (i == start)
        return 0;
    if (i < n && s[i] == ';')
        i++;
    else if (i < n && is_alnum((unsigned char)s[i]))
        return 0;
    if (big || v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        v = 0xFFFD;
    else if (v >= 0x80 && v <= 0x9F)
        v = cp1252[v - 0x80] ? cp1252[v - 0x80] : 0xFFFD;
    *cp = v;
    return i;
}

size_t stp_html_entity(const char *s, size_t n, uint32_t *cp)
{
    if (n < 3 || s[0] != '&')
        return 0;
    if (s[1] == '#')
        return numeric_ref(s, n, cp);
    size_t len = 1;
    while (len < n && len <= 32 && is_alnum((unsigned char)s[len]))
        len++;
    if (len == 1 || len >= n || s[len] != ';')
        return 0;
    size_t nl = len - 1;
    for (size_t k = 0; k < sizeof entities / sizeof entities[0]; k++) {
        const char *e = entities[k].name;
        if (e[0] == s[1] && strlen(e) == nl && memcmp(e, s + 1, nl) == 0) {
            *cp = entities[k].cp;
            return len + 1;
        }
    }
    return 0;
}

/* ---- tag stripping ------------------------------------------------------ */

static unsigned char lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
}

static int name_is(const char *name, size_t nl, const char *w)
{
    size_t k = 0;
    for (; k < nl && w[k]; k++)
        if (lower((unsigned char)name[k]) != (unsigned char)w[k])
            return 0;
    return k == nl && w[k] == 0;
}

static int is_block(const char *name, size_t nl)
{
    static const char *const blocks[] = {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4",
        "h5", "h6", "tr", "table", "thead", "tbody", "tfoot", "caption",
        "article", "section", "header", "footer", "main", "nav", "aside",
        "blockquote", "pre", "hr", "title", "figure", "figcaption", "address",
        "form", "fieldset", "details", "summary", "option", "body", "head",
        "html", "center", "menu", "legend", "iframe",
    };
    for (size_t k = 0; k < sizeof blocks / sizeof blocks[0]; k++)
        if (name_is(name, nl, blocks[k]))
            return 1;
    return 0;
}

static int is_raw(const char *name, size_t nl)
{
    return name_is(name, nl, "script") || name_is(name, nl, "style")
        || name_is(name, nl, "template") || name_is(name, nl, "noscript");
}

/* position just past the first occurrence of pat (ASCII, compared in
   lower case) at or after i, or n */
static size_t skip_past(const char *s, size_t n, size_t i, const char *pat)
{
    size_t pl = strlen(pat);
    for (; i + pl <= n; i++) {
        size_t k = 0;
        while (k < pl && lower((unsigned char)s[i + k]) == (unsigned char)pat[k])
            k++;
        if (k == pl)
            return i + pl;
    }
    return n;
}

/* end of a tag starting at s[i] == '<': just past its '>', quoted
   attribute values skipped */
static size_t tag_end(const char *s, size_t n, size_t i)
{
    char q = 0;
    for (i++; i < n; i++) {
        char c = s[i];
        if (q) {
            if (c == q)
                q = 0;
        } else if (c == '"' || c == '\'') {
            q = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return n;
}

int stp_html_strip(stp_buf *out, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        /* copy a run of text up to the next '<' */
        const char *lt = memchr(s + i, '<', n - i);
        size_t stop = lt ? (size_t)(lt - s) : n;
        if (stp_buf_reserve(out, stop - i))
            return STP_ENOMEM;
        for (; i < stop; i++) {
            char c = s[i];
            if (c == '\n' || c == '\r' || c == '\t' || c == '\f')
                c = ' ';
            out->p[out->len++] = c;
        }
        if (i >= n)
            break;
        /* s[i] == '<' */
        if (i + 4 <= n && memcmp(s + i, "<!--", 4) == 0) {
            size_t e = skip_past(s, n, i + 4, "-->");
            i = e;
            continue;
        }
        if (i + 1 < n && (s[i + 1] == '!' || s[i + 1] == '?')) {
            i = tag_end(s, n, i);
            continue;
        }
        size_t j = i + 1;
        int closing = j < n && s[j] == '/';
        if (closing)
            j++;
        if (j >= n || !((lower((unsigned char)s[j]) >= 'a' && lower((unsigned char)s[j]) <= 'z'))) {
            /* a lone '<' is text */
            if (stp_buf_putc(out, '<'))
                return STP_ENOMEM;
            i++;
            continue;
        }
        size_t name = j;
        while (j < n && (is_alnum((unsigned char)s[j]) || s[j] == '-' || s[j] == ':'))
            j++;
        size_t nl = j - name;
        size_t end = tag_end(s, n, i);
        int self_closing = end >= 2 && s[end - 1] == '>' && s[end - 2] == '/';
        int rc = 0;
        if (name_is(s + name, nl, "br"))
            rc = stp_buf_putc(out, '\n');
        else if (is_block(s + name, nl))
            rc = stp_buf_put(out, "\n\n", 2);
        else if (name_is(s + name, nl, "td") || name_is(s + name, nl, "th"))
            rc = stp_buf_putc(out, ' ');
        if (rc)
            return STP_ENOMEM;
        i = end;
        if (!closing && !self_closing && is_raw(s + name, nl)) {
            /* drop everything up to the matching end tag */
            char pat[16] = "</";
            memcpy(pat + 2, s + name, nl);
            pat[2 + nl] = 0;
            for (size_t k = 2; k < 2 + nl; k++)
                pat[k] = (char)lower((unsigned char)pat[k]);
            size_t e = skip_past(s, n, i, pat);
            i = e < n ? tag_end(s, n, e - 1) : n;
        }
    }
    return 0;
}
