/* test_langid.c - Czech / English / undetermined on a few clear cases
   (the larger test set is tests/langid/) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "langid.h"

static stp_lang id(const char *s)
{
    return stp_langid(s, strlen(s), NULL);
}

static void czech(void **state)
{
    (void)state;
    assert_int_equal(id("Ministerstvo zahraničních věcí odsoudilo útok, který podle BIS "
                        "provedla skupina napojená na ruskou rozvědku."), STP_LANG_CS);
    assert_int_equal(id("Ministerstvo zahranicnich veci odsoudilo utok, ktery podle tajne "
                        "sluzby provedla skupina napojena na ruskou rozvedku a ktera je znama."),
                     STP_LANG_CS);
}

static void english(void **state)
{
    (void)state;
    assert_int_equal(id("NÚKIB said that the attack on Česká pošta and the Ministerstvo "
                        "zahraničních věcí was carried out by a group linked to Russia."),
                     STP_LANG_EN);
}

static void undetermined(void **state)
{
    (void)state;
    assert_int_equal(id(""), STP_LANG_UND);
    assert_int_equal(id("12345 678 --- !!!"), STP_LANG_UND);
    assert_int_equal(id("APT28"), STP_LANG_UND);
    /* Slovak: the family wins, but Slovak words decide against Czech */
    stp_langid_scores sc;
    const char *sk = "Ministerstvo zahraničných vecí ostro odsúdilo útok, ktorý podľa "
                     "zistení tajných služieb vykonala skupina, ktorá je známa.";
    assert_int_equal(stp_langid(sk, strlen(sk), &sc), STP_LANG_UND);
    assert_true(sc.sk > sc.cs);
    assert_int_equal(id("Die Polizei hat einen Jugendlichen festgenommen, der ein Netz aus "
                        "gekaperten Computern betrieben haben soll."), STP_LANG_UND);
    assert_int_equal(id("Policja prowadzi śledztwo w sprawie wycieku danych ze szpitala, "
                        "który został zaatakowany."), STP_LANG_UND);
}

static void window(void **state)
{
    (void)state;
    /* only the first STP_LANGID_WINDOW bytes count, and a window that
       ends inside a character does not break the decoding */
    char big[3 * STP_LANGID_WINDOW];
    const char *en = "the attack was claimed by the group and it was ";
    size_t k = 0;
    while (k + strlen(en) < STP_LANGID_WINDOW) {
        memcpy(big + k, en, strlen(en));
        k += strlen(en);
    }
    while (k + 2 < sizeof big) {
        memcpy(big + k, "\xC5\x99", 2);   /* ř */
        k += 2;
    }
    stp_langid_scores sc;
    assert_int_equal(stp_langid(big, k, &sc), STP_LANG_EN);
    assert_true(sc.words < 1000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(czech),
        cmocka_unit_test(english),
        cmocka_unit_test(undetermined),
        cmocka_unit_test(window),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
