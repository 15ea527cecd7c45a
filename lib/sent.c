/* sent.c - sentence splitter over the tokeniser
 *
 * Tokens are read into s->toks; a sentence is toks[0..m), the `ahead`
 * tokens after it were read to decide where it ends and start the next
 * sentence. At a candidate end (. ! ? … ...) the closing quotes and
 * brackets glued to the mark go with the sentence, then the next token
 * decides: a sentence starts with an upper-case letter, a digit, or an
 * opening quote or bracket, never with a lower-case word.
 */
#include "sent.h"
#include "err.h"
#include "fold.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

void stp_sent_init(stp_sentencer *s, const char *text, size_t len, stp_lang lang)
{
    memset(s, 0, sizeof *s);
    stp_tok_init(&s->tok, text, len, lang);
}

void stp_sent_finish(stp_sentencer *s)
{
    free(s->toks);
    s->toks = NULL;
    s->n = s->cap = s->ahead = 0;
}

/* make toks[i] available; @return 1, 0 at the end of the text, or ENOMEM */
static int need(stp_sentencer *s, size_t i)
{
    while (s->n <= i) {
        if (s->done)
            return 0;
        if (s->n == s->cap) {
            size_t cap = s->cap ? s->cap * 2 : 64;
            stp_token *p = realloc(s->toks, cap * sizeof *p);
            if (!p)
                return STP_ENOMEM;
            s->toks = p;
            s->cap = cap;
        }
        if (!stp_tok_next(&s->tok, &s->toks[s->n])) {
            s->done = 1;
            return 0;
        }
        s->n++;
    }
    return 1;
}

static const char *ttext(const stp_sentencer *s, const stp_token *t) { return s->tok.text + t->b0; }
static size_t tlen(const stp_token *t) { return t->b1 - t->b0; }

static int tok_is(const stp_sentencer *s, const stp_token *t, const char *lit)
{
    size_t m = strlen(lit);
    return tlen(t) == m && memcmp(ttext(s, t), lit, m) == 0;
}

static int tok_in(const stp_sentencer *s, const stp_token *t, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (tok_is(s, t, list[k]))
            return 1;
    return 0;
}

static int is_terminal(const stp_sentencer *s, const stp_token *t)
{
    if (t->kind != STP_TOK_PUNCT)
        return 0;
    const char *p = ttext(s, t);
    size_t m = tlen(t);
    if (m == 1)
        return *p == '.' || *p == '!' || *p == '?';
    if (m >= 3 && p[0] == '.')
        return 2; /* ... */
    if (tok_is(s, t, "\xE2\x80\xA6"))
        return 2; /* … */
    return tok_is(s, t, "\xE2\x80\xBD"); /* ‽ */
}

/* closing quotes and brackets that follow the mark: " ' ) ] ” ’ » « “ */
static int is_closer(const stp_sentencer *s, const stp_token *t)
{
    if (t->kind != STP_TOK_PUNCT || (t->flags & STP_TF_SPACE))
        return 0;
    static const char *const CL[] = { "\"", "'", ")", "]", "}", "\xE2\x80\x9D",
                                      "\xE2\x80\x99", "\xC2\xBB", "\xC2\xAB",
                                      "\xE2\x80\x9C", "\xE2\x80\xBA" };
    return tok_in(s, t, CL, sizeof CL / sizeof CL[0]);
}

/* a token a sentence may start with */
static int starts_sentence(const stp_sentencer *s, const stp_token *t)
{
    switch (t->kind) {
    case STP_TOK_WORD:
        return (t->flags & STP_TF_CAP) != 0;
    case STP_TOK_NUM:
    case STP_TOK_IOC:
    case STP_TOK_SYM:
        return 1;
    case STP_TOK_PUNCT: {
        static const char *const OP[] = { "\"", "'", "(", "[", "\xE2\x80\x9E", "\xE2\x80\x9C",
                                          "\xC2\xBB", "\xC2\xAB", "\xE2\x80\x98",
                                          "\xE2\x80\x9A", "-", "\xE2\x80\x93",
                                          "\xE2\x80\x94", "\xE2\x80\xB9" };
        return tok_in(s, t, OP, sizeof OP / sizeof OP[0]);
    }
    default:
        return 0;
    }
}

/* lower-cased copy of a short token into buf; 0 if too long */
static size_t lower(const stp_sentencer *s, const stp_token *t, char *buf, size_t cap)
{
    size_t m = 0, i = 0, n = tlen(t);
    const char *p = ttext(s, t);
    while (i < n) {
        if (m + 4 >= cap)
            return 0;
        int32_t cp = stp_utf8_next(p, n, &i);
        m += (size_t)stp_utf8_put(buf + m, stp_fold_cp(cp, STP_FOLD_CASE));
    }
    return m;
}

static int in_list(const char *w, size_t m, const char *const *list)
{
    for (; *list; list++)
        if (strlen(*list) == m && memcmp(*list, w, m) == 0)
            return 1;
    return 0;
}

/* abbreviations that usually end their clause: a capital after them
 * starts a sentence */
static const char *const ABBR_END[] = { "atd.", "atp.", "apod.", "aj.", "etc.", NULL };

/* words that often open a sentence, to tell "Acme Inc. The company" from
 * "U.S. President" */
static const char *const STARTERS[] = {
    "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
    "i", "you", "there", "in", "on", "at", "but", "however", "and", "a", "an", "as",
    "according", "after", "before", "since", "while", "when", "if", "for", "of",
    "to", "with", "our", "his", "her", "their", "some", "many", "most", "also",
    "ten", "ta", "to", "tento", "tato", "toto", "ty", "ve", "v", "na", "podle",
    "po", "před", "při", "během", "mezi", "je", "jde", "byl", "byla", "bylo",
    "jak", "však", "ale", "a", "i", "už", "již", "také", "firma", "společnost",
    "útok", "útočníci", "skupina", "mluvčí", "ministerstvo", NULL
};

/* a Czech ordinal or a date: a number of at most four digits and a dot */
static int ordinal_num(const stp_token *t)
{
    return t->kind == STP_TOK_NUM && t->b1 - t->b0 <= 4;
}

static int roman(const stp_sentencer *s, const stp_token *t)
{
    if (t->kind != STP_TOK_WORD || !(t->flags & STP_TF_UPPER))
        return 0;
    const char *p = ttext(s, t);
    for (size_t i = 0; i < tlen(t); i++)
        if (!strchr("IVXLC", p[i]))
            return 0;
    return 1;
}

/* should the sentence end before toks[k], the mark being toks[i]? */
static int split_before(const stp_sentencer *s, size_t i, size_t k, int term)
{
    const stp_token *mark = &s->toks[i], *nx = &s->toks[k];
    if (nx->flags & STP_TF_PARA)
        return 1;
    if (!(nx->flags & STP_TF_SPACE) && k == i + 1)
        return 0; /* "end.The": not enough to go on */
    if (!starts_sentence(s, nx))
        return 0;
    if (term == 2) /* an ellipsis: only before a capital letter */
        return nx->kind == STP_TOK_WORD || k > i + 1;
    if (mark->kind == STP_TOK_WORD && (mark->flags & STP_TF_ABBREV)) {
        if (!(mark->flags & STP_TF_ABBREV_END))
            return 0; /* např., Mr., č. qualify what follows */
        char w[32];
        size_t m = lower(s, mark, w, sizeof w);
        if (m && in_list(w, m, ABBR_END))
            return nx->kind == STP_TOK_WORD || nx->kind == STP_TOK_PUNCT;
        if (nx->kind != STP_TOK_WORD || !(nx->flags & STP_TF_CAP))
            return 0;
        m = lower(s, nx, w, sizeof w);
        return m && in_list(w, m, STARTERS);
    }
    if (i > 0 && tok_is(s, mark, ".") && k == i + 1) {
        const stp_token *pv = &s->toks[i - 1];
        if (!(mark->flags & STP_TF_SPACE)) {
            /* "3. května", "3. 5. 2024": an ordinal before lower case or
             * a number; a year before a capital ends a sentence */
            if (ordinal_num(pv) && nx->kind == STP_TOK_NUM)
                return 0;
            /* an initial: "J. Lipavský", "Josep B. Borrell" */
            if (pv->kind == STP_TOK_WORD && pv->c1 - pv->c0 == 1 && (pv->flags & STP_TF_CAP)
                && nx->kind == STP_TOK_WORD && (nx->flags & STP_TF_CAP))
                return 0;
            /* "Karel IV. navštívil" is caught by the lower-case rule;
             * "Jindřich VIII. Tudor" here */
            if (roman(s, pv) && nx->kind == STP_TOK_WORD && (nx->flags & STP_TF_CAP)
                && !(nx->flags & STP_TF_UPPER) && s->tok.lang != STP_LANG_EN) {
                char w[32];
                size_t m = lower(s, nx, w, sizeof w);
                return m && in_list(w, m, STARTERS);
            }
        }
    }
    return 1;
}

int stp_sent_next(stp_sentencer *s, const stp_token **toks, size_t *n)
{
    /* drop the sentence handed out last time */
    if (s->ahead < s->n) {
        memmove(s->toks, s->toks + (s->n - s->ahead), s->ahead * sizeof *s->toks);
        s->n = s->ahead;
    }
    s->ahead = 0;
    size_t end = 0, i = 0;
    for (;;) {
        int r = need(s, i);
        if (r < 0)
            return r;
        if (!r) {
            end = s->n;
            break;
        }
        if (i > 0 && (s->toks[i].flags & STP_TF_PARA)) {
            end = i;
            break;
        }
        if (i + 1 >= STP_SENT_MAX_TOKENS) {
            end = i + 1;
            break;
        }
        const stp_token *t = &s->toks[i];
        int term = is_terminal(s, t);
        if (!term && !(t->kind == STP_TOK_WORD && (t->flags & STP_TF_ABBREV))) {
            i++;
            continue;
        }
        /* more marks and closing quotes glued to this one */
        size_t k = i + 1;
        for (;;) {
            r = need(s, k);
            if (r < 0)
                return r;
            if (!r || k + 1 >= STP_SENT_MAX_TOKENS)
                break;
            const stp_token *c = &s->toks[k];
            if ((is_terminal(s, c) && !(c->flags & STP_TF_SPACE)) || is_closer(s, c))
                k++;
            else
                break;
        }
        if (k >= s->n) { /* the text ends here */
            end = s->n;
            break;
        }
        if (k + 1 >= STP_SENT_MAX_TOKENS) {
            end = k;
            break;
        }
        if (split_before(s, i, k, term)) {
            end = k;
            break;
        }
        i = k;
    }
    if (end == 0)
        return 0;
    s->ahead = s->n - end;
    *toks = s->toks;
    *n = end;
    return 1;
}
