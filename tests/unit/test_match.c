/* test_match.c - matching aliases over sentences: fold, stem, case,
 * longest match, priority, boundaries, languages */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "gaz.h"
#include "gaz_fixture.h"
#include "match.h"
#include "sent.h"
#include "stem.h"

static const char *const TSV =
    "actor:apt28\tACTOR\tAPT28\tAPT28\tany\t-\n"
    "actor:apt28\tACTOR\tAPT28\tFancy Bear\tany\tcase\n"
    "actor:turla\tACTOR\tTurla\tSnake\tany\tcase\n"
    "malware:snake\tMALWARE\tSnake\tSnake\tany\tcase\n"
    "malware:snake\tMALWARE\tSnake\tSnake malware\tany\t-\n"
    "actor:noname057-16\tACTOR\tNoName057(16)\tNoName057(16)\tany\t-\n"
    "actor:lapsus\tACTOR\tLAPSUS$\tLAPSUS\tany\t-\n"
    "actor:lapsus\tACTOR\tLAPSUS$\tLAPSUS$\tany\t-\n"
    "inst:cz-ceska-televize\tINSTITUTION\tČeská televize\tČeská televize\tcs\t-\n"
    "inst:cz-mv\tINSTITUTION\tMinisterstvo vnitra\tministerstvo vnitra\tcs\t-\n"
    "agency:cz-mzv\tAGENCY\tMinisterstvo zahraničních věcí\tministerstvo zahraničí\tcs\t-\n"
    "agency:ru-mid\tAGENCY\tMID\truské ministerstvo zahraničí\tcs\t-\n"
    "agency:cz-bis\tAGENCY\tBIS\tBIS\tany\tcase\n"
    "agency:cz-nukib\tAGENCY\tNÚKIB\tNÚKIB\tany\t-\n"
    "state:ru\tSTATE\tRussia\truský\tcs\tcase\n"
    "state:cz\tSTATE\tCzechia\tCzechia\ten\t-\n"
    "inst:cz-us\tINSTITUTION\tÚstavní soud\tÚS\tcs\tcase,nofold\n"
    "state:us\tSTATE\tUnited States\tUS\tany\tcase\n"
    "state:us\tSTATE\tUnited States\tAmerika\tcs\t-\n"
    "product:x\tPRODUCT\tExact Thing\tExact Thing\ten\texact\n"
    "state:pa\tSTATE\tPanama\tPanama\tany\tcase\n"
    "person:petr-fiala\tPERSON\tPetr Fiala\tpremiér Fiala\tany\tcase,title\n";

static stp_gaz *g;
static stp_stemmer *st;
static stp_matcher *m;

static int setup(void **state)
{
    (void)state;
    if (fixture_model(TSV, &g))
        return -1;
    if (stp_stemmer_new(&st, NULL) || stp_matcher_new(&m, g, st))
        return -1;
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    stp_matcher_free(m);
    stp_stemmer_free(st);
    stp_gaz_free(g);
    return 0;
}

/* all matches of text by matcher mm as "surface=entity/how" joined by
 * " | ", into out; -1 when matching failed (no assertion: threads call it) */
static int run_into(stp_matcher *mm, const char *text, stp_lang lang, char *out, size_t cap)
{
    size_t o = 0;
    int rc = 0;
    out[0] = 0;
    stp_sentencer ss;
    stp_sent_init(&ss, text, strlen(text), lang);
    const stp_token *toks;
    size_t n;
    static const char *const how[] = { "exact", "fold", "stem" };
    while (stp_sent_next(&ss, &toks, &n) == 1) {
        const stp_match *ms;
        size_t nm;
        if (stp_match_sentence(mm, text, toks, n, lang, NULL, &ms, &nm)) {
            rc = -1;
            break;
        }
        for (size_t i = 0; i < nm && o < cap; i++) {
            const stp_gaz_entity *e = stp_gaz_entity_at(g, ms[i].entity);
            stp_str id = stp_gaz_str(g, e->id_off, e->id_len);
            o += (size_t)snprintf(out + o, cap - o, "%s%.*s=%.*s/%s", o ? " | " : "",
                                  (int)(ms[i].b1 - ms[i].b0), text + ms[i].b0, (int)id.n, id.s,
                                  how[ms[i].how]);
        }
    }
    stp_sent_finish(&ss);
    return rc;
}

static const char *run_with(stp_matcher *mm, const char *text, stp_lang lang)
{
    static char out[2048];
    assert_int_equal(run_into(mm, text, lang, out, sizeof out), 0);
    return out;
}

static const char *run(const char *text, stp_lang lang)
{
    return run_with(m, text, lang);
}

static void english(void **state)
{
    (void)state;
    assert_string_equal(run("Analysts said APT28 was active.", STP_LANG_EN),
                        "APT28=actor:apt28/exact");
    assert_string_equal(run("APT28's tools and apt28 too.", STP_LANG_EN),
                        "APT28=actor:apt28/exact | apt28=actor:apt28/fold");
    assert_string_equal(run("Czechia's government and Czechia.", STP_LANG_EN),
                        "Czechia=state:cz/exact | Czechia=state:cz/exact");
    /* case: Fancy Bear yes, fancy bear no; longest wins; type priority */
    assert_string_equal(run("Fancy Bear, not a fancy bear.", STP_LANG_EN),
                        "Fancy Bear=actor:apt28/exact");
    assert_string_equal(run("Snake hit them. The Snake malware spread.", STP_LANG_EN),
                        "Snake=actor:turla/exact | Snake malware=malware:snake/exact");
    assert_string_equal(run("Two snakes and a snake.", STP_LANG_EN), "");
    /* one token with brackets, symbols kept with the surface */
    assert_string_equal(run("NoName057(16) and LAPSUS$ struck.", STP_LANG_EN),
                        "NoName057(16)=actor:noname057-16/exact | LAPSUS$=actor:lapsus/exact");
    /* hyphenated tokens: a name at either end */
    assert_string_equal(run("An APT28-linked group.", STP_LANG_EN), "APT28=actor:apt28/exact");
    /* exact: no inflection */
    assert_string_equal(run("Exact Things and Exact Thing.", STP_LANG_EN),
                        "Exact Thing=product:x/exact");
    /* cs rows do not match in English documents, und documents use all */
    assert_string_equal(run("Česká televize said.", STP_LANG_EN), "");
    assert_string_equal(run("Česká televize said.", STP_LANG_UND),
                        "Česká televize=inst:cz-ceska-televize/exact");
}

static void czech(void **state)
{
    (void)state;
    /* an inflected form is about as long as its base and differs only in
       its last two letters: "Panamě", "Panamou" are Panama; "Pan",
       "Pane", "Pana" (Mr., whose stem is Panama's light stem "pan") and
       "Pánové", "Pánům", "Paním" (as long, but "pán" + ending) are not */
    assert_string_equal(run("V Panamě a s Panamou.", STP_LANG_CS),
                        "Panamě=state:pa/stem | Panamou=state:pa/stem");
    assert_string_equal(run("Pan ministr řekl: Pane Novák, Pana Nováka znám.", STP_LANG_CS), "");
    assert_string_equal(run("Pánové, vážení. Pánům i Paním děkujeme.", STP_LANG_CS), "");
    /* a title must precede the name but is not part of the mention */
    assert_string_equal(run("Premiér Fiala a premiéra Fialy, ne Fiala sám.", STP_LANG_CS),
                        "Fiala=person:petr-fiala/exact | Fialy=person:petr-fiala/stem");
    /* consonant alternation before the ending (k/c) is an inflection */
    assert_string_equal(run("V Americe.", STP_LANG_CS), "Americe=state:us/stem");
    assert_string_equal(run("Útok na Českou televizi a ministerstvu vnitra.", STP_LANG_CS),
                        "Českou televizi=inst:cz-ceska-televize/stem | ministerstvu vnitra=inst:cz-mv/stem");
    assert_string_equal(run("Útok na Ceskou televizi.", STP_LANG_CS),
                        "Ceskou televizi=inst:cz-ceska-televize/stem");
    /* acronyms take endings; case rows keep their case */
    assert_string_equal(run("NÚKIBu a NUKIB varovaly, BISu ne, bis ano.", STP_LANG_CS),
                        "NÚKIBu=agency:cz-nukib/stem | NUKIB=agency:cz-nukib/fold | BISu=agency:cz-bis/stem");
    /* lower-case alias: capital allowed at the start, upper case not */
    assert_string_equal(run("Ruští hackeři a ruský útok, RUSKÝ ne.", STP_LANG_CS),
                        "Ruští=state:ru/stem | ruský=state:ru/exact");
    /* longest match: the Russian ministry over the Czech one */
    assert_string_equal(run("Podle ruského ministerstva zahraničí to není pravda.", STP_LANG_CS),
                        "ruského ministerstva zahraničí=agency:ru-mid/stem");
    /* nofold: ÚS is not US */
    assert_string_equal(run("Rozhodl ÚS, ne US.", STP_LANG_CS),
                        "ÚS=inst:cz-us/exact | US=state:us/exact");
    /* no match across a comma */
    assert_string_equal(run("Česká, televize.", STP_LANG_CS), "");
}

/* a cache that starts over (and grows) many times in and between sentences
 * gives the same matches as a large one */
static void small_cache(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Útok na Českou televizi a ministerstvu vnitra provedla skupina APT28, tvrdí NÚKIB.",
        "Analysts said APT28's tools, Fancy Bear and the Snake malware hit Czechia's agencies.",
        "Podle ruského ministerstva zahraničí to není pravda, ale BISu a NUKIB varovaly dál.",
        "Rozhodl ÚS, ne US; LAPSUS$ a NoName057(16) útočily na Ceskou televizi znovu a znovu.",
    };
    enum { NT = sizeof texts / sizeof *texts, ROUNDS = 40 };
    static char want[NT][2048];
    stp_matcher_set_cache_limit(m, 0, 0);
    for (size_t i = 0; i < NT; i++)
        snprintf(want[i], sizeof want[i], "%s", run(texts[i], i % 2 ? STP_LANG_EN : STP_LANG_CS));
    assert_true(strstr(want[0], "inst:cz-ceska-televize") != NULL);
    stp_matcher_set_cache_limit(m, 24, 64);
    char buf[512];
    for (int r = 0; r < ROUNDS; r++) {
        /* new words each round fill the cache so that it starts over */
        snprintf(buf, sizeof buf, "Slovo%da slovo%db slovo%dc dlouheslovo%dd a Fancy Bear%d.", r, r, r, r, r);
        run(buf, STP_LANG_EN);
        for (size_t i = 0; i < NT; i++)
            assert_string_equal(run(texts[i], i % 2 ? STP_LANG_EN : STP_LANG_CS), want[i]);
    }
    stp_matcher_set_cache_limit(m, 0, 0);
}

/* a cache that grows (its entries move) in the middle of a sentence */
static void growing_cache(void **state)
{
    (void)state;
    char buf[2048];
    for (int r = 0; r < 200; r++) {
        size_t o = 0;
        for (int w = 0; w < 30; w++)
            o += (size_t)snprintf(buf + o, sizeof buf - o, "Grow%dw%d ", r, w);
        snprintf(buf + o, sizeof buf - o, "said APT28 and Fancy Bear%s.", r % 3 ? "" : "'s");
        assert_string_equal(run(buf, STP_LANG_EN),
                            "APT28=actor:apt28/exact | Fancy Bear=actor:apt28/exact");
    }
}

static const char *const SHARED_TEXTS[] = {
    "Útok na Českou televizi a ministerstvu vnitra provedla skupina APT28, tvrdí NÚKIB.",
    "Analysts said APT28's tools, Fancy Bear and the Snake malware hit Czechia's agencies.",
    "Podle ruského ministerstva zahraničí to není pravda, ale BISu a NUKIB varovaly dál.",
    "Rozhodl ÚS, ne US; LAPSUS$ a NoName057(16) útočily na Ceskou televizi znovu a znovu.",
    "V Panamě a s Panamou; Pánové, Pane a Pana ne. Ruští hackeři a ruský útok.",
};
enum { NSHARED = sizeof SHARED_TEXTS / sizeof *SHARED_TEXTS };

static stp_lang shared_lang(size_t i) { return i == 1 ? STP_LANG_EN : STP_LANG_CS; }

/* two matchers sharing a memo, one so small that it fills at once (its
 * units are then cached by each matcher alone), give the same matches as
 * a matcher alone; and so do those sharing a memo of any size */
static void shared_memo(void **state)
{
    (void)state;
    static char want[NSHARED][2048];
    for (size_t i = 0; i < NSHARED; i++)
        snprintf(want[i], sizeof want[i], "%s", run(SHARED_TEXTS[i], shared_lang(i)));
    assert_true(strstr(want[0], "inst:cz-ceska-televize") != NULL);
    assert_true(strstr(want[4], "Panamě=state:pa/stem") != NULL);
    for (int small = 0; small < 2; small++) {
        stp_unitmemo *memo;
        stp_stemmer *st1, *st2;
        stp_matcher *m1, *m2;
        assert_int_equal(stp_unitmemo_new(&memo, small ? 8 : 0, small ? 40 : 0), 0);
        assert_int_equal(stp_stemmer_new(&st1, NULL), 0);
        assert_int_equal(stp_stemmer_new(&st2, NULL), 0);
        assert_int_equal(stp_matcher_new(&m1, g, st1), 0);
        assert_int_equal(stp_matcher_new(&m2, g, st2), 0);
        stp_matcher_set_memo(m1, memo);
        stp_matcher_set_memo(m2, memo);
        for (int r = 0; r < 6; r++)
            for (size_t i = 0; i < NSHARED; i++) {
                /* the first round: the other matcher analysed the units */
                stp_matcher *x = (i + (size_t)r) % 2 ? m1 : m2;
                assert_string_equal(run_with(x, SHARED_TEXTS[i], shared_lang(i)), want[i]);
            }
        if (small)
            assert_true(stp_unitmemo_size(memo) <= 8);
        else
            assert_true(stp_unitmemo_size(memo) > 40);
        stp_matcher_free(m1);
        stp_matcher_free(m2);
        stp_stemmer_free(st1);
        stp_stemmer_free(st2);
        stp_unitmemo_free(memo);
    }
}

/* threads that share a memo while they fill it */
typedef struct {
    stp_unitmemo *memo;
    int           rc;       /* 0, or -1: a matcher failed */
    int           wrong;    /* results unlike want */
    char        (*want)[2048];
    int           seed;
} mthread;

static void *memo_thread(void *arg)
{
    mthread *t = arg;
    stp_stemmer *s1;
    stp_matcher *m1;
    if (stp_stemmer_new(&s1, NULL) || stp_matcher_new(&m1, g, s1)) {
        t->rc = -1;
        return NULL;
    }
    stp_matcher_set_memo(m1, t->memo);
    char out[2048], buf[256];
    for (int r = 0; r < 300 && !t->rc; r++) {
        /* new words in both threads, some the same, some not */
        snprintf(buf, sizeof buf, "Slovo%d slovo%d Fancy Bear a APT28 v Panamě %d.", r, r + t->seed, r);
        if (run_into(m1, buf, STP_LANG_CS, out, sizeof out)
            || strcmp(out, "Fancy Bear=actor:apt28/exact | APT28=actor:apt28/exact | Panamě=state:pa/stem"))
            t->wrong++;
        size_t i = (size_t)(r + t->seed) % NSHARED;
        if (run_into(m1, SHARED_TEXTS[i], shared_lang(i), out, sizeof out))
            t->rc = -1;
        else if (strcmp(out, t->want[i]) != 0)
            t->wrong++;
    }
    stp_matcher_free(m1);
    stp_stemmer_free(s1);
    return NULL;
}

static void shared_memo_threads(void **state)
{
    (void)state;
    static char want[NSHARED][2048];
    for (size_t i = 0; i < NSHARED; i++)
        snprintf(want[i], sizeof want[i], "%s", run(SHARED_TEXTS[i], shared_lang(i)));
    for (int small = 0; small < 2; small++) {
        stp_unitmemo *memo;
        assert_int_equal(stp_unitmemo_new(&memo, small ? 64 : 0, 0), 0);
        enum { NTH = 4 };
        mthread t[NTH];
        pthread_t th[NTH];
        for (int k = 0; k < NTH; k++) {
            t[k] = (mthread){ memo, 0, 0, want, k * 7 };
            assert_int_equal(pthread_create(&th[k], NULL, memo_thread, &t[k]), 0);
        }
        for (int k = 0; k < NTH; k++) {
            pthread_join(th[k], NULL);
            assert_int_equal(t[k].rc, 0);
            assert_int_equal(t[k].wrong, 0);
        }
        stp_unitmemo_free(memo);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(english),
        cmocka_unit_test(czech),
        cmocka_unit_test(small_cache),
        cmocka_unit_test(growing_cache),
        cmocka_unit_test(shared_memo),
        cmocka_unit_test(shared_memo_threads),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
