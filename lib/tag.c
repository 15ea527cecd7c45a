/* tag.c - per-document tagging (see tag.h) */
#include "tag.h"
#include "err.h"
#include "ioc.h"
#include "lang.h"
#include "match.h"
#include "rec.h"
#include "sent.h"
#include "stem.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    size_t   b0, b1;
    uint32_t entity;       /* gazetteer entity, or UINT32_MAX for an indicator */
    uint32_t alias;        /* the alias row it matched (names only) */
    int      kind;         /* indicator kind */
    int      how;
    int      ambig;
    int      drop;         /* lost to an overlapping entity */
    uint32_t amb0, namb;   /* into t->amb */
    uint32_t val0, vallen; /* indicator value in t->vals */
    uint64_t sent;         /* the sentence it is in (names only) */
} ent;

struct stp_tagger {
    const stp_gaz *g;
    stp_stemmer   *st;
    stp_matcher   *m;
    ent           *ents;
    size_t         nents, capents;
    ent           *iocs;
    size_t         niocs, capiocs;
    uint32_t      *amb;
    size_t         namb, capamb;
    uint8_t       *blocked;
    size_t         capblocked;
    uint8_t       *named;     /* per entity: named by a non-ambig match */
    uint16_t      *ccs;       /* countries of the states named (non-ambig) */
    size_t         nccs, capccs;
    uint32_t      *picked;    /* entities ambig mentions were resolved to */
    size_t         npicked, cappicked;
    uint32_t      *pal;       /* the aliases of the persons a document names */
    size_t         npal, cappal;
    uint16_t      *scc;       /* countries the states of sentence scc_sent name */
    size_t         nscc, capscc;
    uint64_t       scc_sent;
    int            scc_ok;
    stp_buf        vals, tmp;
};

int stp_tagger_new(stp_tagger **out, const stp_gaz *g, const char *hunspell_dir)
{
    stp_tagger *t = calloc(1, sizeof *t);
    if (!t)
        return STP_ENOMEM;
    t->g = g;
    t->named = calloc(stp_gaz_n_entities(g) + 1, 1);
    if (!t->named || stp_stemmer_new(&t->st, hunspell_dir) || stp_matcher_new(&t->m, g, t->st)) {
        stp_tagger_free(t);
        return STP_ENOMEM;
    }
    *out = t;
    return 0;
}

void stp_tagger_free(stp_tagger *t)
{
    if (!t)
        return;
    stp_matcher_free(t->m);
    stp_stemmer_free(t->st);
    free(t->ents);
    free(t->iocs);
    free(t->amb);
    free(t->blocked);
    free(t->named);
    free(t->ccs);
    free(t->picked);
    free(t->scc);
    free(t->pal);
    stp_buf_free(&t->vals);
    stp_buf_free(&t->tmp);
    free(t);
}

void stp_tagger_set_memo(stp_tagger *t, stp_unitmemo *memo)
{
    stp_matcher_set_memo(t->m, memo);
}

int stp_tagger_dict_missing(const stp_tagger *t)
{
    return stp_matcher_dict_missing(t->m);
}

static const char *const how_names[] = { "exact", "fold", "stem" };

static int put_ent(stp_tagger *t, const stp_doc *doc, const ent *e, size_t cp0, size_t cp1,
                   stp_buf *out)
{
    stp_ent r;
    r.doc_id = doc->id;
    r.start = cp0;
    r.end = cp1;
    r.surface = (stp_str){ doc->text.s + e->b0, e->b1 - e->b0 };
    if (e->entity == UINT32_MAX) {
        const char *ty = stp_ioc_type(e->kind);
        r.type = (stp_str){ ty, strlen(ty) };
        r.entity_id = (stp_str){ t->vals.p + e->val0, e->vallen };
        r.how = STP_STR("pattern");
    } else {
        const stp_gaz_entity *ge = stp_gaz_entity_at(t->g, e->entity);
        const char *ty = stp_gaz_type_name(ge->type);
        r.type = (stp_str){ ty, strlen(ty) };
        r.entity_id = stp_gaz_str(t->g, ge->id_off, ge->id_len);
        r.how = (stp_str){ how_names[e->how], strlen(how_names[e->how]) };
    }
    return stp_ent_write(out, &r);
}

/* the country of an entity id: the two letters after the prefix when a
 * '-' or the end follows ("state:cz", "agency:cz-policie", "inst:it-senato");
 * 0 for none ("agency:eu", "agency:int-nato", "actor:apt28") */
static uint16_t id_country(const stp_tagger *t, uint32_t entity)
{
    const stp_gaz_entity *ge = stp_gaz_entity_at(t->g, entity);
    stp_str id = stp_gaz_str(t->g, ge->id_off, ge->id_len);
    const char *c = memchr(id.s, ':', id.n);
    if (!c)
        return 0;
    size_t i = (size_t)(c - id.s) + 1;
    if (i + 2 > id.n || id.s[i] < 'a' || id.s[i] > 'z' || id.s[i + 1] < 'a' || id.s[i + 1] > 'z'
        || (i + 2 < id.n && id.s[i + 2] != '-'))
        return 0;
    return (uint16_t)((unsigned char)id.s[i] << 8 | (unsigned char)id.s[i + 1]);
}

/* is the country cc named by a state (not ambiguous) in the sentence of e?
 * The countries of a sentence are collected once, when the first of its
 * ambiguous mentions asks (each distinct once: a sentence of a thousand
 * names costs a thousand steps, not a million) */
static int cc_in_sentence(stp_tagger *t, const ent *e, uint16_t cc)
{
    if (!cc)
        return 0;
    if (!t->scc_ok || t->scc_sent != e->sent) {
        size_t k = (size_t)(e - t->ents);
        while (k > 0 && t->ents[k - 1].sent == e->sent)
            k--;
        t->nscc = 0;
        for (; k < t->nents && t->ents[k].sent == e->sent; k++) {
            const ent *x = &t->ents[k];
            uint16_t c;
            if (x->ambig || x->drop || stp_gaz_entity_at(t->g, x->entity)->type != STP_TYPE_STATE
                || !(c = id_country(t, x->entity)))
                continue;
            size_t i = 0;
            while (i < t->nscc && t->scc[i] != c)
                i++;
            if (i < t->nscc)
                continue;
            if (stp_array_grow((void **)&t->scc, &t->capscc, t->nscc + 1, sizeof *t->scc))
                break;   /* out of memory: fewer clues, no error */
            t->scc[t->nscc++] = c;
        }
        t->scc_sent = e->sent;
        t->scc_ok = 1;
    }
    for (size_t i = 0; i < t->nscc; i++)
        if (t->scc[i] == cc)
            return 1;
    return 0;
}

static int cc_named(const stp_tagger *t, uint16_t cc)
{
    for (size_t i = 0; cc && i < t->nccs; i++)
        if (t->ccs[i] == cc)
            return 1;
    return 0;
}

/* code points in s[a..b) */
static size_t cps(const char *s, size_t a, size_t b)
{
    return stp_utf8_count(s + a, b - a);
}

/* a name's ent from its match, appended (room reserved by the caller) */
static ent *ent_from(stp_tagger *t, const stp_match *x, uint64_t sent)
{
    ent *e = &t->ents[t->nents++];
    memset(e, 0, sizeof *e);
    e->b0 = x->b0;
    e->b1 = x->b1;
    e->entity = x->entity;
    e->alias = x->alias;
    e->how = x->how;
    e->sent = sent;
    return e;
}

static int cmp_ent_b0(const void *a, const void *b)
{
    const ent *x = a, *y = b;
    return x->b0 < y->b0 ? -1 : x->b0 > y->b0;
}

/* persons named in full, then by surname alone (stp_match_surnames) */
static int surnames(stp_tagger *t, const char *text, stp_lang lang)
{
    t->npal = 0;
    for (size_t k = 0; k < t->nents; k++) {
        const ent *e = &t->ents[k];
        if (e->ambig || stp_gaz_entity_at(t->g, e->entity)->type != STP_TYPE_PERSON)
            continue;
        size_t j = 0;
        while (j < t->npal && t->pal[j] != e->alias)
            j++;
        if (j < t->npal)
            continue;
        if (stp_array_grow((void **)&t->pal, &t->cappal, t->npal + 1, sizeof *t->pal))
            return STP_ENOMEM;
        t->pal[t->npal++] = e->alias;
    }
    if (!t->npal)
        return 0;
    const stp_match *ms;
    size_t nm;
    if (stp_match_surnames(t->m, text, lang, t->pal, t->npal, &ms, &nm))
        return STP_ENOMEM;
    if (!nm)
        return 0;
    if (stp_array_grow((void **)&t->ents, &t->capents, t->nents + nm, sizeof *t->ents))
        return STP_ENOMEM;
    for (size_t k = 0; k < nm; k++)
        ent_from(t, &ms[k], ms[k].sent);
    qsort(t->ents, t->nents, sizeof *t->ents, cmp_ent_b0);
    return 0;
}

long stp_tag_document(stp_tagger *t, const stp_doc *doc, stp_buf *out)
{
    return stp_tag_document_counted(t, doc, out, NULL);
}

/* the candidates of an ambig mention that pass a test: the one, or
 * UINT32_MAX for none, or MANY */
#define MANY (UINT32_MAX - 1)
enum { BY_NAMED, BY_SENTENCE, BY_DOC_COUNTRY, BY_HOME };

static uint32_t candidates_by(stp_tagger *t, const ent *e, int by)
{
    uint32_t pick = UINT32_MAX, hits = 0;
    for (uint32_t k = 0; k < e->namb; k++) {
        uint32_t c = t->amb[e->amb0 + k];
        int ok = by == BY_NAMED         ? t->named[c]
               : by == BY_SENTENCE      ? cc_in_sentence(t, e, id_country(t, c))
               : by == BY_DOC_COUNTRY   ? cc_named(t, id_country(t, c))
               : id_country(t, c) == ('c' << 8 | 'z');
        if (ok) {
            pick = c;
            hits++;
        }
    }
    return hits > 1 ? MANY : pick;
}

/* The ambiguity rule: the entity an ambig mention names, or UINT32_MAX
 * (the mention is dropped). In order, the first that decides:
 * - a state of the same sentence names the country of exactly one
 *   candidate ("vládní strany SPD ... Německo"); in Czech only between
 *   entities that share a name: a common word such as "senát" needs its
 *   entity named. A sentence that names the countries of two candidates
 *   decides too: the mention is dropped, whatever the document says;
 * - the document names exactly one candidate through a row without ambig,
 *   or an earlier mention was resolved to it (one sense per document);
 * - in English, the document names the country of exactly one candidate
 *   as a state ("the Senate", "the police" in a text about Czechia); not
 *   in Czech, where nearly every text names Czechia;
 * - in Czech, between entities that share a name, the Czech one (SPD is
 *   Okamura's party unless Germany is in the sentence). */
static uint32_t resolve(stp_tagger *t, const ent *e, stp_lang lang)
{
    uint32_t p;
    if (lang == STP_LANG_EN || e->namb > 1) {
        p = candidates_by(t, e, BY_SENTENCE);
        if (p != UINT32_MAX)
            return p == MANY ? UINT32_MAX : p;
    }
    p = candidates_by(t, e, BY_NAMED);
    if (p != UINT32_MAX)
        return p == MANY ? UINT32_MAX : p;
    if (lang == STP_LANG_EN) {
        p = candidates_by(t, e, BY_DOC_COUNTRY);
        return p == MANY ? UINT32_MAX : p;
    }
    if (lang == STP_LANG_CS && e->namb > 1) {
        p = candidates_by(t, e, BY_HOME);
        return p == MANY ? UINT32_MAX : p;
    }
    return UINT32_MAX;
}

long stp_tag_document_counted(stp_tagger *t, const stp_doc *doc, stp_buf *out,
                              stp_tag_counts *counts)
{
    stp_tag_counts cnt = { 0, 0 };
    if (counts)
        *counts = cnt;
    const char *text = doc->text.s;
    size_t len = doc->text.n;
    stp_lang lang = stp_lang_parse(doc->lang);
    t->nents = t->niocs = t->namb = t->nccs = 0;
    t->scc_ok = 0;
    stp_matcher_doc_begin(t->m);
    stp_buf_reset(&t->vals);

    /* 1. indicators over the whole text */
    stp_ioc_scanner sc;
    stp_ioc_hit h;
    int r;
    stp_ioc_init(&sc, text, len);
    while ((r = stp_ioc_next(&sc, &h, &t->tmp)) == 1) {
        if (stp_array_grow((void **)&t->iocs, &t->capiocs, t->niocs + 1, sizeof *t->iocs))
            return STP_ENOMEM;
        ent *e = &t->iocs[t->niocs++];
        memset(e, 0, sizeof *e);
        e->b0 = h.b0;
        e->b1 = h.b1;
        e->entity = UINT32_MAX;
        e->kind = h.kind;
        e->val0 = (uint32_t)t->vals.len;
        e->vallen = (uint32_t)t->tmp.len;
        if (stp_buf_put(&t->vals, t->tmp.p, t->tmp.len))
            return STP_ENOMEM;
    }
    if (r < 0)
        return r;

    /* 2. gazetteer matches per sentence */
    stp_sentencer ss;
    stp_sent_init(&ss, text, len, lang);
    const stp_token *toks;
    size_t ntok, ioc_i = 0;
    long ret = 0;
    while ((r = stp_sent_next(&ss, &toks, &ntok)) == 1) {
        cnt.sentences++;
        cnt.tokens += ntok;
        if (stp_array_grow((void **)&t->blocked, &t->capblocked, ntok, 1)) {
            ret = STP_ENOMEM;
            break;
        }
        int any_blocked = 0;
        while (ioc_i < t->niocs && t->iocs[ioc_i].b1 <= toks[0].b0)
            ioc_i++;
        /* no indicator within the sentence: nothing blocked */
        int any_ioc = ntok && ioc_i < t->niocs && t->iocs[ioc_i].b0 < toks[ntok - 1].b1;
        for (size_t k = 0, j = ioc_i; any_ioc && k < ntok; k++) {
            while (j < t->niocs && t->iocs[j].b1 <= toks[k].b0)
                j++;
            /* a token overlapped by a domain may still be part of a name
               ("Ransomed.vc"): settled after matching, see below */
            size_t q = j;
            while (q < t->niocs && t->iocs[q].b0 < toks[k].b1 && t->iocs[q].kind == STP_IOC_DOMAIN)
                q++;
            t->blocked[k] = q < t->niocs && t->iocs[q].b0 < toks[k].b1;
            any_blocked |= t->blocked[k];
        }
        const stp_match *ms;
        size_t nm;
        if (stp_match_sentence(t->m, text, toks, ntok, lang, any_blocked ? t->blocked : NULL, &ms, &nm)) {
            ret = STP_ENOMEM;
            break;
        }
        if (stp_array_grow((void **)&t->ents, &t->capents, t->nents + nm, sizeof *t->ents)) {
            ret = STP_ENOMEM;
            break;
        }
        for (size_t k = 0; k < nm; k++) {
            ent *e = ent_from(t, &ms[k], cnt.sentences);
            e->ambig = ms[k].ambig;
            if (e->ambig) {
                uint32_t na;
                const uint32_t *a = stp_match_ambig(t->m, &ms[k], &na);
                if (stp_array_grow((void **)&t->amb, &t->capamb, t->namb + na, sizeof *t->amb)) {
                    ret = STP_ENOMEM;
                    break;
                }
                e->amb0 = (uint32_t)t->namb;
                e->namb = na;
                memcpy(t->amb + t->namb, a, na * sizeof *a);
                t->namb += na;
            } else {
                t->named[e->entity] = 1;
                uint16_t cc;
                if (ms[k].type == STP_TYPE_STATE && (cc = id_country(t, e->entity))
                    && !cc_named(t, cc)) {
                    if (stp_array_grow((void **)&t->ccs, &t->capccs, t->nccs + 1, sizeof *t->ccs)) {
                        ret = STP_ENOMEM;
                        break;
                    }
                    t->ccs[t->nccs++] = cc;
                }
            }
        }
        if (ret)
            break;
    }
    if (r < 0 && !ret)
        ret = r;
    stp_sent_finish(&ss);
    if (counts)
        *counts = cnt;
    if (!ret)
        ret = surnames(t, text, lang);

    /* 3. a domain that is exactly a name is the name; a name that overlaps
       a domain otherwise gives way to it */
    for (size_t d = 0, gj = 0; !ret && d < t->niocs; d++) {
        ent *x = &t->iocs[d];
        if (x->kind != STP_IOC_DOMAIN)
            continue;
        while (gj < t->nents && t->ents[gj].b1 <= x->b0)
            gj++;
        for (size_t k = gj; k < t->nents && t->ents[k].b0 < x->b1; k++) {
            if (t->ents[k].b0 == x->b0 && t->ents[k].b1 == x->b1)
                x->drop = 1;
            else
                t->ents[k].drop = 1;
        }
    }

    /* 4. the ambiguity rule; then write both lists merged by start */
    size_t gi = 0, ii = 0, pos = 0, cp = 0;
    long count = 0;
    while (!ret && (gi < t->nents || ii < t->niocs)) {
        ent *e;
        if (ii < t->niocs && (gi >= t->nents || t->iocs[ii].b0 <= t->ents[gi].b0))
            e = &t->iocs[ii++];
        else
            e = &t->ents[gi++];
        if (e->drop)
            continue;
        if (e->entity != UINT32_MAX && e->ambig) {
            uint32_t pick = resolve(t, e, lang);
            if (pick == UINT32_MAX)
                continue;
            e->entity = pick;
            if (!t->named[pick]) {
                /* one sense per document: a later mention of the same
                   name, with no clue of its own, is the same entity */
                if (stp_array_grow((void **)&t->picked, &t->cappicked, t->npicked + 1,
                                   sizeof *t->picked)) {
                    ret = STP_ENOMEM;
                    break;
                }
                t->picked[t->npicked++] = pick;
                t->named[pick] = 1;
            }
        }
        cp += cps(text, pos, e->b0);
        size_t cp1 = cp + cps(text, e->b0, e->b1);
        pos = e->b0;
        if (put_ent(t, doc, e, cp, cp1, out)) {
            ret = STP_ENOMEM;
            break;
        }
        count++;
    }
    for (size_t k = 0; k < t->nents; k++)
        if (t->ents[k].entity != UINT32_MAX && !t->ents[k].ambig)
            t->named[t->ents[k].entity] = 0;
    for (size_t k = 0; k < t->npicked; k++)
        t->named[t->picked[k]] = 0;
    t->npicked = 0;
    return ret ? ret : count;
}
