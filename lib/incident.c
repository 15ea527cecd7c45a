/* incident.c - grouping relations into incidents (see incident.h) */
#include "incident.h"
#include "err.h"
#include "evdate.h"

#include <stdlib.h>
#include <string.h>

/* ---- growable arrays ---------------------------------------------------- */

static int grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 16;
    while (c < need)
        c *= 2;
    void *q = realloc(*p, c * size);
    if (!q)
        return STP_ENOMEM;
    *p = q;
    *cap = c;
    return 0;
}

#define PUSH(arr, n, cap, val)                                                  \
    (grow((void **)&(arr), &(cap), (n) + 1, sizeof *(arr)) ? STP_ENOMEM          \
                                                           : ((arr)[(n)++] = (val), 0))

/* ---- a pool of distinct strings: each id stored once ------------------- */

typedef struct {
    size_t   off;
    uint32_t len;
} pl_str;

typedef struct {
    stp_buf   arena;
    pl_str   *s;
    size_t    n, cap;
    uint32_t *ht;      /* id + 1, 0 = empty slot */
    size_t    hcap;    /* a power of two */
    uint32_t *by_rank; /* after ranking: rank -> id */
} pl_pool;

static uint64_t pl_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static int pl_rehash(pl_pool *p)
{
    size_t hc = p->hcap ? p->hcap * 2 : 1024;
    uint32_t *ht = calloc(hc, sizeof *ht);
    if (!ht)
        return STP_ENOMEM;
    for (size_t id = 0; id < p->n; id++) {
        size_t i = pl_hash(p->arena.p + p->s[id].off, p->s[id].len) & (hc - 1);
        while (ht[i])
            i = (i + 1) & (hc - 1);
        ht[i] = (uint32_t)id + 1;
    }
    free(p->ht);
    p->ht = ht;
    p->hcap = hc;
    return 0;
}

static int pl_intern(pl_pool *p, const char *s, size_t n, uint32_t *id)
{
    if (n > UINT32_MAX || p->n >= UINT32_MAX - 1)
        return STP_ERANGE;
    if ((p->n + 1) * 2 > p->hcap && pl_rehash(p))
        return STP_ENOMEM;
    size_t i = pl_hash(s, n) & (p->hcap - 1);
    while (p->ht[i]) {
        const pl_str *e = &p->s[p->ht[i] - 1];
        if (e->len == n && memcmp(p->arena.p + e->off, s, n) == 0) {
            *id = p->ht[i] - 1;
            return 0;
        }
        i = (i + 1) & (p->hcap - 1);
    }
    if (grow((void **)&p->s, &p->cap, p->n + 1, sizeof *p->s))
        return STP_ENOMEM;
    pl_str e = { p->arena.len, (uint32_t)n };
    if (stp_buf_put(&p->arena, s, n))
        return STP_ENOMEM;
    p->s[p->n] = e;
    *id = (uint32_t)p->n++;
    p->ht[i] = *id + 1;
    return 0;
}

static stp_str pl_get(const pl_pool *p, uint32_t id)
{
    stp_str r = { p->arena.p + p->s[id].off, p->s[id].len };
    return r;
}

static void pl_free(pl_pool *p)
{
    stp_buf_free(&p->arena);
    free(p->s);
    free(p->ht);
    free(p->by_rank);
}

typedef struct {
    const char *s;
    uint32_t    len, id;
} pl_key;

static int cmp_key(const void *a, const void *b)
{
    const pl_key *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->s, y->s, n);
    if (c)
        return c;
    return (x->len > y->len) - (x->len < y->len);
}

/* rank[id] = place of the string in byte order; by_rank the inverse */
static int pl_rank(pl_pool *p, uint32_t **rank)
{
    pl_key *k = malloc((p->n ? p->n : 1) * sizeof *k);
    uint32_t *r = malloc((p->n ? p->n : 1) * sizeof *r);
    p->by_rank = malloc((p->n ? p->n : 1) * sizeof *p->by_rank);
    if (!k || !r || !p->by_rank) {
        free(k);
        free(r);
        return STP_ENOMEM;
    }
    for (size_t i = 0; i < p->n; i++)
        k[i] = (pl_key){ p->arena.p + p->s[i].off, p->s[i].len, (uint32_t)i };
    qsort(k, p->n, sizeof *k, cmp_key);
    for (size_t i = 0; i < p->n; i++) {
        r[k[i].id] = (uint32_t)i;
        p->by_rank[i] = k[i].id;
    }
    free(k);
    *rank = r;
    return 0;
}

/* ---- items, facts, clusters -------------------------------------------- */

typedef struct {
    uint32_t att, kind, vic, doc;  /* pool ids, ranks after finish */
    int32_t  lo, hi;
    uint8_t  dated, claimed;
    uint32_t cl;                   /* cluster, after finish */
} inc_item;

enum { FACT_ATTR = 0, FACT_EXPL = 1 };

typedef struct {
    uint32_t att, doc, what, val;
} inc_fact;

typedef struct {
    uint32_t att, kind;
    uint8_t  dated, claimed;
    int32_t  lo, hi;     /* bounds of the kinded members, then of all */
    size_t   i0, i1;     /* kinded members: items[i0..i1) */
    size_t   m0, m1;     /* all members in members[] */
} inc_cluster;

/* ---- the current document ------------------------------------------------ */

enum { P_OTHER, P_TARGETED, P_CLAIMED, P_ATTRIBUTED_TO, P_BLAMED, P_EXPLOITED };

typedef struct {
    size_t off, n;
} span;

typedef struct {
    int      pred;
    span     subj, obj, qual, ev;
    uint64_t ss, os;
} cur_rel;

typedef struct {
    span     id, surf;
    uint64_t start;
} cur_ent;

struct stp_incidents {
    stp_incident_opts o;
    pl_pool   pool;
    inc_item *items;
    size_t    nitems, citems;
    inc_fact *facts;
    size_t    nfacts, cfacts;

    int       in_doc, dated;
    int32_t   date;
    stp_buf   doc_id;
    stp_buf   arena;     /* the strings of the current document's records */
    cur_rel  *rels;
    size_t    nrels, crels;
    cur_ent  *ents;
    size_t    nents, cents;
    span     *att;       /* attackers seeded in the current document */
    size_t    natt, catt;
    stp_evdate_ctx ev;
    stp_buf   scratch;

    int          finished;
    inc_cluster *cl;
    size_t       ncl, ccl;
    size_t      *order;   /* clusters in output order */
    size_t      *members; /* item indices grouped by cluster */
    size_t       next;
    uint32_t    *tmp;
    size_t       ctmp;
};

int stp_incidents_new(stp_incidents **out, const stp_incident_opts *o)
{
    stp_incidents *x = calloc(1, sizeof *x);
    if (!x)
        return STP_ENOMEM;
    x->o.window_days = o ? o->window_days : 7;
    x->o.min_docs = o ? o->min_docs : 1;
    *out = x;
    return 0;
}

void stp_incidents_free(stp_incidents *x)
{
    if (!x)
        return;
    pl_free(&x->pool);
    free(x->items);
    free(x->facts);
    stp_buf_free(&x->doc_id);
    stp_buf_free(&x->arena);
    free(x->rels);
    free(x->ents);
    free(x->att);
    stp_evdate_ctx_free(&x->ev);
    stp_buf_free(&x->scratch);
    free(x->cl);
    free(x->order);
    free(x->members);
    free(x->tmp);
    free(x);
}

static const char *S(const stp_incidents *x, span s) { return x->arena.p + s.off; }

static int same(const stp_incidents *x, span a, span b)
{
    return a.n == b.n && memcmp(S(x, a), S(x, b), a.n) == 0;
}

static int keep(stp_incidents *x, stp_str s, span *out)
{
    out->off = x->arena.len;
    out->n = s.n;
    return stp_buf_put(&x->arena, s.s, s.n);
}

static int is_att(const stp_incidents *x, span s)
{
    for (size_t i = 0; i < x->natt; i++)
        if (same(x, x->att[i], s))
            return 1;
    return 0;
}

static int add_att(stp_incidents *x, span s)
{
    return is_att(x, s) ? 0 : PUSH(x->att, x->natt, x->catt, s);
}

static int contains(const char *h, size_t hn, const char *nd, size_t nn)
{
    if (nn == 0 || nn > hn)
        return 0;
    for (size_t i = 0; i + nn <= hn; i++)
        if (h[i] == nd[0] && memcmp(h + i, nd, nn) == 0)
            return 1;
    return 0;
}

/* words that say an attack happened, for state culprits */
static int says_attack(const char *s, size_t n)
{
    static const char *const W[] = {
        "útok", "Útok", "útoč", "Útoč", "útoc", "kyberútok", "Kyberútok", "napad", "Napad",
        "hack", "Hack", "průnik", "Průnik", "attack", "Attack", "breach", "Breach",
        "intrusion", "Intrusion", NULL
    };
    for (const char *const *w = W; *w; w++)
        if (contains(s, n, *w, strlen(*w)))
            return 1;
    return 0;
}

static int intern_span(stp_incidents *x, span s, uint32_t *id)
{
    return pl_intern(&x->pool, S(x, s), s.n, id);
}

static int add_item(stp_incidents *x, span att, span vic, span kind, const span *ev,
                    int claimed, uint32_t doc)
{
    inc_item it = {0};
    it.claimed = (uint8_t)claimed;
    stp_evdate d;
    int rc = stp_evdate_find(&x->ev, S(x, *ev), ev->n, x->dated, x->date, &d);
    if (rc < 0)
        return rc;
    if (rc == 1) {
        it.dated = 1;
        it.lo = d.lo;
        it.hi = d.hi;
    } else if (x->dated) {
        it.dated = 1;
        it.lo = it.hi = x->date;
    }
    if ((rc = intern_span(x, att, &it.att)) || (rc = intern_span(x, vic, &it.vic))
        || (rc = intern_span(x, kind, &it.kind)))
        return rc;
    it.doc = doc;
    if ((rc = PUSH(x->items, x->nitems, x->citems, it)))
        return rc;
    return add_att(x, att);
}

static int add_fact(stp_incidents *x, span att, uint32_t doc, uint32_t what,
                    const char *v, size_t vn)
{
    inc_fact f = { 0, doc, what, 0 };
    int rc;
    if ((rc = intern_span(x, att, &f.att)) || (rc = pl_intern(&x->pool, v, vn, &f.val)))
        return rc;
    return PUSH(x->facts, x->nfacts, x->cfacts, f);
}

static int seeded_sentence(const stp_incidents *x, span ev)
{
    for (size_t i = 0; i < x->nrels; i++)
        if ((x->rels[i].pred == P_TARGETED || x->rels[i].pred == P_CLAIMED)
            && same(x, x->rels[i].ev, ev))
            return 1;
    return 0;
}

/* turn the current document's records into items and facts */
static int end_doc(stp_incidents *x)
{
    if (!x->in_doc)
        return 0;
    x->in_doc = 0;
    x->natt = 0;
    int rc = 0;
    /* the doc id is kept only when the document seeds an item */
    uint32_t doc = 0;
    int seeds = 0;
    for (size_t i = 0; i < x->nrels && !seeds; i++)
        seeds = x->rels[i].pred == P_TARGETED || x->rels[i].pred == P_CLAIMED
             || (x->rels[i].pred == P_BLAMED && x->rels[i].obj.n > 6
                 && memcmp(S(x, x->rels[i].obj), "state:", 6) == 0);
    if (seeds && (rc = pl_intern(&x->pool, x->doc_id.p, x->doc_id.len, &doc)))
        return rc;
    static const span none = { 0, 0 };
    for (size_t i = 0; i < x->nrels && !rc; i++) {
        const cur_rel *r = &x->rels[i];
        if (r->pred == P_TARGETED || r->pred == P_CLAIMED)
            rc = add_item(x, r->subj, r->obj, r->qual, &r->ev, r->pred == P_CLAIMED, doc);
    }
    /* a state blamed for an attack on a victim named in the same sentence */
    for (size_t i = 0; i < x->nrels && !rc; i++) {
        const cur_rel *r = &x->rels[i];
        if (r->pred != P_BLAMED || r->obj.n < 6 || memcmp(S(x, r->obj), "state:", 6) != 0
            || seeded_sentence(x, r->ev) || !says_attack(S(x, r->ev), r->ev.n))
            continue;
        uint64_t len = stp_utf8_count(S(x, r->ev), r->ev.n);
        uint64_t a = r->ss < r->os ? r->ss : r->os, b = r->ss < r->os ? r->os : r->ss;
        uint64_t lo = a > len ? a - len : 0, hi = b + len;
        for (size_t k = 0; k < x->nents && !rc; k++) {
            const cur_ent *e = &x->ents[k];
            if (e->start < lo || e->start > hi || same(x, e->id, r->subj) || same(x, e->id, r->obj)
                || !contains(S(x, r->ev), r->ev.n, S(x, e->surf), e->surf.n))
                continue;
            rc = add_item(x, r->obj, e->id, none, &r->ev, 0, doc);
        }
    }
    /* what the document says about its attackers */
    for (size_t i = 0; i < x->nrels && !rc && x->natt; i++) {
        const cur_rel *r = &x->rels[i];
        stp_buf *t = &x->scratch;
        stp_buf_reset(t);
        if ((r->pred == P_ATTRIBUTED_TO && is_att(x, r->subj))
            || (r->pred == P_BLAMED && is_att(x, r->obj))) {
            span att = r->pred == P_BLAMED ? r->obj : r->subj;
            if ((rc = stp_buf_puts(t, r->pred == P_BLAMED ? "BLAMED:" : "ATTRIBUTED_TO:"))
                || (rc = stp_buf_put(t, S(x, r->subj), r->subj.n))
                || (rc = stp_buf_putc(t, '>'))
                || (rc = stp_buf_put(t, S(x, r->obj), r->obj.n)))
                break;
            rc = add_fact(x, att, doc, FACT_ATTR, t->p, t->len);
        } else if (r->pred == P_EXPLOITED && is_att(x, r->subj)) {
            rc = add_fact(x, r->subj, doc, FACT_EXPL, S(x, r->obj), r->obj.n);
        }
    }
    stp_buf_reset(&x->arena);
    x->nrels = x->nents = 0;
    return rc;
}

int stp_incidents_doc(stp_incidents *x, const stp_doc *d)
{
    int rc = end_doc(x);
    if (rc)
        return rc;
    stp_buf_reset(&x->doc_id);
    if (stp_buf_put(&x->doc_id, d->id.s, d->id.n))
        return STP_ENOMEM;
    x->in_doc = 1;
    x->dated = 0;
    if (d->date.n == 0)
        return 0;
    if (stp_evdate_parse_iso(d->date.s, d->date.n, &x->date))
        return STP_EDATE;
    x->dated = 1;
    return 0;
}

static int ours(const stp_incidents *x, stp_str doc_id)
{
    return x->in_doc && doc_id.n == x->doc_id.len && memcmp(doc_id.s, x->doc_id.p, doc_id.n) == 0;
}

static int type_is(stp_str t, const char *w)
{
    return t.n == strlen(w) && memcmp(t.s, w, t.n) == 0;
}

int stp_incidents_ent(stp_incidents *x, const stp_ent *e)
{
    if (!ours(x, e->doc_id))
        return STP_ENODOC;
    if (!type_is(e->type, "INSTITUTION") && !type_is(e->type, "AGENCY")
        && !type_is(e->type, "STATE"))
        return 0;
    cur_ent c = { { 0, 0 }, { 0, 0 }, e->start };
    if (keep(x, e->entity_id, &c.id) || keep(x, e->surface, &c.surf))
        return STP_ENOMEM;
    return PUSH(x->ents, x->nents, x->cents, c);
}

int stp_incidents_rel(stp_incidents *x, const stp_rel *r)
{
    if (!ours(x, r->doc_id))
        return STP_ENODOC;
    static const struct { const char *w; int p; } P[] = {
        { "TARGETED", P_TARGETED }, { "CLAIMED", P_CLAIMED },
        { "ATTRIBUTED_TO", P_ATTRIBUTED_TO }, { "BLAMED", P_BLAMED },
        { "EXPLOITED", P_EXPLOITED },
    };
    cur_rel c = {0};
    for (size_t i = 0; i < sizeof P / sizeof P[0]; i++)
        if (type_is(r->predicate, P[i].w))
            c.pred = P[i].p;
    if (c.pred == P_OTHER)
        return 0;
    c.ss = r->subject_start;
    c.os = r->object_start;
    if (keep(x, r->subject_id, &c.subj) || keep(x, r->object_id, &c.obj)
        || keep(x, r->qualifier, &c.qual) || keep(x, r->evidence, &c.ev))
        return STP_ENOMEM;
    return PUSH(x->rels, x->nrels, x->crels, c);
}

int stp_incidents_end_doc(stp_incidents *x)
{
    return end_doc(x);
}

int stp_incidents_merge(stp_incidents *dst, stp_incidents *src)
{
    int rc = end_doc(dst);
    if (rc || (rc = end_doc(src)))
        return rc;
    /* src's string ids in dst */
    uint32_t *map = malloc((src->pool.n ? src->pool.n : 1) * sizeof *map);
    if (!map)
        return STP_ENOMEM;
    for (size_t i = 0; i < src->pool.n && !rc; i++) {
        stp_str s = pl_get(&src->pool, (uint32_t)i);
        rc = pl_intern(&dst->pool, s.s, s.n, &map[i]);
    }
    if (!rc && (rc = grow((void **)&dst->items, &dst->citems, dst->nitems + src->nitems,
                          sizeof *dst->items)) == 0)
        rc = grow((void **)&dst->facts, &dst->cfacts, dst->nfacts + src->nfacts,
                  sizeof *dst->facts);
    if (rc) {
        free(map);
        return rc;
    }
    for (size_t i = 0; i < src->nitems; i++) {
        inc_item it = src->items[i];
        it.att = map[it.att];
        it.kind = map[it.kind];
        it.vic = map[it.vic];
        it.doc = map[it.doc];
        dst->items[dst->nitems++] = it;
    }
    for (size_t i = 0; i < src->nfacts; i++) {
        inc_fact f = src->facts[i];
        f.att = map[f.att];
        f.doc = map[f.doc];
        f.val = map[f.val];
        dst->facts[dst->nfacts++] = f;
    }
    free(map);
    return 0;
}

/* ---- grouping ------------------------------------------------------------ */

static int cmp_item(const void *a, const void *b)
{
    const inc_item *x = a, *y = b;
#define K(f) if (x->f != y->f) return x->f < y->f ? -1 : 1;
    K(att)
    if (x->dated != y->dated)
        return x->dated ? -1 : 1;
    K(kind) K(lo) K(hi) K(vic) K(doc) K(claimed)
    return 0;
}

static int cmp_fact(const void *a, const void *b)
{
    const inc_fact *x = a, *y = b;
    K(att) K(doc) K(what) K(val)
    return 0;
#undef K
}

static int empty_rank(const stp_incidents *x, uint32_t rank)
{
    return x->pool.s[x->pool.by_rank[rank]].len == 0;
}

static int new_cluster(stp_incidents *x, const inc_item *it, size_t i)
{
    inc_cluster c = { it->att, it->kind, it->dated, 0, it->lo, it->hi, i, i + 1, 0, 0 };
    return PUSH(x->cl, x->ncl, x->ccl, c);
}

/* the kinded incident of this attacker an empty-kind item joins, or -1 */
static long attach(const stp_incidents *x, const inc_item *e, size_t c0, size_t c1)
{
    int64_t w = x->o.window_days;
    long best = -1;
    int best_vic = 0;
    int64_t best_gap = 0;
    for (size_t c = c0; c < c1; c++) {
        const inc_cluster *k = &x->cl[c];
        int64_t gap = 0;
        if (e->lo > k->hi)
            gap = (int64_t)e->lo - k->hi;
        else if (k->lo > e->hi)
            gap = (int64_t)k->lo - e->hi;
        if (gap > w)
            continue;
        int vic = 0;
        for (size_t i = k->i0; i < k->i1 && !vic; i++)
            vic = x->items[i].vic == e->vic;
        /* a shared victim first, then the nearest, then the lower kind
           (clusters of a kind come in order of date, so earlier wins) */
        if (best < 0 || vic > best_vic || (vic == best_vic && gap < best_gap)
            || (vic == best_vic && gap == best_gap && k->kind < x->cl[best].kind)) {
            best = (long)c;
            best_vic = vic;
            best_gap = gap;
        }
    }
    return best;
}

static int cluster_attacker(stp_incidents *x, size_t i0, size_t i1)
{
    int64_t w = x->o.window_days;
    size_t c0 = x->ncl;
    size_t i = i0;
    /* dated, by kind; the empty kind (rank order puts it first) waits */
    size_t e0 = i0, e1 = i0;
    while (i < i1 && x->items[i].dated) {
        size_t j = i;
        while (j < i1 && x->items[j].dated && x->items[j].kind == x->items[i].kind)
            j++;
        if (empty_rank(x, x->items[i].kind)) {
            e0 = i;
            e1 = j;
        } else {
            for (size_t k = i; k < j; k++) {
                inc_cluster *open = x->ncl > c0 && x->cl[x->ncl - 1].kind == x->items[k].kind
                                  ? &x->cl[x->ncl - 1] : NULL;
                if (!open || (int64_t)x->items[k].lo > (int64_t)open->hi + w) {
                    if (new_cluster(x, &x->items[k], k))
                        return STP_ENOMEM;
                } else {
                    if (x->items[k].hi > open->hi)
                        open->hi = x->items[k].hi;
                    open->i1 = k + 1;
                }
                x->items[k].cl = (uint32_t)(x->ncl - 1);
            }
        }
        i = j;
    }
    size_t c1 = x->ncl;
    for (size_t k = e0; k < e1; k++) {
        long c = attach(x, &x->items[k], c0, c1);
        if (c >= 0) {
            x->items[k].cl = (uint32_t)c;
            continue;
        }
        inc_cluster *open = x->ncl > c1 ? &x->cl[x->ncl - 1] : NULL;
        if (!open || (int64_t)x->items[k].lo > (int64_t)open->hi + w) {
            if (new_cluster(x, &x->items[k], k))
                return STP_ENOMEM;
        } else if (x->items[k].hi > open->hi) {
            open->hi = x->items[k].hi;
        }
        x->items[k].cl = (uint32_t)(x->ncl - 1);
    }
    /* undated: one incident per kind */
    while (i < i1) {
        size_t j = i;
        if (new_cluster(x, &x->items[i], i))
            return STP_ENOMEM;
        while (j < i1 && x->items[j].kind == x->items[i].kind)
            x->items[j++].cl = (uint32_t)(x->ncl - 1);
        i = j;
    }
    return 0;
}

static int cmp_cluster(const inc_cluster *a, const inc_cluster *b)
{
    if (a->att != b->att)
        return a->att < b->att ? -1 : 1;
    if (a->dated != b->dated)
        return a->dated ? -1 : 1;
    if (a->lo != b->lo)
        return a->lo < b->lo ? -1 : 1;
    if (a->kind != b->kind)
        return a->kind < b->kind ? -1 : 1;
    return 0;
}

/* sort cluster indices: a merge sort, because qsort has no context */
static void sort_order(const inc_cluster *cl, size_t *v, size_t *tmp, size_t n)
{
    if (n < 2)
        return;
    size_t h = n / 2;
    sort_order(cl, v, tmp, h);
    sort_order(cl, v + h, tmp, n - h);
    size_t a = 0, b = h, k = 0;
    while (a < h && b < n)
        tmp[k++] = cmp_cluster(&cl[v[b]], &cl[v[a]]) < 0 ? v[b++] : v[a++];
    while (a < h)
        tmp[k++] = v[a++];
    while (b < n)
        tmp[k++] = v[b++];
    memcpy(v, tmp, n * sizeof *v);
}

int stp_incidents_finish(stp_incidents *x)
{
    int rc = end_doc(x);
    if (rc)
        return rc;
    x->finished = 1;
    uint32_t *rank;
    if ((rc = pl_rank(&x->pool, &rank)))
        return rc;
    for (size_t i = 0; i < x->nitems; i++) {
        inc_item *it = &x->items[i];
        it->att = rank[it->att];
        it->kind = rank[it->kind];
        it->vic = rank[it->vic];
        it->doc = rank[it->doc];
    }
    for (size_t i = 0; i < x->nfacts; i++) {
        inc_fact *f = &x->facts[i];
        f->att = rank[f->att];
        f->doc = rank[f->doc];
        f->val = rank[f->val];
    }
    free(rank);
    if (x->nitems)
        qsort(x->items, x->nitems, sizeof *x->items, cmp_item);
    if (x->nfacts)
        qsort(x->facts, x->nfacts, sizeof *x->facts, cmp_fact);
    /* the same document read twice adds nothing */
    size_t n = 0;
    for (size_t i = 0; i < x->nitems; i++)
        if (n == 0 || cmp_item(&x->items[n - 1], &x->items[i]) != 0)
            x->items[n++] = x->items[i];
    x->nitems = n;

    for (size_t i = 0; i < x->nitems;) {
        size_t j = i;
        while (j < x->nitems && x->items[j].att == x->items[i].att)
            j++;
        if ((rc = cluster_attacker(x, i, j)))
            return rc;
        i = j;
    }
    /* final bounds, claimed, members */
    size_t *count = calloc(x->ncl + 1, sizeof *count);
    x->members = malloc((x->nitems ? x->nitems : 1) * sizeof *x->members);
    x->order = malloc((x->ncl ? x->ncl : 1) * sizeof *x->order);
    size_t *tmp = malloc((x->ncl ? x->ncl : 1) * sizeof *tmp);
    if (!count || !x->members || !x->order || !tmp) {
        free(count);
        free(tmp);
        return STP_ENOMEM;
    }
    for (size_t i = 0; i < x->nitems; i++) {
        const inc_item *it = &x->items[i];
        inc_cluster *c = &x->cl[it->cl];
        if (it->lo < c->lo)
            c->lo = it->lo;
        if (it->hi > c->hi)
            c->hi = it->hi;
        c->claimed |= it->claimed;
        count[it->cl + 1]++;
    }
    for (size_t c = 0; c < x->ncl; c++) {
        count[c + 1] += count[c];
        x->cl[c].m0 = x->cl[c].m1 = count[c];
        x->order[c] = c;
    }
    for (size_t i = 0; i < x->nitems; i++)
        x->members[x->cl[x->items[i].cl].m1++] = i;
    sort_order(x->cl, x->order, tmp, x->ncl);
    free(tmp);
    free(count);
    return 0;
}

size_t stp_incidents_count(const stp_incidents *x) { return x->ncl; }

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* sort and deduplicate tmp[0..n) */
static size_t uniq(uint32_t *v, size_t n)
{
    qsort(v, n, sizeof *v, cmp_u32);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (k == 0 || v[k - 1] != v[i])
            v[k++] = v[i];
    return k;
}

static int put_list(stp_buf *out, const stp_incidents *x, const uint32_t *v, size_t n)
{
    int rc = stp_buf_putc(out, '\t');
    for (size_t i = 0; i < n && !rc; i++) {
        stp_str s = pl_get(&x->pool, x->pool.by_rank[v[i]]);
        if (i)
            rc = stp_buf_putc(out, ',');
        if (!rc)
            rc = stp_buf_put_esc(out, s.s, s.n);
    }
    return rc;
}

static int put_rank(stp_buf *out, const stp_incidents *x, uint32_t r)
{
    stp_str s = pl_get(&x->pool, x->pool.by_rank[r]);
    return stp_buf_put_esc(out, s.s, s.n);
}

/* the first fact of (att, doc), by binary search */
static size_t fact_lower(const stp_incidents *x, uint32_t att, uint32_t doc)
{
    size_t lo = 0, hi = x->nfacts;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const inc_fact *f = &x->facts[mid];
        if (f->att < att || (f->att == att && f->doc < doc))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int stp_incidents_next(stp_incidents *x, stp_buf *out, int table)
{
    while (x->next < x->ncl) {
        const inc_cluster *c = &x->cl[x->order[x->next++]];
        size_t nm = c->m1 - c->m0;
        /* tmp: docs | victims | attribution | exploited */
        size_t need = 2 * nm;
        if (grow((void **)&x->tmp, &x->ctmp, need + 1, sizeof *x->tmp))
            return STP_ENOMEM;
        uint32_t *docs = x->tmp;
        for (size_t k = 0; k < nm; k++)
            docs[k] = x->items[x->members[c->m0 + k]].doc;
        size_t nd = uniq(docs, nm);
        if (nd < x->o.min_docs)
            continue;
        uint32_t *vic = docs + nd;
        for (size_t k = 0; k < nm; k++)
            vic[k] = x->items[x->members[c->m0 + k]].vic;
        size_t nv = uniq(vic, nm);
        size_t nf = 0;
        for (size_t d = 0; d < nd; d++)
            for (size_t f = fact_lower(x, c->att, docs[d]);
                 f < x->nfacts && x->facts[f].att == c->att && x->facts[f].doc == docs[d]; f++)
                nf++;
        if (grow((void **)&x->tmp, &x->ctmp, nd + nv + 2 * nf + 1, sizeof *x->tmp))
            return STP_ENOMEM;
        docs = x->tmp;
        vic = docs + nd;
        uint32_t *attr = vic + nv, *expl = attr + nf;
        size_t na = 0, ne = 0;
        for (size_t d = 0; d < nd; d++)
            for (size_t f = fact_lower(x, c->att, docs[d]);
                 f < x->nfacts && x->facts[f].att == c->att && x->facts[f].doc == docs[d]; f++) {
                if (x->facts[f].what == FACT_ATTR)
                    attr[na++] = x->facts[f].val;
                else
                    expl[ne++] = x->facts[f].val;
            }
        na = uniq(attr, na);
        ne = uniq(expl, ne);
        int rc = 0;
        char d1[11] = "", d2[11] = "";
        if (c->dated) {
            stp_evdate_format(c->lo, d1);
            stp_evdate_format(c->hi, d2);
        }
        stp_str kind = pl_get(&x->pool, x->pool.by_rank[c->kind]);
        if (!table)
            rc = stp_buf_puts(out, "incident\t");
        if (!rc) rc = put_rank(out, x, c->att);
        if (!rc) rc = stp_buf_putc(out, '/');
        if (!rc) rc = kind.n ? stp_buf_put_esc(out, kind.s, kind.n) : stp_buf_putc(out, '-');
        if (!rc) rc = stp_buf_putc(out, '/');
        if (!rc) rc = stp_buf_puts(out, c->dated ? d1 : "undated");
        if (!rc) rc = stp_buf_putc(out, '\t');
        if (!rc) rc = put_rank(out, x, c->att);
        if (!rc) rc = put_list(out, x, vic, nv);
        if (!rc) rc = stp_buf_putc(out, '\t');
        if (!rc) rc = stp_buf_put_esc(out, kind.s, kind.n);
        if (!rc) rc = stp_buf_putc(out, '\t');
        if (!rc) rc = stp_buf_puts(out, d1);
        if (!rc) rc = stp_buf_putc(out, '\t');
        if (!rc) rc = stp_buf_puts(out, d2);
        if (!rc) rc = stp_buf_puts(out, c->claimed ? "\tyes" : "\tno");
        if (!rc) rc = put_list(out, x, attr, na);
        if (!rc) rc = put_list(out, x, expl, ne);
        if (!rc) rc = stp_buf_putc(out, '\t');
        if (!rc) rc = stp_buf_putu(out, nd);
        if (!rc) rc = put_list(out, x, docs, nd);
        if (!rc) rc = stp_buf_putc(out, '\n');
        return rc ? rc : 1;
    }
    return 0;
}

int stp_incidents_header(stp_buf *out)
{
    return stp_buf_puts(out, "id\tattacker_id\tvictim_ids\tkind\tfirst_date\tlast_date\t"
                             "claimed\tattribution\texploited\tn_docs\tdoc_ids\n");
}
