/* test_err.c - the error codes are pinned and every one has its own name */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <limits.h>
#include <string.h>

#include "err.h"

static void values_are_pinned(void **state)
{
    (void)state;
    /* err.h promises that scripts and tests may rely on these numbers */
    assert_int_equal(STP_OK, 0);
    assert_int_equal(STP_ENOMEM, -1);
    assert_int_equal(STP_EIO, -2);
    assert_int_equal(STP_EGZIP, -3);
    assert_int_equal(STP_EESCAPE, -4);
    assert_int_equal(STP_EFIELDS, -5);
    assert_int_equal(STP_ENUMBER, -6);
    assert_int_equal(STP_ENODOC, -7);
    assert_int_equal(STP_EKIND, -8);
    assert_int_equal(STP_EJSON, -9);
    assert_int_equal(STP_EUTF8, -10);
    assert_int_equal(STP_EDATE, -11);
    assert_int_equal(STP_EMODEL, -12);
    assert_int_equal(STP_ESYNTAX, -13);
    assert_int_equal(STP_ERANGE, -14);
    assert_int_equal(STP_EINVAL, -15);
    assert_int_equal(STP_ENOTFOUND, -16);
    assert_int_equal(STP_EDICT, -17);
    assert_int_equal(STP_ERAWCR, -18);
    assert_int_equal(STP_EUNSUPP, -19);
    assert_int_equal(STP_ERR_MAX_, -20);
}

static void every_code_has_its_own_name(void **state)
{
    (void)state;
    const char *unknown = stp_strerror(STP_ERR_MAX_);
    assert_string_equal(unknown, "unknown error");
    for (int c = STP_OK; c > STP_ERR_MAX_; c--) {
        const char *s = stp_strerror(c);
        assert_non_null(s);
        assert_true(strlen(s) > 0);
        /* a code added to err.h but not to err.c falls to the default */
        if (strcmp(s, unknown) == 0)
            fail_msg("stp_strerror(%d) has no name of its own", c);
        for (int d = STP_OK; d > c; d--)
            if (strcmp(s, stp_strerror(d)) == 0)
                fail_msg("codes %d and %d share the name \"%s\"", c, d, s);
        /* messages follow "prog: file:line: " and are not sentences */
        assert_true(s[strlen(s) - 1] != '.' && s[strlen(s) - 1] != '\n');
    }
}

static void names_say_what_went_wrong(void **state)
{
    (void)state;
    assert_string_equal(stp_strerror(STP_OK), "success");
    assert_string_equal(stp_strerror(STP_ENOMEM), "out of memory");
    assert_string_equal(stp_strerror(STP_EGZIP), "corrupt or truncated gzip data");
    assert_string_equal(stp_strerror(STP_EESCAPE), "bad escape sequence");
    /* the raw CR message tells the user the likely cause and the fix */
    const char *cr = stp_strerror(STP_ERAWCR);
    assert_non_null(strstr(cr, "CR line ends?"));
    assert_non_null(strstr(cr, "\\r"));
}

static void other_numbers_are_unknown(void **state)
{
    (void)state;
    const int other[] = { 1, 2, 100, STP_ERR_MAX_, STP_ERR_MAX_ - 1, -1000, INT_MIN, INT_MAX };
    for (size_t i = 0; i < sizeof other / sizeof other[0]; i++)
        assert_string_equal(stp_strerror(other[i]), "unknown error");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(values_are_pinned),
        cmocka_unit_test(every_code_has_its_own_name),
        cmocka_unit_test(names_say_what_went_wrong),
        cmocka_unit_test(other_numbers_are_unknown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
