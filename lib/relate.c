/* relate.c - sentence-level relation rules over triggers and mentions
 *
 * Per document: mentions sorted by offset; per sentence: tokens folded and
 * stemmed, mentions mapped onto tokens, triggers and cues found, then for
 * each predicate trigger the subject and object chosen among the
 * sentence's mentions (docs/RELATE.md has the rules). Relations are
 * collected per document and merged on (predicate, subject, object).
 */
#include "relate.h"
#include "err.h"
#include "fold.h"
#include "sent.h"

#include <stdlib.h>
#include <string.h>

/* entity types as relate sees them */
enum { T_ACTOR = 0, T_STATE, T_AGENCY, T_INST, T_PERSON, T_PRODUCT, T_MALWARE, T_VULN, T_OTHER };
#define TB(t) (1u << (t))

static const struct { const char *name; int t; } TYPE_NAMES[] = {
    { "ACTOR", T_ACTOR }, { "STATE", T_STATE }, { "AGENCY", T_AGENCY },
    { "INSTITUTION", T_INST }, { "PERSON", T_PERSON }, { "PRODUCT", T_PRODUCT },
    { "MALWARE", T_MALWARE }, { "VULN", T_VULN }
};

/* allowed subject and object types per predicate (DESIGN.md) */
static const unsigned SUBJ_TYPES[STP_TRIG_NPRED] = {
    [STP_TRIG_TARGETED] = TB(T_ACTOR),
    [STP_TRIG_CLAIMED] = TB(T_ACTOR),
    [STP_TRIG_ATTRIBUTED_TO] = TB(T_ACTOR),
    [STP_TRIG_BLAMED] = TB(T_AGENCY) | TB(T_STATE) | TB(T_PERSON),
    [STP_TRIG_EXPLOITED] = TB(T_ACTOR),
    [STP_TRIG_CONDEMNED] = TB(T_AGENCY) | TB(T_STATE) | TB(T_PERSON),
    [STP_TRIG_SUPPORTED] = TB(T_AGENCY) | TB(T_STATE),
};
static const unsigned OBJ_TYPES[STP_TRIG_NPRED] = {
    [STP_TRIG_TARGETED] = TB(T_INST) | TB(T_AGENCY) | TB(T_STATE),
    [STP_TRIG_CLAIMED] = TB(T_INST) | TB(T_AGENCY) | TB(T_STATE),
    [STP_TRIG_ATTRIBUTED_TO] = TB(T_STATE) | TB(T_AGENCY),
    [STP_TRIG_BLAMED] = TB(T_ACTOR) | TB(T_STATE),
    [STP_TRIG_EXPLOITED] = TB(T_PRODUCT) | TB(T_VULN),
    [STP_TRIG_CONDEMNED] = TB(T_ACTOR) | TB(T_STATE),
    [STP_TRIG_SUPPORTED] = TB(T_STATE),
};

/* the confidence scale (docs/RELATE.md) */
#define CONF_HEDGE    0.75
#define CONF_ANAPHOR  0.85
#define CONF_EXPANDED 0.95
#define CONF_FAR      0.9
#define CONF_DERIVED  0.8
#define FAR_TOKENS    10

#define COREF_WINDOW  8     /* sentences an anaphor looks back */
#define AGENCY_WINDOW 3     /* sentences "the ministry" / "the bloc" looks back */
#define NEG_BEFORE    6     /* tokens before a trigger a negation reaches */
#define NEG_AFTER     2

typedef struct {
    int      type;
    stp_str  id;
    uint64_t c0, c1;        /* code points */
    uint32_t t0, t1;        /* tokens in the current sentence */
    int      anaphor;
    int      ag_anaphor;    /* "the bloc", "the ministry", "resort": an agency named before */
    int      perp;          /* a state named as the attackers' ("Russian hackers") */
    int      used;          /* object of an ATTRIBUTED_TO of the sentence */
    int      victim;        /* object of a TARGETED or CLAIMED of the sentence */
    int      modifier;      /* a state right before an agency ("Russia's GRU") */
    int      source;        /* named as a source: "podle NÚKIB", "according to the FBI" (1);
                               a speaker after the report: ", the agency said", ", uvedl
                               NÚKIB" (2: not an object of a trigger before it) */
} mention;

typedef struct {
    size_t   fold_off, fold_len;
    stp_str  keys[STP_STEM_MAXKEYS];
    int      nkeys;
    int      ment;          /* mention index + 1, 0 = none */
    int      trig;          /* part of a predicate trigger (2: of a SUPPORTED that held) */
    int      say;           /* part of a reporting cue */
    int      trigp;         /* predicate + 1 of a trigger covering it */
} tokinfo;

typedef struct {
    int      pred;
    stp_str  subj, obj;
    int      qual;
    double   conf;          /* the highest of its statements */
    double   stated_conf;   /* the confidence of the statement its trigger comes from */
    uint64_t s_start, o_start;
    size_t   trig_b0, trig_b1;   /* bytes of the trigger in the text */
    size_t   ev_b0, ev_b1;       /* bytes of the evidence sentence */
    unsigned count;
    int      derived;       /* read from another predicate's trigger (a reporting
                               frame, a claim), not stated by its own */
    int      dead;
} relation;

struct stp_relate {
    const stp_trig_lex *lex;
    stp_stemmer *st;
    int          flags;
    stp_sentencer sent;
    mention     *dm;            /* the document's mentions */
    size_t       ndm, cap_dm;
    mention     *sm;            /* the current sentence's mentions */
    size_t       nsm, cap_sm;
    tokinfo     *ti;
    size_t       cap_ti;
    stp_trig_tok *tt;
    size_t       cap_tt;
    stp_buf      fold;
    stp_trig_hit *hits;
    size_t       nhits, cap_hits;
    relation    *rel;
    size_t       nrel, cap_rel;
    /* coreference state */
    stp_str      last_actor;
    long         last_actor_sent;
    /* the last agencies named: any, the EU's, NATO */
    stp_str      last_agency[3];
    long         last_agency_sent[3];
};

/* words in the stemmer's cache before it starts over (about 60 bytes each) */
#define RELATE_STEM_CACHE_MAX (1u << 18)

static int lex_cs_key(void *ctx, const char *key, size_t n)
{
    return stp_trig_lex_has_cs_key(ctx, key, n);
}

static int lex_cs_each(void *ctx, int (*fn)(void *arg, const char *key, size_t n), void *arg)
{
    return stp_trig_lex_each_cs_key(ctx, fn, arg);
}

int stp_relate_new(stp_relate **out, const stp_trig_lex *lex, stp_stemmer *st, int flags)
{
    stp_relate *r = calloc(1, sizeof *r);
    if (!r) {
        stp_stemmer_free(st);
        return STP_ENOMEM;
    }
    r->lex = lex;
    r->st = st;
    r->flags = flags;
    /* the lexicon is the only user of the stemmer's Czech keys here */
    stp_stemmer_set_filter(st, lex_cs_key, (void *)lex);
    stp_stemmer_set_filter_keys(st, lex_cs_each);
    stp_stemmer_set_cache(st, 1);   /* a sentence's keys are held together */
    *out = r;
    return 0;
}

void stp_relate_free(stp_relate *r)
{
    if (!r)
        return;
    stp_stemmer_free(r->st);
    free(r->dm);
    free(r->sm);
    free(r->ti);
    free(r->tt);
    stp_buf_free(&r->fold);
    free(r->hits);
    free(r->rel);
    free(r);
}

int stp_relate_table_header(stp_buf *out)
{
    return stp_buf_puts(out, "doc_id\tpredicate\tsubject_id\tobject_id\tqualifier\tconfidence\t"
                             "subject_start\tobject_start\ttrigger\tevidence\n");
}

static int type_of(stp_str s)
{
    for (size_t i = 0; i < sizeof TYPE_NAMES / sizeof TYPE_NAMES[0]; i++)
        if (strlen(TYPE_NAMES[i].name) == s.n && memcmp(TYPE_NAMES[i].name, s.s, s.n) == 0)
            return TYPE_NAMES[i].t;
    return T_OTHER;
}

static int cmp_mention(const void *a, const void *b)
{
    const mention *x = a, *y = b;
    if (x->c0 != y->c0)
        return x->c0 < y->c0 ? -1 : 1;
    return x->c1 < y->c1 ? -1 : x->c1 > y->c1;
}

static int streq(stp_str a, stp_str b)
{
    return a.n == b.n && memcmp(a.s, b.s, a.n) == 0;
}

/* ---- per-sentence helpers ------------------------------------------- */

typedef struct {
    stp_relate      *r;
    const char      *text;
    stp_lang         lang;
    const stp_token *toks;
    size_t           n;
    long             sidx;
    size_t           md;            /* first document mention not before the sentence */
    int              hedge;
    int              pred;          /* the predicate being read */
    int              last_qual;     /* the qualifier named last in the document */
    long             last_qual_sent;
} sctx;

static const char *tfold(const sctx *c, size_t i, size_t *n)
{
    *n = c->r->ti[i].fold_len;
    return c->r->fold.p + c->r->ti[i].fold_off;
}

static int tok_is(const sctx *c, size_t i, const char *w)
{
    size_t n;
    const char *f = tfold(c, i, &n);
    return strlen(w) == n && memcmp(f, w, n) == 0;
}

static int tok_in(const sctx *c, size_t i, const char *const *ws)
{
    for (; *ws; ws++)
        if (tok_is(c, i, *ws))
            return 1;
    return 0;
}

/* distance in tokens between mention m and span [t0,t1); side: 1 left, 2 right */
static size_t dist(const mention *m, uint32_t t0, uint32_t t1, int *side)
{
    if (m->t1 <= t0) {
        *side = STP_SIDE_LEFT;
        return t0 - m->t1;
    }
    if (m->t0 >= t1) {
        *side = STP_SIDE_RIGHT;
        return m->t0 - t1;
    }
    *side = 0;
    return 0;
}

/* choose the best mention of `types` for a trigger span; -1 if none */
enum { CH_NO_PERP = 1, CH_NO_USED = 2, CH_LEFTMOST = 4, CH_NO_VICTIM = 8, CH_CLAUSE = 16,
       CH_OWN_TRIG = 32, CH_ACTOR_FIRST = 64, CH_NO_COMMA = 128, CH_NO_PLACE = 256,
       CH_NO_SOURCE = 512, CH_MOD_OK = 1024, CH_SPEAKER = 2048 };

/* prepositions of place: a state right after one (not one of the trigger's
 * own words) is where something happened, not who blames or is blamed
 * ("during a visit to Australia", "spread from Ukraine", "útoky v Polsku") */
static const char *const PLACE_WORDS[] = {
    "in", "from", "to", "across", "into", "at", "within", "throughout", "v", "ve", "z", "ze",
    "do", "po", "napric", NULL
};

/* the length of an apposition set off by commas right after token a and
   before b ("APT28, a unit of the GRU, was behind"), or 0 */
static size_t apposition(const sctx *c, size_t a, size_t b)
{
    if (a >= b || !tok_is(c, a, ","))
        return 0;
    for (size_t k = a + 1; k < b && k <= a + 9; k++) {
        int tp = c->r->ti[k].trigp;
        if ((tp && tp != STP_TRIG_ATTRIBUTED_TO + 1) || c->r->ti[k].say)
            return 0;
        if (tok_is(c, k, ","))
            return k - a + 1;
    }
    return 0;
}

/* "podle", "according to": a source named inside the clause, no clause of
   its own ("Útočníka podle vlády určily BIS a NÚKIB") */
static int source_cue(const sctx *c, size_t i)
{
    return tok_is(c, i, "podle") || tok_is(c, i, "according")
           || (i > 0 && tok_is(c, i, "to") && tok_is(c, i - 1, "according"));
}

/* a quote or a reporting verb between tokens a and b: another clause;
   with pred >= 0, also a trigger of another predicate */
static int barrier(const sctx *c, size_t a, size_t b, int pred)
{
    for (size_t i = a; i < b; i++) {
        if ((c->r->ti[i].say && !source_cue(c, i)) || tok_is(c, i, "\""))
            return 1;
        int tp = c->r->ti[i].trigp - 1;
        if (pred >= 0 && tp >= 0 && tp != pred
            && !((tp == STP_TRIG_TARGETED || tp == STP_TRIG_CLAIMED)
                 && (pred == STP_TRIG_TARGETED || pred == STP_TRIG_CLAIMED)))
            return 1;   /* (a claim of an attack reaches over the attack) */
    }
    return 0;
}

/* a relative clause opened by a comma between tokens a and b ("skupina Killnet,
   která od začátku ruské invaze ...", "APT28, which ..."): a mention inside it
   is not the object of an attack, claim or exploit before it (a condemned
   campaign "which the alliance blamed on Russia" still reaches into it) */
static int relative_between(const sctx *c, size_t a, size_t b)
{
    static const char *const rel[] = { "which", "who", "whom", "whose", "jez", "jenz",
                                       "jehoz", "jimz", "nichz", NULL };
    for (size_t i = a; i + 1 < b; i++) {
        if (!tok_is(c, i, ","))
            continue;
        size_t n;
        const char *w = tfold(c, i + 1, &n);
        if (tok_in(c, i + 1, rel) || (w && n >= 5 && memcmp(w, "kter", 4) == 0))
            return 1;
    }
    return 0;
}

/* a mention that cannot be the one who speaks, blames or condemns: the
   victim after "against" / "proti" ("activity carried out by Russia against
   Ukraine"), a place described by ", where" / ", kde" ("Germany, where the
   group had broken in, ...") */
static int not_speaker(const sctx *c, const mention *m)
{
    static const char *const AGAINST[] = { "against", "proti", NULL };
    static const char *const WHERE[] = { "where", "kde", NULL };
    if (m->t0 > 0 && tok_in(c, m->t0 - 1, AGAINST))
        return 1;
    return m->t1 + 1 < c->n && tok_is(c, m->t1, ",") && tok_in(c, m->t1 + 1, WHERE);
}

static int choose(const sctx *c, uint32_t t0, uint32_t t1, unsigned types, int side, int pref,
                  size_t maxd, stp_str not_id, int how)
{
    const stp_relate *r = c->r;
    int best = -1;
    size_t bscore = (size_t)-1;
    for (size_t i = 0; i < r->nsm; i++) {
        const mention *m = &r->sm[i];
        if (!(TB(m->type) & types))
            continue;
        if (not_id.n && streq(m->id, not_id))
            continue;
        if (m->ag_anaphor && !(how & CH_SPEAKER))
            continue;   /* "the ministry" speaks, blames, condemns; nothing more */
        if ((how & CH_NO_PERP) && m->perp)
            continue;
        if ((how & CH_NO_USED) && (m->used || (m->modifier && !(how & CH_MOD_OK))))
            continue;
        if ((how & CH_NO_VICTIM) && m->victim)
            continue;
        if ((how & CH_NO_SOURCE) && (m->source == 1 || (m->source == 2 && m->t0 >= t1)))
            continue;
        if ((how & CH_NO_PLACE) && m->type == T_STATE && m->t0 > 0
            && (m->t0 - 1 < t0 || m->t0 - 1 >= t1) && tok_in(c, m->t0 - 1, PLACE_WORDS))
            continue;
        if ((how & CH_SPEAKER) && not_speaker(c, m))
            continue;
        int s;
        size_t d = dist(m, t0, t1, &s);
        if (s == STP_SIDE_LEFT && d > 2)
            d -= apposition(c, m->t1, t0);
        if (!s || (side != STP_SIDE_ANY && s != side) || d > maxd)
            continue;
        if ((how & CH_NO_COMMA) && s == STP_SIDE_RIGHT) {
            int comma = 0;
            for (size_t k = t1; k < m->t0; k++)
                comma |= tok_is(c, k, ",");
            if (comma)
                continue;
        }
        if ((how & CH_CLAUSE) && barrier(c, s == STP_SIDE_LEFT ? m->t1 : t1,
                                         s == STP_SIDE_LEFT ? t0 : m->t0,
                                         (how & CH_OWN_TRIG) ? c->pred : -1))
            continue;
        if ((how & CH_OWN_TRIG) && s == STP_SIDE_RIGHT && relative_between(c, t1, m->t0))
            continue;
        size_t score = d * 2 + (s != pref ? 3 : 0);
        if ((how & CH_ACTOR_FIRST) && m->type != T_ACTOR)
            score += 8;     /* one condemns and blames the perpetrators first */
        if ((how & CH_LEFTMOST) && s == STP_SIDE_LEFT)
            score = m->t0;      /* the clause's subject comes first */
        if (score < bscore) {
            bscore = score;
            best = (int)i;
        }
    }
    return best;
}

enum { GAP_NONE = 0, GAP_COORD, GAP_NEST, GAP_APPOS, GAP_LONG };

static const char *const COORD_WORDS[] = {
    ",", "/", "&", "and", "or", "a", "i", "nebo", "ci", "as", "well", "both", "the", "also",
    "take", "its", "plus", "jako", "(", ")", "tez", "even", "then", "including", "vcetne",
    "v", "ve", "na", "do", "in", "on", NULL
};
/* generic head nouns before a name in a list ("FBI a agentury CISA",
   "skupin Killnet a skupiny NoName"): not words of their own */
static const char *const HEAD_WORDS[] = {
    "agentura", "agentury", "agenturou", "agenture", "agenturu", "agency", "urad", "uradu",
    "uradem", "skupina", "skupiny", "skupinou", "skupine", "skupinu", "group", NULL
};
static const char *const LIST_WORDS[] = {
    "including", "among", "such", "vcetne", "mezi", "napriklad", "jako", NULL
};
static const char *const ATTACK_PREP[] = { "on", "against", "na", "proti", NULL };
/* the grounds of a blame or condemnation ("condemned Russia over the APT28
   attacks", "odsoudilo Rusko kvůli útokům skupiny APT28") */
static const char *const GROUNDS_WORDS[] = { "over", "for", "because", "kvuli", "za", NULL };
static const char *const CONJ_WORDS[] = {
    ",", "/", "&", "and", "or", "a", "i", "nebo", "ci", "plus", "as", "including", "vcetne", NULL
};

/* how two mentions a < b of the sentence are linked by the tokens between */
static int gap_kind(const sctx *c, const mention *a, const mention *b)
{
    const stp_relate *r = c->r;
    if (b->t0 < a->t1)
        return GAP_NONE;
    size_t g0 = a->t1, g1 = b->t0;
    for (size_t i = g0; i < g1; i++)
        if (r->ti[i].trig || r->ti[i].ment)
            return GAP_NONE;
    if (g1 == g0) { /* "Russia's GRU", "rozvědka GRU", "ředitel FBI Christopher Wray";
                       not "útok na Bundestag Evropská unie" */
        unsigned ab = TB(a->type) | TB(b->type);
        /* the victim of a Czech "útok na" and a name of its type and
           another id right after it are two clauses, object and subject
           ("Útok na ministerstvo zahraničí NÚKIB připsal ..."), not one name
           ("ruská rozvědka GRU", "jednotce 74455 GRU") */
        int same = a->type == b->type
                   && !(c->lang == STP_LANG_CS && a->type != T_STATE && !streq(a->id, b->id)
                        && a->t0 > 0 && tok_in(c, a->t0 - 1, ATTACK_PREP));
        return same || (ab & TB(T_STATE)) || ab == (TB(T_AGENCY) | TB(T_PERSON))
               ? GAP_NEST : GAP_NONE;
    }
    if (g1 - g0 == 1 && c->toks[g0].kind == STP_TOK_POSS)
        return GAP_NEST;
    if (g1 - g0 <= 2 && tok_is(c, g0, "of") && (g1 - g0 == 1 || tok_is(c, g0 + 1, "the")))
        return GAP_NEST;
    int conj = 0, other = 0, stop = 0, list = 0;
    for (size_t i = g0; i < g1; i++) {
        if (tok_in(c, i, CONJ_WORDS))
            conj = 1;
        if (tok_in(c, i, LIST_WORDS))
            list = 1;
        if (!tok_in(c, i, COORD_WORDS) && !tok_in(c, i, LIST_WORDS)
            && !(i + 1 == g1 && i > g0 && tok_in(c, i, HEAD_WORDS)))
            other++;
        if (tok_is(c, i, ".") || tok_is(c, i, ";") || tok_is(c, i, ":"))
            stop = 1;
    }
    if (!stop && conj && other == 0 && g1 - g0 <= 5)
        return GAP_COORD;
    if (!stop && list && other <= 4 && g1 - g0 <= 7)
        return GAP_COORD;   /* "eight sites, among them those of the Senate" */
    if (!stop && g1 - g0 <= 3)
        return GAP_APPOS;
    if (!stop && g1 - g0 <= 6)
        return GAP_LONG;
    return GAP_NONE;
}

/* a vulnerability and the product it is in: "CVE-2023-23397 in Microsoft
   Outlook", "CVE-2023-23397 v aplikaci Microsoft Outlook" (in / v / ve
   right after it, at most one more word before the product) */
static int vuln_in(const sctx *c, const mention *a, const mention *b)
{
    static const char *const IN[] = { "in", "v", "ve", NULL };
    return b->t0 > a->t1 && b->t0 - a->t1 <= 2 && tok_in(c, a->t1, IN)
           && c->toks[b->t0 - 1].kind == STP_TOK_WORD;
}

/* the group around seed: coordinated (and nested) mentions of `types`;
   appos also takes PERSON <-> AGENCY appositions. Writes indices to grp. */
static size_t expand(const sctx *c, int seed, unsigned types, stp_str not_id, int appos,
                     int *grp, size_t cap)
{
    const stp_relate *r = c->r;
    size_t n = 0;
    grp[n++] = seed;
    for (int dir = -1; dir <= 1; dir += 2) {
        int cur = seed;
        for (int j = seed + dir; j >= 0 && (size_t)j < r->nsm && n < cap; j += dir) {
            const mention *a = &r->sm[dir < 0 ? j : cur], *b = &r->sm[dir < 0 ? cur : j];
            const mention *m = &r->sm[j];
            if (m->anaphor || r->sm[cur].anaphor || (m->source != 0) != (r->sm[seed].source != 0))
                break;      /* (a source is not listed with what it reports on) */
            if (appos == 1 && m->modifier)
                break;      /* "the intelligence service of Estonia": the service speaks */
            int g = gap_kind(c, a, b);
            int ok = 0;
            if ((TB(m->type) & types) && !(not_id.n && streq(m->id, not_id))) {
                if (g == GAP_COORD || g == GAP_NEST)
                    ok = 1;
                else if (g == GAP_APPOS && appos == 1
                         && ((m->type == T_PERSON && r->sm[cur].type == T_AGENCY)
                             || (m->type == T_AGENCY && r->sm[cur].type == T_PERSON)))
                    ok = 1;
                else if ((g == GAP_APPOS || g == GAP_LONG) && appos == 2 && b->type == T_AGENCY)
                    ok = 1;     /* "Russia's military intelligence, the GRU" */
                else if (g == GAP_APPOS && a->type == T_VULN && b->type == T_PRODUCT
                         && vuln_in(c, a, b))
                    ok = 1;     /* "CVE-2023-23397 in Microsoft Outlook" */
            }
            if (!ok)
                break;
            grp[n++] = j;
            cur = j;
        }
    }
    return n;
}

/* ---- output of one relation ----------------------------------------- */

/* the statement a relation quotes: trigger, evidence sentence, offsets */
static void set_statement(const sctx *c, relation *x, const mention *s, const mention *o,
                          double conf, size_t tb0, size_t tb1, int derived)
{
    x->derived = derived;
    x->stated_conf = conf;
    x->s_start = s->c0;
    x->o_start = o->c0;
    x->trig_b0 = tb0;
    x->trig_b1 = tb1;
    x->ev_b0 = c->toks[0].b0;
    x->ev_b1 = c->toks[c->n - 1].b1;
}

/* A relation already found is merged: it keeps the highest confidence, the
   first qualifier, and the trigger, evidence and offsets of its strongest
   statement: one stated by its own trigger before one derived (a reporting
   frame's BLAMED, a claim's TARGETED), then the higher confidence, then the
   first (docs/RELATE.md, Duplicates). */
static int add_rel(sctx *c, int pred, const mention *s, const mention *o, int qual, double conf,
                   size_t tb0, size_t tb1, int derived)
{
    stp_relate *r = c->r;
    if (streq(s->id, o->id))
        return 0;
    if (conf > 1.0)
        conf = 1.0;
    if (conf < 0.05)
        conf = 0.05;
    if (pred != STP_TRIG_TARGETED && pred != STP_TRIG_CLAIMED)
        qual = 0;
    for (size_t i = 0; i < r->nrel; i++) {
        relation *x = &r->rel[i];
        if (x->pred == pred && streq(x->subj, s->id) && streq(x->obj, o->id)) {
            x->count++;
            if (derived < x->derived || (derived == x->derived && conf > x->stated_conf))
                set_statement(c, x, s, o, conf, tb0, tb1, derived);
            if (conf > x->conf)
                x->conf = conf;
            if (!x->qual && qual)
                x->qual = qual;
            return 0;
        }
    }
    if (r->nrel == r->cap_rel
        && stp_array_grow((void **)&r->rel, &r->cap_rel, r->nrel + 1, sizeof *r->rel))
        return STP_ENOMEM;
    relation *x = &r->rel[r->nrel++];
    memset(x, 0, sizeof *x);
    x->pred = pred;
    x->subj = s->id;
    x->obj = o->id;
    x->qual = qual;
    x->conf = conf;
    set_statement(c, x, s, o, conf, tb0, tb1, derived);
    x->count = 1;
    if (pred == STP_TRIG_CLAIMED)   /* a claimed attack is an attack */
        return add_rel(c, STP_TRIG_TARGETED, s, o, qual, conf * 0.9, tb0, tb1, 1);
    return 0;
}

/* ---- one sentence --------------------------------------------------- */

static const char *const BE_WORDS[] = {
    "was", "were", "been", "being", "is", "are", "be", "get", "got", "gets", NULL
};
/* token i starts with "pro-" or "anti-" (then a demonym inside it is no state) */
static int pro_anti(const sctx *c, size_t i)
{
    size_t n;
    const char *f = tfold(c, i, &n);
    return (n > 4 && memcmp(f, "pro-", 4) == 0) || (n > 5 && memcmp(f, "anti-", 5) == 0);
}

/* the preposition after an attack that names its victim */
static const char *const IRREGULAR_PP[] = {
    "hit", "struck", "cut", "shut", "put", "set", NULL
};
static const char *const ON_TO[] = { "on", "to", NULL };
static const char *const REL_WORDS[] = {
    "that", "which", "who", "ktere", "ktery", "ktera", "kteri", "jez", "jenz", "aby", NULL
};

/* a Czech present active participle ("podporující", "podporujícím") */
static int participle_cs(const sctx *c, size_t i)
{
    static const char *const ENDINGS[] = { "ici", "icim", "icich", "iciho", "icimu", "icimi" };
    if (c->lang == STP_LANG_EN)
        return 0;
    size_t n;
    const char *f = tfold(c, i, &n);
    for (size_t k = 0; k < sizeof ENDINGS / sizeof ENDINGS[0]; k++) {
        size_t e = strlen(ENDINGS[k]);
        if (n > e + 2 && memcmp(f + n - e, ENDINGS[k], e) == 0)
            return 1;
    }
    return 0;
}
/* Czech pronouns that open a sentence about the one just named ("Ta", "Ten") */
static const char *const DEMONSTRATIVE_CS[] = {
    "ta", "ten", "ti", "ty", "tato", "tento", "tito", "tyto", "ona", "oni", "ony", NULL
};
/* what follows such a pronoun, not a noun it determines ("Ta zpráva") */
static const char *const AFTER_PRONOUN_CS[] = {
    "se", "si", "je", "jsou", "uz", "take", "rovnez", "totiz", "navic", "pak", "nyni", NULL
};
/* a Czech past-tense form: "zaútočil", "zaútočila", "zaútočili" */
static int past_cs(const sctx *c, size_t i)
{
    size_t fn;
    const char *f = tfold(c, i, &fn);
    return (fn > 3 && f[fn - 1] == 'l') || (fn > 4 && f[fn - 2] == 'l' && strchr("aioy", f[fn - 1]));
}
/* a Czech noun in the accusative singular in -u ("Ukrajinu", "Českou
   republiku"), as written: not -ou, -mu (adjectives: "ruskou", "ruskému") */
static int accusative_cs(const sctx *c, size_t i)
{
    if (c->lang != STP_LANG_CS || c->toks[i].kind != STP_TOK_WORD)
        return 0;
    const stp_token *t = &c->toks[i];
    size_t n = t->b1 - t->b0;
    const char *w = c->text + t->b0;
    return n > 2 && (w[n - 1] == 'u' || w[n - 1] == 'U') && !strchr("oOmM", w[n - 2]);
}
static const char *const DET_WORDS[] = {
    "the", "this", "that", "these", "those", NULL
};

/* a mention standing for the last actor: an anaphor over tokens [t0,t1)
   (t0 == t1: a dropped subject at token t0) */
static int add_anaphor(sctx *c, uint32_t t0, uint32_t t1, uint64_t cend)
{
    stp_relate *r = c->r;
    if (r->nsm == r->cap_sm
        && stp_array_grow((void **)&r->sm, &r->cap_sm, r->nsm + 1, sizeof *r->sm))
        return STP_ENOMEM;
    mention *m = &r->sm[r->nsm++];
    memset(m, 0, sizeof *m);
    m->type = T_ACTOR;
    m->id = r->last_actor;
    m->c0 = c->toks[t0].c0;
    m->c1 = cend;
    m->t0 = t0;
    m->t1 = t1;
    m->anaphor = 1;
    return 0;
}

/* nouns standing for an agency named before: which of last_agency[] */
static const struct { const char *w; int lang; int which; } AGENCY_NOUNS[] = {
    { "bloc", STP_LANG_EN, 1 }, { "union", STP_LANG_EN, 1 }, { "alliance", STP_LANG_EN, 2 },
    { "agency", STP_LANG_EN, 0 }, { "ministry", STP_LANG_EN, 0 }, { "office", STP_LANG_EN, 0 },
    { "bureau", STP_LANG_EN, 0 }, { "department", STP_LANG_EN, 0 },
    { "urad", STP_LANG_CS, 0 }, { "uradu", STP_LANG_CS, 0 }, { "uradem", STP_LANG_CS, 0 },
    { "ministerstvo", STP_LANG_CS, 0 }, { "ministerstva", STP_LANG_CS, 0 },
    { "ministerstvu", STP_LANG_CS, 0 }, { "ministerstvem", STP_LANG_CS, 0 },
    { "resort", STP_LANG_CS, 0 }, { "resortu", STP_LANG_CS, 0 }, { "resortem", STP_LANG_CS, 0 },
    { "agentura", STP_LANG_CS, 0 }, { "agentury", STP_LANG_CS, 0 },
    { "agenturou", STP_LANG_CS, 0 }, { "blok", STP_LANG_CS, 1 },
};

static int add_anaphor(sctx *c, uint32_t t0, uint32_t t1, uint64_t cend);

/* one agency anaphor per sentence: a noun above (English: after "the" /
   "this" / "that"), not part of a mention, not right after a mention
   ("Czech ministry": another one, unnamed), whose antecedent was named in
   the last AGENCY_WINDOW sentences and is not named in this one. It only
   ever speaks (CH_SPEAKER). */
static int add_agency_anaphor(sctx *c, size_t nreal)
{
    stp_relate *r = c->r;
    for (size_t i = 1; i < c->n; i++) {
        if (r->ti[i].ment || r->ti[i - 1].ment)
            continue;
        if (c->lang == STP_LANG_EN && !tok_in(c, i - 1, DET_WORDS))
            continue;
        int which = -1;
        for (size_t k = 0; k < sizeof AGENCY_NOUNS / sizeof AGENCY_NOUNS[0]; k++)
            if ((int)c->lang == AGENCY_NOUNS[k].lang && tok_is(c, i, AGENCY_NOUNS[k].w))
                which = AGENCY_NOUNS[k].which;
        if (which < 0)
            continue;
        if (i + 1 < c->n && r->ti[i + 1].ment)
            continue;   /* "agentury CISA", "the agency NÚKIB": a name follows */
        stp_str id = r->last_agency[which];
        if (!id.n || c->sidx - r->last_agency_sent[which] > (which ? COREF_WINDOW : AGENCY_WINDOW))
            return 0;   /* (a bloc, an alliance: one candidate, looked for further back) */
        (void)nreal;
        if (add_anaphor(c, (uint32_t)i, (uint32_t)i + 1, c->toks[i].c1))
            return STP_ENOMEM;
        mention *a = &r->sm[r->nsm - 1];
        a->type = T_AGENCY;
        a->id = id;
        a->ag_anaphor = 1;
        return 0;
    }
    return 0;
}

/* the agencies a sentence names, for add_agency_anaphor() */
static void note_agency(stp_relate *r, const mention *m, long sidx)
{
    static const char *const PREFIX[3] = { "agency:", "agency:eu", "agency:int-nato" };
    if (m->type != T_AGENCY || m->ag_anaphor)
        return;
    for (int w = 0; w < 3; w++) {
        size_t pl = strlen(PREFIX[w]);
        if (m->id.n >= pl && memcmp(m->id.s, PREFIX[w], pl) == 0
            && (w != 1 || m->id.n == pl || m->id.s[pl] == '-')) {
            r->last_agency[w] = m->id;
            r->last_agency_sent[w] = sidx;
        }
    }
}

/* a Czech form of "stát se" (to become: "se stala obětí", "stal se terčem"),
   which folds like "stál" (stood, as in "stál za útokem") */
static int become_cs(const sctx *c, size_t i)
{
    static const char *const FORMS[] = { "stal", "stala", "stalo", "stali", "staly", NULL };
    if (c->lang == STP_LANG_EN || !tok_in(c, i, FORMS))
        return 0;
    return (i > 0 && tok_is(c, i - 1, "se")) || (i + 1 < c->n && tok_is(c, i + 1, "se"));
}

/* only a comma (and an article) between mentions a < b */
static int comma_only(const sctx *c, const mention *a, const mention *b)
{
    int comma = 0;
    for (size_t i = a->t1; i < b->t0; i++) {
        if (tok_is(c, i, ","))
            comma = 1;
        else if (!tok_in(c, i, DET_WORDS))
            return 0;
    }
    return comma;
}

/* mentions named as the source of a report ("podle NÚKIB", "according to
   the FBI, the NSA and CISA", "podle jeho ředitele Lukáše Kintra"): up to
   three words may stand between the cue and the first one, coordinated
   mentions follow it. A source speaks; it is not what a trigger is about. */
static void mark_sources(sctx *c)
{
    stp_relate *r = c->r;
    for (size_t i = 0; i < r->nsm; i++) {
        mention *m = &r->sm[i];
        if (m->anaphor)
            continue;
        for (size_t k = m->t0, back = 0; k > 0 && back < 4; k--, back++) {
            size_t j = k - 1;
            if (tok_is(c, j, "podle")
                || (tok_is(c, j, "to") && j > 0 && tok_is(c, j - 1, "according"))) {
                m->source = 1;
                break;
            }
            if (r->ti[j].ment || r->ti[j].trig || c->toks[j].kind != STP_TOK_WORD)
                break;
        }
        /* ", uvedl NÚKIB", ", said Lukáš Kintr" */
        if (!m->source && m->t0 >= 2 && r->ti[m->t0 - 1].say && tok_is(c, m->t0 - 2, ","))
            m->source = 2;
        /* ", the agency said", ", NÚKIB uvedl" (its coordinated mentions first) */
        size_t last = i;
        while (last + 1 < r->nsm && !r->sm[last + 1].anaphor) {
            int g = gap_kind(c, &r->sm[last], &r->sm[last + 1]);
            if (g != GAP_COORD && g != GAP_NEST)
                break;
            /* a lone comma closes the source ("According to the NCSC, Fancy
               Bear was ...") unless a list goes on after the next mention
               ("according to the FBI, the NSA and CISA"; once listing, the list
               goes on: "podle FBI, NSA, CISA a partnerů") */
            if (g == GAP_COORD && last == i && comma_only(c, &r->sm[last], &r->sm[last + 1])
                && !(last + 2 < r->nsm && !r->sm[last + 2].anaphor
                     && gap_kind(c, &r->sm[last + 1], &r->sm[last + 2]) == GAP_COORD))
                break;
            last++;
        }
        size_t a = m->t0;
        if (a > 0 && tok_in(c, a - 1, DET_WORDS))
            a--;
        if (!m->source && a > 0 && tok_is(c, a - 1, ",") && r->sm[last].t1 < c->n
            && r->ti[r->sm[last].t1].say)
            m->source = 2;
        if (!m->source)
            continue;
        for (size_t j = i + 1; j <= last; j++)
            r->sm[j].source = m->source;
        i = last;
    }
}

/* nouns after which an attack word is a modifier naming the attackers or
   their means ("hacking group", "attack tools"), not an attack */
static const char *const GROUP_NOUNS[] = {
    "group", "groups", "team", "teams", "unit", "units", "gang", "gangs", "crew", "crews",
    "collective", "outfit", "tool", "tools", "toolkit", NULL
};

/* a mention (anaphors included) covering token t */
static int mention_at(const stp_relate *r, uint32_t t)
{
    for (size_t i = 0; i < r->nsm; i++)
        if (r->sm[i].t0 <= t && t < r->sm[i].t1 + (r->sm[i].t1 == r->sm[i].t0))
            return 1;
    return 0;
}

/* the speaker of a reporting verb coordinated with an earlier verb ("Czechia
   condemned Russia and said ...", "Germany summoned Russia's ambassador and
   said ...", "Česko odsoudilo Rusko a uvedlo, že ..."): the subject of the
   clause, the first mention before its first verb (one not right after a
   preposition: "After talks with Germany, ..."), never a mention after that
   verb (its object). -2 when the cue at say is not so coordinated (no "and" /
   "a" right before it, at most one word between, or no mention after a verb
   of the clause before it); else the subject's index, or -1 when it is no
   mention of the types that speak */
static int coord_speaker(const sctx *c, int say, unsigned types)
{
    static const char *const AND[] = { "and", "a", NULL };
    static const char *const BOUND[] = { ";", ":", "\"", "that", "ze", NULL };
    static const char *const PREP[] = {
        "with", "in", "to", "from", "after", "against", "of", "for", "on", "by", "at",
        "s", "se", "v", "ve", "na", "z", "ze", "do", "po", "proti", "k", "ke", "o", "u",
        "podle", NULL
    };
    const stp_relate *r = c->r;
    if (say < 2 || source_cue(c, (size_t)say))
        return -2;
    size_t k = (size_t)say - 1;
    if (!tok_in(c, k, AND)) {   /* "and later said", "a následně uvedlo" */
        if (c->toks[k].kind != STP_TOK_WORD || r->ti[k].ment || !tok_in(c, k - 1, AND))
            return -2;
        k--;
    }
    size_t start = 0;
    for (size_t t = k; t-- > 0;)
        if (tok_in(c, t, BOUND)) {
            start = t + 1;
            break;
        }
    /* the subject: the first mention of the clause not governed by a
       preposition */
    int subj = -1;
    for (size_t i = 0; i < r->nsm; i++) {
        const mention *m = &r->sm[i];
        if (m->t1 <= m->t0 || m->t0 < start || m->t1 > k)
            continue;
        if (m->t0 > start && tok_in(c, m->t0 - 1, PREP))
            continue;
        if (subj < 0 || m->t0 < r->sm[subj].t0)
            subj = (int)i;
    }
    if (subj < 0)
        return -2;
    /* a verb after it (a word of no mention, no conjunction), then a mention:
       its object */
    int verb = 0, obj = 0;
    for (size_t t = r->sm[subj].t1; t < k && !obj; t++) {
        if (r->ti[t].ment)
            obj = verb;
        else if (c->toks[t].kind == STP_TOK_WORD && !tok_in(c, t, CONJ_WORDS))
            verb = 1;
    }
    if (!obj)
        return -2;
    return (TB(r->sm[subj].type) & types) ? subj : -1;
}

static int hit_kind(const sctx *c, const stp_trig_hit *h)
{
    return stp_trig_lex_entry(c->r->lex, h->entry)->kind;
}

/* Czech puts the verb last: "Útok skupiny APT28 na ministerstvo NÚKIB
   nepotvrdil." A negation after trigger h that ends h's clause (only words
   and mentions between them, then the end of the sentence or a
   punctuation mark) denies it however far it stands. */
static int clause_final_neg(const sctx *c, const stp_trig_hit *h, const stp_trig_hit *x)
{
    if (c->lang != STP_LANG_CS || x->t0 < h->t1 || x->t1 <= x->t0)
        return 0;
    if (x->t1 < c->n && c->toks[x->t1].kind != STP_TOK_PUNCT)
        return 0;
    for (size_t t = h->t1; t < x->t0; t++)
        if (c->toks[t].kind == STP_TOK_PUNCT)
            return 0;
    return 1;
}

/* a negation between trigger h and an argument m it chose, in one clause
   ("The attack on Czechia was not carried out by APT28"): denied */
static int neg_between(const sctx *c, const stp_trig_hit *h, const mention *m)
{
    const stp_relate *r = c->r;
    size_t a = m->t1 <= h->t0 ? m->t1 : h->t1, b = m->t1 <= h->t0 ? h->t0 : m->t0;
    for (size_t j = 0; j < r->nhits; j++) {
        const stp_trig_hit *x = &r->hits[j];
        if (hit_kind(c, x) != STP_TRIG_NEG || x->t0 < a || x->t1 > b)
            continue;
        size_t t = a;
        while (t < b && !(c->toks[t].kind == STP_TOK_PUNCT && !tok_is(c, t, "-")))
            t++;
        if (t == b)
            return 1;
    }
    return 0;
}

/* a Czech attack or claim trigger at token `at` in a sentence with a live
   BLAMED trigger: the charge of an accusation */
static int charge_trig_cs(const sctx *c, size_t at)
{
    const stp_relate *r = c->r;
    int k = r->ti[at].trigp - 1;
    if (c->lang != STP_LANG_CS || (k != STP_TRIG_TARGETED && k != STP_TRIG_CLAIMED))
        return 0;
    for (size_t i = 0; i < r->nhits; i++)
        if (hit_kind(c, &r->hits[i]) == STP_TRIG_BLAMED && r->hits[i].t1 > r->hits[i].t0)
            return 1;
    return 0;
}

/* the charge right after "z" / "ze" ("obvinil z útoku", "z útoku
   obvinila"); with at = 1, the charge opens the sentence */
static int charge_cs(const sctx *c, size_t at)
{
    static const char *const Z[] = { "z", "ze", NULL };
    return at > 0 && at < c->n && tok_in(c, at - 1, Z) && charge_trig_cs(c, at);
}

/* the charge followed by "na" / "proti" ("NÚKIB útok na ministerstvo
   připsal skupině APT28"): its victim follows the preposition, the accuser
   before it is none */
static int charge_on_cs(const sctx *c, const stp_trig_hit *h)
{
    static const char *const ON[] = { "na", "proti", NULL };
    return h->t1 < c->n && tok_in(c, h->t1, ON) && charge_trig_cs(c, h->t0);
}

/* the victim of an attack phrase: "útoky skupiny APT28 na ministerstvo",
   "útok ruských hackerů na weby bank", "attacks by APT28 on the ministry".
   After the attack trigger h (of predicate pred) at most four tokens of one
   clause (words and mentions: its attacker), then "na" / "proti" / "on" /
   "against" (not a word of another trigger: "na svědomí"), then, right
   after it or one word later ("na weby ministerstva"), the first mention:
   its index when it is of `types`, else -1 (not further: "viní z útoků na
   svou železnici Bělorusko" names the accused there) */
static int attack_on(const sctx *c, const stp_trig_hit *h, int pred, unsigned types)
{
    const stp_relate *r = c->r;
    size_t p = h->t1;
    for (;; p++) {
        if (p >= c->n || p >= (size_t)h->t1 + 5)
            return -1;
        int tp = r->ti[p].trigp - 1;
        if (tok_in(c, p, ATTACK_PREP) && !r->ti[p].ment
            && (tp < 0 || tp == pred || tp == STP_TRIG_TARGETED))
            break;
        if (r->ti[p].ment)
            continue;
        if (r->ti[p].trig || r->ti[p].say || c->toks[p].kind != STP_TOK_WORD)
            return -1;
    }
    for (size_t q = p + 1; q < c->n && q <= p + 2; q++) {
        if (r->ti[q].ment) {
            for (size_t i = 0; i < r->nsm; i++) {
                const mention *m = &r->sm[i];
                if (!m->anaphor && m->t0 <= q && q < m->t1)
                    return (TB(m->type) & types) && !m->source ? (int)i : -1;
            }
            return -1;
        }
        if (r->ti[q].trig || r->ti[q].say || c->toks[q].kind != STP_TOK_WORD)
            return -1;
    }
    return -1;
}

/* an attack that is the grounds of a condemnation or blame before it, in
   its clause: "Česko odsoudilo Rusko kvůli útokům skupiny APT28", "obvinila
   Rusko za útoky" (a grounds word right before the trigger, or one word
   before it: "kvůli opakovaným útokům"). The mentions before the grounds
   word belong to the condemnation (its subject, its object), not to the
   attack: its victim, if named, follows it. */
static int attack_grounds(const sctx *c, const stp_trig_hit *h)
{
    const stp_relate *r = c->r;
    size_t g = h->t0;
    if (g == 0)
        return 0;
    g--;
    if (!tok_in(c, g, GROUNDS_WORDS)) {
        if (g == 0 || r->ti[g].ment || r->ti[g].trig || c->toks[g].kind != STP_TOK_WORD)
            return 0;
        g--;
        if (!tok_in(c, g, GROUNDS_WORDS))
            return 0;
    }
    if (r->ti[g].trig || r->ti[g].ment)
        return 0;   /* "za útoky stojí": the grounds word is another trigger's */
    for (size_t i = 0; i < r->nhits; i++) {
        const stp_trig_hit *x = &r->hits[i];
        int k = hit_kind(c, x);
        if ((k != STP_TRIG_CONDEMNED && k != STP_TRIG_BLAMED) || x->t1 <= x->t0 || x->t1 > g)
            continue;
        size_t t = x->t1;
        while (t < g && c->toks[t].kind != STP_TOK_PUNCT)
            t++;
        if (t == g)
            return 1;
    }
    return 0;
}

/* the actor a names the grounds of a condemnation or blame whose object st
   is: a grounds word after st (at most two words between: "Rusko ostře
   kvůli"), then within seven tokens of one clause, no punctuation or
   mention among them but the attackers' state (attack words may be:
   "kvůli útokům ruské skupiny APT28", "over the attacks by APT28"), the
   actor */
static int grounds_actor(const sctx *c, const mention *st, const mention *a)
{
    const stp_relate *r = c->r;
    if (a->t0 < st->t1)
        return 0;
    size_t g = st->t1;
    while (g < a->t0 && !tok_in(c, g, GROUNDS_WORDS))
        g++;
    if (g == a->t0 || g - st->t1 > 2 || a->t0 - g > 8)
        return 0;
    for (size_t t = g + 1; t < a->t0; t++) {
        int tp = r->ti[t].trigp - 1;
        if (r->ti[t].ment) {
            int perp = 0;   /* "kvůli útokům ruské skupiny APT28": the actor's state */
            for (size_t i = 0; i < r->nsm; i++)
                perp |= r->sm[i].t0 <= t && t < r->sm[i].t1 && r->sm[i].perp;
            if (!perp)
                return 0;
            continue;
        }
        if (r->ti[t].say || c->toks[t].kind == STP_TOK_PUNCT
            || (tp >= 0 && tp != STP_TRIG_TARGETED && tp != STP_TRIG_CLAIMED))
            return 0;
    }
    return 1;
}

static int sentence(sctx *c)
{
    stp_relate *r = c->r;
    const stp_trig_lex *lex = r->lex;
    size_t n = c->n;
    /* tokens: fold and keys */
    if (n > r->cap_ti && stp_array_grow((void **)&r->ti, &r->cap_ti, n, sizeof *r->ti))
        return STP_ENOMEM;
    if (n > r->cap_tt && stp_array_grow((void **)&r->tt, &r->cap_tt, n, sizeof *r->tt))
        return STP_ENOMEM;
    stp_buf_reset(&r->fold);
    for (size_t i = 0; i < n; i++) {
        const stp_token *t = &c->toks[i];
        tokinfo *ti = &r->ti[i];
        memset(ti, 0, sizeof *ti);
        ti->fold_off = r->fold.len;
        if (stp_fold(&r->fold, c->text + t->b0, t->b1 - t->b0, STP_FOLD_ALL))
            return STP_ENOMEM;
        ti->fold_len = r->fold.len - ti->fold_off;
    }
    for (size_t i = 0; i < n; i++) {
        const stp_token *t = &c->toks[i];
        tokinfo *ti = &r->ti[i];
        stp_trig_tok *tt = &r->tt[i];
        memset(tt, 0, sizeof *tt);
        tt->fold = r->fold.p + ti->fold_off;
        tt->nfold = ti->fold_len;
        if (t->kind == STP_TOK_WORD) {
            int nk = stp_stem_keys(r->st, c->lang, c->text + t->b0, t->b1 - t->b0, ti->keys);
            if (nk == STP_EDICT)
                nk = stp_stem_keys(r->st, c->lang, c->text + t->b0, t->b1 - t->b0, ti->keys);
            if (nk == STP_ENOMEM)
                return nk;
            ti->nkeys = nk > 0 ? nk : 0;
            memcpy(tt->keys, ti->keys, sizeof tt->keys);
            tt->nkeys = ti->nkeys;
            if (c->lang != STP_LANG_EN && tt->nfold > 5 && tt->fold[0] == 'n' && tt->fold[1] == 'e') {
                int k = stp_stem_keys(r->st, c->lang, c->text + t->b0 + 2, t->b1 - t->b0 - 2,
                                      tt->nekeys);
                tt->nnekeys = k > 0 ? k : 0;
            }
        }
    }
    /* mentions of this sentence */
    uint64_t s_c0 = c->toks[0].c0, s_c1 = c->toks[n - 1].c1;
    r->nsm = 0;
    /* the mentions are sorted and do not overlap: start at the sentence's
       first one and stop after its last, so a long document costs time in
       proportion to its length, not to sentences times mentions */
    for (size_t i = c->md; i < r->ndm && r->dm[i].c0 < s_c1; i++) {
        const mention *m = &r->dm[i];
        if (m->c1 <= s_c0)
            continue;
        uint32_t a = UINT32_MAX, b = 0;
        for (size_t k = 0; k < n; k++)
            if (c->toks[k].c0 < m->c1 && m->c0 < c->toks[k].c1) {
                if (a == UINT32_MAX)
                    a = (uint32_t)k;
                b = (uint32_t)k + 1;
            }
        if (a == UINT32_MAX)
            continue;
        if (m->type == T_STATE && c->toks[a].c0 < m->c0 && pro_anti(c, a))
            continue;   /* "pro-Russian", "anti-Ukrainian": not the state */
        if (r->nsm == r->cap_sm
            && stp_array_grow((void **)&r->sm, &r->cap_sm, r->nsm + 1, sizeof *r->sm))
            return STP_ENOMEM;
        mention *sm = &r->sm[r->nsm++];
        *sm = *m;
        sm->t0 = a;
        sm->t1 = b;
        for (uint32_t k = a; k < b; k++) {
            r->ti[k].ment = (int)r->nsm;
            r->tt[k].skip = 1;
        }
    }
    /* triggers and cues */
    r->nhits = 0;
    if (stp_trig_find(lex, c->lang, r->tt, n, &r->hits, &r->nhits, &r->cap_hits))
        return STP_ENOMEM;
    int say_at = -1, say_neg = 0, qual_named = 0, any_say = 0;
    c->hedge = 0;
    /* a hedge is no reporting frame: "podle všeho" (SAY "podle") and any
       other SAY match that a HEDGE match covers only weakens the sentence,
       it names no speaker ("Ministr byl podle všeho terčem útoku") */
    for (size_t i = 0; i < r->nhits; i++) {
        stp_trig_hit *h = &r->hits[i];
        if (hit_kind(c, h) != STP_TRIG_SAY)
            continue;
        for (size_t j = 0; j < r->nhits; j++) {
            const stp_trig_hit *o = &r->hits[j];
            if (hit_kind(c, o) == STP_TRIG_HEDGE && o->t0 <= h->t0 && h->t1 <= o->t1)
                h->t1 = h->t0;
        }
        any_say |= h->t1 > h->t0;
    }
    for (size_t i = 0; i < r->nhits; i++) {
        stp_trig_hit *h = &r->hits[i];
        int k = hit_kind(c, h);
        if (k < STP_TRIG_NPRED && !any_say
            && (stp_trig_lex_entry(lex, h->entry)->flags & STP_TRIGF_SAY))
            h->t1 = h->t0;  /* a row that needs a reporting frame: no barrier either */
        if (k == STP_TRIG_TARGETED && h->t1 < n && tok_in(c, h->t1, GROUP_NOUNS))
            h->t1 = h->t0;  /* "a hacking group", "attack tools": names the attackers */
        if (k == STP_TRIG_BLAMED && h->t1 == h->t0 + 1 && become_cs(c, h->t0))
            h->t1 = h->t0;  /* "se stal terčem": became, not stood behind */
        for (size_t j = 0; k == STP_TRIG_BLAMED && j < r->nhits; j++) {
            const stp_trig_hit *o = &r->hits[j];
            if (hit_kind(c, o) == STP_TRIG_CLAIMED && o->t1 > o->t0 && o->t0 < h->t1
                && h->t0 < o->t1)
                h->t1 = h->t0;  /* "převzala odpovědnost za": a claim, not blame */
        }
        if (k < STP_TRIG_NPRED && h->t1 > h->t0) {
            /* drop a hit inside a longer one of the same predicate */
            for (size_t j = 0; j < r->nhits; j++) {
                const stp_trig_hit *o = &r->hits[j];
                if (j == i || hit_kind(c, o) != k)
                    continue;
                if (o->t0 <= h->t0 && h->t1 <= o->t1 && (o->t1 - o->t0 > h->t1 - h->t0
                    || (o->t1 - o->t0 == h->t1 - h->t0 && j < i))) {
                    h->t1 = h->t0;  /* mark dead */
                    break;
                }
            }
            if (h->t1 > h->t0)
                for (uint32_t t = h->t0; t < h->t1; t++) {
                    r->ti[t].trig = 1;
                    r->ti[t].trigp = k + 1;
                }
        } else if (k == STP_TRIG_HEDGE) {
            c->hedge = 1;
        } else if (k == STP_TRIG_SAY && h->t1 > h->t0) {
            if (say_at < 0) {
                say_at = (int)h->t0;
                say_neg = h->negated;   /* "neuvedl", "neobvinilo": nobody speaks */
            }
            for (uint32_t t = h->t0; t < h->t1; t++)
                r->ti[t].say = 1;
        } else if (k == STP_TRIG_QUAL) {
            qual_named = stp_trig_lex_entry(lex, h->entry)->qual;
        }
    }
    /* a state right before an actor noun is the attackers' state ("ruští
       hackeři", "Russian state hackers"); not across a trigger or a
       reporting verb ("Českou republiku napadla skupina APT28": the verb's
       object), nor a Czech state in the accusative (-u: "Ukrajinu ruští
       hackeři napadli"), which no demonym is */
    for (size_t i = 0; i < r->nhits; i++) {
        const stp_trig_hit *h = &r->hits[i];
        if (hit_kind(c, h) != STP_TRIG_ACTORNOUN)
            continue;
        for (size_t j = 0; j < r->nsm; j++) {
            mention *m = &r->sm[j];
            if (m->type != T_STATE || m->t1 > h->t0 || h->t0 - m->t1 > 1)
                continue;
            int between = 0;
            for (uint32_t t = m->t1; t < h->t0; t++)
                between |= r->ti[t].trigp || r->ti[t].say;
            if (between || accusative_cs(c, m->t1 - 1))
                continue;
            m->perp = 1;
        }
    }
    /* anaphors: after the actor nouns are known */
    size_t nreal = r->nsm;
    for (size_t i = 0; i < r->nhits; i++) {
        const stp_trig_hit *h = &r->hits[i];
        if (hit_kind(c, h) != STP_TRIG_ANAPHOR)
            continue;
        if (c->lang == STP_LANG_EN && !(h->t0 > 0 && tok_in(c, h->t0 - 1, DET_WORDS))
            && !(h->t0 > 1 && tok_is(c, h->t0 - 1, "same") && tok_in(c, h->t0 - 2, DET_WORDS)))
            continue;   /* "the group", "the same group" */
        /* in apposition to an actor just named ("HAFNIUM, the group that
           exploited ...", "Killnet, skupina, která ..."): that actor */
        int appos = -1;
        for (size_t j = 0; j < nreal; j++) {
            const mention *m = &r->sm[j];
            if (m->type == T_ACTOR && m->t1 < h->t0 && h->t0 - m->t1 <= 2
                && tok_is(c, m->t1, ","))
                appos = (int)j;
        }
        if (appos >= 0) {
            stp_str id = r->sm[appos].id;
            if (add_anaphor(c, h->t0, h->t1, c->toks[h->t1 - 1].c1))
                return STP_ENOMEM;
            r->sm[r->nsm - 1].id = id;
            break;
        }
        if (!r->last_actor.n || c->sidx - r->last_actor_sent > COREF_WINDOW)
            continue;
        int near = 0, present = 0;
        for (size_t j = 0; j < nreal; j++) {
            const mention *m = &r->sm[j];
            int s;
            size_t d = dist(m, h->t0, h->t1, &s);
            if ((m->type == T_ACTOR || m->type == T_STATE) && d == 0)
                near = 1;
            if (m->type == T_ACTOR && streq(m->id, r->last_actor))
                present = 1;
        }
        if (near || present)
            continue;
        if (add_anaphor(c, h->t0, h->t1, c->toks[h->t1 - 1].c1))
            return STP_ENOMEM;
        break;          /* one anaphor per sentence is enough */
    }
    /* a Czech verb without a subject (dropped subject: "zaútočili na banky")
       stands for the last actor, like an anaphor; so does a demonstrative
       pronoun opening the sentence ("Ta se hlásí i k útokům na ...") */
    int has_actor = 0;
    for (size_t j = 0; j < r->nsm; j++)
        has_actor |= r->sm[j].type == T_ACTOR;
    if (!has_actor && c->lang == STP_LANG_CS && r->last_actor.n && n > 2 && !r->ti[0].ment
        && c->sidx - r->last_actor_sent <= 2 && tok_in(c, 0, DEMONSTRATIVE_CS)
        && (tok_in(c, 1, AFTER_PRONOUN_CS) || r->ti[1].trig || r->ti[1].say || past_cs(c, 1))) {
        int actor_pred = 0;
        for (size_t i = 0; i < r->nhits; i++) {
            int k = hit_kind(c, &r->hits[i]);
            actor_pred |= r->hits[i].t1 > r->hits[i].t0
                          && (k == STP_TRIG_TARGETED || k == STP_TRIG_CLAIMED
                              || k == STP_TRIG_EXPLOITED || k == STP_TRIG_ATTRIBUTED_TO);
        }
        if (actor_pred) {
            if (add_anaphor(c, 0, 1, c->toks[0].c1))
                return STP_ENOMEM;
            has_actor = 1;
        }
    }
    if (!has_actor && c->lang == STP_LANG_CS && r->last_actor.n
        && c->sidx - r->last_actor_sent <= COREF_WINDOW) {
        for (size_t i = 0; i < r->nhits; i++) {
            const stp_trig_hit *h = &r->hits[i];
            int k = hit_kind(c, h);
            if (h->t1 <= h->t0 || (k != STP_TRIG_TARGETED && k != STP_TRIG_CLAIMED
                                   && k != STP_TRIG_EXPLOITED))
                continue;
            if (!past_cs(c, h->t0))
                continue;
            /* it shares the verb's token, just left of it */
            if (add_anaphor(c, h->t0, h->t0, c->toks[h->t0].c1))
                return STP_ENOMEM;
            break;
        }
    }
    /* "the bloc", "the ministry", "podle ministerstva": an agency named in
       the last sentences (the EU for a bloc or union, NATO for an alliance) */
    if (add_agency_anaphor(c, nreal))
        return STP_ENOMEM;
    /* "the ministry said it had been hit by ...": the pronoun after a
       speaker's reporting verb is the speaker (English) */
    for (size_t j = 0; c->lang == STP_LANG_EN && j < nreal; j++) {
        static const char *const PRON[] = { "it", "they", NULL };
        const mention *m = &r->sm[j];
        size_t k = m->t1;
        if (!(TB(m->type) & (TB(T_AGENCY) | TB(T_INST) | TB(T_STATE))) || k >= n || !r->ti[k].say)
            continue;
        while (k < n && r->ti[k].say)
            k++;
        if (k < n && tok_is(c, k, "that"))
            k++;
        if (k >= n || !tok_in(c, k, PRON) || r->ti[k].ment)
            continue;
        mention copy = *m;
        if (add_anaphor(c, (uint32_t)k, (uint32_t)k + 1, c->toks[k].c1))
            return STP_ENOMEM;
        mention *a = &r->sm[r->nsm - 1];
        a->type = copy.type;
        a->id = copy.id;
        break;
    }
    /* keep the sentence's mentions in token order (anaphors appended) */
    if (r->nsm > 1) {
        for (size_t i = 1; i < r->nsm; i++) {
            mention m = r->sm[i];
            size_t j = i;
            while (j > 0 && r->sm[j - 1].t0 > m.t0) {
                r->sm[j] = r->sm[j - 1];
                j--;
            }
            r->sm[j] = m;
        }
    }
    /* relations */
    int grp_s[64], grp_o[64];
    /* states that modify an agency are not arguments of their own */
    for (size_t i = 0; i + 1 < r->nsm; i++) {
        if (r->sm[i].type == T_STATE && r->sm[i + 1].type == T_AGENCY
            && gap_kind(c, &r->sm[i], &r->sm[i + 1]) == GAP_NEST)
            r->sm[i].modifier = 1;
        /* "the National Security Agency of the United States" */
        if (r->sm[i].type == T_AGENCY && r->sm[i + 1].type == T_STATE
            && r->sm[i + 1].t0 > r->sm[i].t1 && tok_is(c, r->sm[i].t1, "of")
            && gap_kind(c, &r->sm[i], &r->sm[i + 1]) == GAP_NEST)
            r->sm[i + 1].modifier = 1;
    }
    mark_sources(c);
    int frame_other = 0;    /* the sentence condemns or supports */
    for (size_t i = 0; i < r->nhits; i++) {
        int k = hit_kind(c, &r->hits[i]);
        if ((k == STP_TRIG_CONDEMNED || k == STP_TRIG_SUPPORTED) && r->hits[i].t1 > r->hits[i].t0)
            frame_other = 1;
    }
    /* predicates in this order, so that an agency an actor belongs to is
       not its victim, and a victim is not the one who blames */
    static const int ORDER[STP_TRIG_NPRED] = {
        STP_TRIG_ATTRIBUTED_TO, STP_TRIG_EXPLOITED, STP_TRIG_CLAIMED, STP_TRIG_TARGETED,
        STP_TRIG_SUPPORTED, STP_TRIG_CONDEMNED, STP_TRIG_BLAMED
    };
    for (size_t oi = 0; oi < STP_TRIG_NPRED * r->nhits && r->nsm >= 2; oi++) {
        const stp_trig_hit *h = &r->hits[oi % r->nhits];
        if (h->t1 <= h->t0)
            continue;
        const stp_trig_entry *e = stp_trig_lex_entry(lex, h->entry);
        int pred = e->kind;
        if (pred != ORDER[oi / r->nhits] || h->negated)
            continue;
        if ((e->flags & STP_TRIGF_SAY) && say_at < 0)
            continue;
        int neg = 0;
        for (size_t j = 0; j < r->nhits && !neg; j++) {
            const stp_trig_hit *x = &r->hits[j];
            if (hit_kind(c, x) == STP_TRIG_NEG && ((x->t0 + NEG_BEFORE >= h->t0
                                                   && x->t0 < h->t1 + NEG_AFTER)
                                                  || clause_final_neg(c, h, x)))
                neg = 1;
        }
        if (neg)
            continue;
        int s_side = e->s_side, o_side = e->o_side;
        if ((e->flags & STP_TRIGF_PASSIVE) && c->lang != STP_LANG_CS) {
            size_t fn;
            const char *f = tfold(c, h->t0, &fn);
            int participle = (fn > 2 && ((f[fn - 2] == 'e' && (f[fn - 1] == 'd' || f[fn - 1] == 'n'))
                                         || (f[fn - 2] == 'w' && f[fn - 1] == 'n')))
                             || tok_in(c, h->t0, IRREGULAR_PP);
            int passive = participle && h->t1 < n && tok_is(c, h->t1, "by");
            for (uint32_t b = h->t0 >= 3 ? h->t0 - 3 : 0; participle && b < h->t0; b++) {
                if (!tok_in(c, b, BE_WORDS))
                    continue;
                /* not a cleft: "It was APT28 that attacked the ministry" */
                int cleft = 0;
                for (uint32_t t = b + 1; t < h->t0; t++)
                    cleft |= r->ti[t].ment || tok_in(c, t, REL_WORDS);
                passive |= !cleft;
            }
            if (passive && pred == STP_TRIG_BLAMED && h->t1 < n && tok_in(c, h->t1, ON_TO)) {
                /* "the attack was blamed on Sandworm by the SBU": the one
                   blamed still follows its preposition, the accuser "by" */
                s_side = STP_SIDE_RIGHT;
                o_side = STP_SIDE_RIGHT;
            } else if (passive) {
                int t = s_side;
                s_side = o_side;
                o_side = t;
            }
        }
        /* the charge of an accusation ("NÚKIB z útoku obvinil skupinu
           APT28"): its victim follows it ("z útoku na ministerstvo"); the
           accuser before it is none */
        if ((pred == STP_TRIG_TARGETED || pred == STP_TRIG_CLAIMED)
            && (charge_cs(c, h->t0) || charge_on_cs(c, h)))
            o_side = STP_SIDE_RIGHT;
        /* an attack phrase with its victim after "na" / "on" ("útokům
           skupiny APT28 na ministerstvo"), or the grounds of a condemnation
           ("odsoudilo Rusko kvůli útokům"): the victim is on the right, the
           mention before it is none ("Rusko") */
        int von = pred == STP_TRIG_TARGETED || pred == STP_TRIG_CLAIMED
                  ? attack_on(c, h, pred, OBJ_TYPES[pred]) : -1;
        if (o_side == STP_SIDE_ANY && (von >= 0 || attack_grounds(c, h)))
            o_side = STP_SIDE_RIGHT;
        size_t omax = (e->flags & STP_TRIGF_ADJ) ? 1 : (e->flags & STP_TRIGF_NEAR) ? 8
                      : (e->flags & STP_TRIGF_FAR) ? 25 : 15;
        int o_pref = o_side == STP_SIDE_LEFT ? STP_SIDE_LEFT : STP_SIDE_RIGHT;
        int s_pref = s_side == STP_SIDE_RIGHT ? STP_SIDE_RIGHT : STP_SIDE_LEFT;
        stp_str none = { NULL, 0 };
        int speaker = pred == STP_TRIG_BLAMED || pred == STP_TRIG_CONDEMNED
                      || pred == STP_TRIG_SUPPORTED;
        /* a state qualifying the attackers ("Čínská skupina", "Russian hackers")
           is theirs, never their victim */
        int o_how = ((pred == STP_TRIG_TARGETED || pred == STP_TRIG_CLAIMED)
                     ? CH_NO_USED | CH_NO_PERP : 0)
                    | CH_CLAUSE;
        if (pred == STP_TRIG_TARGETED || pred == STP_TRIG_CLAIMED || pred == STP_TRIG_EXPLOITED)
            o_how |= CH_OWN_TRIG;
        if (pred == STP_TRIG_BLAMED || pred == STP_TRIG_CONDEMNED)
            o_how |= CH_NO_VICTIM | CH_ACTOR_FIRST | CH_NO_USED | CH_NO_PLACE | CH_MOD_OK;
        /* (the state of an agency is blamed or condemned with it: "accused
           Russia's military intelligence", "named Russia's SVR as the
           perpetrator") */
        o_how |= CH_NO_SOURCE;
        c->pred = pred;
        if (e->weight < 0.7f)
            o_how |= CH_NO_COMMA;   /* a weak trigger ("campaign") reads no further */
        if ((pred == STP_TRIG_SUPPORTED || pred == STP_TRIG_CONDEMNED)
            && ((h->t0 > 0 && tok_in(c, h->t0 - 1, REL_WORDS))
                || (h->t0 > 1 && tok_in(c, h->t0 - 2, REL_WORDS))
                || participle_cs(c, h->t0)))
            continue;   /* "countries that support Ukraine", "státům podporujícím
                           Ukrajinu", "aby přestaly podporovat": no named subject */
        if (pred == STP_TRIG_BLAMED && c->lang == STP_LANG_EN && h->t0 > 1
            && tok_in(c, h->t0 - 2, REL_WORDS) && c->toks[h->t0 - 1].kind == STP_TOK_WORD
            && !mention_at(r, h->t0 - 1))
            continue;   /* "a campaign that prosecutors pinned on APT40": the one
                           who blames is not named */
        if (pred == STP_TRIG_BLAMED) {
            int sup = 0;    /* "stojí za Českem": support, not blame */
            for (uint32_t t = h->t0; t < h->t1; t++)
                sup |= r->ti[t].trig == 2;
            if (sup)
                continue;
        }
        int s_how = speaker ? CH_NO_PERP | CH_NO_USED | CH_NO_VICTIM | CH_NO_PLACE | CH_SPEAKER : 0;
        int o, s;
        s = -1;
        if ((pred == STP_TRIG_CONDEMNED || pred == STP_TRIG_SUPPORTED) && s_side != STP_SIDE_RIGHT)
        {
            s = choose(c, h->t0, h->t1, SUBJ_TYPES[pred], STP_SIDE_LEFT, s_pref, 40, none,
                       s_how | CH_LEFTMOST | CH_CLAUSE);
            if (s < 0)
                s = choose(c, h->t0, h->t1, SUBJ_TYPES[pred], STP_SIDE_LEFT, s_pref, 40, none,
                           s_how | CH_LEFTMOST);
        }
        if (pred == STP_TRIG_BLAMED && charge_cs(c, 1) && h->t0 > 1) {
            /* the charge opens the sentence ("Z útoku na ministerstvo
               obvinila vláda Rusko"): the accuser may follow the verb; the
               nearest one of the clause, then the accused on the row's side */
            s = choose(c, h->t0, h->t1, SUBJ_TYPES[pred], STP_SIDE_ANY, s_pref, 8, none,
                       s_how | CH_CLAUSE);
        }
        if (s >= 0) {
            /* the subject first: the first candidate of the clause */
            o = choose(c, h->t0, h->t1, OBJ_TYPES[pred], o_side, o_pref, omax,
                       r->sm[s].id, o_how);
        } else if (pred == STP_TRIG_BLAMED && say_at >= 0
                   && !(r->ti[h->t0].say && (e->s_side != STP_SIDE_ANY))) {
            /* (a trigger that is its own reporting verb, "obvinil", keeps
               its sides: the speaker is its subject) */
            /* the speaker of the reporting frame */
            o = choose(c, h->t0, h->t1, OBJ_TYPES[pred], o_side, o_pref, omax, none, o_how);
            int cs = coord_speaker(c, say_at, SUBJ_TYPES[pred]);
            if (cs == -2)
                s = choose(c, (uint32_t)say_at, (uint32_t)say_at + 1, SUBJ_TYPES[pred],
                           STP_SIDE_ANY, STP_SIDE_RIGHT, 40, o >= 0 ? r->sm[o].id : none, s_how);
            else    /* "X condemned Y and said ...": X, never Y */
                s = cs >= 0 && !(o >= 0 && streq(r->sm[cs].id, r->sm[o].id)) ? cs : -1;
            if (say_neg)
                s = -1;     /* "NÚKIB neuvedl, že za útokem stojí ...": said nothing */
        } else {
            o = choose(c, h->t0, h->t1, OBJ_TYPES[pred], o_side, o_pref, omax, none, o_how);
            s = choose(c, h->t0, h->t1, SUBJ_TYPES[pred], s_side, s_pref, 40,
                       o >= 0 ? r->sm[o].id : none, s_how);
        }
        /* a state right after the verb is its direct object ("Czechia
           condemned Russia over the APT28 attacks", "The EU condemned China
           for the APT31 campaign"): it, not the actor preferred above, is the
           one condemned or blamed, and the actor too, being the grounds
           after the state ("over / for / kvůli / za ... APT28"): the
           campaign of a named actor (corpora/README.md); only then */
        int also = -1;
        if ((pred == STP_TRIG_CONDEMNED || pred == STP_TRIG_BLAMED) && s >= 0 && o >= 0
            && r->sm[o].type == T_ACTOR && r->sm[s].t1 <= h->t0) {
            int st = choose(c, h->t0, h->t1, TB(T_STATE), STP_SIDE_RIGHT, STP_SIDE_RIGHT, 0,
                            r->sm[s].id, (o_how & ~(CH_ACTOR_FIRST | CH_MOD_OK)) | CH_NO_USED);
            if (st >= 0 && st != s && !streq(r->sm[st].id, r->sm[s].id)
                && r->sm[st].t0 == h->t1) {
                int grounds = 0;
                for (uint32_t t = r->sm[st].t1; t < r->sm[o].t0; t++)
                    grounds |= tok_in(c, t, GROUNDS_WORDS);
                if (grounds && r->sm[o].t0 >= r->sm[st].t1) {
                    also = o;
                    o = st;
                }   /* else the state may qualify the actor ("stojí ruská
                       skupina Sandworm", "condemned Russian hackers from APT28") */
            }
        } else if ((pred == STP_TRIG_CONDEMNED || pred == STP_TRIG_BLAMED) && s >= 0 && o >= 0
                   && r->sm[o].type == T_STATE && r->sm[o].t0 == h->t1 && r->sm[s].t1 <= h->t0) {
            /* the state right after the verb won over an actor further on
               ("odsoudilo Rusko kvůli útokům skupiny APT28"): the actor too
               when the grounds phrase names it, with no clause between */
            int a = choose(c, h->t0, h->t1, TB(T_ACTOR), STP_SIDE_RIGHT, STP_SIDE_RIGHT, omax,
                           r->sm[s].id, o_how);
            if (a >= 0 && grounds_actor(c, &r->sm[o], &r->sm[a]))
                also = a;
        }
        if ((s >= 0 && !r->sm[s].anaphor && neg_between(c, h, &r->sm[s]))
            || (o >= 0 && !r->sm[o].anaphor && neg_between(c, h, &r->sm[o])))
            continue;
        double conf = e->weight * (c->hedge ? CONF_HEDGE : 1.0);
        size_t tb0 = c->toks[h->t0].b0, tb1 = c->toks[h->t1 - 1].b1;
        /* the perpetrator, for BLAMED read from a reporting frame */
        const mention *perp = NULL;
        if (pred == STP_TRIG_TARGETED || pred == STP_TRIG_EXPLOITED) {
            if (s >= 0)
                perp = &r->sm[s];
            else {
                int p = choose(c, h->t0, h->t1, TB(T_STATE), s_side, s_pref, 40,
                               o >= 0 ? r->sm[o].id : none, 0);
                if (p >= 0 && r->sm[p].perp)
                    perp = &r->sm[p];
            }
        }
        size_t ns = 0, no = 0;
        if (o >= 0 && s >= 0) {
            int appos = pred == STP_TRIG_BLAMED || pred == STP_TRIG_CONDEMNED;
            no = expand(c, o, OBJ_TYPES[pred], r->sm[s].id,
                        pred == STP_TRIG_ATTRIBUTED_TO ? 2 : 0, grp_o, 64);
            if (pred == STP_TRIG_TARGETED || pred == STP_TRIG_CLAIMED) {
                /* the attackers' state next to the victim is no victim ("z
                   útoků na Bundestag ruskou skupinu APT28") */
                size_t k = 0;
                for (size_t b = 0; b < no; b++)
                    if (!r->sm[grp_o[b]].perp)
                        grp_o[k++] = grp_o[b];
                no = k;
            }
            if (also >= 0 && no < 64) {
                size_t k = 0;
                while (k < no && grp_o[k] != also)
                    k++;
                if (k == no)
                    grp_o[no++] = also;
            }
            ns = expand(c, s, SUBJ_TYPES[pred], r->sm[o].id, appos, grp_s, 64);
            int qual = e->qual;
            if (!qual && (pred == STP_TRIG_TARGETED || pred == STP_TRIG_CLAIMED)) {
                /* the qualifier named nearest to the trigger */
                size_t bd = (size_t)-1;
                for (size_t j = 0; j < r->nhits; j++) {
                    const stp_trig_hit *x = &r->hits[j];
                    if (hit_kind(c, x) != STP_TRIG_QUAL)
                        continue;
                    size_t d = x->t0 > h->t0 ? x->t0 - h->t0 : h->t0 - x->t0;
                    if (d < bd) {
                        bd = d;
                        qual = stp_trig_lex_entry(lex, x->entry)->qual;
                    }
                }
                if (!qual && c->last_qual && c->sidx - c->last_qual_sent <= 2)
                    qual = c->last_qual;
            }
            for (size_t a = 0; a < ns; a++)
                for (size_t b = 0; b < no; b++) {
                    const mention *ms = &r->sm[grp_s[a]], *mo = &r->sm[grp_o[b]];
                    double cf = conf;
                    if (ms->anaphor || mo->anaphor)
                        cf *= CONF_ANAPHOR;
                    if (a || b)
                        cf *= CONF_EXPANDED;
                    int sd, od;
                    if (dist(ms, h->t0, h->t1, &sd) > FAR_TOKENS
                        || dist(mo, h->t0, h->t1, &od) > FAR_TOKENS)
                        cf *= CONF_FAR;
                    if (add_rel(c, pred, ms, mo, qual, cf, tb0, tb1, 0))
                        return STP_ENOMEM;
                }
            /* the attacker reports its own attack ("NoName057(16) said on
               Telegram it had knocked out ...", "skupina na svém kanálu
               napsala, že ochromila ..."): a claim */
            if (pred == STP_TRIG_TARGETED && say_at >= 0 && !source_cue(c, (size_t)say_at)
                && r->ti[say_at].trigp != STP_TRIG_BLAMED + 1) {   /* "APT28 obvinilo Německo" */
                int sp = -1;
                size_t bd = (size_t)-1;
                for (size_t j = 0; j < r->nsm; j++) {
                    int sd;
                    size_t d = dist(&r->sm[j], (uint32_t)say_at, (uint32_t)say_at + 1, &sd);
                    if (sd == STP_SIDE_LEFT && d < bd && !r->sm[j].ag_anaphor) {
                        bd = d;
                        sp = (int)j;
                    }
                }
                if (sp >= 0 && bd <= 3 && r->sm[sp].type == T_ACTOR
                    && streq(r->sm[sp].id, r->sm[grp_s[0]].id) && r->sm[sp].t1 <= h->t0) {
                    for (size_t b = 0; b < no; b++)
                        if (add_rel(c, STP_TRIG_CLAIMED, &r->sm[sp], &r->sm[grp_o[b]], qual,
                                    conf * CONF_DERIVED, tb0, tb1, 1))
                            return STP_ENOMEM;
                    perp = NULL;    /* its own report blames nobody */
                }
            }
            if (pred == STP_TRIG_SUPPORTED)
                for (uint32_t t = h->t0; t < h->t1; t++)
                    r->ti[t].trig = 2;
            for (size_t b = 0; b < no; b++) {
                if (pred == STP_TRIG_ATTRIBUTED_TO)
                    r->sm[grp_o[b]].used = 1;
                if (pred == STP_TRIG_TARGETED || pred == STP_TRIG_CLAIMED
                    || pred == STP_TRIG_SUPPORTED)
                    r->sm[grp_o[b]].victim = 1;
            }
        }
        else if (o >= 0 && (pred == STP_TRIG_TARGETED || pred == STP_TRIG_CLAIMED)
                 && ((h->t1 < n && tok_in(c, h->t1, ATTACK_PREP) && r->sm[o].t0 > h->t1
                      && r->sm[o].t0 - h->t1 <= 2) || o == von)) {
            /* "útoky na Ukrajinu", "the attack on Czechia": the victim even
               where the attacker is not named; it is not the one blamed */
            no = expand(c, o, OBJ_TYPES[pred], none, 0, grp_o, 64);
            for (size_t b = 0; b < no; b++)
                r->sm[grp_o[b]].victim = 1;
            no = 0;
        }
        /* a reporting frame: the speaker BLAMED the perpetrator */
        for (size_t j = 0; perp && j < r->nhits; j++)
            if (hit_kind(c, &r->hits[j]) == STP_TRIG_CLAIMED && r->hits[j].t1 > r->hits[j].t0
                && !r->hits[j].negated)
                perp = NULL;    /* the attack is the group's own claim: reporting it is no blame */
        /* the one who speaks is named right at the reporting cue and cannot
           blame: a company or other institution ("Microsoft said it had
           fallen victim to ..."): nobody else blames */
        for (size_t j = 0; perp && say_at >= 0 && j < r->nsm; j++) {
            const mention *m = &r->sm[j];
            int sd;
            if (m->anaphor || (TB(m->type) & SUBJ_TYPES[STP_TRIG_BLAMED]) || m->type == T_ACTOR
                || (m->t0 > 0 && tok_in(c, m->t0 - 1, PLACE_WORDS)))
                continue;   /* ("Merkelová ve Spolkovém sněmu řekla": a place) */
            if (dist(m, (uint32_t)say_at, (uint32_t)say_at + 1, &sd) == 0 && sd == STP_SIDE_LEFT)
                perp = NULL;
        }
        if (perp && say_at >= 0 && !say_neg && !frame_other && e->weight >= 0.75f) {
            stp_str pid = perp->id;
            int best = -1;

            size_t bd = (size_t)-1;
            for (size_t j = 0; j < r->nsm; j++) {
                const mention *m = &r->sm[j];
                if (!(TB(m->type) & SUBJ_TYPES[STP_TRIG_BLAMED]) || m->perp || m->used
                    || m->victim || m->modifier || streq(m->id, pid))
                    continue;
                if (m->type == T_STATE && m->t0 > 0 && tok_in(c, m->t0 - 1, PLACE_WORDS))
                    continue;   /* "speaking during a visit to Australia" */
                if (not_speaker(c, m))
                    continue;
                if (m->t1 + 1 < n && charge_cs(c, m->t1 + 1))
                    continue;   /* "obvinila Čínu z útoků": the accused, right
                                   before the charge, is no speaker */
                int victim = 0;
                for (size_t b = 0; b < no; b++)
                    victim |= streq(r->sm[grp_o[b]].id, m->id);
                if (victim)
                    continue;
                int sd;
                size_t d = dist(m, (uint32_t)say_at, (uint32_t)say_at + 1, &sd);
                if (d < bd) {
                    bd = d;
                    best = (int)j;
                }
            }
            int cs = coord_speaker(c, say_at, SUBJ_TYPES[STP_TRIG_BLAMED]);
            if (cs != -2)   /* "X summoned Y's ambassador and said ...": X, never Y */
                best = cs >= 0 && !streq(r->sm[cs].id, pid) && !r->sm[cs].victim ? cs : -1;
            if (best >= 0) {
                size_t nsp = expand(c, best, SUBJ_TYPES[STP_TRIG_BLAMED], pid, 1, grp_s, 64);
                for (size_t a = 0; a < nsp; a++) {
                    double cf = conf * CONF_DERIVED * (perp->anaphor ? CONF_ANAPHOR : 1.0);
                    if (add_rel(c, STP_TRIG_BLAMED, &r->sm[grp_s[a]], perp, 0, cf, tb0, tb1, 1))
                        return STP_ENOMEM;
                }
            }
        }
    }
    /* coreference state: the last actor named (or referred to), the last
       agencies named */
    for (size_t i = 0; i < r->nsm; i++) {
        if (r->sm[i].type == T_ACTOR) {
            r->last_actor = r->sm[i].id;
            r->last_actor_sent = c->sidx;
        }
        note_agency(r, &r->sm[i], c->sidx);
    }
    if (qual_named) {
        c->last_qual = qual_named;
        c->last_qual_sent = c->sidx;
    }
    return 0;
}

/* ---- one document --------------------------------------------------- */

static int write_rel(const stp_relate *r, const stp_doc *doc, const relation *x, stp_buf *out)
{
    const char *text = doc->text.s;
    stp_rel rel = {
        .doc_id = doc->id,
        .predicate = { stp_trig_kind_name(x->pred), strlen(stp_trig_kind_name(x->pred)) },
        .subject_id = x->subj,
        .object_id = x->obj,
        .qualifier = { stp_qual_name(x->qual), strlen(stp_qual_name(x->qual)) },
        .confidence = x->conf,
        .subject_start = x->s_start,
        .object_start = x->o_start,
        .trigger = { text + x->trig_b0, x->trig_b1 - x->trig_b0 },
        .evidence = { text + x->ev_b0, x->ev_b1 - x->ev_b0 },
    };
    size_t mark = out->len;
    int rc = stp_rel_write(out, &rel);
    if (rc) {
        out->len = mark;
        return rc;
    }
    if (r->flags & STP_RELATE_TABLE) {
        /* drop the kind field */
        memmove(out->p + mark, out->p + mark + 4, out->len - mark - 4);
        out->len -= 4;
        return 0;
    }
    /* append the count: replace the final '\n' */
    out->len--;
    rc = stp_buf_putc(out, '\t');
    if (!rc)
        rc = stp_buf_putu(out, x->count);
    if (!rc)
        rc = stp_buf_putc(out, '\n');
    if (rc)
        out->len = mark;
    return rc;
}

long stp_relate_document(stp_relate *r, const stp_doc *doc, const stp_ent *ents, size_t n,
                         stp_buf *out)
{
    return stp_relate_document_counted(r, doc, ents, n, out, NULL);
}

long stp_relate_document_counted(stp_relate *r, const stp_doc *doc, const stp_ent *ents,
                                 size_t n, stp_buf *out, stp_relate_counts *counts)
{
    stp_relate_counts cnt_unused, *cnt = counts ? counts : &cnt_unused;
    memset(cnt, 0, sizeof *cnt);
    /* no keys are held between documents: bound the stemmer's cache by
       starting it over (the vocabulary of an archive grows without end) */
    if (stp_stemmer_size(r->st, NULL) > RELATE_STEM_CACHE_MAX)
        stp_stemmer_clear(r->st);
    r->ndm = 0;
    r->nrel = 0;
    r->last_actor.s = NULL;
    r->last_actor.n = 0;
    r->last_actor_sent = 0;
    memset(r->last_agency, 0, sizeof r->last_agency);
    memset(r->last_agency_sent, 0, sizeof r->last_agency_sent);
    for (size_t i = 0; i < n; i++) {
        int t = type_of(ents[i].type);
        if (t == T_OTHER || ents[i].entity_id.n == 0)
            continue;
        if (r->ndm == r->cap_dm
            && stp_array_grow((void **)&r->dm, &r->cap_dm, r->ndm + 1, sizeof *r->dm))
            return STP_ENOMEM;
        mention *m = &r->dm[r->ndm++];
        memset(m, 0, sizeof *m);
        m->type = t;
        m->id = ents[i].entity_id;
        m->c0 = ents[i].start;
        m->c1 = ents[i].end;
    }
    if (r->ndm < 2)
        return 0;       /* a relation needs two named entities in the document */
    qsort(r->dm, r->ndm, sizeof *r->dm, cmp_mention);
    stp_lang lang = stp_lang_parse(doc->lang);
    sctx c = { .r = r, .text = doc->text.s, .lang = lang };
    stp_sent_init(&r->sent, doc->text.s, doc->text.n, lang);
    cnt->split = 1;
    const stp_token *toks;
    size_t nt;
    int rc;
    size_t md = 0;      /* first document mention not before the sentence */
    while ((rc = stp_sent_next(&r->sent, &toks, &nt)) > 0) {
        cnt->sentences++;
        cnt->tokens += nt;
        c.toks = toks;
        c.n = nt;
        /* skip sentences without a mention, unless an anaphor could fill in */
        uint64_t s0 = toks[0].c0, s1 = toks[nt - 1].c1;
        while (md < r->ndm && r->dm[md].c1 <= s0)
            md++;
        c.md = md;
        size_t k = 0;
        for (size_t j = md; j < r->ndm && r->dm[j].c0 < s1 && k < 2; j++)
            k++;
        int try = k >= 2 || (k == 1 && r->last_actor.n && c.sidx - r->last_actor_sent <= COREF_WINDOW)
                  || (k == 1 && r->last_agency[0].n
                      && c.sidx - r->last_agency_sent[0] <= AGENCY_WINDOW)
                  || (k == 1 && r->last_agency[1].n && c.sidx - r->last_agency_sent[1] <= COREF_WINDOW)
                  || (k == 1 && r->last_agency[2].n && c.sidx - r->last_agency_sent[2] <= COREF_WINDOW);
        if (try) {
            rc = sentence(&c);
            if (rc < 0)
                break;
        } else {
            /* the coreference state still follows the actors named */
            for (size_t j = md; j < r->ndm && r->dm[j].c0 < s1; j++) {
                if (r->dm[j].type == T_ACTOR) {
                    r->last_actor = r->dm[j].id;
                    r->last_actor_sent = c.sidx;
                }
                note_agency(r, &r->dm[j], c.sidx);
            }
        }
        c.sidx++;
    }
    stp_sent_finish(&r->sent);
    if (rc < 0)
        return rc;
    /* an attack whose kind the sentence does not say: the kind the
       document gives for the same attacker's other attacks, if only one */
    for (size_t i = 0; i < r->nrel; i++) {
        relation *x = &r->rel[i];
        if (x->qual || (x->pred != STP_TRIG_TARGETED && x->pred != STP_TRIG_CLAIMED))
            continue;
        int q = 0, many = 0;
        for (size_t j = 0; j < r->nrel; j++) {
            const relation *y = &r->rel[j];
            if (!y->qual || (y->pred != STP_TRIG_TARGETED && y->pred != STP_TRIG_CLAIMED)
                || !streq(y->subj, x->subj))
                continue;
            if (q && y->qual != q)
                many = 1;
            q = y->qual;
        }
        if (q && !many)
            x->qual = q;
    }
    size_t mark = out->len;
    long nout = 0;
    for (size_t i = 0; i < r->nrel; i++) {
        if (r->rel[i].dead)
            continue;
        if ((rc = write_rel(r, doc, &r->rel[i], out))) {
            out->len = mark;
            return rc;
        }
        nout++;
    }
    return nout;
}
