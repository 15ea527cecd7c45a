/* test_trig.c - trigger lexicons: rows, errors, matching on stems and prefixes */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "fold.h"
#include "stem.h"
#include "trig.h"

static stp_stemmer *st;

static int setup(void **state)
{
    (void)state;
    return stp_stemmer_new(&st, NULL);
}

static int teardown(void **state)
{
    (void)state;
    stp_stemmer_free(st);
    return 0;
}

/* tokens of a space-separated phrase, folded and stemmed */
typedef struct {
    stp_trig_tok t[32];
    size_t       n;
    stp_buf      fold;
    size_t       off[32];
} phrase;

static void make_phrase(phrase *p, const char *s, stp_lang lang)
{
    memset(p, 0, sizeof *p);
    const char *w = s;
    while (*w) {
        while (*w == ' ')
            w++;
        const char *e = w;
        while (*e && *e != ' ')
            e++;
        if (e == w)
            break;
        stp_trig_tok *t = &p->t[p->n];
        p->off[p->n] = p->fold.len;
        assert_int_equal(stp_fold(&p->fold, w, (size_t)(e - w), STP_FOLD_ALL), 0);
        t->nfold = p->fold.len - p->off[p->n];
        int k = stp_stem_keys(st, lang, w, (size_t)(e - w), t->keys);
        if (k == STP_EDICT)
            k = stp_stem_keys(st, lang, w, (size_t)(e - w), t->keys);
        assert_true(k > 0);
        t->nkeys = k;
        if (lang == STP_LANG_CS && e - w > 5 && (w[0] == 'n' || w[0] == 'N') && w[1] == 'e') {
            k = stp_stem_keys(st, lang, w + 2, (size_t)(e - w - 2), t->nekeys);
            t->nnekeys = k > 0 ? k : 0;
        }
        p->n++;
        w = e;
    }
    for (size_t i = 0; i < p->n; i++)
        p->t[i].fold = p->fold.p + p->off[i];
}

static stp_trig_lex *lex_of(const char *rows)
{
    stp_trig_lex *l;
    stp_trig_diag d = { 0, NULL };
    assert_int_equal(stp_trig_lex_new(&l, st), 0);
    assert_int_equal(stp_trig_lex_add(l, rows, strlen(rows), &d), 0);
    assert_int_equal(stp_trig_lex_index(l), 0);
    return l;
}

/* the kinds found in a phrase, as a string of kind letters ("T" ...) */
static size_t find(stp_trig_lex *l, const char *text, stp_lang lang, stp_trig_hit *out, size_t cap)
{
    phrase p;
    make_phrase(&p, text, lang);
    stp_trig_hit *hits = NULL;
    size_t n = 0, c = 0;
    assert_int_equal(stp_trig_find(l, lang, p.t, p.n, &hits, &n, &c), 0);
    for (size_t i = 0; i < n && i < cap; i++)
        out[i] = hits[i];
    free(hits);
    stp_buf_free(&p.fold);
    return n;
}

static void rows_and_errors(void **state)
{
    (void)state;
    static const struct { const char *row; uint64_t line; } bad[] = {
        { "# c\nen\tTARGETED\tattack\tAR\t-\n", 2 },            /* five fields */
        { "en\tATTACK\tattack\tAR\t-\t0.5\n", 1 },              /* unknown kind */
        { "en\tTARGETED\tattack\tXR\t-\t0.5\n", 1 },            /* bad side */
        { "en\tTARGETED\tattack\tARq\t-\t0.5\n", 1 },           /* bad flag */
        { "en\tTARGETED\tattack\tAR\tddos\t1.5\n", 1 },         /* weight */
        { "en\tTARGETED\tattack\tAR\tmalware\t0.5\n", 1 },      /* qualifier */
        { "en\tBLAMED\tbehind\tAL\tddos\t0.5\n", 1 },           /* qualifier on BLAMED */
        { "en\tQUAL\tddos\t-\t-\t1\n", 1 },                     /* QUAL without one */
        { "xx\tTARGETED\tattack\tAR\t-\t0.5\n", 1 },            /* lang */
        { "en\tTARGETED\t_ attack\tAR\t-\t0.5\n", 1 },          /* leading gap */
        { "en\tTARGETED\tattack _\tAR\t-\t0.5\n", 1 },          /* trailing gap */
        { "en\tBLAMED\t__ on\tLR\t-\t0.5\n", 1 },              /* leading long gap */
        { "en\tBLAMED\t=pinned __\tLR\t-\t0.5\n", 1 },         /* trailing long gap */
        { "en\tTARGETED\tab*\tAR\t-\t0.5\n", 1 },               /* short prefix */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        stp_trig_lex *l;
        stp_trig_diag d = { 0, NULL };
        assert_int_equal(stp_trig_lex_new(&l, st), 0);
        assert_int_equal(stp_trig_lex_add(l, bad[i].row, strlen(bad[i].row), &d), STP_ESYNTAX);
        assert_int_equal(d.line, bad[i].line);
        assert_non_null(d.msg);
        stp_trig_lex_free(l);
    }
    stp_trig_lex *l = lex_of("#lang\tkind\n\nen\tTARGETED\tattack\tARp\tddos\t0.8\r\n"
                             "cs\tSUPPORTED\tpodpor*\tAAn\t-\t0.7\n");
    assert_int_equal(stp_trig_lex_size(l), 2);
    const stp_trig_entry *e = stp_trig_lex_entry(l, 0);
    assert_int_equal(e->kind, STP_TRIG_TARGETED);
    assert_int_equal(e->lang, STP_LANG_EN);
    assert_int_equal(e->s_side, STP_SIDE_ANY);
    assert_int_equal(e->o_side, STP_SIDE_RIGHT);
    assert_int_equal(e->flags, STP_TRIGF_PASSIVE);
    assert_int_equal(e->qual, STP_QUAL_DDOS);
    assert_true(e->weight > 0.79f && e->weight < 0.81f);
    assert_int_equal(stp_trig_lex_entry(l, 1)->flags, STP_TRIGF_NEAR);
    stp_trig_lex_free(l);
}

static void builtin_lexicon(void **state)
{
    (void)state;
    stp_trig_lex *l;
    stp_trig_diag d = { 0, NULL };
    assert_int_equal(stp_trig_lex_new(&l, st), 0);
    assert_int_equal(stp_trig_lex_add_builtin(l, &d), 0);
    assert_int_equal(stp_trig_lex_index(l), 0);
    assert_true(stp_trig_lex_size(l) > 200);
    int seen[STP_TRIG_NKIND] = { 0 };
    for (size_t i = 0; i < stp_trig_lex_size(l); i++)
        seen[stp_trig_lex_entry(l, i)->kind]++;
    for (int k = 0; k < STP_TRIG_NKIND; k++)
        assert_true(seen[k] > 0);
    /* inflected forms of both languages reach their rows */
    stp_trig_hit h[8];
    size_t n = find(l, "NATO condemned the attacks", STP_LANG_EN, h, 8);
    int cond = 0, targ = 0;
    for (size_t i = 0; i < n && i < 8; i++) {
        cond |= stp_trig_lex_entry(l, h[i].entry)->kind == STP_TRIG_CONDEMNED;
        targ |= stp_trig_lex_entry(l, h[i].entry)->kind == STP_TRIG_TARGETED;
    }
    assert_true(cond && targ);
    n = find(l, "aliance odsoudila útoky", STP_LANG_CS, h, 8);
    cond = targ = 0;
    for (size_t i = 0; i < n && i < 8; i++) {
        cond |= stp_trig_lex_entry(l, h[i].entry)->kind == STP_TRIG_CONDEMNED;
        targ |= stp_trig_lex_entry(l, h[i].entry)->kind == STP_TRIG_TARGETED;
    }
    assert_true(cond && targ);
    stp_trig_lex_free(l);
}

static void stem_prefix_exact_gap(void **state)
{
    (void)state;
    stp_trig_lex *l = lex_of("en\tTARGETED\tattack\tAR\t-\t0.8\n"
                             "en\tTARGETED\tknock _ offline\tAR\tddos\t0.8\n"
                             "cs\tTARGETED\tzaútoč*\tAA\t-\t0.8\n"
                             "en\tATTRIBUTED_TO\trun by\tLR\t-\t0.8\n");
    stp_trig_hit h[8];
    /* English stems: attacked, attacks */
    assert_int_equal(find(l, "APT28 attacked the ministry", STP_LANG_EN, h, 8), 1);
    assert_int_equal(h[0].t0, 1);
    assert_int_equal(h[0].t1, 2);
    assert_int_equal(find(l, "the attacks on banks", STP_LANG_EN, h, 8), 1);
    /* run by: "by" is short, so it must be the word itself */
    assert_int_equal(find(l, "is run by the GRU", STP_LANG_EN, h, 8), 1);
    assert_int_equal(h[0].t1 - h[0].t0, 2);
    assert_int_equal(find(l, "is run bye the GRU", STP_LANG_EN, h, 8), 0);
    /* a gap of up to three tokens */
    assert_int_equal(find(l, "knocked the bank sites offline", STP_LANG_EN, h, 8), 1);
    assert_int_equal(h[0].t1 - h[0].t0, 5);
    assert_int_equal(find(l, "knocked offline", STP_LANG_EN, h, 8), 1);
    assert_int_equal(find(l, "knocked one two three four offline", STP_LANG_EN, h, 8), 0);
    /* the long gap: up to twenty tokens, not across a full stop */
    stp_trig_lex *g = lex_of("en\tBLAMED\t=pinned __ on\tLRf\t-\t0.8\n");
    assert_int_equal(find(g, "pinned the attack that crippled a network at the start of the "
                             "invasion of Ukraine on Russia", STP_LANG_EN, h, 8), 1);
    assert_int_equal(h[0].t1 - h[0].t0, 16);
    assert_int_equal(find(g, "pinned it on Russia", STP_LANG_EN, h, 8), 1);
    assert_int_equal(find(g, "pinned it . Then on Monday", STP_LANG_EN, h, 8), 0);
    assert_int_equal(find(g, "pinned 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 on X",
                          STP_LANG_EN, h, 8), 0);
    stp_trig_lex_free(g);
    /* Czech prefix: with and without diacritics, any ending */
    assert_int_equal(find(l, "skupina zaútočila na weby", STP_LANG_CS, h, 8), 1);
    assert_int_equal(find(l, "skupina zautocili na weby", STP_LANG_CS, h, 8), 1);
    assert_int_equal(h[0].negated, 0);
    /* English rows are not read in Czech documents */
    assert_int_equal(find(l, "attacked", STP_LANG_CS, h, 8), 0);
    stp_trig_lex_free(l);
}

static void czech_negation_prefix(void **state)
{
    (void)state;
    stp_trig_lex *l = lex_of("cs\tTARGETED\tzaútoč*\tAA\t-\t0.8\n"
                             "cs\tCONDEMNED\todsoudit\tAA\t-\t0.8\n"
                             "cs\tNEG\tnepotvrd*\t-\t-\t1\n");
    stp_trig_hit h[8];
    assert_int_equal(find(l, "skupina nezaútočila", STP_LANG_CS, h, 8), 1);
    assert_int_equal(h[0].negated, 1);
    assert_int_equal(find(l, "vláda útok neodsoudila", STP_LANG_CS, h, 8), 1);
    assert_int_equal(stp_trig_lex_entry(l, h[0].entry)->kind, STP_TRIG_CONDEMNED);
    assert_int_equal(h[0].negated, 1);
    assert_int_equal(find(l, "vláda útok odsoudila", STP_LANG_CS, h, 8), 1);
    assert_int_equal(h[0].negated, 0);
    /* a cue that itself starts with ne- is not negated */
    assert_int_equal(find(l, "policie to nepotvrdila", STP_LANG_CS, h, 8), 1);
    assert_int_equal(h[0].negated, 0);
    stp_trig_lex_free(l);
}

static void names(void **state)
{
    (void)state;
    for (int k = 0; k < STP_TRIG_NKIND; k++) {
        const char *n = stp_trig_kind_name(k);
        assert_int_equal(stp_trig_kind_parse(n, strlen(n)), k);
    }
    assert_int_equal(stp_trig_kind_parse("TARGET", 6), -1);
    for (int q = 1; q < STP_QUAL_N; q++) {
        const char *n = stp_qual_name(q);
        assert_int_equal(stp_qual_parse(n, strlen(n)), q);
    }
    assert_int_equal(stp_qual_parse("-", 1), 0);
    assert_int_equal(stp_qual_parse("", 0), 0);
    assert_int_equal(stp_qual_parse("dos", 3), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rows_and_errors),
        cmocka_unit_test(builtin_lexicon),
        cmocka_unit_test(stem_prefix_exact_gap),
        cmocka_unit_test(czech_negation_prefix),
        cmocka_unit_test(names),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
