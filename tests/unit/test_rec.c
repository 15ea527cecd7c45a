/* test_rec.c - record stream: escaping, splitting, typed records */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "rec.h"

static void escape_roundtrip_all_bytes(void **state)
{
    (void)state;
    char field[255];
    for (int i = 0; i < 255; i++)
        field[i] = (char)(i + 1);
    stp_buf b = {0};
    assert_int_equal(stp_buf_put_esc(&b, field, sizeof field), 0);
    /* no raw TAB, LF or CR survives escaping */
    assert_null(memchr(b.p, '\t', b.len));
    assert_null(memchr(b.p, '\n', b.len));
    assert_null(memchr(b.p, '\r', b.len));
    assert_int_equal(b.len, 255 + 4);
    long n = stp_unescape(b.p, b.len);
    assert_int_equal(n, 255);
    assert_memory_equal(b.p, field, 255);
    stp_buf_free(&b);
}

static void unescape_rejects_bad(void **state)
{
    (void)state;
    char a[] = "abc\\";
    assert_int_equal(stp_unescape(a, strlen(a)), STP_EESCAPE);
    char c[] = "a\\xb";
    assert_int_equal(stp_unescape(c, strlen(c)), STP_EESCAPE);
    char d[] = "a\\\\b\\tc";
    assert_int_equal(stp_unescape(d, strlen(d)), 5);
    assert_memory_equal(d, "a\\b\tc", 5);
}

static void doc_roundtrip(void **state)
{
    (void)state;
    stp_doc d = { STP_STR("d1"), STP_STR("cs"), STP_STR("2024-05-03"),
                  STP_STR("a\tb.txt"), STP_STR("Řádek 1\nřádek\\2\r") };
    stp_buf b = {0};
    assert_int_equal(stp_doc_write(&b, &d), 0);
    assert_int_equal(b.p[b.len - 1], '\n');
    stp_fields fs = {0};
    assert_int_equal(stp_fields_split(&fs, b.p, b.len - 1), 6);
    assert_int_equal(stp_rec_kind_of("doc\tx", 5), STP_REC_DOC);
    stp_doc e;
    assert_int_equal(stp_doc_parse(&fs, &e), 0);
    assert_int_equal(e.source.n, 7);
    assert_memory_equal(e.source.s, "a\tb.txt", 7);
    assert_int_equal(e.text.n, d.text.n);
    assert_memory_equal(e.text.s, d.text.s, d.text.n);
    stp_fields_free(&fs);
    stp_buf_free(&b);
}

static void ent_and_rel_parse(void **state)
{
    (void)state;
    char ent[] = "ent\td1\t3\t8\tACTOR\tactor:apt28\tAPT28\texact";
    stp_fields fs = {0};
    assert_int_equal(stp_fields_split(&fs, ent, strlen(ent)), 8);
    stp_ent e;
    assert_int_equal(stp_ent_parse(&fs, &e), 0);
    assert_int_equal(e.start, 3);
    assert_int_equal(e.end, 8);

    char bad[] = "ent\td1\tx3\t8\tACTOR\tactor:apt28\tAPT28\texact";
    assert_int_equal(stp_fields_split(&fs, bad, strlen(bad)), 8);
    assert_int_equal(stp_ent_parse(&fs, &e), STP_ENUMBER);

    char few[] = "ent\td1\t3\t8\tACTOR";
    assert_int_equal(stp_fields_split(&fs, few, strlen(few)), 5);
    assert_int_equal(stp_ent_parse(&fs, &e), STP_EFIELDS);

    char rel[] = "rel\td1\tTARGETED\tactor:x\tinst:y\tddos\t0.85\t0\t20\thit\tX hit Y.";
    assert_int_equal(stp_fields_split(&fs, rel, strlen(rel)), 11);
    stp_rel r;
    assert_int_equal(stp_rel_parse(&fs, &r), 0);
    assert_true(r.confidence > 0.84 && r.confidence < 0.86);
    stp_buf b = {0};
    assert_int_equal(stp_rel_write(&b, &r), 0);
    assert_int_equal(b.len, strlen("rel\td1\tTARGETED\tactor:x\tinst:y\tddos\t0.85\t0\t20\thit\tX hit Y.\n"));

    char badconf[] = "rel\td1\tTARGETED\tactor:x\tinst:y\tddos\t1.5\t0\t20\thit\tX";
    assert_int_equal(stp_fields_split(&fs, badconf, strlen(badconf)), 11);
    assert_int_equal(stp_rel_parse(&fs, &r), STP_ENUMBER);
    stp_fields_free(&fs);
    stp_buf_free(&b);
}

static void raw_cr(void **state)
{
    (void)state;
    stp_fields fs = {0};
    char crlf[] = "ent\td1\t3\t8\tACTOR\tactor:apt28\tAPT28\texact\r";
    assert_int_equal(stp_fields_split(&fs, crlf, strlen(crlf)), 8);
    assert_int_equal(fs.f[7].n, 5);     /* "exact", the CR dropped */
    char cronly[] = "doc\ta\ten\t\t\tone\rdoc\tb\ten\t\t\ttwo";
    assert_int_equal(stp_fields_split(&fs, cronly, strlen(cronly)), STP_ERAWCR);
    stp_fields_free(&fs);
}

static void long_field(void **state)
{
    (void)state;
    size_t n = 100u * 1024 * 1024;
    char *text = malloc(n);
    assert_non_null(text);
    memset(text, 'a', n);
    text[n / 2] = '\t';
    stp_doc d = { STP_STR("big"), STP_STR("en"), STP_STR(""), STP_STR(""), { text, n } };
    stp_buf b = {0};
    assert_int_equal(stp_doc_write(&b, &d), 0);
    stp_fields fs = {0};
    assert_int_equal(stp_fields_split(&fs, b.p, b.len - 1), 6);
    stp_doc e;
    assert_int_equal(stp_doc_parse(&fs, &e), 0);
    assert_int_equal(e.text.n, n);
    assert_int_equal(e.text.s[n / 2], '\t');
    stp_fields_free(&fs);
    stp_buf_free(&b);
    free(text);
}

/* the word-at-a-time count agrees with a byte-by-byte one at every length
 * and alignment, over every byte value */
static void utf8_count_words(void **state)
{
    (void)state;
    static char buf[300];
    unsigned x = 12345;
    for (int round = 0; round < 200; round++) {
        for (size_t i = 0; i < sizeof buf; i++) {
            x = x * 1103515245u + 12345u;
            buf[i] = (char)(round < 2 ? (int)(i + round * 44) : (int)(x >> 16));
        }
        for (size_t off = 0; off < 9; off++)
            for (size_t n = 0; off + n <= sizeof buf; n += 1 + n / 16) {
                size_t want = 0;
                for (size_t i = off; i < off + n; i++)
                    want += ((unsigned char)buf[i] & 0xC0) != 0x80;
                assert_int_equal(stp_utf8_count(buf + off, n), want);
            }
    }
    assert_int_equal(stp_utf8_count("Příliš žluťoučký kůň", 29), 20);
    /* long runs: the sixteen-byte counters are added up every 255 rounds */
    static char big[9000];
    for (int kind = 0; kind < 3; kind++) {
        for (size_t i = 0; i < sizeof big; i++) {
            x = x * 1103515245u + 12345u;
            big[i] = (char)(kind == 0 ? 'a' : kind == 1 ? (i % 2 ? 0xA1 : 0xC5) : (int)(x >> 16));
        }
        static const size_t lens[] = { 4079, 4080, 4081, 4096, 8160, 8161, 9000 };
        for (size_t l = 0; l < sizeof lens / sizeof *lens; l++) {
            size_t want = 0;
            for (size_t i = 0; i < lens[l]; i++)
                want += ((unsigned char)big[i] & 0xC0) != 0x80;
            assert_int_equal(stp_utf8_count(big, lens[l]), want);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(escape_roundtrip_all_bytes),
        cmocka_unit_test(utf8_count_words),
        cmocka_unit_test(unescape_rejects_bad),
        cmocka_unit_test(doc_roundtrip),
        cmocka_unit_test(ent_and_rel_parse),
        cmocka_unit_test(raw_cr),
        cmocka_unit_test(long_field),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
