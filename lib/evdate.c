/* evdate.c - dates stated in evidence sentences (see evdate.h) */
#include "evdate.h"
#include "err.h"

#include <stdlib.h>
#include <string.h>

/* ---- calendar ---------------------------------------------------------- */

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int mdays(int y, int m)
{
    static const int n[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && leap(y) ? 29 : n[m - 1];
}

int stp_evdate_days(int y, int m, int d, int32_t *days)
{
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > mdays(y, m))
        return STP_ERANGE;
    /* days from civil: the year counted from March so leap days come last */
    int yy = m <= 2 ? y - 1 : y;
    int era = yy / 400;
    int yoe = yy - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    *days = (int32_t)(era * 146097 + doe - 719468);
    return STP_OK;
}

void stp_evdate_ymd(int32_t days, int *y, int *m, int *d)
{
    int32_t z = days + 719468;
    int32_t era = (z >= 0 ? z : z - 146096) / 146097;
    int32_t doe = z - era * 146097;
    int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int32_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

int stp_evdate_weekday(int32_t days)
{
    /* 1970-01-01 was a Thursday (3) */
    int32_t w = (days + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

int stp_evdate_parse_iso(const char *s, size_t n, int32_t *days)
{
    if (n != 10 || s[4] != '-' || s[7] != '-')
        return STP_EDATE;
    int v[3] = { 0, 0, 0 };
    static const int at[3] = { 0, 5, 8 }, len[3] = { 4, 2, 2 };
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < len[k]; i++) {
            unsigned c = (unsigned char)s[at[k] + i] - '0';
            if (c > 9)
                return STP_EDATE;
            v[k] = v[k] * 10 + (int)c;
        }
    return stp_evdate_days(v[0], v[1], v[2], days) ? STP_EDATE : STP_OK;
}

void stp_evdate_format(int32_t days, char out[11])
{
    int y, m, d;
    stp_evdate_ymd(days, &y, &m, &d);
    out[0] = (char)('0' + y / 1000 % 10);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = '\0';
}

/* ---- tokens ------------------------------------------------------------ */

typedef struct {
    size_t  off, len;   /* bytes in the lower-cased copy (same offsets) */
    int32_t num;        /* value of a 1-4 digit number (or 3rd), else -1 */
    uint8_t ndig;       /* its digits */
    uint8_t upper;      /* the original starts with a capital letter */
    char    punct;      /* the character of a punctuation token, else 0 */
} ev_tok;

/* lower-case ASCII and the Latin-1 / Latin Extended-A capitals (all Czech
   ones) in place; every change keeps the byte length */
static int fold_at(unsigned char *p, size_t n, size_t i)
{
    if (p[i] >= 'A' && p[i] <= 'Z') {
        p[i] = (unsigned char)(p[i] + 32);
        return 1;
    }
    if (i + 1 >= n)
        return 0;
    unsigned cp = ((unsigned)(p[i] & 0x1f) << 6) | (p[i + 1] & 0x3f);
    if (p[i] == 0xc3 && cp >= 0xc0 && cp <= 0xde && cp != 0xd7) {
        p[i + 1] = (unsigned char)(p[i + 1] + 0x20);
        return 1;
    }
    if (p[i] == 0xc4 || p[i] == 0xc5) {
        int up = (cp <= 0x137 && cp % 2 == 0) || (cp >= 0x139 && cp <= 0x148 && cp % 2 == 1)
              || (cp >= 0x14a && cp <= 0x177 && cp % 2 == 0)
              || (cp >= 0x179 && cp <= 0x17e && cp % 2 == 1);
        if (up && cp != 0x13f && (p[i + 1] & 0x3f) != 0x3f) {
            p[i + 1] = (unsigned char)(p[i + 1] + 1);
            return 1;
        }
    }
    return 0;
}

static int is_space_at(const unsigned char *p, size_t n, size_t i, size_t *w)
{
    if (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r') {
        *w = 1;
        return 1;
    }
    if (p[i] == 0xc2 && i + 1 < n && p[i + 1] == 0xa0) { /* no-break space */
        *w = 2;
        return 1;
    }
    if (p[i] == 0xe2 && i + 2 < n && p[i + 1] == 0x80
        && (p[i + 2] <= 0x8a || p[i + 2] == 0xaf)) { /* U+2000..200A, 202F */
        *w = 3;
        return 1;
    }
    return 0;
}

static int is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c >= 0x80;
}

static int push_tok(stp_evdate_ctx *c, const ev_tok *t)
{
    if (c->ntok == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 64;
        void *p = realloc(c->tok, cap * sizeof(ev_tok));
        if (!p)
            return STP_ENOMEM;
        c->tok = p;
        c->cap = cap;
    }
    ((ev_tok *)c->tok)[c->ntok++] = *t;
    return 0;
}

static int tokenize(stp_evdate_ctx *c, const char *s, size_t n)
{
    stp_buf_reset(&c->low);
    c->ntok = 0;
    if (stp_buf_put(&c->low, s, n))
        return STP_ENOMEM;
    unsigned char *p = (unsigned char *)c->low.p;
    size_t i = 0, w;
    while (i < n) {
        if (is_space_at(p, n, i, &w)) {
            i += w;
            continue;
        }
        ev_tok t = { i, 0, -1, 0, 0, 0 };
        if (!is_word_byte(p[i]) || (p[i] == 0xe2 && i + 1 < n && p[i + 1] == 0x80)) {
            /* one punctuation character (a 3-byte dash or quote counts too) */
            t.len = p[i] == 0xe2 && i + 2 < n ? 3 : 1;
            t.punct = p[i] == 0xe2 ? '-' : (char)p[i];
            i += t.len;
        } else {
            t.upper = (unsigned char)fold_at(p, n, i);
            size_t j = i;
            while (j < n && is_word_byte(p[j]) && !is_space_at(p, n, j, &w)
                   && !(p[j] == 0xe2 && j + 1 < n && p[j + 1] == 0x80)) {
                if (j > i)
                    fold_at(p, n, j);
                j++;
            }
            t.len = j - i;
            size_t d = 0;
            int32_t v = 0;
            while (d < t.len && p[i + d] >= '0' && p[i + d] <= '9' && d < 5)
                v = v * 10 + (p[i + d++] - '0');
            if (d > 0 && d <= 4) {
                size_t rest = t.len - d;
                const char *r = (const char *)p + i + d;
                if (rest == 0 || (d <= 2 && rest == 2
                    && (!memcmp(r, "st", 2) || !memcmp(r, "nd", 2)
                        || !memcmp(r, "rd", 2) || !memcmp(r, "th", 2)))) {
                    t.num = v;
                    t.ndig = (uint8_t)d;
                }
            }
            i = j;
        }
        if (push_tok(c, &t))
            return STP_ENOMEM;
    }
    return 0;
}

/* ---- word lists -------------------------------------------------------- */

typedef struct {
    const char *w;
    int v;
    int en;   /* English: a month name must be capitalised */
} ev_word;

static const ev_word MONTHS[] = {
    { "leden", 1, 0 }, { "ledna", 1, 0 }, { "lednu", 1, 0 },
    { "únor", 2, 0 }, { "února", 2, 0 }, { "únoru", 2, 0 },
    { "březen", 3, 0 }, { "března", 3, 0 }, { "březnu", 3, 0 },
    { "duben", 4, 0 }, { "dubna", 4, 0 }, { "dubnu", 4, 0 },
    { "květen", 5, 0 }, { "května", 5, 0 }, { "květnu", 5, 0 },
    { "červen", 6, 0 }, { "června", 6, 0 }, { "červnu", 6, 0 },
    { "červenec", 7, 0 }, { "července", 7, 0 }, { "červenci", 7, 0 },
    { "srpen", 8, 0 }, { "srpna", 8, 0 }, { "srpnu", 8, 0 },
    { "září", 9, 0 },
    { "říjen", 10, 0 }, { "října", 10, 0 }, { "říjnu", 10, 0 },
    { "listopad", 11, 0 }, { "listopadu", 11, 0 },
    { "prosinec", 12, 0 }, { "prosince", 12, 0 }, { "prosinci", 12, 0 },
    { "january", 1, 1 }, { "february", 2, 1 }, { "march", 3, 1 }, { "april", 4, 1 },
    { "may", 5, 1 }, { "june", 6, 1 }, { "july", 7, 1 }, { "august", 8, 1 },
    { "september", 9, 1 }, { "october", 10, 1 }, { "november", 11, 1 },
    { "december", 12, 1 },
    { "jan", 1, 1 }, { "feb", 2, 1 }, { "mar", 3, 1 }, { "apr", 4, 1 }, { "jun", 6, 1 },
    { "jul", 7, 1 }, { "aug", 8, 1 }, { "sep", 9, 1 }, { "sept", 9, 1 }, { "oct", 10, 1 },
    { "nov", 11, 1 }, { "dec", 12, 1 },
};

static const ev_word WEEKDAYS[] = {
    { "pondělí", 0, 0 }, { "úterý", 1, 0 }, { "středa", 2, 0 }, { "středu", 2, 0 },
    { "čtvrtek", 3, 0 }, { "pátek", 4, 0 }, { "sobota", 5, 0 }, { "sobotu", 5, 0 },
    { "neděle", 6, 0 }, { "neděli", 6, 0 },
    { "monday", 0, 1 }, { "tuesday", 1, 1 }, { "wednesday", 2, 1 }, { "thursday", 3, 1 },
    { "friday", 4, 1 }, { "saturday", 5, 1 }, { "sunday", 6, 1 },
};

static const ev_word NUMBERS[] = {
    { "a", 1, 1 }, { "one", 1, 1 }, { "two", 2, 1 }, { "three", 3, 1 }, { "four", 4, 1 },
    { "five", 5, 1 }, { "six", 6, 1 }, { "seven", 7, 1 }, { "eight", 8, 1 },
    { "nine", 9, 1 }, { "ten", 10, 1 },
    { "dvěma", 2, 0 }, { "třemi", 3, 0 }, { "čtyřmi", 4, 0 }, { "pěti", 5, 0 },
    { "šesti", 6, 0 }, { "sedmi", 7, 0 }, { "osmi", 8, 0 }, { "devíti", 9, 0 },
    { "deseti", 10, 0 },
};

/* a relative word list: "last" and its Czech forms */
static const char *const LAST[] = {
    "last", "past", "previous", "minulý", "minulou", "minulé", "minulého", "minulém",
    "uplynulý", "uplynulou", "uplynulé", "uplynulého", "uplynulém", "předchozí",
    "předchozího", "předchozím", NULL
};
static const char *const THIS[] = {
    "this", "tento", "tuto", "toto", "tohoto", "tomto", "tomhle", NULL
};

#define NW(a) (sizeof(a) / sizeof((a)[0]))

typedef struct {
    const char   *low;
    const ev_tok *t;
    size_t        n;
    int           has_ref;
    int32_t       ref;
    int           ry, rm, rd;   /* the reference date, when has_ref */
} ev_scan;

static int is(const ev_scan *S, size_t i, const char *w)
{
    if (i >= S->n || S->t[i].punct)
        return 0;
    const char *s = S->low + S->t[i].off;
    size_t n = S->t[i].len;
    /* most words differ in the first byte: no strlen for them */
    if (n == 0 || s[0] != w[0])
        return n == 0 && w[0] == '\0';
    size_t l = strlen(w);
    return n == l && memcmp(s, w, l) == 0;
}

static int is_any(const ev_scan *S, size_t i, const char *const *ws)
{
    for (; *ws; ws++)
        if (is(S, i, *ws))
            return 1;
    return 0;
}

static int is_p(const ev_scan *S, size_t i, char c)
{
    return i < S->n && S->t[i].punct == c;
}

static int lookup(const ev_scan *S, size_t i, const ev_word *tab, size_t nt, int need_cap)
{
    for (size_t k = 0; k < nt; k++)
        if (is(S, i, tab[k].w))
            return (need_cap && tab[k].en && !S->t[i].upper) ? -1 : tab[k].v;
    return -1;
}

static int month_at(const ev_scan *S, size_t i) { return lookup(S, i, MONTHS, NW(MONTHS), 1); }

static int month_is_en(const ev_scan *S, size_t i)
{
    for (size_t k = 0; k < NW(MONTHS); k++)
        if (is(S, i, MONTHS[k].w))
            return MONTHS[k].en;
    return 0;
}

/* a day number 1..31 (1 or 2 digits, "3rd" allowed) */
static int day_at(const ev_scan *S, size_t i)
{
    return i < S->n && S->t[i].ndig >= 1 && S->t[i].ndig <= 2 && S->t[i].num >= 1
        && S->t[i].num <= 31 ? S->t[i].num : -1;
}

/* a plain year 1900..2199 */
static int year_at(const ev_scan *S, size_t i)
{
    if (i >= S->n || S->t[i].ndig != 4 || S->t[i].len != 4)
        return -1;
    int y = S->t[i].num;
    return y >= 1900 && y <= 2199 ? y : -1;
}

static int plain_num(const ev_scan *S, size_t i, int maxdig)
{
    return i < S->n && S->t[i].ndig >= 1 && S->t[i].ndig <= maxdig
        && S->t[i].len == S->t[i].ndig ? S->t[i].num : -1;
}

/* ---- results ----------------------------------------------------------- */

typedef struct {
    int32_t lo, hi;
    int     rel;
    size_t  end;  /* index of the token after the expression */
} ev_hit;

static int set_day(ev_hit *h, int y, int m, int d, size_t end, int rel)
{
    int32_t x;
    if (stp_evdate_days(y, m, d, &x))
        return 0;
    h->lo = h->hi = x;
    h->end = end;
    h->rel = rel;
    return 1;
}

static int set_month(ev_hit *h, int y, int m, size_t end, int rel)
{
    if (stp_evdate_days(y, m, 1, &h->lo))
        return 0;
    h->hi = h->lo + mdays(y, m) - 1;
    h->end = end;
    h->rel = rel;
    return 1;
}

static int set_year(ev_hit *h, int y, size_t end, int rel)
{
    if (stp_evdate_days(y, 1, 1, &h->lo) || stp_evdate_days(y, 12, 31, &h->hi))
        return 0;
    h->end = end;
    h->rel = rel;
    return 1;
}

static int set_span(ev_hit *h, int32_t lo, int32_t hi, size_t end)
{
    h->lo = lo;
    h->hi = hi;
    h->end = end;
    h->rel = 1;
    return 1;
}

/* a day and month without a year: the latest such day not after ref */
static int day_no_year(const ev_scan *S, ev_hit *h, int m, int d, size_t end)
{
    if (!S->has_ref)
        return 0;
    int32_t x;
    if (stp_evdate_days(S->ry, m, d, &x) == 0 && x <= S->ref)
        return set_day(h, S->ry, m, d, end, 1);
    return set_day(h, S->ry - 1, m, d, end, 1);
}

/* a month without a year: the latest such month not after the ref month
   (strictly before it when `before`) */
static int month_no_year(const ev_scan *S, ev_hit *h, int m, int before, size_t end)
{
    if (!S->has_ref)
        return 0;
    int y = S->ry;
    if (m > S->rm || (before && m == S->rm))
        y--;
    return set_month(h, y, m, end, 1);
}

/* what follows a month name without a day: a year, or a relative year */
static int month_tail(const ev_scan *S, ev_hit *h, size_t j, int m)
{
    size_t k = j;
    if (is(S, k, "roku"))   /* "v květnu roku 2024" */
        k++;
    int y = year_at(S, k);
    if (y > 0)
        return set_month(h, y, m, k + 1, 0);
    if (S->has_ref) {
        if ((is(S, j, "loňského") || is(S, j, "minulého") || is(S, j, "last"))
            && (is(S, j + 1, "roku") || is(S, j + 1, "year")))
            return set_month(h, S->ry - 1, m, j + 2, 1);
        if ((is(S, j, "letošního") || is(S, j, "tohoto") || is(S, j, "this"))
            && (is(S, j + 1, "roku") || is(S, j + 1, "year")))
            return set_month(h, S->ry, m, j + 2, 1);
    }
    return 0;
}

/* the expression that starts at token i, if any */
static int match_at(const ev_scan *S, size_t i, ev_hit *h)
{
    int m, d, y, v;

    /* 2024-05-03 */
    if ((y = year_at(S, i)) > 0 && is_p(S, i + 1, '-') && (m = plain_num(S, i + 2, 2)) > 0
        && is_p(S, i + 3, '-') && (d = plain_num(S, i + 4, 2)) > 0)
        return set_day(h, y, m, d, i + 5, 0);

    /* 3. 5. 2024, 3.5.2024 */
    if ((d = plain_num(S, i, 2)) > 0 && is_p(S, i + 1, '.') && (m = plain_num(S, i + 2, 2)) > 0
        && is_p(S, i + 3, '.') && (y = year_at(S, i + 4)) > 0)
        return set_day(h, y, m, d, i + 5, 0);

    /* 3. května 2024, 3 May 2024, 3rd of May, 3. května */
    if ((d = day_at(S, i)) > 0) {
        size_t j = i + 1;
        if (is_p(S, j, '.'))
            j++;
        if (is(S, j, "of"))
            j++;
        if ((m = month_at(S, j)) > 0) {
            j++;
            if (is_p(S, j, '.') && S->t[j - 1].len <= 4)
                j++;
            if ((y = year_at(S, j)) > 0)
                return set_day(h, y, m, d, j + 1, 0);
            if (day_no_year(S, h, m, d, j))
                return 1;
        }
    }

    if ((m = month_at(S, i)) > 0) {
        size_t j = i + 1;
        if (is_p(S, j, '.') && S->t[i].len <= 4)
            j++;
        /* May 3, 2024; May 3 */
        if ((d = day_at(S, j)) > 0) {
            size_t k = j + 1;
            if (is_p(S, k, ','))
                k++;
            if ((y = year_at(S, k)) > 0)
                return set_day(h, y, m, d, k + 1, 0);
            if (day_no_year(S, h, m, d, j + 1))
                return 1;
        }
        /* October 2023, v říjnu 2023, v říjnu loňského roku */
        if (month_tail(S, h, j, m))
            return 1;
        /* a month alone: Czech forms, or a capitalised English name after
           in/during/since/early/late/mid */
        int en = month_is_en(S, i);
        if (!en || (i > 0 && (is(S, i - 1, "in") || is(S, i - 1, "during")
                              || is(S, i - 1, "since") || is(S, i - 1, "early")
                              || is(S, i - 1, "late") || is(S, i - 1, "mid")
                              || (is_p(S, i - 1, '-') && is(S, i - 2, "mid")))))
            if (month_no_year(S, h, m, 0, j))
                return 1;
        return 0;
    }

    /* in 2019, v roce 2019, roku 2019, během roku 2019 */
    if ((is(S, i, "in") || is(S, i, "during") || is(S, i, "roce") || is(S, i, "roku"))
        && (y = year_at(S, i + 1)) > 0 && !is_p(S, i + 2, '-'))
        return set_year(h, y, i + 2, 0);

    if (!S->has_ref)
        return 0;

    /* loni v říjnu, letos v březnu; loni, letos */
    if (is(S, i, "loni") || is(S, i, "letos")) {
        int yy = is(S, i, "loni") ? S->ry - 1 : S->ry;
        size_t j = i + 1;
        if (is(S, j, "v") || is(S, j, "ve") || is(S, j, "na") || is(S, j, "během"))
            j++;
        if ((m = month_at(S, j)) > 0)
            return set_month(h, yy, m, j + 1, 1);
        return set_year(h, yy, i + 1, 1);
    }

    if (is(S, i, "včera") || is(S, i, "yesterday") || is(S, i, "včerejší"))
        return set_span(h, S->ref - 1, S->ref - 1, i + 1);
    if (is(S, i, "předevčírem")
        || (is(S, i, "day") && is(S, i + 1, "before") && is(S, i + 2, "yesterday")))
        return set_span(h, S->ref - 2, S->ref - 2, is(S, i, "day") ? i + 3 : i + 1);
    if (is(S, i, "dnes") || is(S, i, "today") || is(S, i, "dnešní") || is(S, i, "tonight"))
        return set_span(h, S->ref, S->ref, i + 1);

    int last = is_any(S, i, LAST), this_ = is_any(S, i, THIS);
    size_t j = last || this_ ? i + 1 : i;
    int wd0 = stp_evdate_weekday(S->ref);

    /* (last) Friday, v pátek, minulý čtvrtek */
    if ((v = lookup(S, j, WEEKDAYS, NW(WEEKDAYS), 0)) >= 0) {
        int back = (wd0 - v + 7) % 7;
        if (back == 0 && last)
            back = 7;
        return set_span(h, S->ref - back, S->ref - back, j + 1);
    }
    /* last October, this October */
    if ((last || this_) && (m = month_at(S, j)) > 0) {
        if (this_)
            return set_month(h, S->ry, m, j + 1, 1);
        return month_no_year(S, h, m, 1, j + 1);
    }
    /* last / this week, month, year */
    if (last || this_) {
        int32_t monday = S->ref - wd0;
        if (is(S, j, "week") || is(S, j, "týden") || is(S, j, "týdne") || is(S, j, "týdnu"))
            return last ? set_span(h, monday - 7, monday - 1, j + 1)
                        : set_span(h, monday, S->ref, j + 1);
        if (is(S, j, "month") || is(S, j, "měsíc") || is(S, j, "měsíce")
            || is(S, j, "měsíci")) {
            int32_t first = S->ref - (S->rd - 1);
            if (this_)
                return set_span(h, first, S->ref, j + 1);
            int py = S->rm == 1 ? S->ry - 1 : S->ry, pm = S->rm == 1 ? 12 : S->rm - 1;
            return set_month(h, py, pm, j + 1, 1);
        }
        if (is(S, j, "year") || is(S, j, "rok") || is(S, j, "roku") || is(S, j, "roce")) {
            /* this year: from 1 January to ref (clamped below) */
            if (this_)
                return set_year(h, S->ry, j + 1, 1);
            return set_year(h, S->ry - 1, j + 1, 1);
        }
        if (is(S, j, "weekend") || is(S, j, "víkend") || is(S, j, "víkendu"))
            goto weekend;
    }
    if (is(S, i, "loňského") || is(S, i, "loňském"))
        if (is(S, i + 1, "roku") || is(S, i + 1, "roce"))
            return set_year(h, S->ry - 1, i + 2, 1);
    if (is(S, i, "weekend") || is(S, i, "víkend") || is(S, i, "víkendu")) {
        j = i;
    weekend:;
        /* the latest Saturday and Sunday not after ref */
        int32_t sat = S->ref - ((wd0 - 5 + 7) % 7);
        int32_t sun = sat + 1 <= S->ref ? sat + 1 : sat;
        return set_span(h, sat, sun, j + 1);
    }

    /* 3 days ago, two weeks ago, před 3 dny, před dvěma týdny, před týdnem */
    int nn = plain_num(S, i, 2);
    if (nn < 0)
        nn = lookup(S, i, NUMBERS, NW(NUMBERS), 0);
    if (nn > 0 && is(S, i + 2, "ago")) {
        if (is(S, i + 1, "day") || is(S, i + 1, "days"))
            return set_span(h, S->ref - nn, S->ref - nn, i + 3);
        if (is(S, i + 1, "week") || is(S, i + 1, "weeks"))
            return set_span(h, S->ref - 7 * nn, S->ref - 7 * nn, i + 3);
    }
    if (is(S, i, "před")) {
        if (is(S, i + 1, "týdnem"))
            return set_span(h, S->ref - 7, S->ref - 7, i + 2);
        if (is(S, i + 1, "dnem"))
            return set_span(h, S->ref - 1, S->ref - 1, i + 2);
        nn = plain_num(S, i + 1, 2);
        if (nn < 0)
            nn = lookup(S, i + 1, NUMBERS, NW(NUMBERS), 0);
        if (nn > 0 && is(S, i + 2, "dny"))
            return set_span(h, S->ref - nn, S->ref - nn, i + 3);
        if (nn > 0 && is(S, i + 2, "týdny"))
            return set_span(h, S->ref - 7 * nn, S->ref - 7 * nn, i + 3);
    }
    return 0;
}

void stp_evdate_ctx_free(stp_evdate_ctx *c)
{
    if (!c)
        return;
    stp_buf_free(&c->low);
    free(c->tok);
    c->tok = NULL;
    c->ntok = c->cap = 0;
}

int stp_evdate_find(stp_evdate_ctx *c, const char *s, size_t n,
                    int has_ref, int32_t ref, stp_evdate *out)
{
    int rc = tokenize(c, s, n);
    if (rc)
        return rc;
    ev_scan S = { c->low.p, c->tok, c->ntok, has_ref, ref, 0, 0, 0 };
    if (has_ref)
        stp_evdate_ymd(ref, &S.ry, &S.rm, &S.rd);
    /* the first absolute expression, else the first relative one */
    ev_hit best;
    size_t best_i = 0;
    int found = 0;
    for (size_t i = 0; i < S.n; i++) {
        ev_hit h;
        if (!match_at(&S, i, &h) || (found && h.rel))
            continue;
        if (!found || !h.rel) {
            best = h;
            best_i = i;
            found = 1;
        }
        if (!h.rel)
            break;
    }
    if (!found)
        return 0;
    if (has_ref && best.lo <= ref && ref < best.hi)
        best.hi = ref;
    const ev_tok *last = &S.t[best.end - 1];
    out->lo = best.lo;
    out->hi = best.hi;
    out->relative = best.rel;
    out->start = S.t[best_i].off;
    out->end = last->off + last->len;
    return 1;
}
