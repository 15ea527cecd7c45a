/* test_buf.c - the growable buffer, the field escaping and array growth */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"

/* the bytes of b equal the n bytes of s */
static void assert_buf(const stp_buf *b, const char *s, size_t n)
{
    assert_int_equal(b->len, n);
    if (n)
        assert_memory_equal(b->p, s, n);
}

static void zeroed_buffer_is_empty_and_valid(void **state)
{
    (void)state;
    stp_buf b = {0};
    assert_int_equal(stp_buf_put(&b, "", 0), 0);  /* nothing to add: still fine */
    assert_int_equal(b.len, 0);
    char *s = stp_buf_cstr(&b);
    assert_non_null(s);
    assert_string_equal(s, "");
    assert_int_equal(b.len, 0);                     /* the NUL is not counted */
    stp_buf_free(&b);
    assert_null(b.p);
    assert_int_equal(b.cap, 0);
    stp_buf_free(&b);                               /* twice: still a no-op */
    stp_buf z = {0};
    stp_buf_free(&z);
}

static void grows_by_doubling_and_keeps_content(void **state)
{
    (void)state;
    stp_buf b = {0};
    size_t last_cap = 0, reallocs = 0;
    for (size_t i = 0; i < 1000000; i++) {
        assert_int_equal(stp_buf_putc(&b, 'a' + (int)(i % 26)), 0);
        if (b.cap != last_cap) {
            /* 256 first, then doubled: cap is a power of two from 256 up */
            assert_true(b.cap >= 256);
            assert_int_equal(b.cap & (b.cap - 1), 0);
            assert_true(last_cap == 0 || b.cap == 2 * last_cap);
            last_cap = b.cap;
            reallocs++;
        }
        assert_true(b.len < b.cap);  /* room for stp_buf_cstr's NUL */
    }
    assert_int_equal(b.len, 1000000);
    assert_int_equal(reallocs, 13);  /* 256 .. 1 Mi: a million bytes, 13 sizes */
    for (size_t i = 0; i < b.len; i += 9973)
        assert_int_equal(b.p[i], 'a' + (int)(i % 26));
    stp_buf_reset(&b);
    assert_int_equal(b.len, 0);
    assert_int_equal(b.cap, last_cap);  /* reset keeps the memory */
    stp_buf_free(&b);
}

static void reserve_makes_room_without_moving(void **state)
{
    (void)state;
    stp_buf b = {0};
    assert_int_equal(stp_buf_puts(&b, "head:"), 0);
    assert_int_equal(stp_buf_reserve(&b, 100000), 0);
    assert_true(b.cap - b.len > 100000);
    const char *p = b.p;
    char chunk[1000];
    memset(chunk, 'x', sizeof chunk);
    for (int i = 0; i < 100; i++)
        assert_int_equal(stp_buf_put(&b, chunk, sizeof chunk), 0);
    assert_ptr_equal(b.p, p);  /* the reserved room was used, not reallocated */
    assert_int_equal(b.len, 5 + 100000);
    assert_memory_equal(b.p, "head:xxx", 8);
    stp_buf_free(&b);
}

static void impossible_sizes_fail_and_leave_the_buffer(void **state)
{
    (void)state;
    stp_buf b = {0};
    assert_int_equal(stp_buf_puts(&b, "keep"), 0);
    const char *p = b.p;
    size_t cap = b.cap;
    /* len + extra + 1 overflows */
    assert_int_equal(stp_buf_reserve(&b, SIZE_MAX), STP_ENOMEM);
    assert_int_equal(stp_buf_reserve(&b, SIZE_MAX - 4), STP_ENOMEM);
    /* no overflow, but doubling would pass SIZE_MAX */
    assert_int_equal(stp_buf_reserve(&b, SIZE_MAX / 2 + 2), STP_ENOMEM);
    /* escaping may double the length: more than SIZE_MAX / 2 cannot fit */
    assert_int_equal(stp_buf_put_esc(&b, "", SIZE_MAX / 2 + 1), STP_ENOMEM);
    assert_int_equal(stp_buf_put(&b, "", SIZE_MAX), STP_ENOMEM);
    assert_ptr_equal(b.p, p);
    assert_int_equal(b.cap, cap);
    assert_buf(&b, "keep", 4);
    stp_buf_free(&b);
}

static void numbers(void **state)
{
    (void)state;
    stp_buf b = {0};
    assert_int_equal(stp_buf_putu(&b, 0), 0);
    assert_int_equal(stp_buf_putc(&b, ' '), 0);
    assert_int_equal(stp_buf_putu(&b, 10), 0);
    assert_int_equal(stp_buf_putc(&b, ' '), 0);
    assert_int_equal(stp_buf_putu(&b, UINT64_MAX), 0);
    assert_int_equal(stp_buf_putc(&b, ' '), 0);
    assert_int_equal(stp_buf_putf(&b, 0.5, 2), 0);
    assert_int_equal(stp_buf_putc(&b, ' '), 0);
    assert_int_equal(stp_buf_putf(&b, 1.0 / 3.0, 3), 0);
    assert_int_equal(stp_buf_putc(&b, ' '), 0);
    assert_int_equal(stp_buf_putf(&b, 7.0, 0), 0);
    const char want[] = "0 10 18446744073709551615 0.50 0.333 7";
    assert_buf(&b, want, sizeof want - 1);
    /* a number too long for the formatting buffer is refused, not cut */
    size_t len = b.len;
    assert_int_equal(stp_buf_putf(&b, 1e300, 2), STP_EINVAL);
    assert_int_equal(b.len, len);
    stp_buf_free(&b);
}

static void escaping_writes_the_four_specials(void **state)
{
    (void)state;
    stp_buf b = {0};
    /* the neighbours of '\\' (0x5c) in ASCII, bytes above 0x7f and NUL pass */
    const char in[] = "a\tb\nc\rd\\e[]\x80\xff\0z";
    const char want[] = "a\\tb\\nc\\rd\\\\e[]\x80\xff\0z";
    assert_int_equal(stp_buf_put_esc(&b, in, sizeof in - 1), 0);
    assert_buf(&b, want, sizeof want - 1);
    /* only the worst case is reserved: a field of specials alone */
    stp_buf_reset(&b);
    assert_int_equal(stp_buf_put_esc(&b, "\\\\\t\t\n\n\r\r", 8), 0);
    assert_buf(&b, "\\\\\\\\\\t\\t\\n\\n\\r\\r", 16);
    stp_buf_reset(&b);
    assert_int_equal(stp_buf_put_esc(&b, NULL, 0), 0);
    assert_int_equal(b.len, 0);
    stp_buf_free(&b);
}

/* the eight-byte path against one byte at a time: every length up to 40
   and every start in a word, specials at every position */
static void escaping_at_every_length_and_offset(void **state)
{
    (void)state;
    static const char alpha[] = "ab\\\t\n\r\xc3\xa1 x";
    char src[64];
    unsigned seed = 7;
    for (int round = 0; round < 200; round++) {
        for (size_t k = 0; k < sizeof src; k++) {
            seed = seed * 1103515245u + 12345u;
            /* mostly plain letters, now and then a special */
            src[k] = (seed >> 16) % 8 ? 'a' + (char)((seed >> 8) % 26)
                                      : alpha[(seed >> 20) % (sizeof alpha - 1)];
        }
        for (size_t off = 0; off < 8; off++)
            for (size_t n = 0; off + n <= 48; n++) {
                char want[128];
                size_t w = 0;
                for (size_t k = off; k < off + n; k++) {
                    char c = src[k];
                    if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                        want[w++] = '\\';
                        want[w++] = c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
                    } else {
                        want[w++] = c;
                    }
                }
                stp_buf b = {0};
                assert_int_equal(stp_buf_put(&b, "x", 1), 0);
                assert_int_equal(stp_buf_put_esc(&b, src + off, n), 0);
                assert_int_equal(b.len, w + 1);
                assert_memory_equal(b.p + 1, want, w);
                stp_buf_free(&b);
            }
    }
}

static void every_byte_round_trips(void **state)
{
    (void)state;
    char all[256 * 3];
    for (int i = 0; i < (int)sizeof all; i++)
        all[i] = (char)(i % 256);
    stp_buf b = {0};
    assert_int_equal(stp_buf_put_esc(&b, all, sizeof all), 0);
    assert_int_equal(b.len, sizeof all + 3 * 4);  /* 4 specials, 3 times */
    assert_null(memchr(b.p, '\t', b.len));
    assert_null(memchr(b.p, '\n', b.len));
    assert_null(memchr(b.p, '\r', b.len));
    long n = stp_unescape(b.p, b.len);
    assert_int_equal(n, (long)sizeof all);
    assert_memory_equal(b.p, all, sizeof all);
    stp_buf_free(&b);
}

static void unescape_errors(void **state)
{
    (void)state;
    char plain[] = "no escapes";
    assert_int_equal(stp_unescape(plain, sizeof plain - 1), (long)sizeof plain - 1);
    assert_string_equal(plain, "no escapes");
    char empty[1] = "";
    assert_int_equal(stp_unescape(empty, 0), 0);
    char end[] = "abc\\";
    assert_int_equal(stp_unescape(end, 4), STP_EESCAPE);
    char alone[] = "\\";
    assert_int_equal(stp_unescape(alone, 1), STP_EESCAPE);
    char other[] = "a\\xb";
    assert_int_equal(stp_unescape(other, 4), STP_EESCAPE);
    char quote[] = "\\\"";  /* nothing but \ t n r follows a backslash */
    assert_int_equal(stp_unescape(quote, 2), STP_EESCAPE);
    /* the length given is what counts: the backslash outside it is not read */
    char cut[] = "ab\\n";
    assert_int_equal(stp_unescape(cut, 2), 2);
    char pair[] = "\\\\n";  /* an escaped backslash, then a plain n */
    assert_int_equal(stp_unescape(pair, 3), 2);
    assert_memory_equal(pair, "\\n", 2);
}

static void array_grow(void **state)
{
    (void)state;
    int *a = NULL;
    size_t cap = 0;
    assert_int_equal(stp_array_grow((void **)&a, &cap, 0, sizeof *a), 0);
    assert_null(a);                      /* nothing needed: nothing allocated */
    assert_int_equal(cap, 0);
    assert_int_equal(stp_array_grow((void **)&a, &cap, 1, sizeof *a), 0);
    assert_int_equal(cap, 64);           /* at least 64 */
    for (int i = 0; i < 64; i++)
        a[i] = i;
    int *before = a;
    assert_int_equal(stp_array_grow((void **)&a, &cap, 64, sizeof *a), 0);
    assert_ptr_equal(a, before);         /* enough already */
    assert_int_equal(stp_array_grow((void **)&a, &cap, 65, sizeof *a), 0);
    assert_int_equal(cap, 128);
    assert_int_equal(stp_array_grow((void **)&a, &cap, 1000, sizeof *a), 0);
    assert_int_equal(cap, 1024);
    for (int i = 0; i < 64; i++)
        assert_int_equal(a[i], i);       /* the contents moved along */
    /* cap * size would overflow: refused before any allocation */
    before = a;
    assert_int_equal(stp_array_grow((void **)&a, &cap, SIZE_MAX / 8, 16), STP_ENOMEM);
    assert_ptr_equal(a, before);
    assert_int_equal(cap, 1024);
    free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(zeroed_buffer_is_empty_and_valid),
        cmocka_unit_test(grows_by_doubling_and_keeps_content),
        cmocka_unit_test(reserve_makes_room_without_moving),
        cmocka_unit_test(impossible_sizes_fail_and_leave_the_buffer),
        cmocka_unit_test(numbers),
        cmocka_unit_test(escaping_writes_the_four_specials),
        cmocka_unit_test(escaping_at_every_length_and_offset),
        cmocka_unit_test(every_byte_round_trips),
        cmocka_unit_test(unescape_errors),
        cmocka_unit_test(array_grow),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
