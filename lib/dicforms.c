/* dicforms.c - expand the chosen roots of a hunspell dictionary through its
 * affix rules into a set of folded forms (see dicforms.h)
 *
 * The .aff rules are kept as code-point strings: a rule is strip, add,
 * continuation flags and a condition, the condition a list of positions
 * (one character, a set [abc], a negated set [^abc], or '.'). A suffix rule
 * applies to a word that ends in its strip string and whose last characters
 * match the condition; a prefix rule likewise at the start.
 */
#include "dicforms.h"
#include "bloom.h"
#include "buf.h"
#include "err.h"
#include "fold.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXCP 160   /* longest form kept, in code points */

enum { POS_ANY, POS_SET, POS_NSET };

typedef struct {
    uint8_t  kind;
    uint32_t off, n;        /* the set's characters in the pool */
} cpos;

typedef struct {
    uint32_t strip, nstrip; /* in the pool */
    uint32_t add, nadd;
    uint32_t cond, ncond;   /* positions in the position array */
    char     cont[24];      /* continuation flags, NUL-terminated */
    size_t   next;          /* the class's next rule + 1, or 0 */
} arule;

/* a flag's rules, a list through arule.next (a flag byte may head more
   than one block: see read_aff) */
typedef struct {
    size_t    head, tail;   /* rule index + 1, or 0 */
    size_t    want;         /* rules still to come in the current block */
} aclass;

struct stp_dicforms {
    uint64_t *slots;
    size_t    cap, count, roots;
    stp_buf   dic;        /* the chosen roots' .dic lines */
    /* A Bloom filter of the hashes (64 KB for the bundled models' gate),
     * asked first: nearly every word looked up is not a form, and the
     * filter stays in the CPU's caches where the slots do not */
    stp_bloom bloom;
};

static void bloom_make(stp_dicforms *s)
{
    stp_bloom_init(&s->bloom, s->count);
    for (size_t i = 0; i < s->cap; i++)
        if (s->slots[i])
            stp_bloom_add(&s->bloom, s->slots[i]);
}

typedef struct {
    int32_t *pool;  size_t npool, cappool;
    cpos    *pos;   size_t npos, cappos;
    arule   *rules; size_t nrules, caprules;
    aclass   cls[2][256];       /* [0] prefixes, [1] suffixes, by flag byte */
    int      fullstrip;
    stp_dicforms *set;
    stp_buf  utf, fold;
} affix;

/* ---- the set of hashes ---------------------------------------------------- */

static uint64_t hash_form(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ull ^ (uint64_t)n;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
    return h ? h : 1;
}

static int set_grow(stp_dicforms *s)
{
    size_t cap = s->cap ? s->cap * 2 : 1u << 16;
    uint64_t *t = calloc(cap, sizeof *t);
    if (!t)
        return STP_ENOMEM;
    for (size_t i = 0; i < s->cap; i++) {
        uint64_t h = s->slots[i];
        if (!h)
            continue;
        size_t j = h & (cap - 1);
        while (t[j])
            j = (j + 1) & (cap - 1);
        t[j] = h;
    }
    free(s->slots);
    s->slots = t;
    s->cap = cap;
    return 0;
}

static int set_add(stp_dicforms *s, uint64_t h)
{
    if ((s->count + 1) * 2 > s->cap && set_grow(s))
        return STP_ENOMEM;
    size_t j = h & (s->cap - 1);
    for (; s->slots[j]; j = (j + 1) & (s->cap - 1))
        if (s->slots[j] == h)
            return 0;
    s->slots[j] = h;
    s->count++;
    return 0;
}

int stp_dicforms_has(const stp_dicforms *s, const char *f, size_t n)
{
    if (!s->cap)
        return 0;
    uint64_t h = hash_form(f, n);
    if (!stp_bloom_maybe(&s->bloom, h))
        return 0;
    for (size_t j = h & (s->cap - 1); s->slots[j]; j = (j + 1) & (s->cap - 1))
        if (s->slots[j] == h)
            return 1;
    return 0;
}

int stp_dicforms_dic(const stp_dicforms *s, stp_buf *out)
{
    if (stp_buf_putu(out, s->roots) || stp_buf_putc(out, '\n') || stp_buf_put(out, s->dic.p, s->dic.len))
        return STP_ENOMEM;
    return 0;
}

size_t stp_dicforms_count(const stp_dicforms *s, size_t *roots)
{
    if (roots)
        *roots = s->roots;
    return s->count;
}

void stp_dicforms_free(stp_dicforms *s)
{
    if (!s)
        return;
    free(s->slots);
    stp_bloom_free(&s->bloom);
    stp_buf_free(&s->dic);
    free(s);
}

/* ---- reading the .aff ----------------------------------------------------- */

/* decode s[0..n) into the pool; *off, *cnt set */
static int pool_put(affix *a, const char *s, size_t n, uint32_t *off, uint32_t *cnt)
{
    *off = (uint32_t)a->npool;
    *cnt = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp = stp_utf8_next(s, n, &i);
        if (stp_array_grow((void **)&a->pool, &a->cappool, a->npool + 1, sizeof *a->pool))
            return STP_ENOMEM;
        a->pool[a->npool++] = cp;
        (*cnt)++;
    }
    return 0;
}

static int parse_cond(affix *a, const char *s, size_t n, arule *r)
{
    r->cond = (uint32_t)a->npos;
    r->ncond = 0;
    if (n == 1 && s[0] == '.')
        return 0;   /* no condition */
    for (size_t i = 0; i < n;) {
        cpos p = { POS_ANY, (uint32_t)a->npool, 0 };
        if (s[i] == '[') {
            i++;
            p.kind = POS_SET;
            if (i < n && s[i] == '^') {
                p.kind = POS_NSET;
                i++;
            }
            size_t j = i;
            while (j < n && s[j] != ']')
                j++;
            if (j == n)
                return STP_ESYNTAX;
            if (pool_put(a, s + i, j - i, &p.off, &p.n))
                return STP_ENOMEM;
            i = j + 1;
        } else if (s[i] == '.') {
            i++;
        } else {
            size_t j = i;
            (void)stp_utf8_next(s, n, &j);
            p.kind = POS_SET;
            if (pool_put(a, s + i, j - i, &p.off, &p.n))
                return STP_ENOMEM;
            i = j;
        }
        if (stp_array_grow((void **)&a->pos, &a->cappos, a->npos + 1, sizeof *a->pos))
            return STP_ENOMEM;
        a->pos[a->npos++] = p;
        r->ncond++;
    }
    return 0;
}

/* split line into at most max whitespace-separated fields */
static size_t fields(char *line, char **f, size_t max)
{
    size_t n = 0;
    char *p = line;
    while (n < max) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p || *p == '\n' || *p == '\r')
            break;
        f[n++] = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
            p++;
        if (*p)
            *p++ = '\0';
    }
    return n;
}

static int read_aff(affix *a, const char *path)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return STP_EIO;
    char line[4096];
    int rc = 0, utf8 = 0;
    while (rc == 0 && fgets(line, sizeof line, fp)) {
        char *f[6];
        size_t nf = fields(line, f, 6);
        if (nf == 0 || f[0][0] == '#')
            continue;
        if (strcmp(f[0], "SET") == 0) {
            utf8 = nf > 1 && (strcmp(f[1], "UTF-8") == 0 || strcmp(f[1], "utf-8") == 0);
        } else if (strcmp(f[0], "FLAG") == 0 || strcmp(f[0], "AF") == 0
                   || strcmp(f[0], "COMPLEXPREFIXES") == 0 || strcmp(f[0], "IGNORE") == 0
                   || strcmp(f[0], "ICONV") == 0 || strncmp(f[0], "COMPOUND", 8) == 0) {
            rc = STP_EUNSUPP;
        } else if (strcmp(f[0], "BREAK") == 0 && nf >= 2 && strcmp(f[1], "-") != 0
                   && strcmp(f[1], "^-") != 0 && strcmp(f[1], "-$") != 0
                   && strspn(f[1], "0123456789") != strlen(f[1])) {
            /* hunspell splits words at break points; the stemmer sends
               words with a hyphen to it always, but not other breaks */
            rc = STP_EUNSUPP;
        } else if (strcmp(f[0], "FULLSTRIP") == 0) {
            a->fullstrip = 1;
        } else if ((strcmp(f[0], "PFX") == 0 || strcmp(f[0], "SFX") == 0) && nf >= 4) {
            int sfx = f[0][0] == 'S';
            /* flags are bytes, as hunspell reads them without a FLAG line:
               a flag written "í" in a UTF-8 file is its first byte (and a
               root's "/í" is that byte and one more, unused) */
            aclass *c = &a->cls[sfx][(unsigned char)f[1][0]];
            if (c->want == 0) {
                /* a header: PFX flag cross count. Two flags with one first
                   byte (é, í) make one class, in hunspell as here; the
                   cross-product mark is not needed, as every prefix is
                   tried on every form */
                char *end;
                c->want = strtoul(f[3], &end, 10);
                if (*end || (f[2][0] != 'Y' && f[2][0] != 'N')) {
                    rc = STP_ESYNTAX;
                    break;
                }
                continue;
            }
            if (stp_array_grow((void **)&a->rules, &a->caprules, a->nrules + 1, sizeof *a->rules)) {
                rc = STP_ENOMEM;
                break;
            }
            arule *r = &a->rules[a->nrules];
            memset(r, 0, sizeof *r);
            const char *strip = strcmp(f[2], "0") == 0 ? "" : f[2];
            char *add = f[3];
            char *slash = strchr(add, '/');
            if (slash) {
                *slash = '\0';
                /* a prefix with continuation classes would let suffixes
                   the root does not have follow it: not modelled */
                if (!sfx || strlen(slash + 1) >= sizeof r->cont) {
                    rc = STP_EUNSUPP;
                    break;
                }
                snprintf(r->cont, sizeof r->cont, "%s", slash + 1);
            }
            if (strcmp(add, "0") == 0)
                add = "";
            const char *cond = nf >= 5 ? f[4] : ".";
            if (pool_put(a, strip, strlen(strip), &r->strip, &r->nstrip)
                || pool_put(a, add, strlen(add), &r->add, &r->nadd)) {
                rc = STP_ENOMEM;
                break;
            }
            rc = parse_cond(a, cond, strlen(cond), r);
            a->nrules++;
            if (c->tail)
                a->rules[c->tail - 1].next = a->nrules;
            else
                c->head = a->nrules;
            c->tail = a->nrules;
            c->want--;
        }
    }
    if (rc == 0 && ferror(fp))
        rc = STP_EIO;
    fclose(fp);
    if (rc == 0 && !utf8)
        rc = STP_EUNSUPP;
    return rc;
}

/* ---- expanding ------------------------------------------------------------ */

static int pos_match(const affix *a, const cpos *p, int32_t c)
{
    if (p->kind == POS_ANY)
        return 1;
    int in = 0;
    for (uint32_t i = 0; i < p->n && !in; i++)
        in = a->pool[p->off + i] == c;
    return p->kind == POS_SET ? in : !in;
}

/* apply rule r (suffix or prefix) to w[0..n) into out; the new length, or
 * -1 when it does not apply */
static int apply(const affix *a, const arule *r, int sfx, const int32_t *w, int n, int32_t *out)
{
    int ns = (int)r->nstrip, nc = (int)r->ncond;
    if (n < ns || n < nc || (n == ns && !a->fullstrip) || n - ns + (int)r->nadd > MAXCP)
        return -1;
    const int32_t *strip = a->pool + r->strip, *add = a->pool + r->add;
    const cpos *cond = a->pos + r->cond;
    if (sfx) {
        if (memcmp(w + n - ns, strip, (size_t)ns * sizeof *w) != 0)
            return -1;
        for (int i = 0; i < nc; i++)
            if (!pos_match(a, &cond[i], w[n - nc + i]))
                return -1;
        memcpy(out, w, (size_t)(n - ns) * sizeof *w);
        memcpy(out + n - ns, add, r->nadd * sizeof *w);
    } else {
        if (memcmp(w, strip, (size_t)ns * sizeof *w) != 0)
            return -1;
        for (int i = 0; i < nc; i++)
            if (!pos_match(a, &cond[i], w[i]))
                return -1;
        memcpy(out, add, r->nadd * sizeof *w);
        memcpy(out + r->nadd, w + ns, (size_t)(n - ns) * sizeof *w);
    }
    return n - ns + (int)r->nadd;
}

static int emit(affix *a, const int32_t *w, int n)
{
    stp_buf_reset(&a->utf);
    if (stp_buf_reserve(&a->utf, (size_t)n * 4 + 1))
        return STP_ENOMEM;
    size_t len = 0;
    for (int i = 0; i < n; i++)
        len += (size_t)stp_utf8_put(a->utf.p + len, w[i] >= 0 && w[i] < 0x110000 ? w[i] : 0xFFFD);
    a->utf.len = len;
    stp_buf_reset(&a->fold);
    if (stp_fold(&a->fold, a->utf.p, len, STP_FOLD_ALL))
        return STP_ENOMEM;
    return set_add(a->set, hash_form(a->fold.p, a->fold.len));
}

/* w and every prefixed form of it, for the prefix flags in flags[] */
static int emit_prefixed(affix *a, const int32_t *w, int n, const char *flags, const char *more)
{
    int rc = emit(a, w, n);
    int32_t out[MAXCP];
    for (int pass = 0; pass < 2 && rc == 0; pass++) {
        for (const char *f = pass ? more : flags; f && *f && rc == 0; f++) {
            for (size_t i = a->cls[0][(unsigned char)*f].head; i && rc == 0; i = a->rules[i - 1].next) {
                int m = apply(a, &a->rules[i - 1], 0, w, n, out);
                if (m > 0)
                    rc = emit(a, out, m);
            }
        }
    }
    return rc;
}

/* the root and its forms: suffixes, twofold suffixes, prefixes on all */
static int expand(affix *a, const int32_t *root, int n, const char *flags)
{
    int rc = emit_prefixed(a, root, n, flags, NULL);
    int32_t w1[MAXCP], w2[MAXCP];
    for (const char *f = flags; *f && rc == 0; f++) {
        for (size_t i = a->cls[1][(unsigned char)*f].head; i && rc == 0; i = a->rules[i - 1].next) {
            const arule *r = &a->rules[i - 1];
            int m1 = apply(a, r, 1, root, n, w1);
            if (m1 <= 0)
                continue;
            rc = emit_prefixed(a, w1, m1, flags, r->cont);
            for (const char *g = r->cont; *g && rc == 0; g++) {
                for (size_t k = a->cls[1][(unsigned char)*g].head; k && rc == 0; k = a->rules[k - 1].next) {
                    int m2 = apply(a, &a->rules[k - 1], 1, w1, m1, w2);
                    if (m2 > 0)
                        rc = emit_prefixed(a, w2, m2, flags, r->cont);
                }
            }
        }
    }
    return rc;
}

static int read_dic(affix *a, const char *path, stp_dicforms_want want, void *ctx)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return STP_EIO;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int rc = 0, first = 1;
    int32_t root[MAXCP];
    while (rc == 0 && (len = getline(&line, &cap, fp)) > 0) {
        if (first) {    /* the word count */
            first = 0;
            continue;
        }
        /* word[/flags][<tab or space>morphology]; "\/" is a slash in the word */
        size_t n = (size_t)len, w = 0, i = 0;
        char *flags = "";
        while (i < n && line[i] != '\n' && line[i] != '\r' && line[i] != '\t' && line[i] != ' ') {
            if (line[i] == '\\' && i + 1 < n && line[i + 1] == '/') {
                line[w++] = '/';
                i += 2;
            } else if (line[i] == '/') {
                flags = line + i + 1;
                size_t j = i + 1;
                while (j < n && line[j] != '\n' && line[j] != '\r' && line[j] != '\t' && line[j] != ' ')
                    j++;
                line[j] = '\0';
                break;
            } else {
                line[w++] = line[i++];
            }
        }
        if (w == 0 || !want(ctx, line, w))
            continue;
        /* the root's line as it was ("\/" for a slash in the word) */
        for (size_t k = 0; rc == 0 && k < w; k++)
            rc = (line[k] == '/' ? stp_buf_put(&a->set->dic, "\\/", 2)
                                 : stp_buf_putc(&a->set->dic, line[k])) ? STP_ENOMEM : 0;
        if (rc == 0 && *flags && (stp_buf_putc(&a->set->dic, '/') || stp_buf_puts(&a->set->dic, flags)))
            rc = STP_ENOMEM;
        if (rc == 0 && stp_buf_putc(&a->set->dic, '\n'))
            rc = STP_ENOMEM;
        if (rc)
            break;
        int m = 0;
        for (size_t k = 0; k < w && m < MAXCP;)
            root[m++] = stp_utf8_next(line, w, &k);
        a->set->roots++;
        rc = expand(a, root, m, flags);
    }
    if (rc == 0 && ferror(fp))
        rc = STP_EIO;
    free(line);
    fclose(fp);
    return rc;
}

int stp_dicforms_build(stp_dicforms **out, const char *aff, const char *dic,
                       stp_dicforms_want want, void *ctx)
{
    *out = NULL;
    affix a;
    memset(&a, 0, sizeof a);
    a.set = calloc(1, sizeof *a.set);
    /* never NULL, so that empty strings and conditions are valid pointers */
    int rc = !a.set || stp_array_grow((void **)&a.pool, &a.cappool, 1, sizeof *a.pool)
             || stp_array_grow((void **)&a.pos, &a.cappos, 1, sizeof *a.pos)
             ? STP_ENOMEM : read_aff(&a, aff);
    if (rc == 0)
        rc = read_dic(&a, dic, want, ctx);
    free(a.pool);
    free(a.pos);
    free(a.rules);
    stp_buf_free(&a.utf);
    stp_buf_free(&a.fold);
    if (rc) {
        stp_dicforms_free(a.set);
        return rc;
    }
    bloom_make(a.set);
    *out = a.set;
    return 0;
}
