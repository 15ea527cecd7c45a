/* test_fold.c - case and diacritics folding, UTF-8 decoding */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "buf.h"
#include "fold.h"

static void expect_fold(const char *in, int how, const char *want)
{
    stp_buf b = {0};
    assert_int_equal(stp_fold(&b, in, strlen(in), how), 0);
    if (b.len != strlen(want) || memcmp(b.p, want, b.len) != 0)
        fail_msg("fold(\"%s\", %d) = \"%.*s\", want \"%s\"", in, how, (int)b.len, b.p, want);
    stp_buf_free(&b);
}

static void fold_czech(void **state)
{
    (void)state;
    expect_fold("Příliš žluťoučký kůň úpěl ďábelské ódy", STP_FOLD_ALL,
                "prilis zlutoucky kun upel dabelske ody");
    expect_fold("NÚKIB ČSOB Řež", STP_FOLD_CASE, "núkib čsob řež");
    expect_fold("NÚKIB ČSOB Řež", STP_FOLD_MARKS, "NUKIB CSOB Rez");
    expect_fold("Ďáblice Ťapka Ňadra Ěě Ůů", STP_FOLD_ALL, "dablice tapka nadra ee uu");
}

static void fold_other(void **state)
{
    (void)state;
    expect_fold("Straße", STP_FOLD_ALL, "straße");  /* ß stays ß */
    expect_fold("Łódź Øresund", STP_FOLD_ALL, "łodz øresund"); /* no decomposition */
    expect_fold("ПРИВЕТ Ёж", STP_FOLD_ALL, "привет еж");
    expect_fold("ASCII Only 123 !", STP_FOLD_ALL, "ascii only 123 !");
    expect_fold("ASCII Only", 0, "ASCII Only");
    /* eight ASCII bytes at a time: every byte around 'A'..'Z' and 'a'..'z',
       then a tail and a non-ASCII letter inside the block */
    expect_fold("@AZ[`az{ ?ABCDEFGHIJKLMNOPQRSTUVWXYZ\x7f" "0", STP_FOLD_CASE,
                "@az[`az{ ?abcdefghijklmnopqrstuvwxyz\x7f" "0");
    expect_fold("NATIONAL CYBER SECURITY Č AGENCY", STP_FOLD_ALL, "national cyber security c agency");
    expect_fold("e\xCC\x81t\xC3\xA9", STP_FOLD_MARKS, "ete"); /* a lone combining mark */
    expect_fold("", STP_FOLD_ALL, "");
}

static void fold_invalid_bytes_kept(void **state)
{
    (void)state;
    const char in[] = "A\xFF" "B\xC3";
    stp_buf b = {0};
    assert_int_equal(stp_fold(&b, in, sizeof in - 1, STP_FOLD_ALL), 0);
    assert_int_equal(b.len, 4);
    assert_memory_equal(b.p, "a\xFF" "b\xC3", 4);
    stp_buf_free(&b);
}

static void fold_cp(void **state)
{
    (void)state;
    assert_int_equal(stp_fold_cp(0x010C, STP_FOLD_ALL), 'c');      /* Č */
    assert_int_equal(stp_fold_cp(0x010C, STP_FOLD_CASE), 0x010D);  /* č */
    assert_int_equal(stp_fold_cp(0x010C, STP_FOLD_MARKS), 'C');
    assert_int_equal(stp_fold_cp('Q', STP_FOLD_ALL), 'q');
    assert_int_equal(stp_fold_cp(0x1E9E, STP_FOLD_CASE), 0x00DF);  /* ẞ -> ß */
    assert_int_equal(stp_fold_cp(0x1F600, STP_FOLD_ALL), 0x1F600);
}

static void utf8_roundtrip(void **state)
{
    (void)state;
    static const int32_t cps[] = { 0, 'a', 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD,
                                   0xFFFF, 0x10000, 0x1F44D, 0x10FFFF };
    for (size_t k = 0; k < sizeof cps / sizeof cps[0]; k++) {
        char d[4];
        int n = stp_utf8_put(d, cps[k]);
        size_t i = 0;
        assert_int_equal(stp_utf8_next(d, (size_t)n, &i), cps[k]);
        assert_int_equal(i, (size_t)n);
    }
    /* invalid: overlong, surrogate, truncated, stray continuation */
    static const char *const bad[] = { "\xC0\xAF", "\xED\xA0\x80", "\xE2\x82", "\x80",
                                       "\xF4\x90\x80\x80" };
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        size_t i = 0;
        assert_int_equal(stp_utf8_next(bad[k], strlen(bad[k]), &i), 0xFFFD);
        assert_int_equal(i, 1);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fold_czech), cmocka_unit_test(fold_other),
        cmocka_unit_test(fold_invalid_bytes_kept), cmocka_unit_test(fold_cp),
        cmocka_unit_test(utf8_roundtrip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
