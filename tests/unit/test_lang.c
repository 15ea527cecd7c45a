/* test_lang.c - language codes: names and the spellings read from input
 *
 * (Telling the language of a text is lib/langid.c, tested by test_langid.c
 * and tests/langid/; lang.c only names and parses the codes.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "lang.h"

static stp_lang parse(const char *s)
{
    return stp_lang_parse((stp_str){ s, strlen(s) });
}

static void names(void **state)
{
    (void)state;
    assert_string_equal(stp_lang_name(STP_LANG_CS), "cs");
    assert_string_equal(stp_lang_name(STP_LANG_EN), "en");
    assert_string_equal(stp_lang_name(STP_LANG_UND), "und");
    assert_string_equal(stp_lang_name((stp_lang)7), "und");  /* never NULL */
    /* the name parses back to its language */
    for (int l = STP_LANG_UND; l <= STP_LANG_EN; l++)
        assert_int_equal(parse(stp_lang_name((stp_lang)l)), l);
}

static void spellings_of_czech_and_english(void **state)
{
    (void)state;
    static const char *const cs[] = { "cs", "CS", "Cs", "cz", "CZ", "cze", "ces", "czech",
                                      "Czech", "CZECH", "cs-CZ", "cs_CZ", "cs-cz", "CS_cz" };
    static const char *const en[] = { "en", "EN", "eng", "english", "English", "en-US",
                                      "en-GB", "en_US", "en_GB", "en-us", "EN_gb" };
    for (size_t i = 0; i < sizeof cs / sizeof cs[0]; i++)
        if (parse(cs[i]) != STP_LANG_CS)
            fail_msg("\"%s\" is not read as Czech", cs[i]);
    for (size_t i = 0; i < sizeof en / sizeof en[0]; i++)
        if (parse(en[i]) != STP_LANG_EN)
            fail_msg("\"%s\" is not read as English", en[i]);
}

static void anything_else_is_undetermined(void **state)
{
    (void)state;
    static const char *const other[] = {
        "", "c", "e", "und", "sk", "de", "ru", "cs ", " cs", "css", "cs-", "cs-SK",
        "en-", "en-AU", "eng ", "englis", "englishman", "czechia", "česky", "čeština",
        "cs\tCZ", "en/US",
    };
    for (size_t i = 0; i < sizeof other / sizeof other[0]; i++)
        if (parse(other[i]) != STP_LANG_UND)
            fail_msg("\"%s\" should be undetermined", other[i]);
}

static void slices_are_not_read_past_their_end(void **state)
{
    (void)state;
    /* a field of a record is a slice: its length counts, not a NUL */
    const char *rec = "english\tcs-CZ\tczechia";
    assert_int_equal(stp_lang_parse((stp_str){ rec, 3 }), STP_LANG_EN);      /* "eng" */
    assert_int_equal(stp_lang_parse((stp_str){ rec, 2 }), STP_LANG_EN);      /* "en" */
    assert_int_equal(stp_lang_parse((stp_str){ rec, 4 }), STP_LANG_UND);     /* "engl" */
    assert_int_equal(stp_lang_parse((stp_str){ rec, 7 }), STP_LANG_EN);      /* "english" */
    assert_int_equal(stp_lang_parse((stp_str){ rec + 8, 2 }), STP_LANG_CS);  /* "cs" */
    assert_int_equal(stp_lang_parse((stp_str){ rec + 8, 5 }), STP_LANG_CS);  /* "cs-CZ" */
    assert_int_equal(stp_lang_parse((stp_str){ rec + 14, 5 }), STP_LANG_CS); /* "czech" */
    assert_int_equal(stp_lang_parse((stp_str){ rec + 14, 7 }), STP_LANG_UND);
    assert_int_equal(stp_lang_parse((stp_str){ rec, 0 }), STP_LANG_UND);
    /* an embedded NUL is a byte like any other */
    assert_int_equal(stp_lang_parse((stp_str){ "cs\0", 3 }), STP_LANG_UND);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(names),
        cmocka_unit_test(spellings_of_czech_and_english),
        cmocka_unit_test(anything_else_is_undetermined),
        cmocka_unit_test(slices_are_not_read_past_their_end),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
