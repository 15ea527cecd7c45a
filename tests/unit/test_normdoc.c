/* test_normdoc.c - one document to one doc record: ids, JSONL and TSV
   fields, language and date choice, the id set */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "err.h"
#include "json.h"
#include "normdoc.h"
#include "rec.h"

static void base_ids(void **state)
{
    (void)state;
    const char *cases[][2] = {
        {"corpora/dev/dev-en-001.txt", "dev-en-001"}, {"a/b.jsonl.gz", "b"},
        {"x.tsv", "x"}, {"x.json", "x"}, {"x.gz", "x"}, {"x.txt.gz", "x"},
        {"x.csv", "x.csv"}, {"-", "stdin"}, {".txt", ".txt"}, {"dir/", ""},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        stp_buf b = {0};
        assert_int_equal(stp_nd_base_id(&b, cases[k][0]), 0);
        assert_string_equal(stp_buf_cstr(&b), cases[k][1]);
        stp_buf_free(&b);
    }
}

static void json_fields(void **state)
{
    (void)state;
    stp_json j = {0};
    const char *line = "{\"id\": 12, \"text\": \"T\", \"date\": null, \"url\": \"u\", \"lang\": 5}";
    assert_int_equal(stp_json_parse(&j, line, strlen(line)), 0);
    stp_nd_fields f = STP_ND_FIELDS_DEFAULT;
    stp_nd_in in;
    assert_int_equal(stp_nd_from_json(&j, &f, &in), 0);
    assert_int_equal(in.id.n, 2);
    assert_memory_equal(in.id.s, "12", 2);
    assert_null(in.date.s);
    assert_null(in.lang.s);
    assert_memory_equal(in.source.s, "u", 1);
    f.text = "body";
    assert_int_equal(stp_nd_from_json(&j, &f, &in), STP_EFIELDS);
    const char *num = "{\"text\": 5}";
    assert_int_equal(stp_json_parse(&j, num, strlen(num)), 0);
    f.text = "text";
    assert_int_equal(stp_nd_from_json(&j, &f, &in), STP_EFIELDS);
    stp_json_free(&j);
}

static void tsv_layout(void **state)
{
    (void)state;
    stp_nd_tsv t;
    assert_int_equal(stp_nd_tsv_header(&t, "lang\tID\tdate\turl\ttext\r", 21), 1);
    assert_int_equal(t.ncol, 5);
    assert_int_equal(t.col[0], STP_ND_COL_LANG);
    assert_int_equal(t.col[3], STP_ND_COL_SOURCE);
    assert_int_equal(stp_nd_tsv_header(&t, "id\tdate", 7), 0);        /* no text */
    assert_int_equal(t.ncol, 2);
    assert_int_equal(stp_nd_tsv_header(&t, "a1\tsome text", 12), 0);  /* data */
    stp_fields fs = {0};
    stp_nd_in in;
    char line[] = "d1\tx\\ty\\\\z\r";
    assert_int_equal(stp_nd_from_tsv(&t, &fs, line, strlen(line), &in), 0);
    assert_int_equal(in.text.n, 5);
    assert_memory_equal(in.text.s, "x\ty\\z", 5);
    char bad[] = "only one field";
    assert_int_equal(stp_nd_from_tsv(&t, &fs, bad, strlen(bad), &in), STP_EFIELDS);
    char esc[] = "d\tbad \\q";
    assert_int_equal(stp_nd_from_tsv(&t, &fs, esc, strlen(esc), &in), STP_EESCAPE);
    stp_fields_free(&fs);
}

static const char *doc(stp_nd *ctx, stp_nd_in *in, stp_nd_report *rep, stp_buf *out)
{
    stp_buf_reset(out);
    assert_int_equal(stp_nd_doc(ctx, in, out, rep), 0);
    return stp_buf_cstr(out);
}

static void records(void **state)
{
    (void)state;
    stp_nd ctx = STP_ND_INIT;
    stp_buf out = {0};
    stp_nd_report rep;
    stp_nd_in in = { STP_STR("a"), {NULL, 0}, STP_STR("3. května 2024"), STP_STR("s.txt"),
                     STP_STR("Útok na ministerstvo, ke kterému se přihlásila skupina, "
                             "byl podle úřadu odražen.\t\xff") };
    assert_string_equal(doc(&ctx, &in, &rep, &out),
                        "doc\ta\tcs\t2024-05-03\ts.txt\tÚtok na ministerstvo, ke kterému se "
                        "přihlásila skupina, byl podle úřadu odražen. \xEF\xBF\xBD\n");
    assert_int_equal(rep.tn.bad_utf8, 1);
    assert_int_equal(rep.bad_date, 0);
    /* a given lang field wins over the text; a forced one over both */
    in.lang = STP_STR("eng");
    in.date = STP_STR("31. 2. 2024");
    assert_non_null(strstr(doc(&ctx, &in, &rep, &out), "doc\ta\ten\t\ts.txt\t"));
    assert_int_equal(rep.bad_date, 1);
    ctx.force_lang = STP_LANG_UND;
    assert_non_null(strstr(doc(&ctx, &in, &rep, &out), "doc\ta\tund\t"));
    /* HTML */
    ctx.html = 1;
    stp_nd_in h = { STP_STR("h"), STP_STR("en"), {NULL, 0}, {NULL, 0},
                    STP_STR("<p>One&nbsp;&amp;</p><script>x</script><p>two</p>") };
    assert_string_equal(doc(&ctx, &h, &rep, &out), "doc\th\tund\t\t\tOne &\\n\\ntwo\n");
    stp_nd_free(&ctx);
    stp_buf_free(&out);
}

static void id_set(void **state)
{
    (void)state;
    stp_idset s = {0};
    char id[32];
    for (int k = 0; k < 5000; k++) {
        int n = snprintf(id, sizeof id, "doc-%d", k);
        assert_int_equal(stp_idset_add(&s, id, (size_t)n), 1);
    }
    for (int k = 0; k < 5000; k += 7) {
        int n = snprintf(id, sizeof id, "doc-%d", k);
        assert_int_equal(stp_idset_add(&s, id, (size_t)n), 0);
    }
    assert_int_equal(stp_idset_add(&s, "", 0), 1);
    assert_int_equal(stp_idset_add(&s, "", 0), 0);
    assert_int_equal(s.n, 5001);
    stp_idset_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(base_ids),
        cmocka_unit_test(json_fields),
        cmocka_unit_test(tsv_layout),
        cmocka_unit_test(records),
        cmocka_unit_test(id_set),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
