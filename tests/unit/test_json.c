/* test_json.c - the strict one-object JSON reader */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "json.h"

static stp_json j;

static int parse(const char *s)
{
    return stp_json_parse(&j, s, strlen(s));
}

static void assert_member(const char *key, stp_json_type t, const char *val, size_t n)
{
    const stp_json_member *m = stp_json_get(&j, key);
    assert_non_null(m);
    assert_int_equal(m->type, t);
    assert_int_equal(m->val.n, n);
    assert_memory_equal(m->val.s, val, n);
}

static void members(void **state)
{
    (void)state;
    assert_int_equal(parse(" {\"id\": 42, \"text\": \"Hi\", \"t\":true, \"f\":false, \"n\":null,"
                           " \"x\": -1.5e+3, \"a\": [1, {\"b\": [\"]\"]}], \"o\": {}} "), 0);
    assert_int_equal(j.n, 8);
    assert_member("id", STP_JSON_NUMBER, "42", 2);
    assert_member("text", STP_JSON_STRING, "Hi", 2);
    assert_member("t", STP_JSON_TRUE, "", 0);
    assert_member("x", STP_JSON_NUMBER, "-1.5e+3", 7);
    assert_member("a", STP_JSON_ARRAY, "", 0);
    assert_member("o", STP_JSON_OBJECT, "", 0);
    assert_null(stp_json_get(&j, "missing"));
    assert_int_equal(parse("{}"), 0);
    assert_int_equal(j.n, 0);
}

static void escapes(void **state)
{
    (void)state;
    assert_int_equal(parse("{\"s\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u010d\\u00E9\"}"), 0);
    assert_member("s", STP_JSON_STRING, "a\"b\\c/d\b\f\n\r\tčé", 16);
    /* a surrogate pair, a lone high and a lone low surrogate */
    assert_int_equal(parse("{\"s\":\"\\ud83d\\ude00|\\ud83dx|\\ude00\"}"), 0);
    assert_member("s", STP_JSON_STRING, "\xF0\x9F\x98\x80|\xEF\xBF\xBDx|\xEF\xBF\xBD", 4 + 1 + 4 + 1 + 3);
    /* escaped key, \u0000 kept as a byte */
    assert_int_equal(parse("{\"te\\u0078t\":\"a\\u0000b\"}"), 0);
    assert_member("text", STP_JSON_STRING, "a\0b", 3);
    /* raw UTF-8 and invalid bytes pass through */
    assert_int_equal(parse("{\"s\":\"Praha \xff\"}"), 0);
    assert_member("s", STP_JSON_STRING, "Praha \xff", 7);
}

static void errors(void **state)
{
    (void)state;
    const char *bad[] = {
        "", "   ", "[1,2]", "\"s\"", "42", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}",
        "{\"a\":1 \"b\":2}", "{a:1}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":-}",
        "{\"a\":.5}", "{\"a\":tru}", "{\"a\":\"x\\q\"}", "{\"a\":\"\\u12\"}",
        "{\"a\":\"tab\there\"}", "{\"a\":\"open}", "{\"a\":1} x", "{\"a\":[1,]}",
        "{\"a\":[1}", "{\"a\":{\"b\"}}", "{\"a\":{\"b\":1,}}", "{\"a\":[1 2]}",
    };
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        int rc = parse(bad[k]);
        if (rc != STP_EJSON)
            fail_msg("accepted: %s", bad[k]);
        assert_non_null(j.err_msg);
    }
    assert_int_equal(parse("[1]"), STP_EJSON);
    assert_string_equal(j.err_msg, "not a JSON object");
    assert_int_equal(parse("{\"a\":1,\"b\":x}"), STP_EJSON);
    assert_int_equal(j.err_off, 11);
}

static void depth_limit(void **state)
{
    (void)state;
    /* the object itself is level 1: 64 levels pass, 65 do not */
    stp_buf b = {0};
    for (int levels = 64; levels <= 65; levels++) {
        stp_buf_reset(&b);
        stp_buf_puts(&b, "{\"a\":");
        for (int k = 1; k < levels; k++)
            stp_buf_putc(&b, '[');
        for (int k = 1; k < levels; k++)
            stp_buf_putc(&b, ']');
        stp_buf_putc(&b, '}');
        int rc = stp_json_parse(&j, b.p, b.len);
        assert_int_equal(rc, levels == 64 ? 0 : STP_EJSON);
    }
    /* very deep input is an error, not a stack overflow */
    stp_buf_reset(&b);
    stp_buf_puts(&b, "{\"a\":");
    for (int k = 0; k < 1000000; k++)
        stp_buf_puts(&b, "{\"b\":");
    assert_int_equal(stp_json_parse(&j, b.p, b.len), STP_EJSON);
    assert_string_equal(j.err_msg, "nested too deeply");
    stp_buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(members),
        cmocka_unit_test(escapes),
        cmocka_unit_test(errors),
        cmocka_unit_test(depth_limit),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    stp_json_free(&j);
    return rc;
}
