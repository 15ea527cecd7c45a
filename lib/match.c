/* match.c - gazetteer matching over the tokens of a sentence (see match.h) */
#include "match.h"
#include "err.h"
#include "fold.h"
#include "rec.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

#define MAXK (STP_STEM_MAXKEYS + 1)
#define HUGE_PAGE ((size_t)2 << 20)
#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif
/* Bounds of the unit cache (the matcher's stemmer keeps no cache): news
   vocabulary is Zipfian, so a quarter of a million distinct units covers
   nearly every token of a day's news, and starting over costs little; the
   bounds keep tag's peak RSS flat on archives of any size (the table, at
   most half full, stays at 2^19 slots of 32 bytes: 16 MB per thread). */
#define CACHE_MAX_ENTRIES (1u << 18)
#define CACHE_MAX_BYTES (8u << 20)

/* what the model knows of one text unit; units the model knows nothing of
   (most of them) share infos[0] */
typedef struct {
    uint32_t fid, nid;        /* 'f' and 'n' key ids */
    uint32_t keys[MAXK];      /* stem key ids found in the model */
    int      nkeys;
    uint8_t  npost;           /* how many of them start an alias: */
    uint32_t post[2 + MAXK];  /* those, in the order fid, nid, keys */
} uinfo;

/* a slot of the unit cache: 32 bytes, two to a cache line (the table is
   64-byte aligned), with a word of up to SHORT_WORD bytes held inline so
   that a hit on it reads no other memory */
#define SHORT_WORD 16
#define INFO_SHARED 0x80000000u   /* an info index into the memo's infos */
typedef struct {
    uint32_t hash;            /* the hash's high half (the low half places it) */
    uint32_t info;            /* index in infos */
    uint32_t len;             /* bytes; 0: a free slot */
    union {
        char     word[SHORT_WORD];  /* len <= SHORT_WORD */
        uint32_t off;               /* else: bytes in the arena */
    } w;
    uint8_t  lang;
    uint8_t  npost;           /* the info's npost, so that most units need no info */
    uint8_t  again;           /* met again since it came in (a matcher's own table) */
    uint8_t  name;            /* has_surname_key() of the info (1) */
} uslot;
_Static_assert(sizeof(uslot) == 32, "two unit-cache slots to a cache line");

/* The memo shared by the matchers of a process's threads: a unit table
 * like a matcher's own (below), read without a lock. It never moves or
 * starts over: the slots, infos and long words have their full room
 * reserved at the start (untouched pages cost nothing), and a slot is
 * published by writing its length last (release; readers load it with
 * acquire). Writers take the lock. When it is full it keeps what it has
 * (by Zipf's law the frequent units came first) and each matcher caches
 * the units it lacks in its own table, as without a memo. */
struct stp_unitmemo {
    pthread_mutex_t mu;       /* writers */
    uslot   *ents;            /* 2 * max_ents slots: never more than half full */
    size_t   cap, nents, max_ents;
    uinfo   *infos;           /* infos[0]: nothing known */
    size_t   ninfos;
    char    *arena;           /* words longer than SHORT_WORD */
    size_t   alen, max_bytes;
    int      full;            /* atomic: nothing more goes in */
};

typedef struct {
    uint32_t alias, nunits, type, how;
    uint32_t start, variant;   /* first unit; STP_GAZ_V_* */
    size_t   b0, b1;    /* surface span, with the alias's own punctuation */
} cand;

/* a capitalised word no match covered, with keys in the model: maybe the
 * surname of a person named in full elsewhere in the document */
typedef struct {
    size_t   b0, b1;
    uint64_t sent;
    uint32_t fid;
    uint32_t keys[MAXK];
    int      nkeys;
} nameword;
#define NAMEWORDS_MAX (1u << 20)   /* per document */

struct stp_matcher {
    const stp_gaz *g;
    stp_stemmer   *st;
    stp_unitmemo  *memo;          /* shared with other threads, or NULL */
    int            dict_missing;
    /* unit cache */
    uslot    *ents;           /* open-addressed, capents a power of two */
    size_t    nents, capents;
    uinfo    *infos;          /* infos[0]: nothing known */
    size_t    ninfos, capinfos;
    size_t    max_ents, max_bytes;
    stp_buf   arena;
    stp_buf   tmp;
    /* per sentence */
    stp_gaz_unit *units;
    size_t        nunits, capunits;
    const uinfo **ui;
    uint32_t     *idx;
    size_t        capidx;
    uint64_t     *hashes;
    size_t        caphash;
    uint64_t      gen;       /* cache generation: +1 when it starts over */
    uint8_t      *gap_ok;
    size_t        capgap;
    uint8_t      *npost;     /* per unit: its info's npost */
    size_t        capnpost;
    uint32_t     *namei;     /* units whose slot has `name` */
    size_t        nnamei, capnamei;
    size_t        capui;
    stp_match    *out;
    size_t        nout, capout;
    uint32_t     *amb;
    size_t        namb, capamb;
    cand         *cands;
    size_t        ncands, capcands;
    /* per document (stp_matcher_doc_begin) */
    nameword     *words;
    size_t        nwords, capwords;
    uint64_t      nsent;      /* sentences since then */
    stp_match    *sout;
    size_t        nsout, capsout;
    uint64_t     *skeys;      /* surname key << 32 | index into the aliases */
    size_t        capskeys;
    uint64_t     *surkey;     /* a bit per model key: the last word of a
                                 person's row of two words or more has it */
};

static int table_alloc(uslot **out, size_t cap);
static void table_free(uslot *e, size_t cap);

/* the model's Czech keys: the only hunspell keys the matcher looks up */
static int model_cs_key(void *ctx, const char *key, size_t n)
{
    return stp_gaz_key_find(ctx, 'c', key, n) != STP_GAZ_NOKEY;
}

static int model_cs_each(void *ctx, int (*fn)(void *arg, const char *key, size_t n), void *arg)
{
    return stp_gaz_each_key(ctx, 'c', fn, arg);
}

int stp_matcher_new(stp_matcher **out, const stp_gaz *g, stp_stemmer *st)
{
    stp_matcher *m = calloc(1, sizeof *m);
    if (!m)
        return STP_ENOMEM;
    m->g = g;
    m->st = st;
    stp_stemmer_set_filter(st, model_cs_key, (void *)g);
    stp_stemmer_set_filter_keys(st, model_cs_each);
    stp_stemmer_set_cache(st, 0);   /* the unit cache is the cache */
    m->max_ents = CACHE_MAX_ENTRIES;
    m->max_bytes = CACHE_MAX_BYTES;
    m->capents = 1u << 12;
    m->capinfos = 1024;
    m->infos = malloc(m->capinfos * sizeof *m->infos);
    if (m->infos) {
        m->infos[0].fid = m->infos[0].nid = STP_GAZ_NOKEY;
        m->infos[0].nkeys = 0;
        m->infos[0].npost = 0;
        m->ninfos = 1;
    }
    m->surkey = calloc(stp_gaz_n_keys(g) / 64 + 1, sizeof *m->surkey);
    if (!m->infos || !m->surkey || table_alloc(&m->ents, m->capents)) {
        free(m->infos);
        free(m->surkey);
        free(m);
        return STP_ENOMEM;
    }
    for (uint32_t i = 0; i < stp_gaz_n_aliases(g); i++) {
        const stp_gaz_alias *a = stp_gaz_alias_at(g, i);
        if (a->nunits < 2 || (a->flags & STP_GAZ_AMBIG)
            || stp_gaz_entity_at(g, a->entity)->type != STP_TYPE_PERSON)
            continue;
        const stp_gaz_aunit *au = &stp_gaz_aunits(g, a)[a->nunits - 1];
        const uint32_t k3[3] = { au->fold, au->en, au->cs };
        for (int k = 0; k < 3; k++)
            if (k3[k] != STP_GAZ_NOKEY)
                m->surkey[k3[k] / 64] |= (uint64_t)1 << (k3[k] % 64);
    }
    *out = m;
    return 0;
}

void stp_matcher_free(stp_matcher *m)
{
    if (!m)
        return;
    table_free(m->ents, m->capents);
    free(m->infos);
    stp_buf_free(&m->arena);
    stp_buf_free(&m->tmp);
    free(m->units);
    free(m->ui);
    free(m->idx);
    free(m->hashes);
    free(m->gap_ok);
    free(m->npost);
    free(m->namei);
    free(m->out);
    free(m->amb);
    free(m->cands);
    free(m->words);
    free(m->sout);
    free(m->skeys);
    free(m->surkey);
    free(m);
}

int stp_matcher_dict_missing(const stp_matcher *m) { return m->dict_missing; }

void stp_matcher_set_cache_limit(stp_matcher *m, size_t entries, size_t bytes)
{
    m->max_ents = entries ? entries : CACHE_MAX_ENTRIES;
    m->max_bytes = bytes ? bytes : CACHE_MAX_BYTES;
}

const uint32_t *stp_match_ambig(const stp_matcher *m, const stp_match *x, uint32_t *n)
{
    *n = x->namb;
    return m->amb + x->amb0;
}

/* ---- the unit cache --------------------------------------------------------- */

/* the n < 8 bytes at s as a little-endian number: one load when the 8
 * bytes from s are readable (s + 8 <= end), else byte by byte */
static inline uint64_t tail_bytes(const char *s, size_t n, const char *end)
{
    uint64_t v = 0;
    if (n && end - s >= 8) {
        memcpy(&v, s, 8);
        return v & (~0ull >> (64 - 8 * n));
    }
    for (size_t k = 0; k < n; k++)
        v |= (uint64_t)(uint8_t)s[k] << (8 * k);
    return v;
}

/* eight bytes at a time, each mixed by a multiply and a shift, and a
 * final mix (splitmix64's) so that the low bits the table uses depend on
 * every byte; s[0..n) may be read up to end */
static inline uint64_t hash64(int lang, const char *s, size_t n, const char *end)
{
    uint64_t h = 0x9E3779B97F4A7C15ull * ((uint64_t)lang + 1) ^ (uint64_t)n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, s + i, 8);
        h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    }
    if (i < n)
        h = (h ^ tail_bytes(s + i, n - i, end)) * 0xBF58476D1CE4E5B9ull;
    h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ull;
    h = (h ^ (h >> 27)) * 0x94D049BB133111EBull;
    return h ^ (h >> 31);
}

/* The cache is an open-addressed table of slots with linear probing (a
 * slot with len 0 is free), at most half full: a lookup reads the line its
 * hash points to, the word in the arena only for long words, and the info
 * of a unit the model knows (infos[0] for the others). */
static int table_alloc(uslot **out, size_t cap)
{
    size_t bytes = cap * sizeof(uslot);
#if defined(__linux__) && defined(MAP_ANONYMOUS)
    /* a large table: fresh zero pages from the system, on 2 MB pages where
       it gives them (THP in madvise mode), so that a lookup at random does
       not also miss the TLB */
    if (bytes >= HUGE_PAGE) {
        void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            return STP_ENOMEM;
#ifdef MADV_HUGEPAGE
        (void)madvise(p, bytes, MADV_HUGEPAGE);  /* advice only */
#endif
        *out = p;
        return 0;
    }
#endif
    uslot *e = aligned_alloc(64, bytes);
    if (!e)
        return STP_ENOMEM;
    memset(e, 0, bytes);
    *out = e;
    return 0;
}

static void table_free(uslot *e, size_t cap)
{
    if (!e)
        return;
#if defined(__linux__) && defined(MAP_ANONYMOUS)
    if (cap * sizeof(uslot) >= HUGE_PAGE) {
        munmap(e, cap * sizeof(uslot));
        return;
    }
#endif
    (void)cap;
    free(e);
}

static const char *slot_word(const stp_matcher *m, const uslot *e)
{
    return e->len <= SHORT_WORD ? e->w.word : m->arena.p + e->w.off;
}

/* twice the room; slots move (placed again by their words' hashes), so the
 * generation changes */
static int cache_grow(stp_matcher *m)
{
    size_t cap = m->capents * 2;
    uslot *e;
    if (table_alloc(&e, cap))
        return STP_ENOMEM;
    for (size_t i = 0; i < m->capents; i++) {
        const uslot *o = &m->ents[i];
        if (!o->len)
            continue;
        const char *w = slot_word(m, o);
        size_t k = hash64(o->lang, w, o->len, o->len <= SHORT_WORD ? o->w.word + SHORT_WORD : w + o->len)
                   & (cap - 1);
        while (e[k].len)
            k = (k + 1) & (cap - 1);
        e[k] = *o;
    }
    table_free(m->ents, m->capents);
    m->ents = e;
    m->capents = cap;
    m->gen++;
    return 0;
}

/* The cache is full: start over, but keep the units met again since they
 * came in, up to a quarter of the bound (by Zipf's law the frequent words;
 * most of the others are met once). The kept ones must be met again to
 * stay next time. They are set aside (32 bytes each), their infos moved
 * down in place in the order of their indexes (a bit per info says which
 * stay), the table emptied and refilled: little memory beyond the cache's
 * own. Slots and infos move, so the generation changes. When memory is
 * short, everything goes. */
static void cache_clear(stp_matcher *m)
{
    size_t cap = m->capents, limit = m->max_ents / 4, nk = 0, nw = (m->ninfos + 63) / 64;
    uslot *keep = malloc((limit ? limit : 1) * sizeof *keep);
    uint64_t *bits = calloc(nw ? nw : 1, sizeof *bits);
    uint32_t *rank = malloc((nw ? nw : 1) * sizeof *rank);
    stp_buf arena = {0};
    if (!keep || !bits || !rank)
        limit = 0;
    for (size_t i = 0; i < cap && nk < limit; i++) {
        uslot s = m->ents[i];
        if (!s.len || !s.again)
            continue;
        if (s.len > SHORT_WORD) {
            uint32_t off = (uint32_t)arena.len;
            if (stp_buf_put(&arena, m->arena.p + s.w.off, s.len))
                continue;   /* out of memory: this one goes */
            s.w.off = off;
        }
        s.again = 0;
        bits[s.info / 64] |= (uint64_t)1 << (s.info % 64);
        keep[nk++] = s;
    }
    /* the kept infos, in index order, to 1, 2, ...: info i goes to 1 +
       the number of kept infos below it */
    size_t ni = 1;
    if (limit) {
        bits[0] &= ~(uint64_t)1;    /* infos[0] stays where it is */
        for (size_t w = 0, c = 0; w < nw; w++) {
            rank[w] = (uint32_t)c;
            c += (size_t)__builtin_popcountll(bits[w]);
        }
        for (size_t i = 1; i < m->ninfos; i++)
            if (bits[i / 64] >> (i % 64) & 1)
                m->infos[ni++] = m->infos[i];
    }
    memset(m->ents, 0, cap * sizeof *m->ents);
    for (size_t k = 0; k < nk; k++) {
        uslot *s = &keep[k];
        if (s->info) {
            uint64_t below = bits[s->info / 64] & (((uint64_t)1 << (s->info % 64)) - 1);
            s->info = 1 + rank[s->info / 64] + (uint32_t)__builtin_popcountll(below);
        }
        const char *w = s->len <= SHORT_WORD ? s->w.word : arena.p + s->w.off;
        size_t j = hash64(s->lang, w, s->len, s->len <= SHORT_WORD ? s->w.word + SHORT_WORD : w + s->len)
                   & (cap - 1);
        while (m->ents[j].len)
            j = (j + 1) & (cap - 1);
        m->ents[j] = *s;
    }
    free(keep);
    free(bits);
    free(rank);
    stp_buf_free(&m->arena);
    m->arena = arena;
    m->ninfos = ni;
    m->nents = nk;
    m->gen++;
}

/* compute what the model knows of unit w[0..n) */
static int unit_info(stp_matcher *m, stp_lang lang, const char *w, size_t n, int digit, uinfo *u)
{
    const stp_gaz *g = m->g;
    stp_buf_reset(&m->tmp);
    if (stp_fold(&m->tmp, w, n, STP_FOLD_ALL))
        return STP_ENOMEM;
    u->fid = stp_gaz_key_find(g, 'f', m->tmp.p, m->tmp.len);
    u->nid = STP_GAZ_NOKEY;
    if (stp_gaz_has_nofold(g)) {
        stp_buf_reset(&m->tmp);
        if (stp_fold(&m->tmp, w, n, STP_FOLD_CASE))
            return STP_ENOMEM;
        u->nid = stp_gaz_key_find(g, 'n', m->tmp.p, m->tmp.len);
    }
    u->nkeys = 0;
    if (digit)
        return 0;
    stp_str keys[STP_STEM_MAXKEYS];
    int nk = stp_stem_keys(m->st, lang, w, n, keys);
    if (nk == STP_EDICT) {
        m->dict_missing = 1;
        nk = stp_stem_keys(m->st, lang, w, n, keys);
    }
    if (nk == STP_ENOMEM)
        return STP_ENOMEM;
    for (int i = 0; i < nk; i++) {
        int prefix = lang == STP_LANG_EN || (lang == STP_LANG_UND && i == 0) ? 'e' : 'c';
        uint32_t id = stp_gaz_key_find(g, prefix, keys[i].s, keys[i].n);
        if (id != STP_GAZ_NOKEY && u->nkeys < MAXK)
            u->keys[u->nkeys++] = id;
    }
    return 0;
}

/* the keys of u that have postings (an alias starts with them) */
static void unit_posts(const stp_gaz *g, uinfo *u)
{
    uint32_t ids[2 + MAXK], np;
    int n = 0;
    if (u->fid != STP_GAZ_NOKEY)
        ids[n++] = u->fid;
    if (u->nid != STP_GAZ_NOKEY)
        ids[n++] = u->nid;
    for (int k = 0; k < u->nkeys; k++)
        ids[n++] = u->keys[k];
    u->npost = 0;
    for (int x = 0; x < n; x++)
        if (stp_gaz_postings(g, ids[x], &np) && np)
            u->post[u->npost++] = ids[x];
}


/* w[0..n) == a[0..n), n <= SHORT_WORD, without a call */
static inline int same_short(const char *a, const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != w[i])
            return 0;
    return 1;
}


/* a slot's word (zero after its n bytes) == w[0..n), n <= SHORT_WORD:
 * two loads a side when the 16 bytes from w are readable (w + 16 <= end) */
static inline int same_slot_word(const char *a, const char *w, size_t n, const char *end)
{
    if (end - w < SHORT_WORD)
        return same_short(a, w, n);
    uint64_t a0, a1, w0, w1;
    memcpy(&a0, a, 8);
    memcpy(&a1, a + 8, 8);
    memcpy(&w0, w, 8);
    memcpy(&w1, w + 8, 8);
    if (n < 8) {
        w0 &= n ? ~0ull >> (64 - 8 * n) : 0;
        w1 = 0;
    } else if (n < 16) {
        w1 &= n > 8 ? ~0ull >> (128 - 8 * n) : 0;
    }
    return ((a0 ^ w0) | (a1 ^ w1)) == 0;
}

/* ---- the memo shared by threads ---------------------------------------------- */

/* zeroed room for n bytes that is only paid for where touched */
static void *room_alloc(size_t n)
{
#if defined(__linux__) && defined(MAP_ANONYMOUS)
    int fl = MAP_PRIVATE | MAP_ANONYMOUS;
#ifdef MAP_NORESERVE
    fl |= MAP_NORESERVE;
#endif
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, fl, -1, 0);
    return p == MAP_FAILED ? NULL : p;
#else
    return calloc(1, n);
#endif
}

static void room_free(void *p, size_t n)
{
    if (!p)
        return;
#if defined(__linux__) && defined(MAP_ANONYMOUS)
    munmap(p, n);
#else
    (void)n;
    free(p);
#endif
}

int stp_unitmemo_new(stp_unitmemo **out, size_t entries, size_t bytes)
{
    *out = NULL;
    stp_unitmemo *mm = calloc(1, sizeof *mm);
    if (!mm)
        return STP_ENOMEM;
    mm->max_ents = CACHE_MAX_ENTRIES;
    while (entries && mm->max_ents / 2 >= entries && mm->max_ents > 4)
        mm->max_ents /= 2;      /* a power of two at least `entries` */
    mm->cap = 2 * mm->max_ents;
    mm->max_bytes = bytes ? bytes : CACHE_MAX_BYTES;
    if (mm->max_bytes > UINT32_MAX)
        mm->max_bytes = UINT32_MAX;   /* word offsets are 32-bit */
    int bad = table_alloc(&mm->ents, mm->cap) != 0;
    mm->infos = room_alloc(mm->max_ents * sizeof *mm->infos);
    mm->arena = room_alloc(mm->max_bytes);
    if (mm->infos) {
        mm->infos[0].fid = mm->infos[0].nid = STP_GAZ_NOKEY;
        mm->ninfos = 1;
    }
    if (bad || !mm->infos || !mm->arena || pthread_mutex_init(&mm->mu, NULL)) {
        if (!bad)
            table_free(mm->ents, mm->cap);
        room_free(mm->infos, mm->max_ents * sizeof *mm->infos);
        room_free(mm->arena, mm->max_bytes);
        free(mm);
        return STP_ENOMEM;
    }
    *out = mm;
    return 0;
}

void stp_unitmemo_free(stp_unitmemo *mm)
{
    if (!mm)
        return;
    pthread_mutex_destroy(&mm->mu);
    table_free(mm->ents, mm->cap);
    room_free(mm->infos, mm->max_ents * sizeof *mm->infos);
    room_free(mm->arena, mm->max_bytes);
    free(mm);
}

size_t stp_unitmemo_size(const stp_unitmemo *mm)
{
    return __atomic_load_n(&mm->nents, __ATOMIC_RELAXED);
}

/* has the unit a key that ends a person's row (m->surkey)? */
static int has_surname_key(const stp_matcher *m, const uinfo *u)
{
    if (u->fid != STP_GAZ_NOKEY && (m->surkey[u->fid / 64] >> (u->fid % 64) & 1))
        return 1;
    for (int k = 0; k < u->nkeys; k++)
        if (m->surkey[u->keys[k] / 64] >> (u->keys[k] % 64) & 1)
            return 1;
    return 0;
}

static int info_known(const uinfo *u)
{
    return u->fid != STP_GAZ_NOKEY || u->nid != STP_GAZ_NOKEY || u->nkeys;
}

/* the slot of unit (lang, w[0..n)) with hash h, or NULL; no lock: a slot
 * being written is not there yet (its len is 0 until it is complete) */
static const uslot *memo_find(const stp_unitmemo *mm, stp_lang lang, const char *w, size_t n,
                              uint64_t h, const char *end)
{
    size_t mask = mm->cap - 1;
    uint32_t hi = (uint32_t)(h >> 32);
    for (size_t k = h & mask;; k = (k + 1) & mask) {
        const uslot *u = &mm->ents[k];
        uint32_t len = __atomic_load_n(&u->len, __ATOMIC_ACQUIRE);
        if (!len)
            return NULL;
        if (u->hash == hi && len == n && u->lang == lang
            && (n <= SHORT_WORD ? same_slot_word(u->w.word, w, n, end)
                                : memcmp(mm->arena + u->w.off, w, n) == 0))
            return u;
    }
}

/* put what the model knows of the unit, nu, in the memo: its slot, or NULL
 * when the memo is full (from then on nothing more goes in) */
static const uslot *memo_put(stp_unitmemo *mm, stp_lang lang, const char *w, size_t n,
                             uint64_t h, const char *end, const uinfo *nu, uint8_t name)
{
    pthread_mutex_lock(&mm->mu);
    const uslot *u = memo_find(mm, lang, w, n, h, end);   /* another thread's? */
    if (u)
        goto out;
    int known = info_known(nu);
    if (mm->nents >= mm->max_ents || (n > SHORT_WORD && mm->alen + n > mm->max_bytes)
        || (known && mm->ninfos >= mm->max_ents)) {
        __atomic_store_n(&mm->full, 1, __ATOMIC_RELAXED);
        goto out;
    }
    size_t mask = mm->cap - 1, k = h & mask;
    while (mm->ents[k].len)
        k = (k + 1) & mask;
    uslot *e = &mm->ents[k];
    e->hash = (uint32_t)(h >> 32);
    e->lang = (uint8_t)lang;
    e->npost = nu->npost;
    e->name = name;
    e->info = 0;
    if (known) {
        e->info = (uint32_t)mm->ninfos;
        mm->infos[mm->ninfos++] = *nu;
    }
    if (n <= SHORT_WORD) {
        memset(e->w.word, 0, SHORT_WORD);
        memcpy(e->w.word, w, n);
    } else {
        e->w.off = (uint32_t)mm->alen;
        memcpy(mm->arena + mm->alen, w, n);
        mm->alen += n;
    }
    __atomic_store_n(&mm->nents, mm->nents + 1, __ATOMIC_RELAXED);
    __atomic_store_n(&e->len, (uint32_t)n, __ATOMIC_RELEASE);   /* now readers see it */
    u = e;
out:
    pthread_mutex_unlock(&mm->mu);
    return u;
}

void stp_matcher_set_memo(stp_matcher *m, stp_unitmemo *memo)
{
    m->memo = memo;
}

/* the info index of unit w[0..n) with hash h (INFO_SHARED set: in the
 * memo), computed on a miss; a miss in the matcher's own table may start
 * it over or move its slots (m->gen changes) */

static int cache_get(stp_matcher *m, stp_lang lang, const char *w, size_t n, int digit,
                     uint64_t h, const char *end, uint32_t *out, uint8_t *npost, uint8_t *name)
{
    uinfo nu;
    int have = 0;
    if (m->memo) {
        const uslot *u = memo_find(m->memo, lang, w, n, h, end);
        if (!u && !__atomic_load_n(&m->memo->full, __ATOMIC_RELAXED)) {
            memset(&nu, 0, sizeof nu);
            int r = unit_info(m, lang, w, n, digit, &nu);
            if (r)
                return r;
            unit_posts(m->g, &nu);
            have = 1;
            u = memo_put(m->memo, lang, w, n, h, end, &nu, (uint8_t)has_surname_key(m, &nu));
        }
        if (u) {
            *out = u->info ? u->info | INFO_SHARED : 0;
            *npost = u->npost;
            *name = u->name;
            return 0;
        }
    }
    size_t mask = m->capents - 1, k = h & mask;
    uint32_t hi = (uint32_t)(h >> 32);
    for (; m->ents[k].len; k = (k + 1) & mask) {
        const uslot *u = &m->ents[k];
        if (u->hash == hi && u->len == n && u->lang == lang
            && (n <= SHORT_WORD ? same_slot_word(u->w.word, w, n, end)
                                : memcmp(m->arena.p + u->w.off, w, n) == 0)) {
            if (!u->again)
                m->ents[k].again = 1;
            *out = u->info;
            *npost = u->npost;
            *name = u->name;
            return 0;
        }
    }
    if (m->nents >= m->max_ents || m->arena.len + n > m->max_bytes)
        cache_clear(m);
    else if ((m->nents + 1) * 2 > m->capents && cache_grow(m))
        return STP_ENOMEM;
    if (!have) {
        memset(&nu, 0, sizeof nu);
        int r = unit_info(m, lang, w, n, digit, &nu);
        if (r)
            return r;
        unit_posts(m->g, &nu);
    }
    uslot ns;
    memset(&ns, 0, sizeof ns);
    ns.hash = hi;
    ns.len = (uint32_t)n;
    ns.lang = (uint8_t)lang;
    ns.npost = nu.npost;
    ns.name = (uint8_t)has_surname_key(m, &nu);
    if (n <= SHORT_WORD) {
        memcpy(ns.w.word, w, n);
    } else {
        ns.w.off = (uint32_t)m->arena.len;
        if (stp_buf_put(&m->arena, w, n))
            return STP_ENOMEM;
    }
    if (info_known(&nu)) {
        if (stp_array_grow((void **)&m->infos, &m->capinfos, m->ninfos + 1, sizeof *m->infos))
            return STP_ENOMEM;
        ns.info = (uint32_t)m->ninfos;
        m->infos[m->ninfos++] = nu;
    }
    mask = m->capents - 1;
    for (k = h & mask; m->ents[k].len; k = (k + 1) & mask)
        ;
    m->ents[k] = ns;
    m->nents++;
    *out = ns.info;
    *npost = ns.npost;
    *name = ns.name;
    return 0;
}

/* Hash the sentence's units and touch their cache lines before the
 * lookups: the table outgrows the CPU caches on a large vocabulary, and a
 * round of independent loads costs about one miss where one lookup after
 * another costs one each. (Long words in the arena are not fetched ahead:
 * few units are longer than SHORT_WORD bytes.) */
static void prefetch_units(stp_matcher *m, stp_lang lang, const char *text, const char *end)
{
    const stp_gaz_unit *u = m->units;
    /* the memo's table, which is asked first, else the matcher's own */
    const uslot *tab = m->ents;
    size_t n = m->nunits, mask = m->capents - 1;
    if (m->memo) {
        tab = m->memo->ents;
        mask = m->memo->cap - 1;
    }
    for (size_t i = 0; i < n; i++) {
        uint64_t h = hash64((int)lang, text + u[i].b0, u[i].b1 - u[i].b0, end);
        m->hashes[i] = h;
        PREFETCH(&tab[h & mask]);
    }
}

/* ---- case -------------------------------------------------------------------- */

static int case_of(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z' ? 1 : cp >= 'a' && cp <= 'z' ? -1 : 0;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT ? 1
         : c == UTF8PROC_CATEGORY_LL ? -1 : 0;
}

/* `case` rows: letter-for-letter case over the shorter of the two */
static int case_ok(const char *a, size_t an, const char *t, size_t tn, int first)
{
    size_t i = 0, j = 0;
    int k = 0;
    while (i < an && j < tn) {
        int32_t ca = stp_utf8_next(a, an, &i);
        int32_t ct = stp_utf8_next(t, tn, &j);
        int xa = case_of(ca), xt = case_of(ct);
        if (xa != xt && !(first && k == 0 && xa == -1 && xt == 1))
            return 0;
        k++;
    }
    return 1;
}

static int starts_upper(const char *s, size_t n)
{
    size_t i = 0;
    return n && case_of(stp_utf8_next(s, n, &i)) == 1;
}

/* ---- matching ------------------------------------------------------------------ */

static int has_key(const uinfo *u, uint32_t k)
{
    for (int i = 0; i < u->nkeys; i++)
        if (u->keys[i] == k)
            return 1;
    return 0;
}

/* what may stand between two tokens of a name: any punctuation or symbol
 * but the marks that separate phrases (, ; : ! ? quotes, ellipsis) */
static int gap_token_ok(const char *text, const stp_token *t)
{
    if (t->kind == STP_TOK_POSS)
        return 1;
    if (t->kind != STP_TOK_PUNCT && t->kind != STP_TOK_SYM)
        return 0;
    size_t n = t->b1 - t->b0;
    const char *s = text + t->b0;
    if (n == 1) {
        switch (s[0]) {
        case ',': case ';': case ':': case '!': case '?': case '"': case '\0':
            return 0;
        default:
            return 1;
        }
    }
    /* „ “ ” ‘ ’ « » … */
    static const char *const seps[] = { "\xe2\x80\x9e", "\xe2\x80\x9c", "\xe2\x80\x9d",
                                        "\xe2\x80\x98", "\xe2\x80\x99", "\xc2\xab",
                                        "\xc2\xbb", "\xe2\x80\xa6", "..." };
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++)
        if (strlen(seps[k]) == n && memcmp(s, seps[k], n) == 0)
            return 0;
    return 1;
}

/* "pro", "anti" (any case) before a hyphen: a stance, not the name */
static int is_stance_prefix(const char *s, size_t n)
{
    static const char *const w[] = { "pro", "anti" };
    for (size_t k = 0; k < 2; k++) {
        size_t wn = strlen(w[k]);
        if (n != wn)
            continue;
        size_t j = 0;
        while (j < n && (s[j] | 0x20) == w[k][j])
            j++;
        if (j == n)
            return 1;
    }
    return 0;
}

static inline stp_str g_surf(const stp_gaz *g, const stp_gaz_aunit *au)
{
    return stp_gaz_str(g, au->surf_off, au->surf_len);
}

/* a[0..n) == b[0..n): a unit is short, so a loop rather than a call */
static inline int same_bytes(const char *a, const char *b, size_t n)
{
    return n <= SHORT_WORD ? same_short(a, b, n) : memcmp(a, b, n) == 0;
}

/* Could the text word t[0..tn) be an inflected form of the alias word a,
 * whose stem it shares? A case ending replaces or adds a letter or two (a
 * genitive plural drops one), and a consonant alternation or a dropped
 * vowel changes at most the two letters before it (Praha/Praze,
 * Amerika/Americe, Pavel/Pavla): so the word is at most one letter shorter
 * and, for a base form of five letters or more, agrees with it, folded,
 * in all but the last two letters. A shorter word or an earlier difference
 * is another word that a stemmer cut to the same stem ("Pan", "Pane",
 * "Pánové", "Pánům" are not "Panama", whose light stem is "pan"). */
static int inflection_like(const char *t, size_t tn, stp_str a)
{
    size_t an = stp_utf8_count(a.s, a.n), ti = 0, ai = 0, same = 0;
    if (stp_utf8_count(t, tn) + 1 < an)
        return 0;
    if (an < 5)
        return 1;
    while (same + 2 < an && ti < tn && ai < a.n
           && stp_fold_cp(stp_utf8_next(t, tn, &ti), STP_FOLD_ALL)
                  == stp_fold_cp(stp_utf8_next(a.s, a.n, &ai), STP_FOLD_ALL))
        same++;
    return same + 2 >= an;
}

/* does alias a match at unit i? @return how, or -1 */
static int verify(const stp_matcher *m, const char *text, const stp_gaz_alias *a, uint32_t variant,
                  size_t i, const uint8_t *blocked)
{
    const stp_gaz *g = m->g;
    const stp_gaz_aunit *au = stp_gaz_aunits(g, a);
    size_t k = a->nunits;
    if (i + k > m->nunits)
        return -1;
    const stp_gaz_unit *u = m->units;
    if (!(u[i].flags & (STP_GAZ_U_FIRST | STP_GAZ_U_HYPH_BEFORE))
        || !(u[i + k - 1].flags & (STP_GAZ_U_LAST | STP_GAZ_U_HYPH_AFTER)))
        return -1;
    if ((u[i].flags & STP_GAZ_U_HYPH_BEFORE) && i > 0 && u[i - 1].tok == u[i].tok
        && is_stance_prefix(text + u[i - 1].b0, u[i - 1].b1 - u[i - 1].b0))
        return -1;     /* "pro-Russian", "anti-Western": not the state */
    int nofold = (a->flags & STP_GAZ_NOFOLD) != 0;
    int exact = variant == STP_GAZ_V_FOLD;
    for (size_t j = 0; j < k; j++) {
        const uinfo *ti = m->ui[i + j];
        if (j && !m->gap_ok[i + j])
            return -1;
        if (blocked && blocked[u[i + j].tok])
            return -1;
        uint32_t fk = nofold ? ti->nid : ti->fid;
        if (variant == STP_GAZ_V_FOLD) {
            if (fk != au[j].fold)
                return -1;
        } else {
            uint32_t sk = variant == STP_GAZ_V_EN ? au[j].en : au[j].cs;
            if (sk == STP_GAZ_NOKEY ? fk != au[j].fold : !has_key(ti, sk))
                return -1;
            stp_str s = g_surf(g, &au[j]);
            if (fk != au[j].fold && !inflection_like(text + u[i + j].b0, u[i + j].b1 - u[i + j].b0, s))
                return -1;
        }
    }
    /* exact: the mention as written (a title is not part of it) */
    for (size_t j = (a->flags & STP_GAZ_TITLE) != 0; j < k && exact; j++) {
        stp_str s = g_surf(g, &au[j]);
        exact = s.n == u[i + j].b1 - u[i + j].b0 && same_bytes(s.s, text + u[i + j].b0, s.n);
    }
    int how = variant == STP_GAZ_V_FOLD ? (exact ? STP_HOW_EXACT : STP_HOW_FOLD) : STP_HOW_STEM;
    if (a->flags & STP_GAZ_CASE) {
        for (size_t j = 0; j < k; j++) {
            stp_str s = g_surf(g, &au[j]);
            if (!case_ok(s.s, s.n, text + u[i + j].b0, u[i + j].b1 - u[i + j].b0, j == 0))
                return -1;
        }
    } else if (how == STP_HOW_STEM) {
        /* a proper name (every word capitalised) needs a capital in the text */
        size_t caps = 0;
        int hit = 0;
        for (size_t j = 0; j < k; j++) {
            stp_str s = g_surf(g, &au[j]);
            if (starts_upper(s.s, s.n)) {
                caps++;
                hit |= starts_upper(text + u[i + j].b0, u[i + j].b1 - u[i + j].b0);
            }
        }
        if (caps == k && !hit)
            return -1;
    }
    return how;
}

/* an alias written with punctuation before its first or after its last
 * unit ("LAPSUS$", "[Vault 7/8]", "Keymous+") takes it into the surface
 * when the text has it too */
static void extend(const stp_gaz *g, const stp_gaz_alias *a, const char *text, size_t lo,
                   size_t hi, const stp_gaz_unit *u0, const stp_gaz_unit *u1, size_t *b0, size_t *b1)
{
    const stp_gaz_aunit *au = stp_gaz_aunits(g, a);
    stp_str al = stp_gaz_str(g, a->alias_off, a->alias_len);
    size_t head = au[0].surf_off - a->alias_off;
    size_t tail0 = au[a->nunits - 1].surf_off + au[a->nunits - 1].surf_len - a->alias_off;
    size_t tail = al.n - tail0;
    if (head && !(a->flags & STP_GAZ_TITLE) && u0->b0 >= lo + head && memcmp(text + u0->b0 - head, al.s, head) == 0
        && u0->b0 - head < *b0)
        *b0 = u0->b0 - head;
    if (tail && u1->b1 + tail <= hi && memcmp(text + u1->b1, al.s + tail0, tail) == 0
        && u1->b1 + tail > *b1)
        *b1 = u1->b1 + tail;
}

static int lang_ok(uint32_t alang, stp_lang lang)
{
    return alang == STP_GAZ_LANG_ANY || lang == STP_LANG_UND
        || (alang == STP_GAZ_LANG_CS && lang == STP_LANG_CS)
        || (alang == STP_GAZ_LANG_EN && lang == STP_LANG_EN);
}

/* does c come before b in the candidate order (start, alias, variant)? */
static int cand_before(const cand *c, const cand *b)
{
    if (c->start != b->start)
        return c->start < b->start;
    if (c->alias != b->alias)
        return c->alias < b->alias;
    return c->variant < b->variant;
}

/* is c better than b? */
static int better(const cand *c, const cand *b)
{
    if (c->nunits != b->nunits)
        return c->nunits > b->nunits;
    if (c->type != b->type)
        return c->type < b->type;
    if (c->how != b->how)
        return c->how < b->how;
    if (c->b1 - c->b0 != b->b1 - b->b0)
        return c->b1 - c->b0 > b->b1 - b->b0;   /* "LAPSUS$" over "LAPSUS" */
    return c->alias < b->alias;
}

static int collect_namewords(stp_matcher *m, const char *text, const stp_token *toks, size_t n,
                             const uint8_t *blocked);

/* is alias `alias` at unit st among the candidates from cands[c0] on? */
static int folded_here(const stp_matcher *m, size_t c0, uint32_t alias, size_t st)
{
    for (size_t c = c0; c < m->ncands; c++)
        if (m->cands[c].alias == alias && m->cands[c].start == st)
            return 1;
    return 0;
}

int stp_match_sentence(stp_matcher *m, const char *text, const stp_token *toks, size_t n,
                       stp_lang lang, const uint8_t *blocked,
                       const stp_match **out, size_t *nout)
{
    const stp_gaz *g = m->g;
    m->nunits = m->nout = m->namb = 0;
    m->nsent++;
    *out = NULL;
    *nout = 0;
    if (stp_gaz_units(text, toks, n, &m->units, &m->nunits, &m->capunits))
        return STP_ENOMEM;
    if (m->nunits == 0)
        return 0;
    if (stp_array_grow((void **)&m->ui, &m->capui, m->nunits, sizeof *m->ui)
        || stp_array_grow((void **)&m->gap_ok, &m->capgap, m->nunits, 1)
        || stp_array_grow((void **)&m->npost, &m->capnpost, m->nunits, 1))
        return STP_ENOMEM;
    /* look every unit up; keep indexes (the cache array may move) */
    if (stp_array_grow((void **)&m->idx, &m->capidx, m->nunits, sizeof *m->idx))
        return STP_ENOMEM;
    if (stp_array_grow((void **)&m->hashes, &m->caphash, m->nunits, sizeof *m->hashes))
        return STP_ENOMEM;
    const char *end = text + toks[n - 1].b1;   /* what may be read */
    prefetch_units(m, lang, text, end);
    uint64_t gen = m->gen;
    if (stp_array_grow((void **)&m->namei, &m->capnamei, m->nunits, sizeof *m->namei))
        return STP_ENOMEM;
    m->nnamei = 0;
    for (size_t i = 0; i < m->nunits; i++) {
        const stp_gaz_unit *u = &m->units[i];
        uint32_t p;
        uint8_t name;
        int r = cache_get(m, lang, text + u->b0, u->b1 - u->b0, (u->flags & STP_GAZ_U_DIGIT) != 0,
                          m->hashes[i], end, &p, &m->npost[i], &name);
        if (r)
            return r;
        if (m->gen != gen) {
            /* the cache started over: look the sentence up again (it fits) */
            gen = m->gen;
            i = (size_t)-1;
            m->nnamei = 0;
            continue;
        }
        if (name)
            m->namei[m->nnamei++] = (uint32_t)i;
        m->idx[i] = p;
        m->gap_ok[i] = 1;
        if (i && u->tok != m->units[i - 1].tok) {
            for (size_t t = m->units[i - 1].tok + 1; t < u->tok; t++)
                if (!gap_token_ok(text, &toks[t]))
                    m->gap_ok[i] = 0;
        }
    }
    for (size_t i = 0; i < m->nunits; i++)
        m->ui[i] = m->idx[i] & INFO_SHARED ? &m->memo->infos[m->idx[i] & ~INFO_SHARED]
                                           : &m->infos[m->idx[i]];
    /* every alias that matches in the sentence: a posting is filed under
       one of the alias's units, so a match starting at unit st is found
       from unit st + pos */
    m->ncands = 0;
    for (size_t j = 0; j < m->nunits; j++) {
        if (!m->npost[j])
            continue;
        const uinfo *tj = m->ui[j];
        size_t cj = m->ncands;   /* the candidates found from unit j */
        for (int x = 0; x < tj->npost; x++) {
            uint32_t np;
            const stp_gaz_post *ps = stp_gaz_postings(g, tj->post[x], &np);
            for (uint32_t q = 0; q < np; q++) {
                if (ps[q].pos > j)
                    continue;
                size_t st = j - ps[q].pos;
                uint32_t k2 = ps[q].key2;
                if (k2 != STP_GAZ_NOKEY) {
                    if (st + ps[q].pos2 >= m->nunits)
                        continue;
                    const uinfo *t2 = m->ui[st + ps[q].pos2];
                    if (k2 != t2->fid && k2 != t2->nid && !has_key(t2, k2))
                        continue;
                }
                /* a stem variant of an alias that matched here already,
                   folded or stemmed (from this unit: its fold key comes
                   first), could only tie with it or lose */
                if (ps[q].variant != STP_GAZ_V_FOLD && folded_here(m, cj, ps[q].alias, st))
                    continue;
                const stp_gaz_alias *a = stp_gaz_alias_at(g, ps[q].alias);
                if (!lang_ok(a->lang, lang) || st + a->nunits > m->nunits)
                    continue;
                int how = verify(m, text, a, ps[q].variant, st, blocked);
                if (how < 0)
                    continue;
                cand c = { ps[q].alias, a->nunits, stp_gaz_entity_at(g, a->entity)->type,
                           (uint32_t)how, (uint32_t)st, ps[q].variant, 0, 0 };
                /* a title ("premiér Fiala") is matched but not part of the mention */
                size_t t0 = st + ((a->flags & STP_GAZ_TITLE) != 0);
                const stp_gaz_unit *u0 = &m->units[t0], *u1 = &m->units[st + a->nunits - 1];
                c.b0 = (u0->flags & STP_GAZ_U_FIRST) ? toks[u0->tok].b0 : u0->b0;
                c.b1 = (u1->flags & STP_GAZ_U_LAST) ? toks[u1->tok].b1 : u1->b1;
                extend(g, a, text, toks[0].b0, toks[n - 1].b1, u0, u1, &c.b0, &c.b1);
                if (stp_array_grow((void **)&m->cands, &m->capcands, m->ncands + 1, sizeof *m->cands))
                    return STP_ENOMEM;
                m->cands[m->ncands++] = c;
            }
        }
    }
    /* by start, then in gazetteer order: insertion, as the candidates come
       nearly sorted and few */
    for (size_t c = 1; c < m->ncands; c++) {
        cand v = m->cands[c];
        size_t d = c;
        for (; d > 0 && cand_before(&v, &m->cands[d - 1]); d--)
            m->cands[d] = m->cands[d - 1];
        m->cands[d] = v;
    }
    /* leftmost longest */
    size_t next = 0;   /* the first unit no match covers */
    for (size_t c0 = 0, c1; c0 < m->ncands; c0 = c1) {
        size_t st = m->cands[c0].start;
        for (c1 = c0 + 1; c1 < m->ncands && m->cands[c1].start == st; c1++)
            ;
        if (st < next)
            continue;
        const cand *best = &m->cands[c0];
        for (size_t c = c0 + 1; c < c1; c++)
            if (better(&m->cands[c], best))
                best = &m->cands[c];
        const stp_gaz_alias *a = stp_gaz_alias_at(g, best->alias);
        if (stp_array_grow((void **)&m->out, &m->capout, m->nout + 1, sizeof *m->out))
            return STP_ENOMEM;
        stp_match *x = &m->out[m->nout++];
        x->b0 = best->b0;
        x->b1 = best->b1;
        x->tok0 = m->units[st + ((a->flags & STP_GAZ_TITLE) != 0)].tok;
        x->tok1 = m->units[st + best->nunits - 1].tok;
        x->alias = best->alias;
        x->entity = a->entity;
        x->type = best->type;
        x->how = (int)best->how;
        x->ambig = (a->flags & STP_GAZ_AMBIG) != 0;
        x->amb0 = (uint32_t)m->namb;
        x->namb = 0;
        if (x->ambig) {
            for (size_t c = c0; c < c1; c++) {
                const cand *cd = &m->cands[c];
                const stp_gaz_alias *ca = stp_gaz_alias_at(g, cd->alias);
                if (cd->nunits != best->nunits || cd->type != best->type || !(ca->flags & STP_GAZ_AMBIG))
                    continue;
                int seen = 0;
                for (size_t e = x->amb0; e < m->namb; e++)
                    seen |= m->amb[e] == ca->entity;
                if (seen)
                    continue;
                if (stp_array_grow((void **)&m->amb, &m->capamb, m->namb + 1, sizeof *m->amb))
                    return STP_ENOMEM;
                m->amb[m->namb++] = ca->entity;
                x->namb++;
            }
        }
        next = st + best->nunits;
    }
    if (collect_namewords(m, text, toks, n, blocked))
        return STP_ENOMEM;
    *out = m->out;
    *nout = m->nout;
    return 0;
}

void stp_matcher_doc_begin(stp_matcher *m)
{
    m->nwords = 0;
    m->nsent = 0;
}

/* is toks[k] a capitalised word that may be part of a name with its
 * neighbour? Not a function word capitalised as the sentence's first
 * ("S Kintrem", "Podle Bartoše", "The") */
static int name_neighbour(stp_matcher *m, const char *text, const stp_token *toks, size_t k)
{
    const stp_token *t = &toks[k];
    if (t->kind != STP_TOK_WORD || !(t->flags & STP_TF_CAP))
        return 0;
    if (k > 0)
        return 1;
    stp_buf_reset(&m->tmp);
    if (stp_fold(&m->tmp, text + t->b0, t->b1 - t->b0, STP_FOLD_ALL))
        return 1;
    return !stp_gaz_text_common(m->tmp.p, m->tmp.len);
}

/* Words of the sentence that may be a surname on its own: a whole token
 * of letters, capitalised but not all capitals, of three letters or more,
 * with a key that ends a person's row in the model, outside every match
 * and indicator, and not next to another capitalised word ("Pavel
 * Blažek" is another person's name). */
static int collect_namewords(stp_matcher *m, const char *text, const stp_token *toks, size_t n,
                             const uint8_t *blocked)
{
    size_t x = 0;   /* the first match not before the unit */
    for (size_t c = 0; c < m->nnamei && m->nwords < NAMEWORDS_MAX; c++) {
        size_t i = m->namei[c];
        const stp_gaz_unit *u = &m->units[i];
        const stp_token *t = &toks[u->tok];
        if (m->idx[i] == 0 || (u->flags & (STP_GAZ_U_DIGIT | STP_GAZ_U_FIRST | STP_GAZ_U_LAST))
                                  != (STP_GAZ_U_FIRST | STP_GAZ_U_LAST)
            || t->kind != STP_TOK_WORD || (t->flags & (STP_TF_CAP | STP_TF_UPPER)) != STP_TF_CAP
            || t->c1 - t->c0 < 3 || (blocked && blocked[u->tok]))
            continue;
        while (x < m->nout && m->out[x].tok1 < u->tok)
            x++;
        if (x < m->nout && m->out[x].tok0 <= u->tok)
            continue;
        if ((u->tok > 0 && name_neighbour(m, text, toks, u->tok - 1))
            || (u->tok + 1 < n && name_neighbour(m, text, toks, u->tok + 1)))
            continue;
        const uinfo *ui = m->ui[i];
        if (stp_array_grow((void **)&m->words, &m->capwords, m->nwords + 1, sizeof *m->words))
            return STP_ENOMEM;
        nameword *w = &m->words[m->nwords++];
        w->b0 = u->b0;
        w->b1 = u->b1;
        w->sent = m->nsent;
        w->fid = ui->fid;
        w->nkeys = ui->nkeys;
        memcpy(w->keys, ui->keys, sizeof w->keys);
    }
    return 0;
}

/* how word w matches the last unit of alias a (a surname), or -1 */
static int surname_how(const stp_matcher *m, const char *text, const nameword *w,
                       const stp_gaz_alias *a, stp_lang lang)
{
    const stp_gaz_aunit *au = &stp_gaz_aunits(m->g, a)[a->nunits - 1];
    stp_str s = g_surf(m->g, au);
    if (s.n < 3 || (au->flags & STP_GAZ_U_DIGIT) || !starts_upper(s.s, s.n))
        return -1;
    if (w->fid != STP_GAZ_NOKEY && w->fid == au->fold)
        return s.n == w->b1 - w->b0 && same_bytes(s.s, text + w->b0, s.n) ? STP_HOW_EXACT
                                                                          : STP_HOW_FOLD;
    if (a->flags & (STP_GAZ_EXACT | STP_GAZ_NOFOLD))
        return -1;
    uint32_t sk = lang == STP_LANG_EN ? au->en : lang == STP_LANG_CS ? au->cs : STP_GAZ_NOKEY;
    if (sk == STP_GAZ_NOKEY)
        return -1;
    for (int k = 0; k < w->nkeys; k++)
        if (w->keys[k] == sk)
            return inflection_like(text + w->b0, w->b1 - w->b0, s) ? STP_HOW_STEM : -1;
    return -1;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

int stp_match_surnames(stp_matcher *m, const char *text, stp_lang lang,
                       const uint32_t *aliases, size_t nalias,
                       const stp_match **out, size_t *nout)
{
    m->nsout = 0;
    *out = m->sout;
    *nout = 0;
    /* the surnames' keys (fold, and stem in the document's language),
       sorted, so that each word asks for its own keys only */
    size_t nk = 0;
    if (stp_array_grow((void **)&m->skeys, &m->capskeys, 2 * nalias + 1, sizeof *m->skeys))
        return STP_ENOMEM;
    for (size_t k = 0; k < nalias && k <= UINT32_MAX; k++) {
        const stp_gaz_alias *a = stp_gaz_alias_at(m->g, aliases[k]);
        if (a->nunits < 2 || (a->flags & STP_GAZ_AMBIG)
            || stp_gaz_entity_at(m->g, a->entity)->type != STP_TYPE_PERSON)
            continue;
        const stp_gaz_aunit *au = &stp_gaz_aunits(m->g, a)[a->nunits - 1];
        uint32_t sk = lang == STP_LANG_EN ? au->en : lang == STP_LANG_CS ? au->cs : STP_GAZ_NOKEY;
        m->skeys[nk++] = (uint64_t)au->fold << 32 | k;
        if (sk != STP_GAZ_NOKEY && sk != au->fold)
            m->skeys[nk++] = (uint64_t)sk << 32 | k;
    }
    if (!nk)
        return 0;
    qsort(m->skeys, nk, sizeof *m->skeys, cmp_u64);
    for (size_t i = 0; i < m->nwords; i++) {
        const nameword *w = &m->words[i];
        uint32_t ent = UINT32_MAX, alias = 0;
        int how = -1, many = 0;
        for (int q = -1; q < w->nkeys && !many; q++) {
            uint32_t key = q < 0 ? w->fid : w->keys[q];
            if (key == STP_GAZ_NOKEY)
                continue;
            /* the first entry of the key, then all of it */
            size_t lo = 0, hi = nk;
            while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (m->skeys[mid] >> 32 < key)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            for (; lo < nk && m->skeys[lo] >> 32 == key && !many; lo++) {
                uint32_t k = (uint32_t)m->skeys[lo];
                const stp_gaz_alias *a = stp_gaz_alias_at(m->g, aliases[k]);
                int h = surname_how(m, text, w, a, lang);
                if (h < 0)
                    continue;
                if (ent != UINT32_MAX && ent != a->entity)
                    many = 1;   /* two people of that name: neither */
                else if (ent == UINT32_MAX || h < how) {
                    ent = a->entity;
                    alias = aliases[k];
                    how = h;
                }
            }
        }
        if (ent == UINT32_MAX || many)
            continue;
        if (stp_array_grow((void **)&m->sout, &m->capsout, m->nsout + 1, sizeof *m->sout))
            return STP_ENOMEM;
        stp_match *x = &m->sout[m->nsout++];
        memset(x, 0, sizeof *x);
        x->b0 = w->b0;
        x->b1 = w->b1;
        x->alias = alias;
        x->entity = ent;
        x->type = STP_TYPE_PERSON;
        x->how = how;
        x->sent = w->sent;
    }
    *out = m->sout;
    *nout = m->nsout;
    return 0;
}
