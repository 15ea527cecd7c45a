/* stem.c - matching keys: Snowball english, hunspell cs_CZ lemmas and a
 * light Czech stemmer, behind a per-stemmer cache
 */
#include "stem.h"
#include "dicforms.h"
#include "err.h"
#include "fold.h"

#include <hunspell.h>
#include <pthread.h>
#include <iconv.h>
#include <libstemmer.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <utf8proc.h>

#ifndef STOPA_HUNSPELL_DIR
#define STOPA_HUNSPELL_DIR "/usr/share/hunspell"
#endif

/* ---- the Czech light stemmer ------------------------------------------- */
/* Written for folded text (lower case, no diacritics), in the manner of
 * Dolamic & Savoy's light stemmer: one case ending off, the longest that
 * leaves a stem of at least three letters; then, when the ending began
 * with a front vowel (e, i: from e, ě, é, i, í), the consonant
 * alternation before it undone (c→k as in Amerika/Americe, z→h as in
 * Praha/Praze); then a possessive suffix (-ov, -in, -uv) off a long stem.
 * Folding merges forms that differ only in diacritics (ě/e, í/i, ý/y, ů/u),
 * so one ending list serves both spellings. */

static const char *const CS_END5[] = { "atech", NULL };
static const char *const CS_END4[] = { "etem", "atum", NULL };
static const char *const CS_END3[] = { "ech", "ich", "eho", "emi", "emu", "ete", "eti",
                                       "iho", "imi", "imu", "ach", "ata", "aty", "ych",
                                       "ama", "ami", "ove", "ovi", "ymi", NULL };
static const char *const CS_END2[] = { "em", "es", "im", "um", "at", "am", "os", "us",
                                       "ym", "mi", "ou", NULL };
static const char *const CS_END1[] = { "a", "e", "i", "o", "u", "y", NULL };

/* code points in s[0..n) */
static size_t cps(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static int ends_with(const char *s, size_t n, const char *e, size_t m)
{
    /* endings are 1-5 bytes: compare from the last, which rejects most */
    if (n < m)
        return 0;
    for (size_t i = m; i-- > 0;)
        if (s[n - m + i] != e[i])
            return 0;
    return 1;
}

/* the endings packed as integers (byte i of the ending in byte i), made
 * once: a word's last bytes are then compared with each in one step */
#define CS_END_MAX 24
static struct {
    uint64_t v[5][CS_END_MAX];      /* [0]: 5-byte endings ... [4]: 1-byte */
    uint8_t  n[5], front[5][CS_END_MAX];
} cs_end;
#define CS_END_FITS(l) (sizeof l / sizeof *l - 1 <= CS_END_MAX)
_Static_assert(CS_END_FITS(CS_END5) && CS_END_FITS(CS_END4) && CS_END_FITS(CS_END3)
               && CS_END_FITS(CS_END2) && CS_END_FITS(CS_END1), "cs_end holds every ending");
static pthread_once_t cs_end_once = PTHREAD_ONCE_INIT;

static void cs_end_init(void)
{
    static const char *const *const LISTS[] = { CS_END5, CS_END4, CS_END3, CS_END2, CS_END1 };
    for (int li = 0; li < 5; li++) {
        for (const char *const *e = LISTS[li]; *e; e++) {
            uint64_t v = 0;
            for (size_t i = 0; (*e)[i]; i++)
                v |= (uint64_t)(unsigned char)(*e)[i] << (8 * i);
            cs_end.front[li][cs_end.n[li]] = (*e)[0] == 'e' || (*e)[0] == 'i';
            cs_end.v[li][cs_end.n[li]++] = v;
        }
    }
}

int stp_stem_cs_light(stp_buf *out, const char *w, size_t n)
{
    pthread_once(&cs_end_once, cs_end_init);
    size_t len = cps(w, n), m = n;
    int front = 0;
    /* the last eight bytes (zeros before a shorter word), w[n - 1] highest */
    unsigned char tail[8] = {0};
    memcpy(tail + 8 - (n < 8 ? n : 8), w + n - (n < 8 ? n : 8), n < 8 ? n : 8);
    uint64_t t8 = 0;
    for (int i = 7; i >= 0; i--)
        t8 = t8 << 8 | tail[i];
    for (int li = 0; li < 5; li++) {
        size_t el = (size_t)(5 - li);
        if (len < el + 3)
            continue; /* keep a stem of three letters at least */
        uint64_t t = t8 >> (8 * (8 - el));
        for (int k = 0; k < cs_end.n[li]; k++) {
            if (cs_end.v[li][k] != t)
                continue;
            m = n - el;
            front = cs_end.front[li][k];
            goto stripped;
        }
    }
stripped:
    if (stp_buf_reserve(out, m + 2))
        return STP_ENOMEM;
    size_t at = out->len;
    memcpy(out->p + at, w, m);
    out->len += m;
    char *st = out->p + at;
    if (front && m >= 3) {
        char *last = &st[m - 1];
        if (*last == 'c')
            *last = 'k';
        else if (*last == 'z')
            *last = 'h';
    }
    /* possessive and adjectival -ov, -in, -uv on a long stem */
    size_t sl = cps(st, m);
    if (sl >= 6 && (ends_with(st, m, "ov", 2) || ends_with(st, m, "in", 2)
                    || ends_with(st, m, "uv", 2)))
        out->len -= 2;
    return 0;
}

/* ---- the cache ------------------------------------------------------- */
/* An open-addressing table of 16-byte slots pointing into an arena of
 * records: lang (1 byte), key count (1), the word, then per key its length
 * (4 bytes, unaligned), its bytes and a NUL. Records never move, so the
 * keys handed out stay valid until the cache is emptied. About 60 bytes a
 * word in all. With the cache off the record of the last word alone is
 * kept, in `last`, and its keys go with the next call. */

typedef struct {
    uint32_t    hash;
    uint32_t    n;      /* word length */
    const char *rec;    /* NULL: an empty slot */
} stem_slot;

typedef struct arena_blk {
    struct arena_blk *next;
    size_t            used, cap;
    char              data[];
} arena_blk;

/* the keys of the word being analysed, before they go into the arena */
typedef struct {
    int     n;
    size_t  off[STP_STEM_MAXKEYS], len[STP_STEM_MAXKEYS];
    stp_buf bytes;
} pending;

struct stp_stemmer {
    char              *dir;        /* where cs_CZ.aff/.dic are */
    struct shared_hun *hun;
    int                hun_state;  /* 0 not tried, 1 loaded, -1 failed */
    struct sb_stemmer *en;
    stem_slot         *tab;
    size_t             cap, count;
    arena_blk         *arena;
    size_t             arena_bytes;
    iconv_t            to_dic, from_dic; /* (iconv_t)-1 for a UTF-8 dictionary */
    pending            pk;
    stp_buf            fold, tmp, conv;
    int                nocache;    /* the caller caches: keep only the last word */
    stp_buf            last;       /* its record then */
    stp_stem_keyfilter filter;     /* the caller's Czech keys, or NULL */
    void              *filter_ctx;
    stp_stem_keyeach   filter_each; /* the wanted keys one by one, or NULL */
    struct gate       *gate;       /* forms that can give such a key */
};

static char *arena_alloc(stp_stemmer *st, size_t n)
{
    arena_blk *b = st->arena;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > 65000 ? n : 65000;
        arena_blk *nb = malloc(sizeof *nb + cap);
        if (!nb)
            return NULL;
        nb->next = b;
        nb->used = 0;
        nb->cap = cap;
        st->arena = b = nb;
        st->arena_bytes += sizeof *nb + cap;
    }
    char *p = b->data + b->used;
    b->used += n;
    return p;
}

static uint32_t hash_word(const char *s, size_t n, int lang)
{
    uint32_t h = 2166136261u ^ (uint32_t)lang;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static int tab_grow(stp_stemmer *st)
{
    size_t cap = st->cap ? st->cap * 2 : 4096;
    stem_slot *t = calloc(cap, sizeof *t);
    if (!t)
        return STP_ENOMEM;
    for (size_t i = 0; i < st->cap; i++) {
        stem_slot *e = &st->tab[i];
        if (!e->rec)
            continue;
        size_t j = e->hash & (cap - 1);
        while (t[j].rec)
            j = (j + 1) & (cap - 1);
        t[j] = *e;
    }
    free(st->tab);
    st->tab = t;
    st->cap = cap;
    return 0;
}

/* keys[] from a record */
static int rec_keys(const char *rec, size_t n, stp_str *keys)
{
    int nk = (unsigned char)rec[1];
    const char *q = rec + 2 + n;
    for (int i = 0; i < nk; i++) {
        uint32_t len;
        memcpy(&len, q, 4);
        keys[i].s = q + 4;
        keys[i].n = len;
        q += 4 + (size_t)len + 1;
    }
    return nk;
}

static void arena_free(stp_stemmer *st)
{
    while (st->arena) {
        arena_blk *b = st->arena;
        st->arena = b->next;
        free(b);
    }
    st->arena_bytes = 0;
}

/* One Hunspell per dictionary directory, shared by the stemmers of a
 * process: loading cs_CZ takes about 0.15 s and 30 MB, and with the gate
 * below a stemmer asks it about few words, so threads share the instance
 * and take its lock for each call (a Hunspell object is not thread-safe).
 * The list of instances is under hun_life_mu, which also serialises
 * Hunspell_create and Hunspell_destroy: hunspell 1.7 keeps one process-wide
 * UTF-16 case table and counts its users without a lock, so two threads
 * creating or destroying at once could allocate it twice or free it under
 * the other. */
static pthread_mutex_t hun_life_mu = PTHREAD_MUTEX_INITIALIZER;

struct shared_hun {
    char              *dir;
    const void        *key;     /* NULL: the whole dictionary; else the gate
                                   whose roots alone it holds */
    Hunhandle         *h;
    pthread_mutex_t    mu;      /* held around every call on h */
    int                refs;
    struct shared_hun *next;
};

static struct shared_hun *huns;

/* Hunspell over aff and a .dic given as text: through a temporary file
 * (hunspell reads paths), removed before it is read where /proc names the
 * open file, else once it is loaded; NULL when that fails */
static Hunhandle *create_from_text(const char *aff, const char *dic, size_t n)
{
    const char *tmp = getenv("TMPDIR");
    stp_buf path = {0};
    Hunhandle *h = NULL;
    if (stp_buf_puts(&path, tmp && *tmp ? tmp : "/tmp") || stp_buf_puts(&path, "/stopa-dic-XXXXXX")
        || !stp_buf_cstr(&path))
        goto out;
    int fd = mkstemp(path.p);
    if (fd < 0)
        goto out;
    size_t done = 0;
    while (done < n) {
        ssize_t w = write(fd, dic + done, n - done);
        if (w <= 0)
            break;
        done += (size_t)w;
    }
    if (done == n) {
        /* where the system names open files (/proc), the file goes before
           hunspell reads it through its descriptor, so that nothing is left
           behind even if the process is killed meanwhile */
        char fdpath[64];
        snprintf(fdpath, sizeof fdpath, "/proc/self/fd/%d", fd);
        if (access(fdpath, R_OK) == 0) {
            unlink(path.p);
            h = Hunspell_create(aff, fdpath);
        } else {
            h = Hunspell_create(aff, path.p);
        }
    }
    unlink(path.p);   /* may be gone already */
    close(fd);
out:
    stp_buf_free(&path);
    return h;
}

/* the instance for (dir, key) (created from aff and dic if needed: dic a
 * path for the whole dictionary, or for a gate's roots the .dic text of
 * dn bytes), or NULL */
static struct shared_hun *hun_get(const char *dir, const void *key, const char *aff,
                                  const char *dic, size_t dn)
{
    pthread_mutex_lock(&hun_life_mu);
    struct shared_hun *sh = huns;
    while (sh && (sh->key != key || strcmp(sh->dir, dir) != 0))
        sh = sh->next;
    if (sh) {
        sh->refs++;
    } else if ((sh = calloc(1, sizeof *sh)) != NULL) {
        sh->dir = strdup(dir);
        sh->key = key;
        sh->h = !sh->dir ? NULL : key ? create_from_text(aff, dic, dn) : Hunspell_create(aff, dic);
        if (!sh->h) {
            free(sh->dir);
            free(sh);
            sh = NULL;
        } else {
            pthread_mutex_init(&sh->mu, NULL);
            sh->refs = 1;
            sh->next = huns;
            huns = sh;
        }
    }
    pthread_mutex_unlock(&hun_life_mu);
    return sh;
}

/* An instance of the whole dictionary that no stemmer uses stays loaded
   (refs 0) until stp_stem_unload() (one of a gate's roots goes with its
   last user, below): the next stemmer of the process gets it at no cost,
   and a filter that exits need not wait for Hunspell_destroy, which frees
   some hundred thousand small blocks (about 50 ms, a third of a one-article
   run). */
static void hun_put(struct shared_hun *sh)
{
    if (!sh)
        return;
    pthread_mutex_lock(&hun_life_mu);
    if (--sh->refs == 0 && sh->key) {
        /* a gate's own instance is small and goes with its last user: its
           key (the gate) may be freed and its address reused */
        for (struct shared_hun **pp = &huns; *pp; pp = &(*pp)->next)
            if (*pp == sh) {
                *pp = sh->next;
                break;
            }
        Hunspell_destroy(sh->h);
        pthread_mutex_destroy(&sh->mu);
        free(sh->dir);
        free(sh);
    }
    pthread_mutex_unlock(&hun_life_mu);
}

size_t stp_stem_loaded(void)
{
    size_t n = 0;
    pthread_mutex_lock(&hun_life_mu);
    for (const struct shared_hun *sh = huns; sh; sh = sh->next)
        n++;
    pthread_mutex_unlock(&hun_life_mu);
    return n;
}

void stp_stem_unload(void)
{
    pthread_mutex_lock(&hun_life_mu);
    for (struct shared_hun **pp = &huns; *pp;) {
        struct shared_hun *sh = *pp;
        if (sh->refs > 0) {
            pp = &sh->next;
            continue;
        }
        *pp = sh->next;
        Hunspell_destroy(sh->h);
        pthread_mutex_destroy(&sh->mu);
        free(sh->dir);
        free(sh);
    }
    pthread_mutex_unlock(&hun_life_mu);
}

/* ---- the hunspell gate ---------------------------------------------------
 * With a key filter, hunspell is asked only about forms of dictionary roots
 * whose key the filter wants (dicforms.h): any other word's lemma keys
 * would be dropped by the caller anyway. The set is built once per
 * (dictionary directory, filter, context) and shared by the stemmers of a
 * process, under gate_mu (the set is built while the lock is held, so a
 * second stemmer waits for the first one's set instead of building its
 * own). */

struct gate {
    char              *dir;
    stp_stem_keyfilter filter;
    void              *ctx;
    stp_dicforms      *forms;      /* NULL: the build failed, no gate */
    int                refs;
    struct gate       *next;
};

static struct gate *gates;
static pthread_mutex_t gate_mu = PTHREAD_MUTEX_INITIALIZER;   /* the list */

/* The first letters of the wanted keys, for a quick no. A root's light
 * stem (its folded form less an ending, see stp_stem_cs_light()) begins
 * with the root's letters but for its last, which may be alternated (c ->
 * k, z -> h); a stem shorter than three letters is the whole word, nothing
 * stripped. So a wanted key of c letters, PREFIX_CP or more, begins the
 * folded root with its first PREFIX_CP letters (the last of them
 * alternated when c is PREFIX_CP exactly); a key of 3 <= c < PREFIX_CP
 * letters begins it whole (its last alternated), the folded root then
 * having at most seven letters more (an ending of up to five, a possessive
 * suffix of two: "pro" is not the stem of "programovat"); a shorter key is
 * the whole folded root. The set holds, per length class, a bit per hash of each
 * (2^16 bits: a few thousand keys leave most bits clear); a root none of
 * whose first 3..PREFIX_CP folded letters, nor its whole folded form when
 * shorter than three, is in it has no wanted key. */
#define PREFIX_BITS 16
#define PREFIX_CP   5

typedef struct {
    stp_stem_keyfilter filter;
    void              *ctx;
    stp_buf            fold, light;
    uint64_t          *prefix;    /* NULL: no quick no */
} want_ctx;

/* bytes of the first k code points of s[0..n); *ncp: how many there are */
static size_t first_cps(const char *s, size_t n, size_t k, size_t *ncp)
{
    size_t i = 0, c = 0;
    while (i < n && c < k) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        c++;
    }
    *ncp = c;
    return i;
}

/* class: the letters taken (3..PREFIX_CP), 0 for a whole short word */
static uint32_t prefix_bit(const char *s, size_t n, int cls)
{
    return hash_word(s, n, cls) >> (32 - PREFIX_BITS);
}

static void prefix_set(uint64_t *bits, const char *s, size_t n, int cls)
{
    uint32_t b = prefix_bit(s, n, cls);
    bits[b >> 6] |= (uint64_t)1 << (b & 63);
}

static int prefix_add(void *arg, const char *key, size_t n)
{
    uint64_t *bits = arg;
    size_t c, l = first_cps(key, n, PREFIX_CP, &c);
    if (c < 3) {
        prefix_set(bits, key, n, 0);
        return 0;
    }
    prefix_set(bits, key, l, (int)c);
    char v[4 * PREFIX_CP];
    if (l == n && l <= sizeof v && (key[l - 1] == 'k' || key[l - 1] == 'h')) {
        memcpy(v, key, l);
        v[l - 1] = key[l - 1] == 'k' ? 'c' : 'z';
        prefix_set(bits, v, l, (int)c);
    }
    return 0;
}

static int prefix_has(const uint64_t *bits, const char *s, size_t n, int cls)
{
    uint32_t b = prefix_bit(s, n, cls);
    return bits[b >> 6] >> (b & 63) & 1;
}

static int want_root(void *arg, const char *root, size_t n)
{
    want_ctx *w = arg;
    if (w->prefix) {
        /* the first PREFIX_CP code points, folded: folding maps one to
           one but may drop a combining mark, and then gives no answer */
        stp_buf_reset(&w->fold);
        size_t c, l = first_cps(root, n, PREFIX_CP, &c), fc;
        if (stp_fold(&w->fold, root, l, STP_FOLD_ALL))
            return 1;
        const char *f = w->fold.p;
        size_t fl = first_cps(f, w->fold.len, PREFIX_CP, &fc);
        if (fc == c && fl == w->fold.len) {
            int maybe = c < 3 && l == n && prefix_has(w->prefix, f, fl, 0);
            size_t all = c < PREFIX_CP ? c : c + cps(root + l, n - l);
            for (size_t i = l; i < n && all; i++)
                if ((unsigned char)root[i] >= 0xCC && (unsigned char)root[i] < 0xF8)
                    all = 0;   /* U+0300 or above: maybe a mark folding drops, no cut-off */
            for (size_t k = 3; !maybe && k <= c; k++) {
                size_t kc, kl = fl == fc ? k : first_cps(f, fl, k, &kc);   /* ASCII: k bytes */
                if (k == PREFIX_CP || all <= k + 7)
                    maybe = prefix_has(w->prefix, f, kl, (int)k);
            }
            if (!maybe)
                return 0;
        }
    }
    stp_buf_reset(&w->fold);
    stp_buf_reset(&w->light);
    if (stp_fold(&w->fold, root, n, STP_FOLD_ALL) || stp_stem_cs_light(&w->light, w->fold.p, w->fold.len))
        return 1;   /* out of memory: keep it, the gate only admits more */
    return w->filter(w->ctx, w->light.p ? w->light.p : "", w->light.len);
}

/* under gate_mu */
static struct gate *gate_get(const stp_stemmer *st, const char *aff, const char *dic)
{
    for (struct gate *g = gates; g; g = g->next) {
        if (g->filter == st->filter && g->ctx == st->filter_ctx && strcmp(g->dir, st->dir) == 0) {
            g->refs++;
            return g;
        }
    }
    struct gate *g = calloc(1, sizeof *g);
    if (!g || !(g->dir = strdup(st->dir))) {
        free(g);
        return NULL;
    }
    g->filter = st->filter;
    g->ctx = st->filter_ctx;
    g->refs = 1;
    want_ctx w = { st->filter, st->filter_ctx, {0}, {0}, NULL };
    if (st->filter_each && (w.prefix = calloc((size_t)1 << (PREFIX_BITS - 6), sizeof *w.prefix)))
        st->filter_each(st->filter_ctx, prefix_add, w.prefix);
    if (stp_dicforms_build(&g->forms, aff, dic, want_root, &w))
        g->forms = NULL;
    stp_buf_free(&w.fold);
    stp_buf_free(&w.light);
    free(w.prefix);
    g->next = gates;
    gates = g;
    return g;
}

static void gate_put(struct gate *g)
{
    if (!g)
        return;
    pthread_mutex_lock(&gate_mu);
    if (--g->refs == 0) {
        for (struct gate **pp = &gates; *pp; pp = &(*pp)->next) {
            if (*pp == g) {
                *pp = g->next;
                break;
            }
        }
        stp_dicforms_free(g->forms);
        free(g->dir);
        free(g);
    }
    pthread_mutex_unlock(&gate_mu);
}

/* building the gate (under gate_mu, so that a second stemmer waits for the
   first one's set instead of building its own) */
typedef struct {
    const stp_stemmer *st;
    const char        *aff, *dic;
    struct gate       *g;
} gate_job;

static void *gate_job_run(void *arg)
{
    gate_job *j = arg;
    pthread_mutex_lock(&gate_mu);
    j->g = gate_get(j->st, j->aff, j->dic);
    pthread_mutex_unlock(&gate_mu);
    return NULL;
}

void stp_stemmer_set_filter(stp_stemmer *st, stp_stem_keyfilter f, void *ctx)
{
    st->filter = f;
    st->filter_ctx = ctx;
}

void stp_stemmer_set_filter_keys(stp_stemmer *st, stp_stem_keyeach each)
{
    st->filter_each = each;
}

size_t stp_stemmer_gate_size(const stp_stemmer *st, size_t *roots)
{
    if (roots)
        *roots = 0;
    return st->gate && st->gate->forms ? stp_dicforms_count(st->gate->forms, roots) : 0;
}

int stp_stemmer_new(stp_stemmer **out, const char *hunspell_dir)
{
    *out = NULL;
    stp_stemmer *st = calloc(1, sizeof *st);
    if (!st)
        return STP_ENOMEM;
    const char *env = getenv("STOPA_HUNSPELL_DIR");
    const char *dir = env && *env ? env : hunspell_dir ? hunspell_dir : STOPA_HUNSPELL_DIR;
    st->to_dic = st->from_dic = (iconv_t)-1;
    st->dir = strdup(dir);
    if (!st->dir || tab_grow(st)) {
        stp_stemmer_free(st);
        return STP_ENOMEM;
    }
    *out = st;
    return 0;
}

void stp_stemmer_free(stp_stemmer *st)
{
    if (!st)
        return;
    hun_put(st->hun);
    gate_put(st->gate);
    if (st->to_dic != (iconv_t)-1)
        iconv_close(st->to_dic);
    if (st->from_dic != (iconv_t)-1)
        iconv_close(st->from_dic);
    if (st->en)
        sb_stemmer_delete(st->en);
    arena_free(st);
    free(st->tab);
    free(st->dir);
    stp_buf_free(&st->fold);
    stp_buf_free(&st->tmp);
    stp_buf_free(&st->conv);
    stp_buf_free(&st->pk.bytes);
    stp_buf_free(&st->last);
    free(st);
}

/* ---- analysis ----------------------------------------------------------- */

/* add key k[0..n) to the pending keys unless it is there already */
static int add_key(pending *pk, const char *k, size_t n)
{
    if (pk->n >= STP_STEM_MAXKEYS || n == 0)
        return 0;
    for (int i = 0; i < pk->n; i++)
        if (pk->len[i] == n && memcmp(pk->bytes.p + pk->off[i], k, n) == 0)
            return 0;
    pk->off[pk->n] = pk->bytes.len;
    pk->len[pk->n] = n;
    if (stp_buf_put(&pk->bytes, k, n))
        return STP_ENOMEM;
    pk->n++;
    return 0;
}

/* word without a possessive 's / ’s */
static size_t strip_poss(const char *w, size_t n)
{
    if (n > 2 && (w[n - 1] == 's' || w[n - 1] == 'S') && w[n - 2] == '\'')
        return n - 2;
    if (n > 4 && (w[n - 1] == 's' || w[n - 1] == 'S') && memcmp(w + n - 4, "\xE2\x80\x99", 3) == 0)
        return n - 4;
    return n;
}

static int keys_en(stp_stemmer *st, pending *e, const char *w, size_t n)
{
    if (!st->en) {
        st->en = sb_stemmer_new("english", "UTF_8");
        if (!st->en)
            return STP_ENOMEM;
    }
    n = strip_poss(w, n);
    stp_buf_reset(&st->fold);
    if (stp_fold(&st->fold, w, n, STP_FOLD_ALL))
        return STP_ENOMEM;
    const sb_symbol *r = sb_stemmer_stem(st->en, (const sb_symbol *)st->fold.p,
                                         (int)st->fold.len);
    if (!r)
        return STP_ENOMEM;
    return add_key(e, (const char *)r, (size_t)sb_stemmer_length(st->en));
}

static int enc_is_utf8(const char *e)
{
    return strcasecmp(e, "UTF-8") == 0 || strcasecmp(e, "UTF8") == 0;
}

static int hun_load(stp_stemmer *st)
{
    stp_buf p = {0};
    int rc = STP_EDICT;
    char *aff = NULL;
    st->hun_state = -1;
    if (stp_buf_puts(&p, st->dir) || stp_buf_puts(&p, "/cs_CZ.aff") || !stp_buf_cstr(&p)
        || !(aff = strdup(p.p))) {
        rc = STP_ENOMEM;
        goto out;
    }
    p.len -= 4;
    if (stp_buf_puts(&p, ".dic") || !stp_buf_cstr(&p)) {
        rc = STP_ENOMEM;
        goto out;
    }
    /* hunspell says nothing useful about a missing file: look first */
    if (access(aff, R_OK) != 0 || access(p.p, R_OK) != 0)
        goto out;
    /* With a gate, hunspell gets the gate's roots alone (a few thousand of
       the dictionary's 261,000): it loads in milliseconds instead of about
       0.13 s and 30 MB, and finds the same lemmas that matter (those whose
       key the filter wants; any other lemma's key would be dropped). Without
       one (no filter, STOPA_STEM_GATE=0, a dictionary the gate cannot
       expand, no temporary file), the whole dictionary. */
    gate_job job = { st, aff, p.p, NULL };
    if (st->filter) {
        const char *off = getenv("STOPA_STEM_GATE");
        if (!off || strcmp(off, "0") != 0)
            gate_job_run(&job);
    }
    st->gate = job.g;
    if (st->gate && st->gate->forms) {
        stp_buf dic = {0};
        if (stp_dicforms_dic(st->gate->forms, &dic) == 0)
            st->hun = hun_get(st->dir, st->gate, aff, dic.p, dic.len);
        stp_buf_free(&dic);
    }
    if (!st->hun)
        st->hun = hun_get(st->dir, NULL, aff, p.p, 0);
    if (!st->hun)
        goto out;
    pthread_mutex_lock(&st->hun->mu);
    const char *enc = Hunspell_get_dic_encoding(st->hun->h);
    pthread_mutex_unlock(&st->hun->mu);
    if (enc && !enc_is_utf8(enc)) {
        /* an 8-bit dictionary (ISO8859-2): words go in and lemmas come out
         * in its encoding */
        st->to_dic = iconv_open(enc, "UTF-8");
        st->from_dic = iconv_open("UTF-8", enc);
        if (st->to_dic == (iconv_t)-1 || st->from_dic == (iconv_t)-1)
            goto out;
    }
    st->hun_state = 1;
    rc = 0;
out:
    if (rc && st->hun) {
        hun_put(st->hun);
        st->hun = NULL;
    }
    if (rc) {
        gate_put(st->gate);
        st->gate = NULL;
    }
    free(aff);
    stp_buf_free(&p);
    return rc;
}

/* convert s[0..n) with cd into out (NUL-terminated); 0, or -1 when a
 * character has no equivalent */
static int convert(iconv_t cd, const char *s, size_t n, stp_buf *out)
{
    stp_buf_reset(out);
    if (stp_buf_reserve(out, n * 4 + 8))
        return -1;
    char *in = (char *)s, *o = out->p;
    size_t il = n, ol = out->cap - 1;
    iconv(cd, NULL, NULL, NULL, NULL);
    if (iconv(cd, &in, &il, &o, &ol) == (size_t)-1)
        return -1;
    out->len = (size_t)(o - out->p);
    out->p[out->len] = '\0';
    return 0;
}

static int keys_cs(stp_stemmer *st, pending *e, const char *w, size_t n)
{
    stp_buf_reset(&st->fold);
    if (stp_fold(&st->fold, w, n, STP_FOLD_ALL))
        return STP_ENOMEM;
    stp_buf_reset(&st->tmp);
    if (stp_stem_cs_light(&st->tmp, st->fold.p, st->fold.len))
        return STP_ENOMEM;
    int rc = add_key(e, st->tmp.p, st->tmp.len);
    if (rc)
        return rc;

    /* hunspell: only for words of letters that are not all upper case */
    int letters = 0, lower = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp = stp_utf8_next(w, n, &i);
        utf8proc_category_t c = utf8proc_category(cp);
        if (c == UTF8PROC_CATEGORY_LL) {
            letters = lower = 1;
        } else if (c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT) {
            letters = 1;
        } else if (c != UTF8PROC_CATEGORY_MN && !(cp == '-' && i > 1 && i < n)) {
            return 0; /* digits, dots, symbols */
        }
    }
    if (!letters || !lower || n > 90)
        return 0;
    int lrc = 0;
    if (st->hun_state == 0)
        lrc = hun_load(st);
    if (st->hun_state != 1)
        return lrc;
    /* the gate: st->fold still holds the folded word; a word with a hyphen
       goes to hunspell, which may read its parts */
    if (st->gate && st->gate->forms && !memchr(w, '-', n)
        && !stp_dicforms_has(st->gate->forms, st->fold.p, st->fold.len))
        return 0;
    const char *word = NULL;
    if (st->to_dic != (iconv_t)-1) {
        if (convert(st->to_dic, w, n, &st->conv))
            return 0; /* not writable in the dictionary's encoding: unknown to it */
        word = st->conv.p;
    } else {
        stp_buf_reset(&st->conv);
        if (stp_buf_put(&st->conv, w, n) || !stp_buf_cstr(&st->conv))
            return STP_ENOMEM;
        word = st->conv.p;
    }
    char **list = NULL;
    pthread_mutex_lock(&st->hun->mu);
    int k = Hunspell_stem(st->hun->h, &list, word);
    for (int i = 0; i < k && rc == 0; i++) {
        const char *lem = list[i];
        size_t ln = strlen(lem);
        if (st->from_dic != (iconv_t)-1) {
            if (convert(st->from_dic, lem, ln, &st->conv))
                continue;
            lem = st->conv.p;
            ln = st->conv.len;
        }
        stp_buf_reset(&st->fold);
        stp_buf_reset(&st->tmp);
        if (stp_fold(&st->fold, lem, ln, STP_FOLD_ALL)
            || stp_stem_cs_light(&st->tmp, st->fold.p, st->fold.len))
            rc = STP_ENOMEM;
        else
            rc = add_key(e, st->tmp.p, st->tmp.len);
    }
    if (list)
        Hunspell_free_list(st->hun->h, &list, k);
    pthread_mutex_unlock(&st->hun->mu);
    return rc;
}

int stp_stem_keys(stp_stemmer *st, stp_lang lang, const char *w, size_t n,
                  stp_str keys[STP_STEM_MAXKEYS])
{
    if (n == 0 || n > UINT32_MAX / 2)
        return STP_EINVAL;
    uint32_t h = hash_word(w, n, (int)lang);
    size_t j = h & (st->cap - 1);
    for (; !st->nocache && st->tab[j].rec; j = (j + 1) & (st->cap - 1)) {
        const stem_slot *e = &st->tab[j];
        if (e->hash == h && e->n == n && (unsigned char)e->rec[0] == lang
            && memcmp(e->rec + 2, w, n) == 0)
            return rec_keys(e->rec, n, keys);
    }
    pending *pk = &st->pk;
    pk->n = 0;
    stp_buf_reset(&pk->bytes);
    int rc = 0;
    if (lang == STP_LANG_EN || lang == STP_LANG_UND)
        rc = keys_en(st, pk, w, n);
    if (rc == 0 && (lang == STP_LANG_CS || lang == STP_LANG_UND))
        rc = keys_cs(st, pk, w, n);
    if (rc < 0)
        return rc; /* STP_EDICT is reported once: the next call uses the light stemmer */
    if (pk->n == 0 && add_key(pk, w, n)) /* nothing left after folding */
        return STP_ENOMEM;

    size_t size = 2 + n;
    for (int i = 0; i < pk->n; i++)
        size += 4 + pk->len[i] + 1;
    char *rec;
    if (st->nocache) {
        stp_buf_reset(&st->last);
        if (stp_buf_reserve(&st->last, size))
            return STP_ENOMEM;
        rec = st->last.p;
    } else {
        if ((st->count + 1) * 4 > st->cap * 3) {
            if (tab_grow(st))
                return STP_ENOMEM;
            j = h & (st->cap - 1);
            while (st->tab[j].rec)
                j = (j + 1) & (st->cap - 1);
        }
        rec = arena_alloc(st, size);
        if (!rec)
            return STP_ENOMEM;
    }
    rec[0] = (char)lang;
    rec[1] = (char)pk->n;
    memcpy(rec + 2, w, n);
    char *q = rec + 2 + n;
    for (int i = 0; i < pk->n; i++) {
        uint32_t len = (uint32_t)pk->len[i];
        memcpy(q, &len, 4);
        memcpy(q + 4, pk->bytes.p + pk->off[i], len);
        q[4 + len] = '\0';
        q += 4 + (size_t)len + 1;
    }
    if (st->nocache)
        return rec_keys(rec, n, keys);
    st->tab[j].hash = h;
    st->tab[j].n = (uint32_t)n;
    st->tab[j].rec = rec;
    st->count++;
    return rec_keys(rec, n, keys);
}

void stp_stemmer_set_cache(stp_stemmer *st, int on)
{
    if (!on && !st->nocache)
        stp_stemmer_clear(st);
    st->nocache = !on;
}

size_t stp_stemmer_size(const stp_stemmer *st, size_t *bytes)
{
    if (bytes)
        *bytes = st->arena_bytes + st->cap * sizeof *st->tab;
    return st->count;
}

void stp_stemmer_clear(stp_stemmer *st)
{
    arena_free(st);
    if (st->cap > 4096) {
        stem_slot *t = calloc(4096, sizeof *t);
        if (t) {
            free(st->tab);
            st->tab = t;
            st->cap = 4096;
        }
    }
    memset(st->tab, 0, st->cap * sizeof *st->tab);
    st->count = 0;
}
