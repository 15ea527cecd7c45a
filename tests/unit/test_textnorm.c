/* test_textnorm.c - text cleaning: UTF-8 repair, NFC, controls, spaces,
   line breaks, hyphenation, quotes and dashes, references */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "textnorm.h"

static stp_buf b;
static stp_tn_report rep;

static const char *cleann(const char *s, size_t n)
{
    stp_buf_reset(&b);
    memset(&rep, 0, sizeof rep);
    assert_int_equal(stp_tn_clean(&b, s, n, &rep), 0);
    return stp_buf_cstr(&b);
}

static const char *clean(const char *s)
{
    return cleann(s, strlen(s));
}

static void clean_text_unchanged(void **state)
{
    (void)state;
    const char *t = "Národní úřad pro kybernetickou a informační bezpečnost (NÚKIB) varuje.\n\n"
                    "APT28 attacked the ministry's servers; CVE-2023-23397 was used.";
    assert_string_equal(clean(t), t);
    assert_int_equal(rep.bad_utf8, 0);
}

static void spaces_and_lines(void **state)
{
    (void)state;
    assert_string_equal(clean("  a   b \t c  \n  d  "), "a b c\nd");
    assert_string_equal(clean("a\n\n\n\n\nb"), "a\n\nb");
    assert_string_equal(clean("a \n \n \n b"), "a\n\nb");
    assert_string_equal(clean("a\r\nb\rc\r\n\r\n\r\nd"), "a\nb\nc\n\nd");
    assert_string_equal(clean("\n\n  \n"), "");
    assert_string_equal(clean(""), "");
    /* no-break and other Unicode spaces */
    assert_string_equal(clean("a\xC2\xA0" "b\xE2\x80\xAF" "c\xE3\x80\x80" "d\xE2\x80\x89 e"), "a b c d e");
    /* line and paragraph separators */
    assert_string_equal(clean("a\xE2\x80\xA8" "b\xE2\x80\xA9" "c"), "a\nb\n\nc");
}

static void controls_removed(void **state)
{
    (void)state;
    assert_string_equal(cleann("a\0b\x01" "c\x7F" "d\xC2\x80" "e\xC2\x9F" "f", 13), "abcdef");
    assert_int_equal(rep.nul, 1);
    assert_int_equal(rep.controls, 4);
    /* zero-width characters and the soft hyphen */
    assert_string_equal(clean("bez\xC2\xADpe\xE2\x80\x8B" "č\xE2\x80\x8C" "n\xE2\x80\x8D" "o\xE2\x81\xA0" "s\xEF\xBB\xBF" "t"),
                        "bezpečnost");
}

static void invalid_utf8(void **state)
{
    (void)state;
    /* a stray continuation byte, an overlong, a surrogate, a truncated
       sequence at the end: each maximal bad part is one U+FFFD */
    assert_string_equal(clean("ab\x80" "c"), "ab\xEF\xBF\xBD" "c");
    assert_int_equal(rep.bad_utf8, 1);
    assert_int_equal(rep.bad_utf8_first, 2);
    assert_string_equal(clean("x\xC0\xAFy"), "x\xEF\xBF\xBD\xEF\xBF\xBDy");
    assert_int_equal(rep.bad_utf8, 2);
    assert_int_equal(rep.bad_utf8_first, 1);
    assert_string_equal(clean("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    assert_string_equal(clean("ok \xE2\x82"), "ok \xEF\xBF\xBD");
    assert_int_equal(rep.bad_utf8, 1);
    assert_int_equal(rep.bad_utf8_first, 3);
    assert_string_equal(clean("\xF4\x90\x80\x80!"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD!");
    assert_string_equal(clean("\xF0\x9F\x98\x80"), "\xF0\x9F\x98\x80");  /* valid 4-byte */
    assert_int_equal(rep.bad_utf8, 0);
}

static void nfc(void **state)
{
    (void)state;
    /* decomposed č, é and ů become precomposed */
    assert_string_equal(clean("c\xCC\x8C" "e\xCC\x81 u\xCC\x8A"), "čé ů");
    /* a singleton: ANGSTROM SIGN becomes Å */
    assert_string_equal(clean("\xE2\x84\xAB"), "\xC3\x85");
}

static void punctuation_unified(void **state)
{
    (void)state;
    assert_string_equal(clean("„Ahoj“ “x” «y» ″z″ 〞w〞 ＂v＂"), "\"Ahoj\" \"x\" \"y\" \"z\" \"w\" \"v\"");
    assert_string_equal(clean("‘a’ ‚b‘ ‹c› d′ eʼ f＇ `g`"), "'a' 'b' 'c' d' e' f' 'g'");
    assert_string_equal(clean("a‐b‑c‒d–e—f―g−h⁃i﹘j﹣k－l"), "a-b-c-d-e-f-g-h-i-j-k-l");
    assert_string_equal(clean("Wait…"), "Wait...");
}

static void hyphen_joined(void **state)
{
    (void)state;
    assert_string_equal(clean("bezpeč-\nnost"), "bezpečnost");
    assert_string_equal(clean("bezpeč- \r\n  nost"), "bezpečnost");
    assert_string_equal(clean("soft\xC2\xAD\nhyphen"), "softhyphen");
    /* not joined: capital after the break, digit before the hyphen,
       a paragraph break, a dash after a space */
    assert_string_equal(clean("Česko-\nSlovensko"), "Česko-\nSlovensko");
    assert_string_equal(clean("2023-\nrok"), "2023-\nrok");
    assert_string_equal(clean("slo-\n\nvo"), "slo-\n\nvo");
    assert_string_equal(clean("a -\nb"), "a -\nb");
}

static void references_decoded(void **state)
{
    (void)state;
    assert_string_equal(clean("&scaron;&Scaron;&ccaron;&rcaron;&zcaron;&ecaron;&uring;&Uring; &amp;amp;"),
                        "šŠčřžěůŮ &amp;");
    assert_string_equal(clean("a&nbsp;&nbsp;b &ndash; c&mdash;d&hellip; &lt;b&gt; &quot;q&quot; &apos;"),
                        "a b - c-d... <b> \"q\" '");
    assert_string_equal(clean("&#269;&#x10D;&#X10c; &#0; &#150;"), "ččČ \xEF\xBF\xBD -");
    /* unknown or unterminated references are text */
    assert_string_equal(clean("AT&T &foo; &amp &#xZZ;"), "AT&T &foo; &amp &#xZZ;");
}

static void appends(void **state)
{
    (void)state;
    stp_buf o = {0};
    stp_buf_puts(&o, "pre:");
    assert_int_equal(stp_tn_clean(&o, "  x  ", 5, NULL), 0);
    assert_int_equal(o.len, 5);
    assert_memory_equal(o.p, "pre:x", 5);
    stp_buf_free(&o);
}

static void long_text(void **state)
{
    (void)state;
    /* a long clean text with Czech letters goes through unchanged */
    stp_buf in = {0};
    for (int i = 0; i < 20000; i++)
        stp_buf_puts(&in, "Útok skupiny na weby bank. ");
    in.len--;  /* no trailing space */
    const char *out = cleann(in.p, in.len);
    assert_int_equal(strlen(out), in.len);
    assert_memory_equal(out, in.p, in.len);
    stp_buf_free(&in);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(clean_text_unchanged),
        cmocka_unit_test(spaces_and_lines),
        cmocka_unit_test(controls_removed),
        cmocka_unit_test(invalid_utf8),
        cmocka_unit_test(nfc),
        cmocka_unit_test(punctuation_unified),
        cmocka_unit_test(hyphen_joined),
        cmocka_unit_test(references_decoded),
        cmocka_unit_test(appends),
        cmocka_unit_test(long_text),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    stp_buf_free(&b);
    return rc;
}
