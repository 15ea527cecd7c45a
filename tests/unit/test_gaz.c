/* test_gaz.c - gazetteer rows, compiling, loading, rejecting bad models */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "err.h"
#include "gaz.h"

static const char *const TSV =
    "#id\ttype\tcanonical\talias\tlang\tflags\n"
    "actor:apt28\tACTOR\tAPT28\tAPT28\tany\t-\n"
    "actor:apt28\tACTOR\tAPT28\tFancy Bear\tany\tcase\n"
    "\n"
    "inst:cz-ceska-televize\tINSTITUTION\tČeská televize\tČeská televize\tcs\t-\n"
    "inst:cz-us\tINSTITUTION\tÚstavní soud\tÚS\tcs\tcase,nofold\n"
    "actor:noname057-16\tACTOR\tNoName057(16)\tNoName057(16)\tany\texact\n";

static stp_gaz *compile(const char *tsv, int *err, stp_gaz_diag *d)
{
    stp_gaz_builder *b;
    stp_buf img = {0};
    stp_gaz *g = NULL;
    assert_int_equal(stp_gaz_builder_new(&b), 0);
    *err = stp_gaz_builder_add_tsv(b, "test.tsv", tsv, strlen(tsv), d);
    if (!*err)
        *err = stp_gaz_builder_compile(b, &img, d);
    if (!*err)
        *err = stp_gaz_from_buf(&g, &img, d);
    stp_buf_free(&img);
    stp_gaz_builder_free(b);
    return g;
}

static void compile_and_look_up(void **state)
{
    (void)state;
    int err;
    stp_gaz_diag d = {0};
    stp_gaz *g = compile(TSV, &err, &d);
    assert_int_equal(err, 0);
    assert_int_equal(stp_gaz_n_entities(g), 4);
    assert_int_equal(stp_gaz_n_aliases(g), 5);
    assert_true(stp_gaz_has_nofold(g));
    const stp_gaz_alias *a = stp_gaz_alias_at(g, 2);
    assert_int_equal(a->nunits, 2);
    assert_int_equal(a->lang, STP_GAZ_LANG_CS);
    const stp_gaz_entity *e = stp_gaz_entity_at(g, a->entity);
    stp_str id = stp_gaz_str(g, e->id_off, e->id_len);
    assert_memory_equal(id.s, "inst:cz-ceska-televize", id.n);
    assert_string_equal(stp_gaz_type_name(e->type), "INSTITUTION");
    /* fold keys: lower case, no diacritics; postings lead back to the alias */
    uint32_t k = stp_gaz_key_find(g, 'f', "ceska", 5);
    assert_int_not_equal(k, STP_GAZ_NOKEY);
    uint32_t np;
    const stp_gaz_post *p = stp_gaz_postings(g, k, &np);
    assert_int_equal(np, 1);
    assert_int_equal(p[0].alias, 2);
    assert_int_equal(p[0].variant, STP_GAZ_V_FOLD);
    assert_int_equal(stp_gaz_key_find(g, 'f', "Ceska", 5), STP_GAZ_NOKEY);
    assert_int_equal(stp_gaz_key_find(g, 'f', "televize", 8) == STP_GAZ_NOKEY, 0);
    /* cs alias: a Czech stem key, no English one */
    const stp_gaz_aunit *u = stp_gaz_aunits(g, a);
    assert_int_not_equal(u[0].cs, STP_GAZ_NOKEY);
    assert_int_equal(u[0].en, STP_GAZ_NOKEY);
    /* NoName057(16): two units, exact: no stem keys, one posting */
    a = stp_gaz_alias_at(g, 4);
    assert_int_equal(a->nunits, 2);
    u = stp_gaz_aunits(g, a);
    assert_int_equal(u[0].en, STP_GAZ_NOKEY);
    assert_int_equal(u[1].cs, STP_GAZ_NOKEY);
    assert_int_equal(u[1].fold, stp_gaz_key_find(g, 'f', "16", 2));
    /* nofold: case-folded key keeps the diacritics */
    assert_int_not_equal(stp_gaz_key_find(g, 'n', "\xc3\xbas", 3), STP_GAZ_NOKEY);
    assert_int_equal(stp_gaz_key_find(g, 'f', "us", 2), STP_GAZ_NOKEY);
    stp_gaz_free(g);
}

static void expect_syntax(const char *tsv, uint64_t line, const char *msg)
{
    int err;
    stp_gaz_diag d = {0};
    stp_gaz *g = compile(tsv, &err, &d);
    assert_null(g);
    assert_int_equal(err, STP_ESYNTAX);
    assert_int_equal(d.line, line);
    assert_string_equal(d.file, "test.tsv");
    if (!strstr(d.msg, msg)) {
        print_error("message '%s' lacks '%s'\n", d.msg, msg);
        fail();
    }
}

static void bad_rows(void **state)
{
    (void)state;
    expect_syntax("# c\nactor:x\tACTOR\tX\tX\tany\n", 2, "expected 6");
    expect_syntax("actor:x\tACTOR\tX\tX\tany\t-\nactor:y\tGROUP\tY\tY\tany\t-\n", 2, "unknown type");
    expect_syntax("actor:x\tACTOR\tX\tX\tde\t-\n", 1, "bad lang");
    expect_syntax("actor:x\tACTOR\tX\tX\tany\tcase,case\n", 1, "bad flags");
    expect_syntax("actor:x\tACTOR\tX\tX\tany\tloud\n", 1, "bad flags");
    expect_syntax("actorx\tACTOR\tX\tX\tany\t-\n", 1, "bad id");
    expect_syntax("actor:x\tACTOR\tX\t\tany\t-\n", 1, "empty alias");
    expect_syntax("actor:x\tACTOR\tX\tX\tany\t-\r\nactor:x\tMALWARE\tX\tY\tany\t-\r\n", 2, "has type");
    expect_syntax("actor:x\tACTOR\tX\tX\tany\t-\nactor:x\tACTOR\tX2\tY\tany\t-\n", 2, "canonical");
    expect_syntax("\n\nactor:x\tACTOR\tX\t!!!\tany\t-\n", 3, "no letters or digits");
    expect_syntax("person:x\tPERSON\tX\tpremiér\tany\ttitle\n", 1, "no name after the title");
    expect_syntax("person:x\tPERSON\tX\tpremiér X\tany\ttitle,tilte\n", 1, "bad flags");
    /* attribute rows (three columns) are accepted and ignored */
    int err;
    stp_gaz_diag d = {0};
    stp_gaz *g = compile("actor:x\tcountry\tru\nactor:x\tACTOR\tX\tXyz\tany\t-\n", &err, &d);
    assert_int_equal(err, 0);
    assert_int_equal(stp_gaz_n_aliases(g), 1);
    stp_gaz_free(g);
}

/* a model image as bytes */
/* a posting is filed under the alias's rarest unit ("interior" rather
   than "ministry" or "of", which every ministry has) and checks the next
   rarest first ("ministry" rather than "of") */
static void postings_under_rarest_unit(void **state)
{
    (void)state;
    static const char *const tsv =
        "agency:a\tAGENCY\tMinistry of Interior\tMinistry of Interior\ten\texact\n"
        "agency:b\tAGENCY\tMinistry of Finance\tMinistry of Finance\ten\texact\n"
        "agency:c\tAGENCY\tMinistry of Defence\tMinistry of Defence\ten\texact\n"
        "agency:d\tAGENCY\tOffice of Rail\tOffice of Rail\ten\texact\n"
        "actor:e\tACTOR\tTurla\tTurla\tany\texact\n";
    int err;
    stp_gaz_diag d = {0};
    stp_gaz *g = compile(tsv, &err, &d);
    assert_int_equal(err, 0);
    uint32_t np;
    /* no alias is filed under a word three or four of them share */
    stp_gaz_postings(g, stp_gaz_key_find(g, 'f', "ministry", 8), &np);
    assert_int_equal(np, 0);
    stp_gaz_postings(g, stp_gaz_key_find(g, 'f', "of", 2), &np);
    assert_int_equal(np, 0);
    static const char *const third[] = { "interior", "finance", "defence" };
    for (uint32_t q = 0; q < 3; q++) {
        const stp_gaz_post *p = stp_gaz_postings(g, stp_gaz_key_find(g, 'f', third[q], strlen(third[q])), &np);
        assert_int_equal(np, 1);
        assert_int_equal(p[0].alias, q);
        assert_int_equal(p[0].variant, STP_GAZ_V_FOLD);
        assert_int_equal(p[0].pos, 2);
        assert_int_equal(p[0].pos2, 0);
        assert_int_equal(p[0].key2, stp_gaz_key_find(g, 'f', "ministry", 8));
    }
    /* a tie ("office", "rail": one alias each): the earlier unit, and the
       other rarest as the second check rather than "of" */
    const stp_gaz_post *p = stp_gaz_postings(g, stp_gaz_key_find(g, 'f', "office", 6), &np);
    assert_int_equal(np, 1);
    assert_int_equal(p[0].pos, 0);
    assert_int_equal(p[0].pos2, 2);
    assert_int_equal(p[0].key2, stp_gaz_key_find(g, 'f', "rail", 4));
    /* one unit: no second check */
    p = stp_gaz_postings(g, stp_gaz_key_find(g, 'f', "turla", 5), &np);
    assert_int_equal(np, 1);
    assert_int_equal(p[0].pos, 0);
    assert_int_equal(p[0].key2, STP_GAZ_NOKEY);
    stp_gaz_free(g);
}

/* a word of every sentence is passed over however few aliases share it:
   "in" (one alias) gives way to "made" (two), "na" to "zemi" (twice in
   its alias) */
static void postings_pass_over_function_words(void **state)
{
    (void)state;
    static const char *const tsv =
        "product:a\tPRODUCT\tMade in Zelda\tMade in Zelda\ten\texact\n"
        "product:b\tPRODUCT\tMade Better\tMade Better\ten\texact\n"
        "product:c\tPRODUCT\tZelda Works\tZelda Works\ten\texact\n"
        "institution:d\tINSTITUTION\tZemi na Zemi\tZemi na Zemi\tcs\texact\n"
        "actor:e\tACTOR\tIn\tIn\tany\texact\n";
    int err;
    stp_gaz_diag d = {0};
    stp_gaz *g = compile(tsv, &err, &d);
    assert_int_equal(err, 0);
    uint32_t np;
    /* "in": only the alias that has no other unit */
    const stp_gaz_post *p = stp_gaz_postings(g, stp_gaz_key_find(g, 'f', "in", 2), &np);
    assert_int_equal(np, 1);
    assert_int_equal(p[0].alias, 4);
    p = stp_gaz_postings(g, stp_gaz_key_find(g, 'f', "made", 4), &np);
    assert_int_equal(np, 1);   /* "Made Better" is under "better" */
    assert_int_equal(p[0].alias, 0);
    assert_int_equal(p[0].pos, 0);
    assert_int_equal(p[0].pos2, 2);   /* "zelda", not "in" */
    assert_int_equal(p[0].key2, stp_gaz_key_find(g, 'f', "zelda", 5));
    stp_gaz_postings(g, stp_gaz_key_find(g, 'f', "na", 2), &np);
    assert_int_equal(np, 0);
    p = stp_gaz_postings(g, stp_gaz_key_find(g, 'f', "zemi", 4), &np);
    assert_int_equal(np, 1);
    assert_int_equal(p[0].alias, 3);
    assert_int_equal(p[0].pos, 0);
    assert_int_equal(p[0].pos2, 2);
    stp_gaz_free(g);
}

/* the second check may be any unit of a long alias (pos2 is 16 bits, the
   posting's own unit 8): here the one other unit no second alias shares,
   the 281st */
static void second_key_far_in_a_long_alias(void **state)
{
    (void)state;
    stp_buf tsv = {0}, a = {0}, b = {0};
    char w[16];
    assert_int_equal(stp_buf_puts(&a, "ua"), 0);
    for (int i = 1; i < 300; i++) {
        snprintf(w, sizeof w, i == 280 ? " ub" : " c%d", i);
        assert_int_equal(stp_buf_puts(&a, w), 0);
        if (i != 280) {
            snprintf(w, sizeof w, "%sc%d", b.len ? " " : "", i);
            assert_int_equal(stp_buf_puts(&b, w), 0);
        }
    }
    assert_int_equal(stp_buf_puts(&tsv, "actor:a\tACTOR\tA\t"), 0);
    assert_int_equal(stp_buf_put(&tsv, a.p, a.len), 0);
    assert_int_equal(stp_buf_puts(&tsv, "\tany\texact\nactor:b\tACTOR\tB\t"), 0);
    assert_int_equal(stp_buf_put(&tsv, b.p, b.len), 0);
    assert_int_equal(stp_buf_puts(&tsv, "\tany\texact\n"), 0);
    assert_int_equal(stp_buf_putc(&tsv, 0), 0);
    int err;
    stp_gaz_diag d = {0};
    stp_gaz *g = compile(tsv.p, &err, &d);
    assert_int_equal(err, 0);
    uint32_t np;
    const stp_gaz_post *p = stp_gaz_postings(g, stp_gaz_key_find(g, 'f', "ua", 2), &np);
    assert_int_equal(np, 1);
    assert_int_equal(p[0].pos, 0);
    assert_int_equal(p[0].pos2, 280);
    assert_int_equal(p[0].key2, stp_gaz_key_find(g, 'f', "ub", 2));
    stp_gaz_free(g);
    stp_buf_free(&tsv);
    stp_buf_free(&a);
    stp_buf_free(&b);
}

/* many keys: every one is found (the filter in front of the hash slots
   lets none of them pass for absent), words that are no key are not */
static void many_keys_found(void **state)
{
    (void)state;
    enum { N = 6000 };
    stp_buf tsv = {0};
    char line[128];
    for (int i = 0; i < N; i++) {
        int l = snprintf(line, sizeof line, "actor:k%d\tACTOR\tGroupk%dq\tGroupk%dq\tany\texact\n", i, i, i);
        assert_int_equal(stp_buf_put(&tsv, line, (size_t)l), 0);
    }
    assert_int_equal(stp_buf_putc(&tsv, 0), 0);
    int err;
    stp_gaz_diag d = {0};
    stp_gaz *g = compile(tsv.p, &err, &d);
    assert_int_equal(err, 0);
    assert_int_equal(stp_gaz_n_keys(g), N);
    uint32_t seen = 0;
    for (int i = 0; i < N; i++) {
        int l = snprintf(line, sizeof line, "groupk%dq", i);
        uint32_t k = stp_gaz_key_find(g, 'f', line, (size_t)l);
        assert_int_not_equal(k, STP_GAZ_NOKEY);
        uint32_t np;
        const stp_gaz_post *p = stp_gaz_postings(g, k, &np);
        assert_int_equal(np, 1);
        assert_int_equal(p[0].alias, (uint32_t)i);
        seen++;
        l = snprintf(line, sizeof line, "groupk%dr", i);
        assert_int_equal(stp_gaz_key_find(g, 'f', line, (size_t)l), STP_GAZ_NOKEY);
        l = snprintf(line, sizeof line, "groupk%dq", i);
        assert_int_equal(stp_gaz_key_find(g, 'e', line, (size_t)l), STP_GAZ_NOKEY);
    }
    assert_int_equal(seen, N);
    stp_gaz_free(g);
    stp_buf_free(&tsv);
}

static void image(stp_buf *img)
{
    stp_gaz_builder *b;
    stp_gaz_diag d = {0};
    assert_int_equal(stp_gaz_builder_new(&b), 0);
    assert_int_equal(stp_gaz_builder_add_tsv(b, "test.tsv", TSV, strlen(TSV), &d), 0);
    assert_int_equal(stp_gaz_builder_compile(b, img, &d), 0);
    stp_gaz_builder_free(b);
}

static int load_copy(const stp_buf *img, size_t len, stp_gaz_diag *d)
{
    stp_buf c = {0};
    assert_int_equal(stp_buf_put(&c, img->p, len), 0);
    stp_gaz *g = NULL;
    int r = stp_gaz_from_buf(&g, &c, d);
    stp_gaz_free(g);
    return r;
}

static void corrupt_models_rejected(void **state)
{
    (void)state;
    stp_buf img = {0};
    image(&img);
    stp_gaz_diag d = {0};
    assert_int_equal(load_copy(&img, img.len, &d), 0);
    /* every truncation */
    for (size_t n = 0; n < img.len; n += (n < 200 ? 1 : 97))
        assert_int_equal(load_copy(&img, n, &d), STP_EMODEL);
    /* a flipped bit anywhere: magic, version, counts, sections */
    for (size_t i = 0; i < img.len; i += 13) {
        img.p[i] ^= 0x10;
        int r = load_copy(&img, img.len, &d);
        img.p[i] ^= 0x10;
        if (r != STP_EMODEL) {
            print_error("flip at %zu accepted (%d)\n", i, r);
            fail();
        }
    }
    img.p[0] = 'X';
    assert_int_equal(load_copy(&img, img.len, &d), STP_EMODEL);
    assert_non_null(strstr(d.msg, "magic"));
    stp_buf_free(&img);
}

static void file_roundtrip_and_merge(void **state)
{
    (void)state;
    stp_buf img = {0};
    image(&img);
    char path[] = "/tmp/test_gaz.XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, img.p, img.len), (ssize_t)img.len);
    close(fd);
    stp_gaz *g;
    stp_gaz_diag d = {0};
    assert_int_equal(stp_gaz_open(&g, path, &d), 0);
    assert_int_equal(stp_gaz_n_aliases(g), 5);
    /* merge with a run-time gazetteer */
    stp_gaz_builder *b;
    assert_int_equal(stp_gaz_builder_new(&b), 0);
    assert_int_equal(stp_gaz_builder_add_model(b, g, &d), 0);
    const char *more = "malware:x-agent\tMALWARE\tX-Agent\tX-Agent\tany\t-\n";
    assert_int_equal(stp_gaz_builder_add_tsv(b, "more.tsv", more, strlen(more), &d), 0);
    stp_buf img2 = {0};
    assert_int_equal(stp_gaz_builder_compile(b, &img2, &d), 0);
    stp_gaz *g2;
    assert_int_equal(stp_gaz_from_buf(&g2, &img2, &d), 0);
    assert_int_equal(stp_gaz_n_aliases(g2), 6);
    assert_int_equal(stp_gaz_n_entities(g2), 5);
    stp_str f = stp_gaz_file(g2, 1);
    assert_memory_equal(f.s, "more.tsv", f.n);
    stp_gaz_free(g2);
    stp_gaz_builder_free(b);
    stp_gaz_free(g);
    /* truncated file, missing file */
    assert_int_equal(truncate(path, (off_t)img.len - 1), 0);
    assert_int_equal(stp_gaz_open(&g, path, &d), STP_EMODEL);
    assert_null(g);
    unlink(path);
    assert_int_equal(stp_gaz_open(&g, path, &d), STP_ENOTFOUND);
    stp_buf_free(&img);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(compile_and_look_up),
        cmocka_unit_test(postings_under_rarest_unit),
        cmocka_unit_test(postings_pass_over_function_words),
        cmocka_unit_test(many_keys_found),
        cmocka_unit_test(second_key_far_in_a_long_alias),
        cmocka_unit_test(bad_rows),
        cmocka_unit_test(corrupt_models_rejected),
        cmocka_unit_test(file_roundtrip_and_merge),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
