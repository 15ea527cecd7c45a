/* date.c - date forms to ISO 8601 (see date.h) */
#include "date.h"
#include "err.h"

#include <stdio.h>
#include <string.h>

int stp_date_valid(int y, int m, int d)
{
    static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1)
        return 0;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= mdays[m - 1] + (m == 2 && leap);
}

/* a token of the date: a number, a word (ASCII-folded, lower case) or one
   punctuation byte */
typedef struct {
    char kind;        /* 'n' number, 'w' word, 'p' punctuation, 0 end */
    int  num;         /* value of a number */
    int  ndig;        /* digits of a number */
    char word[24];    /* folded word (truncated) */
    char punct;
} tok;

/* the ASCII letter for a Czech (and some neighbouring) letter with a
   diacritic, given as its UTF-8 bytes; 0 if none */
static char fold2(unsigned char a, unsigned char b)
{
    static const struct { unsigned char a, b; char c; } t[] = {
        {0xC3, 0xA1, 'a'}, {0xC3, 0x81, 'a'}, {0xC3, 0xA9, 'e'}, {0xC3, 0x89, 'e'},
        {0xC3, 0xAD, 'i'}, {0xC3, 0x8D, 'i'}, {0xC3, 0xB3, 'o'}, {0xC3, 0x93, 'o'},
        {0xC3, 0xBA, 'u'}, {0xC3, 0x9A, 'u'}, {0xC3, 0xBD, 'y'}, {0xC3, 0x9D, 'y'},
        {0xC3, 0xA4, 'a'}, {0xC3, 0xB6, 'o'}, {0xC3, 0xBC, 'u'}, {0xC3, 0xA8, 'e'},
        {0xC3, 0xBB, 'u'}, {0xC3, 0xA7, 'c'}, {0xC3, 0xA2, 'a'}, {0xC3, 0xB4, 'o'},
        {0xC4, 0x8D, 'c'}, {0xC4, 0x8C, 'c'}, {0xC4, 0x8F, 'd'}, {0xC4, 0x8E, 'd'},
        {0xC4, 0x9B, 'e'}, {0xC4, 0x9A, 'e'}, {0xC5, 0x88, 'n'}, {0xC5, 0x87, 'n'},
        {0xC5, 0x99, 'r'}, {0xC5, 0x98, 'r'}, {0xC5, 0xA1, 's'}, {0xC5, 0xA0, 's'},
        {0xC5, 0xA5, 't'}, {0xC5, 0xA4, 't'}, {0xC5, 0xAF, 'u'}, {0xC5, 0xAE, 'u'},
        {0xC5, 0xBE, 'z'}, {0xC5, 0xBD, 'z'},
    };
    for (size_t k = 0; k < sizeof t / sizeof t[0]; k++)
        if (t[k].a == a && t[k].b == b)
            return t[k].c;
    return 0;
}

/* split s into at most max tokens; white space separates; returns the
   count or -1 for something that cannot be part of a date */
static int lex(const char *s, size_t n, tok *t, int max)
{
    int nt = 0;
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            i++;
            continue;
        }
        if (nt == max)
            return nt;  /* the rest is a time or zone: not looked at */
        tok *k = &t[nt];
        memset(k, 0, sizeof *k);
        if (c >= '0' && c <= '9') {
            k->kind = 'n';
            while (i < n && s[i] >= '0' && s[i] <= '9') {
                if (k->ndig < 9)
                    k->num = k->num * 10 + (s[i] - '0');
                k->ndig++;
                i++;
            }
        } else if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0xC0) {
            k->kind = 'w';
            size_t w = 0;
            while (i < n) {
                unsigned char d = (unsigned char)s[i];
                char f = 0;
                size_t adv = 1;
                if ((d | 0x20) >= 'a' && (d | 0x20) <= 'z')
                    f = (char)(d | 0x20);
                else if (d >= 0xC0 && i + 1 < n && (f = fold2(d, (unsigned char)s[i + 1])) != 0)
                    adv = 2;
                else if (d >= 0xC0)
                    return -1;
                else
                    break;
                if (w + 1 < sizeof k->word)
                    k->word[w++] = f;
                i += adv;
            }
        } else if (c < 0x80) {
            k->kind = 'p';
            k->punct = (char)c;
            i++;
        } else {
            return -1;
        }
        nt++;
    }
    return nt;
}

static int month_of(const char *w)
{
    static const char *const names[][6] = {
        {"january", "jan", "leden", "ledna", NULL},
        {"february", "feb", "unor", "unora", NULL},
        {"march", "mar", "brezen", "brezna", NULL},
        {"april", "apr", "duben", "dubna", NULL},
        {"may", "kveten", "kvetna", NULL},
        {"june", "jun", "cerven", "cervna", NULL},
        {"july", "jul", "cervenec", "cervence", NULL},
        {"august", "aug", "srpen", "srpna", NULL},
        {"september", "sep", "sept", "zari", NULL},
        {"october", "oct", "rijen", "rijna", NULL},
        {"november", "nov", "listopad", "listopadu", NULL},
        {"december", "dec", "prosinec", "prosince", NULL},
    };
    for (int m = 0; m < 12; m++)
        for (int k = 0; names[m][k]; k++)
            if (strcmp(w, names[m][k]) == 0)
                return m + 1;
    return 0;
}

static int is_weekday(const char *w)
{
    static const char *const days[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "pondeli", "utery", "streda", "ctvrtek", "patek", "sobota", "nedele",
        "po", "ut", "st", "ct", "pa", "so", "ne",
    };
    for (size_t k = 0; k < sizeof days / sizeof days[0]; k++)
        if (strcmp(w, days[k]) == 0)
            return 1;
    return 0;
}

static int is_p(const tok *t, char c) { return t->kind == 'p' && t->punct == c; }
static int is_year(const tok *t) { return t->kind == 'n' && t->ndig == 4; }
static int is_day(const tok *t) { return t->kind == 'n' && t->ndig <= 2; }

/* English ordinal suffixes and an abbreviation dot after a month name */
static int skip_ordinal(const tok *t, int k, int nt)
{
    if (k < nt && t[k].kind == 'w' && (strcmp(t[k].word, "st") == 0 || strcmp(t[k].word, "nd") == 0
                                       || strcmp(t[k].word, "rd") == 0 || strcmp(t[k].word, "th") == 0))
        k++;
    return k;
}

/* what may follow a complete date: nothing, or a time ("10:00", "T10"),
   or a comma/"at" before one */
static int tail_ok(const tok *t, int k, int nt)
{
    if (k >= nt)
        return 1;
    if (is_p(&t[k], ',') || (t[k].kind == 'w' && strcmp(t[k].word, "at") == 0))
        k++;
    if (k >= nt)
        return 0;
    if (t[k].kind == 'w' && t[k].word[0] == 't' && t[k].word[1] == 0)
        return 1;  /* ISO 'T' before the time */
    if (t[k].kind == 'n' && t[k].ndig <= 2 && k + 1 < nt && (is_p(&t[k + 1], ':') || is_p(&t[k + 1], '.')))
        return 1;
    return 0;
}

int stp_date_parse(const char *s, size_t n, char out[11])
{
    out[0] = 0;
    tok t[12];
    int nt = lex(s, n, t, 12);
    if (nt == 0)
        return 0;
    if (nt < 0)
        return STP_EDATE;
    int k = 0, y = 0, m = 0, d = 0;
    /* ISO "2024-05-03T10:00:00Z": the lexer sees 2024 - 05 - 03 t10 ... */
    if (nt >= 5 && is_year(&t[0]) && (is_p(&t[1], '-') || is_p(&t[1], '/')) && is_day(&t[2])
        && t[3].kind == 'p' && t[3].punct == t[1].punct && is_day(&t[4])) {
        y = t[0].num;
        m = t[2].num;
        d = t[4].num;
        k = 5;
        /* "2024-05-03T10:00" lexes the T with the day's end: a word "t" */
        if (k < nt && !(t[k].kind == 'w' && t[k].word[0] == 't') && !tail_ok(t, k, nt))
            return STP_EDATE;
        goto check;
    }
    if (t[k].kind == 'w' && is_weekday(t[k].word)) {
        k++;
        if (k < nt && (is_p(&t[k], ',') || is_p(&t[k], '.')))
            k++;
    }
    if (k < nt && is_day(&t[k])) {
        d = t[k++].num;
        k = skip_ordinal(t, k, nt);
        int dot = k < nt && is_p(&t[k], '.');
        if (dot)
            k++;
        if (k < nt && is_day(&t[k]) && dot) {          /* 3. 5. 2024 */
            m = t[k++].num;
            if (!(k < nt && is_p(&t[k], '.')))
                return STP_EDATE;
            k++;
        } else if (k < nt && t[k].kind == 'w' && (m = month_of(t[k].word)) != 0) {
            k++;                                        /* 3 May 2024, 3. května 2024 */
            if (k < nt && is_p(&t[k], '.'))
                k++;
            if (k < nt && is_p(&t[k], ','))
                k++;
        } else {
            return STP_EDATE;
        }
    } else if (k < nt && t[k].kind == 'w' && (m = month_of(t[k].word)) != 0) {
        k++;                                            /* May 3, 2024 */
        if (k < nt && is_p(&t[k], '.'))
            k++;
        if (!(k < nt && is_day(&t[k])))
            return STP_EDATE;
        d = t[k++].num;
        k = skip_ordinal(t, k, nt);
        if (k < nt && is_p(&t[k], ','))
            k++;
    } else {
        return STP_EDATE;
    }
    if (!(k < nt && is_year(&t[k])))
        return STP_EDATE;
    y = t[k++].num;
    if (!tail_ok(t, k, nt))
        return STP_EDATE;
check:
    if (!stp_date_valid(y, m, d))
        return STP_EDATE;
    snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
    return 0;
}
