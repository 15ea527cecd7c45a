/* test_tag.c - per-document tagging: ent records, code-point offsets,
 * indicators against names, the ambiguity rule */
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
#include "rec.h"
#include "tag.h"

static const char *const TSV =
    "actor:apt28\tACTOR\tAPT28\tAPT28\tany\t-\n"
    "actor:ransomed\tACTOR\tRansomed.vc\tRansomed.vc\tany\t-\n"
    "inst:cz-ceska-televize\tINSTITUTION\tČeská televize\tČeská televize\tcs\t-\n"
    "state:kp\tSTATE\tNorth Korea\tNorth Korea\tany\t-\n"
    "state:kp\tSTATE\tNorth Korea\tKorea\tany\tambig\n"
    "state:kr\tSTATE\tSouth Korea\tSouth Korea\tany\t-\n"
    "state:kr\tSTATE\tSouth Korea\tKorea\tany\tambig\n"
    "agency:int-nato\tAGENCY\tNATO\tNATO\tany\t-\n"
    "agency:int-nato\tAGENCY\tNATO\tAlliance\ten\tcase,ambig\n"
    "state:cz\tSTATE\tCzechia\tCzechia\tany\t-\n"
    "state:sk\tSTATE\tSlovakia\tSlovakia\tany\t-\n"
    "state:sk\tSTATE\tSlovakia\tSlovak\ten\t-\n"
    "state:ru\tSTATE\tRussia\tRussian\ten\t-\n"
    "inst:cz-senat\tINSTITUTION\tSenát\tSenate\ten\tcase,ambig\n"
    "inst:cz-senat\tINSTITUTION\tSenát\tsenát\tcs\tcase,ambig\n"
    "agency:cz-policie\tAGENCY\tPolicie ČR\tpolice\ten\tcase,exact,ambig\n"
    "agency:sk-policia\tAGENCY\tPolicia SR\tpolice\ten\tcase,exact,ambig\n"
    "state:de\tSTATE\tGermany\tGermany\tany\t-\n"
    "state:de\tSTATE\tGermany\tNěmecko\tcs\t-\n"
    "inst:cz-spd\tINSTITUTION\tSvoboda a přímá demokracie\tSPD\tany\tcase,ambig\n"
    "inst:de-spd\tINSTITUTION\tSPD (Germany)\tSPD\tany\tcase,ambig\n"
    "person:ales-michl\tPERSON\tAleš Michl\tAleš Michl\tany\t-\n"
    "person:lukas-kintr\tPERSON\tLukáš Kintr\tLukáš Kintr\tany\t-\n"
    "person:petr-pavel\tPERSON\tPetr Pavel\tPetr Pavel\tany\t-\n"
    "person:jan-novak\tPERSON\tJan Novák\tJan Novák\tany\t-\n"
    "person:petr-novak\tPERSON\tPetr Novák\tPetr Novák\tany\t-\n";

static stp_gaz *g;
static stp_tagger *t;

static int setup(void **state)
{
    (void)state;
    if (fixture_model(TSV, &g))
        return -1;
    return stp_tagger_new(&t, g, NULL) ? -1 : 0;
}

static int teardown(void **state)
{
    (void)state;
    stp_tagger_free(t);
    stp_gaz_free(g);
    return 0;
}

static const char *tag(const char *lang, const char *text)
{
    static stp_buf out;
    stp_doc d = { STP_STR("d1"), { lang, strlen(lang) }, STP_STR(""), STP_STR(""),
                  { text, strlen(text) } };
    stp_buf_reset(&out);
    long n = stp_tag_document(t, &d, &out);
    assert_true(n >= 0);
    assert_non_null(stp_buf_cstr(&out));
    return out.p;
}

/* a person named in full, then by surname alone */
static void surnames(void **state)
{
    (void)state;
    assert_string_equal(tag("en", "Michl spoke first. Aleš Michl was appointed. Michl's term: MICHL."),
                        "ent\td1\t0\t5\tPERSON\tperson:ales-michl\tMichl\texact\n"
                        "ent\td1\t19\t29\tPERSON\tperson:ales-michl\tAleš Michl\texact\n"
                        "ent\td1\t45\t50\tPERSON\tperson:ales-michl\tMichl\texact\n");
    /* inflected (stem), folded; not without the full name (Michl here) */
    assert_string_equal(tag("cs", "Ředitel Lukáš Kintr varoval. S Kintrem i s KINTREM souhlasí Michl. Kintra."),
                        "ent\td1\t8\t19\tPERSON\tperson:lukas-kintr\tLukáš Kintr\texact\n"
                        "ent\td1\t31\t38\tPERSON\tperson:lukas-kintr\tKintrem\tstem\n"
                        "ent\td1\t67\t73\tPERSON\tperson:lukas-kintr\tKintra\tstem\n");
    /* a function word first in its sentence is no name ("Podle Kintra") */
    assert_string_equal(tag("cs", "Lukáš Kintr varoval. Podle Kintra jde o útok."),
                        "ent\td1\t0\t11\tPERSON\tperson:lukas-kintr\tLukáš Kintr\texact\n"
                        "ent\td1\t27\t33\tPERSON\tperson:lukas-kintr\tKintra\tstem\n");
    /* next to another capitalised word: part of another name */
    assert_string_equal(tag("en", "Petr Pavel met Pavel Blažek. Then Pavel left."),
                        "ent\td1\t0\t10\tPERSON\tperson:petr-pavel\tPetr Pavel\texact\n"
                        "ent\td1\t34\t39\tPERSON\tperson:petr-pavel\tPavel\texact\n");
    /* two people of that surname: neither */
    assert_string_equal(tag("en", "Jan Novák and Petr Novák spoke. Novák left."),
                        "ent\td1\t0\t9\tPERSON\tperson:jan-novak\tJan Novák\texact\n"
                        "ent\td1\t14\t24\tPERSON\tperson:petr-novak\tPetr Novák\texact\n");
    /* a document with no full name: nothing */
    assert_string_equal(tag("en", "Michl spoke."), "");
}

static void records_and_offsets(void **state)
{
    (void)state;
    /* code points, not bytes: "Útok" has 4 code points, 5 bytes */
    assert_string_equal(tag("cs", "Útok na Českou televizi: APT28, viz hxxp://evil[.]cz/a."),
                        "ent\td1\t8\t23\tINSTITUTION\tinst:cz-ceska-televize\tČeskou televizi\tstem\n"
                        "ent\td1\t25\t30\tACTOR\tactor:apt28\tAPT28\texact\n"
                        "ent\td1\t36\t54\tURL\thttp://evil.cz/a\thxxp://evil[.]cz/a\tpattern\n");
    assert_string_equal(tag("en", "CVE-2023-23397 and d41d8cd98f00b204e9800998ecf8427e."),
                        "ent\td1\t0\t14\tVULN\tCVE-2023-23397\tCVE-2023-23397\tpattern\n"
                        "ent\td1\t19\t51\tHASH\td41d8cd98f00b204e9800998ecf8427e\t"
                        "d41d8cd98f00b204e9800998ecf8427e\tpattern\n");
    assert_string_equal(tag("en", ""), "");
    assert_string_equal(tag("en", "Nothing here."), "");
}

static void names_and_domains(void **state)
{
    (void)state;
    /* a domain that is exactly a name is the name */
    assert_string_equal(tag("en", "Ransomed.vc leaked it on apt28.com today."),
                        "ent\td1\t0\t11\tACTOR\tactor:ransomed\tRansomed.vc\texact\n"
                        "ent\td1\t25\t34\tDOMAIN\tapt28.com\tapt28.com\tpattern\n");
}

static void ambiguity_rule(void **state)
{
    (void)state;
    /* alone: dropped */
    assert_string_equal(tag("en", "Korea was hit. The Alliance met."), "");
    /* with exactly one of its entities named elsewhere: that entity */
    assert_string_equal(tag("en", "Korea was hit. North Korea denied it."),
                        "ent\td1\t0\t5\tSTATE\tstate:kp\tKorea\texact\n"
                        "ent\td1\t15\t26\tSTATE\tstate:kp\tNorth Korea\texact\n");
    assert_string_equal(tag("en", "NATO said the Alliance would respond."),
                        "ent\td1\t0\t4\tAGENCY\tagency:int-nato\tNATO\texact\n"
                        "ent\td1\t14\t22\tAGENCY\tagency:int-nato\tAlliance\texact\n");
    /* both named: still ambiguous, dropped */
    assert_string_equal(tag("en", "North Korea and South Korea: Korea."),
                        "ent\td1\t0\t11\tSTATE\tstate:kp\tNorth Korea\texact\n"
                        "ent\td1\t16\t27\tSTATE\tstate:kr\tSouth Korea\texact\n");
    /* the next document starts afresh */
    assert_string_equal(tag("en", "Korea again."), "");
}

static void country_context(void **state)
{
    (void)state;
    /* English, none of the entities named: the one whose country the
       document names */
    assert_string_equal(tag("en", "Hackers hit the Senate. Czechia blamed them."),
                        "ent\td1\t16\t22\tINSTITUTION\tinst:cz-senat\tSenate\texact\n"
                        "ent\td1\t24\t31\tSTATE\tstate:cz\tCzechia\texact\n");
    assert_string_equal(tag("en", "The police in Czechia said so."),
                        "ent\td1\t4\t10\tAGENCY\tagency:cz-policie\tpolice\texact\n"
                        "ent\td1\t14\t21\tSTATE\tstate:cz\tCzechia\texact\n");
    /* two candidates' countries named: still ambiguous */
    assert_string_equal(tag("en", "The police of Czechia and Slovakia."),
                        "ent\td1\t14\t21\tSTATE\tstate:cz\tCzechia\texact\n"
                        "ent\td1\t26\t34\tSTATE\tstate:sk\tSlovakia\texact\n");
    /* no country named, or a Czech text (common words need their entity
       named): dropped */
    assert_string_equal(tag("en", "The Senate met; the policemen left."), "");
    assert_string_equal(tag("cs", "Senát zasedal, Czechia."),
                        "ent\td1\t15\t22\tSTATE\tstate:cz\tCzechia\texact\n");
}

/* a name two entities share (SPD: the Czech and the German party) */
static void shared_name(void **state)
{
    (void)state;
    /* a state of the same sentence decides, in either language */
    assert_string_equal(tag("cs", "Útočníci pronikli do e-mailů strany SPD v Německu."),
                        "ent\td1\t36\t39\tINSTITUTION\tinst:de-spd\tSPD\texact\n"
                        "ent\td1\t42\t49\tSTATE\tstate:de\tNěmecku\tstem\n");
    assert_string_equal(tag("en", "Germany's SPD was hit. Czechia said its SPD was not."),
                        "ent\td1\t0\t7\tSTATE\tstate:de\tGermany\texact\n"
                        "ent\td1\t10\t13\tINSTITUTION\tinst:de-spd\tSPD\texact\n"
                        "ent\td1\t23\t30\tSTATE\tstate:cz\tCzechia\texact\n"
                        "ent\td1\t40\t43\tINSTITUTION\tinst:cz-spd\tSPD\texact\n");
    /* in a Czech text with no other clue: the Czech one */
    assert_string_equal(tag("cs", "SPD chce referendum."),
                        "ent\td1\t0\t3\tINSTITUTION\tinst:cz-spd\tSPD\texact\n");
    /* one sense per document: a later mention without a clue of its own
       is the entity an earlier one was resolved to (the document names
       both countries, which alone would decide nothing) */
    assert_string_equal(tag("en", "Hackers hit the SPD in Germany. Czechia condemned it. SPD leaders met."),
                        "ent\td1\t16\t19\tINSTITUTION\tinst:de-spd\tSPD\texact\n"
                        "ent\td1\t23\t30\tSTATE\tstate:de\tGermany\texact\n"
                        "ent\td1\t32\t39\tSTATE\tstate:cz\tCzechia\texact\n"
                        "ent\td1\t54\t57\tINSTITUTION\tinst:de-spd\tSPD\texact\n");
    /* and the next document starts afresh: both countries, no clue */
    assert_string_equal(tag("en", "Czechia and Germany: SPD leaders met."),
                        "ent\td1\t0\t7\tSTATE\tstate:cz\tCzechia\texact\n"
                        "ent\td1\t12\t19\tSTATE\tstate:de\tGermany\texact\n");
}

static void stance_prefix(void **state)
{
    (void)state;
    /* pro-/anti- before a hyphen: a stance, not the state */
    assert_string_equal(tag("en", "A pro-Russian and anti-Slovak group; Russian hackers."),
                        "ent\td1\t37\t44\tSTATE\tstate:ru\tRussian\texact\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(records_and_offsets),
        cmocka_unit_test(surnames),
        cmocka_unit_test(names_and_domains),
        cmocka_unit_test(ambiguity_rule),
        cmocka_unit_test(shared_name),
        cmocka_unit_test(country_context),
        cmocka_unit_test(stance_prefix),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
