/* test_html.c - character references and tag stripping */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "buf.h"
#include "html.h"

static uint32_t ref(const char *s, size_t *used)
{
    uint32_t cp = 0;
    *used = stp_html_entity(s, strlen(s), &cp);
    return cp;
}

static void named_references(void **state)
{
    (void)state;
    size_t n;
    assert_int_equal(ref("&amp;x", &n), '&');
    assert_int_equal(n, 5);
    assert_int_equal(ref("&scaron;", &n), 0x161);
    assert_int_equal(ref("&Scaron;", &n), 0x160);
    assert_int_equal(ref("&uring;", &n), 0x16F);
    assert_int_equal(ref("&ecaron;", &n), 0x11B);
    assert_int_equal(ref("&nbsp;", &n), 0xA0);
    assert_int_equal(ref("&hellip;", &n), 0x2026);
    assert_int_equal(ref("&bdquo;", &n), 0x201E);
    /* unknown, no semicolon, wrong case */
    ref("&bogus;", &n);
    assert_int_equal(n, 0);
    ref("&amp", &n);
    assert_int_equal(n, 0);
    ref("&AMP;", &n);
    assert_int_equal(n, 0);
    ref("& x", &n);
    assert_int_equal(n, 0);
}

static void numeric_references(void **state)
{
    (void)state;
    size_t n;
    assert_int_equal(ref("&#269;", &n), 0x10D);
    assert_int_equal(n, 6);
    assert_int_equal(ref("&#x10d;", &n), 0x10D);
    assert_int_equal(ref("&#x1F600;", &n), 0x1F600);
    assert_int_equal(ref("&#269 x", &n), 0x10D);   /* ';' may be missing */
    assert_int_equal(n, 5);
    assert_int_equal(ref("&#0;", &n), 0xFFFD);
    assert_int_equal(ref("&#xD800;", &n), 0xFFFD);
    assert_int_equal(ref("&#x110000;", &n), 0xFFFD);
    assert_int_equal(ref("&#99999999999999999999;", &n), 0xFFFD);
    assert_int_equal(ref("&#150;", &n), 0x2013);    /* Windows-1252 */
    assert_int_equal(ref("&#147;", &n), 0x201C);
    ref("&#;", &n);
    assert_int_equal(n, 0);
    ref("&#x;", &n);
    assert_int_equal(n, 0);
    ref("&#12ab;", &n);
    assert_int_equal(n, 0);
}

static const char *strip(stp_buf *b, const char *html)
{
    stp_buf_reset(b);
    assert_int_equal(stp_html_strip(b, html, strlen(html)), 0);
    return stp_buf_cstr(b);
}

static void tags_stripped(void **state)
{
    (void)state;
    stp_buf b = {0};
    assert_string_equal(strip(&b, "<p>Hello <b>big</b>\nworld</p><p>Two</p>"),
                        "\n\nHello big world\n\n\n\nTwo\n\n");
    assert_string_equal(strip(&b, "a<br>b<br/>c<BR />d"), "a\nb\nc\nd");
    assert_string_equal(strip(&b, "<script type=\"x\">var a = '<p>';</script>x<style>p{}</STYLE>y"), "xy");
    assert_string_equal(strip(&b, "a<!-- <p>hidden</p> -->b<!DOCTYPE html><?xml x?>c"), "abc");
    assert_string_equal(strip(&b, "<a href=\"x>y\" title='>'>link</a>"), "link");
    assert_string_equal(strip(&b, "1 < 2 and 3 <4"), "1 < 2 and 3 <4");
    assert_string_equal(strip(&b, "<td>a</td><td>b</td>"), " a  b ");
    assert_string_equal(strip(&b, "&lt;p&gt; stays"), "&lt;p&gt; stays");
    assert_string_equal(strip(&b, "<h1>T</h1><li>x"), "\n\nT\n\n\n\nx");
    /* unterminated constructs end the text, nothing crashes */
    assert_string_equal(strip(&b, "a<!-- never closed"), "a");
    assert_string_equal(strip(&b, "a<script>never closed"), "a");
    assert_string_equal(strip(&b, "a<b"), "a");
    stp_buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(named_references),
        cmocka_unit_test(numeric_references),
        cmocka_unit_test(tags_stripped),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
