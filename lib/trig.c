/* trig.c - trigger lexicons: parsing rows, stem keys of words, the index */
#include "trig.h"
#include "err.h"
#include "fold.h"
#include "rec.h"

#include <stdlib.h>
#include <string.h>

/* the keys of one STEM word, per language (offsets into lex->pool) */
typedef struct {
    uint32_t off[2][STP_STEM_MAXKEYS];
    uint32_t len[2][STP_STEM_MAXKEYS];
    uint8_t  n[2];          /* [0] English, [1] Czech */
} word_keys;

/* hash index: string -> chain of entry ids */
typedef struct {
    uint32_t key_off, key_len;  /* in lex->pool; key_len 0 = empty slot */
    uint32_t head;              /* into lex->links, +1 (0 = none) */
} slot;

typedef struct {
    uint32_t entry;
    uint32_t next;              /* +1, 0 = end */
} link;

struct stp_trig_lex {
    stp_stemmer    *st;
    stp_trig_entry *e;
    size_t          ne, cap_e;
    stp_trig_word  *w;
    word_keys      *wk;
    size_t          nw, cap_w, cap_wk;
    stp_buf         pool;       /* key strings */
    stp_buf         text;       /* folded word texts (offsets until indexed) */
    slot           *slots;
    size_t          nslots;
    link           *links;
    size_t          nlinks, cap_links;
};

static const char *const KIND_NAMES[STP_TRIG_NKIND] = {
    "TARGETED", "CLAIMED", "ATTRIBUTED_TO", "BLAMED", "EXPLOITED", "CONDEMNED",
    "SUPPORTED", "QUAL", "NEG", "HEDGE", "ANAPHOR", "SAY", "ACTORNOUN"
};
static const char *const QUAL_NAMES[STP_QUAL_N] = {
    "", "ddos", "phishing", "ransomware", "espionage", "defacement", "leak", "wiper"
};

const char *stp_trig_kind_name(int kind)
{
    return kind >= 0 && kind < STP_TRIG_NKIND ? KIND_NAMES[kind] : "?";
}

const char *stp_qual_name(int q)
{
    return q >= 0 && q < STP_QUAL_N ? QUAL_NAMES[q] : "";
}

int stp_trig_kind_parse(const char *s, size_t n)
{
    for (int i = 0; i < STP_TRIG_NKIND; i++)
        if (strlen(KIND_NAMES[i]) == n && memcmp(KIND_NAMES[i], s, n) == 0)
            return i;
    return -1;
}

int stp_qual_parse(const char *s, size_t n)
{
    if (n == 0 || (n == 1 && s[0] == '-'))
        return 0;
    for (int i = 1; i < STP_QUAL_N; i++)
        if (strlen(QUAL_NAMES[i]) == n && memcmp(QUAL_NAMES[i], s, n) == 0)
            return i;
    return -1;
}

int stp_trig_lex_new(stp_trig_lex **out, stp_stemmer *st)
{
    stp_trig_lex *l = calloc(1, sizeof *l);
    if (!l)
        return STP_ENOMEM;
    l->st = st;
    *out = l;
    return 0;
}

void stp_trig_lex_free(stp_trig_lex *l)
{
    if (!l)
        return;
    free(l->e);
    free(l->w);
    free(l->wk);
    stp_buf_free(&l->pool);
    stp_buf_free(&l->text);
    free(l->slots);
    free(l->links);
    free(l);
}

size_t stp_trig_lex_size(const stp_trig_lex *l) { return l->ne; }
const stp_trig_entry *stp_trig_lex_entry(const stp_trig_lex *l, size_t i) { return &l->e[i]; }
const stp_trig_word *stp_trig_lex_word(const stp_trig_lex *l, size_t i) { return &l->w[i]; }

/* ---- parsing -------------------------------------------------------- */

static int fail(stp_trig_diag *d, uint64_t line, const char *msg)
{
    if (d) {
        d->line = line;
        d->msg = msg;
    }
    return STP_ESYNTAX;
}

static int add_keys(stp_trig_lex *l, word_keys *k, int li, stp_lang lang, const char *w, size_t n)
{
    stp_str keys[STP_STEM_MAXKEYS];
    if (lang == STP_LANG_CS) {
        /* the light stem of the folded base form: by stem.h it is among the
           keys of every inflected form, and it needs no hunspell, so that
           start-up does not load the dictionary */
        stp_buf f = {0}, st = {0};
        int rc = stp_fold(&f, w, n, STP_FOLD_ALL);
        if (!rc)
            rc = stp_stem_cs_light(&st, f.p, f.len);
        if (!rc) {
            k->off[li][0] = (uint32_t)l->pool.len;
            k->len[li][0] = (uint32_t)st.len;
            k->n[li] = 1;
            rc = stp_buf_put(&l->pool, st.p, st.len);
        }
        stp_buf_free(&f);
        stp_buf_free(&st);
        return rc ? STP_ENOMEM : 0;
    }
    int nk = stp_stem_keys(l->st, lang, w, n, keys);
    if (nk == STP_EDICT)        /* reported once; the light stemmer goes on */
        nk = stp_stem_keys(l->st, lang, w, n, keys);
    if (nk < 0)
        return nk;
    k->n[li] = 0;
    for (int i = 0; i < nk; i++) {
        uint32_t off = (uint32_t)l->pool.len;
        if (stp_buf_put(&l->pool, keys[i].s, keys[i].n))
            return STP_ENOMEM;
        k->off[li][k->n[li]] = off;
        k->len[li][k->n[li]] = (uint32_t)keys[i].n;
        k->n[li]++;
    }
    return 0;
}

static int add_word(stp_trig_lex *l, const char *w, size_t n, stp_lang lang, uint64_t line,
                    stp_trig_diag *d)
{
    if (l->nw == l->cap_w && stp_array_grow((void **)&l->w, &l->cap_w, l->nw + 1, sizeof *l->w))
        return STP_ENOMEM;
    if (l->nw >= l->cap_wk && stp_array_grow((void **)&l->wk, &l->cap_wk, l->nw + 1, sizeof *l->wk))
        return STP_ENOMEM;
    stp_trig_word *tw = &l->w[l->nw];
    word_keys *k = &l->wk[l->nw];
    memset(tw, 0, sizeof *tw);
    memset(k, 0, sizeof *k);
    if ((n == 1 && w[0] == '_') || (n == 2 && w[0] == '_' && w[1] == '_')) {
        tw->mode = STP_TW_GAP;
        tw->nfold = n - 1;      /* 1: "__", the long gap */
    } else {
        int mode = STP_TW_STEM;
        if (w[0] == '=') {
            mode = STP_TW_EXACT;
            w++, n--;
        } else if (n > 1 && w[n - 1] == '*') {
            mode = STP_TW_PREFIX;
            n--;
        }
        if (n == 0)
            return fail(d, line, "empty pattern word");
        size_t off = l->text.len;
        if (stp_fold(&l->text, w, n, STP_FOLD_ALL))
            return STP_ENOMEM;
        size_t fl = l->text.len - off;
        if (mode == STP_TW_STEM && stp_utf8_count(l->text.p + off, fl) <= 3)
            mode = STP_TW_EXACT;
        if (mode == STP_TW_PREFIX && fl < 3)
            return fail(d, line, "a prefix word needs at least three letters");
        tw->fold = (char *)(uintptr_t)off;   /* an offset until the text is final */
        tw->nfold = fl;
        tw->mode = (uint8_t)mode;
        if (mode == STP_TW_STEM) {
            int rc = 0;
            if (lang != STP_LANG_CS)
                rc = add_keys(l, k, 0, STP_LANG_EN, w, n);
            if (!rc && lang != STP_LANG_EN)
                rc = add_keys(l, k, 1, STP_LANG_CS, w, n);
            if (rc)
                return rc;
        }
    }
    l->nw++;
    return 0;
}

static stp_str next_field(const char **p, const char *end)
{
    const char *s = *p;
    const char *t = memchr(s, '\t', (size_t)(end - s));
    stp_str f = { s, t ? (size_t)(t - s) : (size_t)(end - s) };
    *p = t ? t + 1 : end;
    return f;
}

static int parse_sides(stp_trig_entry *e, stp_str f)
{
    e->s_side = e->o_side = STP_SIDE_ANY;
    if (f.n == 1 && f.s[0] == '-')
        return 0;
    if (f.n < 2)
        return -1;
    for (int i = 0; i < 2; i++) {
        uint8_t v;
        switch (f.s[i]) {
        case 'L': v = STP_SIDE_LEFT; break;
        case 'R': v = STP_SIDE_RIGHT; break;
        case 'A': v = STP_SIDE_ANY; break;
        default: return -1;
        }
        if (i == 0)
            e->s_side = v;
        else
            e->o_side = v;
    }
    for (size_t i = 2; i < f.n; i++) {
        switch (f.s[i]) {
        case 'p': e->flags |= STP_TRIGF_PASSIVE; break;
        case 'n': e->flags |= STP_TRIGF_NEAR; break;
        case 's': e->flags |= STP_TRIGF_SAY; break;
        case 'f': e->flags |= STP_TRIGF_FAR; break;
        case 'a': e->flags |= STP_TRIGF_ADJ; break;
        default: return -1;
        }
    }
    return 0;
}

static int parse_row(stp_trig_lex *l, const char *s, size_t n, uint64_t line, stp_trig_diag *d)
{
    const char *p = s, *end = s + n;
    stp_str f[6];
    int nf = 0;
    while (nf < 6 && p < end)
        f[nf++] = next_field(&p, end);
    if (nf != 6 || p < end)
        return fail(d, line, "a row needs six TAB-separated fields: lang kind pattern sides qualifier weight");
    stp_trig_entry e;
    memset(&e, 0, sizeof e);
    if (f[0].n == 2 && memcmp(f[0].s, "cs", 2) == 0)
        e.lang = STP_LANG_CS;
    else if (f[0].n == 2 && memcmp(f[0].s, "en", 2) == 0)
        e.lang = STP_LANG_EN;
    else if (f[0].n == 3 && memcmp(f[0].s, "any", 3) == 0)
        e.lang = STP_LANG_UND;
    else
        return fail(d, line, "lang must be cs, en or any");
    int k = stp_trig_kind_parse(f[1].s, f[1].n);
    if (k < 0)
        return fail(d, line, "unknown kind (a predicate, QUAL, NEG, HEDGE, ANAPHOR, SAY, ACTORNOUN)");
    e.kind = (uint8_t)k;
    if (parse_sides(&e, f[3]))
        return fail(d, line, "sides must be '-' or two of L R A, then flags p n s f a");
    int q = stp_qual_parse(f[4].s, f[4].n);
    if (q < 0)
        return fail(d, line, "unknown qualifier");
    if (k == STP_TRIG_QUAL && q == 0)
        return fail(d, line, "a QUAL row names its qualifier");
    if (q && k != STP_TRIG_QUAL && k != STP_TRIG_TARGETED && k != STP_TRIG_CLAIMED)
        return fail(d, line, "a qualifier only on TARGETED, CLAIMED and QUAL rows");
    e.qual = (uint8_t)q;
    char tmp[32];
    if (f[5].n == 0 || f[5].n >= sizeof tmp)
        return fail(d, line, "weight must be a number in (0,1]");
    memcpy(tmp, f[5].s, f[5].n);
    tmp[f[5].n] = '\0';
    char *ep;
    double wv = strtod(tmp, &ep);
    if (*ep || !(wv > 0.0 && wv <= 1.0))
        return fail(d, line, "weight must be a number in (0,1]");
    e.weight = (float)wv;
    e.line = (uint32_t)line;
    e.w0 = (uint32_t)l->nw;
    /* words */
    const char *w = f[2].s, *we = f[2].s + f[2].n;
    while (w < we) {
        while (w < we && *w == ' ')
            w++;
        const char *x = w;
        while (x < we && *x != ' ')
            x++;
        if (x > w) {
            if (((x - w == 1 && *w == '_') || (x - w == 2 && w[0] == '_' && w[1] == '_'))
                && (e.nw == 0))
                return fail(d, line, "a pattern cannot start with a gap");
            int rc = add_word(l, w, (size_t)(x - w), (stp_lang)e.lang, line, d);
            if (rc) {
                l->nw = e.w0;
                return rc;
            }
            e.nw++;
        }
        w = x;
    }
    if (e.nw == 0)
        return fail(d, line, "empty pattern");
    if (l->w[e.w0 + e.nw - 1].mode == STP_TW_GAP) {
        l->nw = e.w0;
        return fail(d, line, "a pattern cannot end with a gap");
    }
    if (l->ne == l->cap_e && stp_array_grow((void **)&l->e, &l->cap_e, l->ne + 1, sizeof *l->e)) {
        l->nw = e.w0;
        return STP_ENOMEM;
    }
    l->e[l->ne++] = e;
    return 0;
}

int stp_trig_lex_add(stp_trig_lex *l, const char *text, size_t len, stp_trig_diag *d)
{
    if (l->slots)
        return STP_EINVAL;      /* already indexed */
    uint64_t line = 0;
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        line++;
        if (n && p[n - 1] == '\r')
            n--;
        size_t i = 0;
        while (i < n && (p[i] == ' '))
            i++;
        if (i < n && p[i] != '#') {
            int rc = parse_row(l, p, n, line, d);
            if (rc)
                return rc;
        }
        p = nl ? nl + 1 : end;
    }
    return 0;
}

/* ---- index ---------------------------------------------------------- */

static uint64_t hash_bytes(const char *a, size_t an, const char *b, size_t bn)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < an; i++)
        h = (h ^ (unsigned char)a[i]) * 1099511628211ull;
    for (size_t i = 0; i < bn; i++)
        h = (h ^ (unsigned char)b[i]) * 1099511628211ull;
    return h;
}

/* lookups use a 2-byte tag ("ek", "cx", ...) and a string */
static slot *find_slot(const stp_trig_lex *l, const char tag[2], const char *s, size_t n)
{
    if (!l->nslots)
        return NULL;
    size_t mask = l->nslots - 1;
    size_t i = (size_t)hash_bytes(tag, 2, s, n) & mask;
    for (;;) {
        slot *sl = &l->slots[i];
        if (sl->key_len == 0)
            return sl;
        if (sl->key_len == n + 2 && memcmp(l->pool.p + sl->key_off, tag, 2) == 0
            && memcmp(l->pool.p + sl->key_off + 2, s, n) == 0)
            return sl;
        i = (i + 1) & mask;
    }
}

static int index_add(stp_trig_lex *l, const char tag[2], const char *s, size_t n, uint32_t entry)
{
    slot *sl = find_slot(l, tag, s, n);
    if (sl->key_len == 0) {
        /* s may point into the pool: copy via a temporary offset */
        /* (pool.p may still be NULL: no pointer arithmetic on it then) */
        int in_pool = l->pool.p && s >= l->pool.p && s < l->pool.p + l->pool.len;
        size_t soff = in_pool ? (size_t)(s - l->pool.p) : 0;
        char *tmp = NULL;
        if (!in_pool) {
            tmp = malloc(n ? n : 1);
            if (!tmp)
                return STP_ENOMEM;
            memcpy(tmp, s, n);
        }
        size_t off = l->pool.len;
        if (stp_buf_reserve(&l->pool, n + 2)) {
            free(tmp);
            return STP_ENOMEM;
        }
        stp_buf_put(&l->pool, tag, 2);
        stp_buf_put(&l->pool, in_pool ? l->pool.p + soff : tmp, n);
        free(tmp);
        sl->key_off = (uint32_t)off;
        sl->key_len = (uint32_t)(n + 2);
    }
    /* no duplicate of the same entry on one key */
    for (uint32_t k = sl->head; k; k = l->links[k - 1].next)
        if (l->links[k - 1].entry == entry)
            return 0;
    if (l->nlinks == l->cap_links
        && stp_array_grow((void **)&l->links, &l->cap_links, l->nlinks + 1, sizeof *l->links))
        return STP_ENOMEM;
    l->links[l->nlinks].entry = entry;
    l->links[l->nlinks].next = sl->head;
    l->nlinks++;
    sl->head = (uint32_t)l->nlinks;
    return 0;
}

static int index_cs_key(void *arg, const char *key, size_t n)
{
    return index_add(arg, "cw", key, n, 0);
}

int stp_trig_lex_index(stp_trig_lex *l)
{
    if (l->slots)
        return 0;
    /* fix the word texts: offsets become pointers */
    for (size_t i = 0; i < l->nw; i++)
        if (l->w[i].mode != STP_TW_GAP)
            l->w[i].fold = l->text.p + (uintptr_t)l->w[i].fold;
    size_t want = 64;
    while (want < (l->ne * 8 + l->nw * 2) * 4)
        want *= 2;
    l->slots = calloc(want, sizeof *l->slots);
    if (!l->slots)
        return STP_ENOMEM;
    l->nslots = want;
    for (size_t i = 0; i < l->ne; i++) {
        const stp_trig_entry *e = &l->e[i];
        const stp_trig_word *w = &l->w[e->w0];
        const word_keys *k = &l->wk[e->w0];
        for (int li = 0; li < 2; li++) {
            stp_lang lg = li == 0 ? STP_LANG_EN : STP_LANG_CS;
            if (e->lang != STP_LANG_UND && e->lang != lg)
                continue;
            char tag[2] = { li == 0 ? 'e' : 'c', 0 };
            int rc = 0;
            if (w->mode == STP_TW_STEM) {
                tag[1] = 'k';
                for (int j = 0; !rc && j < k->n[li]; j++) {
                    size_t off = k->off[li][j], len = k->len[li][j];
                    char tmp[256];
                    if (len > sizeof tmp)
                        continue;
                    memcpy(tmp, l->pool.p + off, len);
                    rc = index_add(l, tag, tmp, len, (uint32_t)i);
                }
            } else if (w->mode == STP_TW_EXACT) {
                tag[1] = 'x';
                rc = index_add(l, tag, w->fold, w->nfold, (uint32_t)i);
            } else {
                tag[1] = 'p';
                rc = index_add(l, tag, w->fold, 3, (uint32_t)i);
            }
            if (rc)
                return rc;
        }
    }
    /* every Czech key of a stem word, wherever it stands: the keys a text
       word's hunspell lemmas can meet (stp_trig_lex_has_cs_key) */
    return stp_trig_lex_each_cs_key(l, index_cs_key, l);
}

int stp_trig_lex_each_cs_key(const stp_trig_lex *l, int (*fn)(void *arg, const char *key, size_t n),
                             void *arg)
{
    for (size_t i = 0; i < l->nw; i++) {
        const word_keys *k = &l->wk[i];
        if (l->w[i].mode != STP_TW_STEM)
            continue;
        for (int j = 0; j < k->n[1]; j++) {
            char tmp[256];
            size_t len = k->len[1][j];
            if (len > sizeof tmp)
                continue;
            memcpy(tmp, l->pool.p + k->off[1][j], len);
            int rc = fn(arg, tmp, len);
            if (rc)
                return rc;
        }
    }
    return 0;
}

int stp_trig_lex_has_cs_key(const stp_trig_lex *l, const char *key, size_t n)
{
    const slot *sl = find_slot(l, "cw", key, n);
    return sl && sl->key_len != 0;
}

/* ---- matching ------------------------------------------------------- */

/* an English adverb in -ly has the stem of its verb or adjective:
   Snowball takes -edly, -ingly and -ly off ("reportedly", "allegedly",
   "likely" -> report, alleg, like), so "reportedly" would be the reporting
   verb "report" and the HEDGE row "reportedly" would hedge "NÚKIB
   reported". An English stem word and a token meet only if both end in
   -ly or neither does ("reportedly" / "reportedly", "report" / "reported") */
static int ends_ly(const char *s, size_t n)
{
    return n > 3 && s[n - 2] == 'l' && s[n - 1] == 'y';
}

static int keys_meet(const stp_trig_lex *l, const word_keys *k, stp_lang lang,
                     const stp_str *tk, int ntk, int no_en)
{
    for (int li = 0; li < 2; li++) {
        if (li == 0 && no_en)
            continue;
        if (lang == STP_LANG_EN && li == 1)
            continue;
        if (lang == STP_LANG_CS && li == 0)
            continue;
        for (int j = 0; j < k->n[li]; j++)
            for (int t = 0; t < ntk; t++)
                if (tk[t].n == k->len[li][j]
                    && memcmp(tk[t].s, l->pool.p + k->off[li][j], tk[t].n) == 0)
                    return 1;
    }
    return 0;
}

int stp_trig_word_match(const stp_trig_lex *l, size_t wi, const stp_trig_tok *t,
                        stp_lang lang, int *negated)
{
    const stp_trig_word *w = &l->w[wi];
    int pat_ne = w->nfold >= 2 && w->fold[0] == 'n' && w->fold[1] == 'e';
    int tok_ne = t->nfold > 2 && t->fold[0] == 'n' && t->fold[1] == 'e' && lang != STP_LANG_EN;
    switch (w->mode) {
    case STP_TW_EXACT:
        return t->nfold == w->nfold && memcmp(t->fold, w->fold, w->nfold) == 0;
    case STP_TW_PREFIX:
        if (t->nfold >= w->nfold && memcmp(t->fold, w->fold, w->nfold) == 0)
            return 1;
        if (tok_ne && !pat_ne && t->nfold - 2 >= w->nfold
            && memcmp(t->fold + 2, w->fold, w->nfold) == 0) {
            if (negated)
                *negated = 1;
            return 1;
        }
        return 0;
    case STP_TW_STEM: {
        int no_en = ends_ly(t->fold, t->nfold) != ends_ly(w->fold, w->nfold);
        if (keys_meet(l, &l->wk[wi], lang, t->keys, t->nkeys, no_en)) {
            if (tok_ne && !pat_ne && negated)
                *negated = 1;
            return 1;
        }
        if (t->nnekeys && !pat_ne
            && keys_meet(l, &l->wk[wi], lang, t->nekeys, t->nnekeys, no_en)) {
            if (negated)
                *negated = 1;
            return 1;
        }
        return 0;
    }
    default:
        return 0;
    }
}

#define LONG_GAP 20

/* match words [wi, we) from token ti; @return the end token, or -1 */
static long match_from(const stp_trig_lex *l, size_t wi, size_t we, stp_lang lang,
                       const stp_trig_tok *toks, size_t n, size_t ti, int *neg)
{
    if (wi == we)
        return (long)ti;
    const stp_trig_word *w = &l->w[wi];
    if (w->mode == STP_TW_GAP) {
        /* "_": zero to three tokens, no mention; "__": zero to LONG_GAP
           tokens of one clause, mentions included ("pinned the attack on
           the network of Ukraine on Russia") */
        size_t maxg = w->nfold ? LONG_GAP : 3;
        for (size_t g = 0; g <= maxg && ti + g <= n; g++) {
            if (g > 0 && !w->nfold && toks[ti + g - 1].skip)
                break;
            if (g > 0 && w->nfold && toks[ti + g - 1].nfold == 1
                && strchr(".;:\"", toks[ti + g - 1].fold[0]))
                break;
            int ng = 0;
            long r = match_from(l, wi + 1, we, lang, toks, n, ti + g, &ng);
            if (r >= 0) {
                *neg |= ng;
                return r;
            }
        }
        return -1;
    }
    if (ti >= n || toks[ti].skip)
        return -1;
    int ng = 0;
    if (!stp_trig_word_match(l, wi, &toks[ti], lang, &ng))
        return -1;
    long r = match_from(l, wi + 1, we, lang, toks, n, ti + 1, neg);
    if (r >= 0)
        *neg |= ng;
    return r;
}

static int lang_ok(const stp_trig_entry *e, stp_lang lang)
{
    return lang == STP_LANG_UND || e->lang == STP_LANG_UND || e->lang == lang;
}

int stp_trig_find(const stp_trig_lex *l, stp_lang lang, const stp_trig_tok *toks, size_t n,
                  stp_trig_hit **hits, size_t *nhits, size_t *cap)
{
    if (!l->slots)
        return STP_EINVAL;
    uint32_t cand[64];
    for (size_t ti = 0; ti < n; ti++) {
        const stp_trig_tok *t = &toks[ti];
        if (t->skip || t->nfold == 0)
            continue;
        size_t nc = 0;
        for (int li = 0; li < 2; li++) {
            if ((lang == STP_LANG_EN && li == 1) || (lang == STP_LANG_CS && li == 0))
                continue;
            char tag[2] = { li == 0 ? 'e' : 'c', 'k' };
            const stp_str *ks[2] = { t->keys, t->nekeys };
            int nks[2] = { t->nkeys, t->nnekeys };
            for (int s = 0; s < 2; s++)
                for (int j = 0; j < nks[s]; j++) {
                    const slot *sl = find_slot(l, tag, ks[s][j].s, ks[s][j].n);
                    for (uint32_t k = sl ? sl->head : 0; k && nc < 64; k = l->links[k - 1].next)
                        cand[nc++] = l->links[k - 1].entry;
                }
            tag[1] = 'x';
            const slot *sl = find_slot(l, tag, t->fold, t->nfold);
            for (uint32_t k = sl ? sl->head : 0; k && nc < 64; k = l->links[k - 1].next)
                cand[nc++] = l->links[k - 1].entry;
            tag[1] = 'p';
            for (int s = 0; s < 2; s++) {
                const char *f = t->fold + (s ? 2 : 0);
                size_t fn = t->nfold - (s ? 2 : 0);
                if (s && !(t->nfold > 5 && t->fold[0] == 'n' && t->fold[1] == 'e'))
                    break;
                if (fn < 3)
                    continue;
                sl = find_slot(l, tag, f, 3);
                for (uint32_t k = sl ? sl->head : 0; k && nc < 64; k = l->links[k - 1].next)
                    cand[nc++] = l->links[k - 1].entry;
            }
        }
        for (size_t c = 0; c < nc; c++) {
            int dup = 0;
            for (size_t d = 0; d < c; d++)
                dup |= cand[d] == cand[c];
            if (dup)
                continue;
            const stp_trig_entry *e = &l->e[cand[c]];
            if (!lang_ok(e, lang))
                continue;
            int neg = 0;
            long end = match_from(l, e->w0, e->w0 + e->nw, lang, toks, n, ti, &neg);
            if (end < 0)
                continue;
            if (*nhits == *cap && stp_array_grow((void **)hits, cap, *nhits + 1, sizeof **hits))
                return STP_ENOMEM;
            stp_trig_hit *h = &(*hits)[(*nhits)++];
            h->entry = cand[c];
            h->t0 = (uint32_t)ti;
            h->t1 = (uint32_t)end;
            h->negated = neg;
        }
    }
    return 0;
}

/* ---- the built-in lexicon (lib/trig_data.c) ------------------------- */

extern const char stp_trig_builtin_tsv[];
extern const size_t stp_trig_builtin_len;

int stp_trig_lex_add_builtin(stp_trig_lex *l, stp_trig_diag *d)
{
    return stp_trig_lex_add(l, stp_trig_builtin_tsv, stp_trig_builtin_len, d);
}
