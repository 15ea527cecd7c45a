/* test_input.c - reading files, pipes and gzip line by line or whole */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "buf.h"
#include "err.h"
#include "input.h"

/* every test writes its files into one temporary directory */
static char dir[] = "/tmp/stopa-test-input.XXXXXX";
static char made[32][128];   /* the files written, removed at the end */
static int nmade;

/* dir/name, valid until the next call */
static const char *path_of(const char *name)
{
    static char p[128];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    return p;
}

/* dir/name, remembered for the teardown; stable until then */
static const char *remember(const char *name)
{
    const char *p = path_of(name);
    for (int i = 0; i < nmade; i++)
        if (strcmp(made[i], p) == 0)
            return made[i];
    assert_true(nmade < 32);
    snprintf(made[nmade], sizeof made[0], "%s", p);
    return made[nmade++];
}

static const char *write_file(const char *name, const void *data, size_t n)
{
    const char *path = remember(name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, n, f), n);
    assert_int_equal(fclose(f), 0);
    return path;
}

/* a gzip member holding data[0..n); mode "wb" starts the file, "ab" adds
   a member after the ones there */
static const char *write_gz(const char *name, const char *mode, const void *data, size_t n)
{
    const char *path = remember(name);
    gzFile g = gzopen(path, mode);
    assert_non_null(g);
    assert_int_equal(gzwrite(g, data, (unsigned)n), (int)n);
    assert_int_equal(gzclose(g), Z_OK);
    return path;
}

static void read_whole(const char *path, stp_buf *b)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char tmp[65536];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        assert_int_equal(stp_buf_put(b, tmp, n), 0);
    fclose(f);
}

static int setup(void **state)
{
    (void)state;
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    for (int i = 0; i < nmade; i++)
        unlink(made[i]);
    rmdir(path_of("sub"));
    return rmdir(dir);
}

/* the next line is exactly s */
static void expect_line(stp_input *in, const char *s, size_t n)
{
    const char *line;
    size_t len;
    assert_int_equal(stp_input_getline(in, &line, &len), 1);
    assert_int_equal(len, n);
    if (n)
        assert_memory_equal(line, s, n);
}
#define EXPECT_LINE(in, lit) expect_line((in), (lit), sizeof(lit) - 1)

static void expect_end(stp_input *in, int code)
{
    const char *line;
    size_t len;
    assert_int_equal(stp_input_getline(in, &line, &len), code);
    assert_int_equal(stp_input_getline(in, &line, &len), code);  /* and stays */
}

/* n numbered lines of different lengths */
static void numbered_lines(stp_buf *b, int n)
{
    for (int i = 1; i <= n; i++) {
        char l[64];
        int k = snprintf(l, sizeof l, "line %d%.*s\n", i, i % 23, "-----------------------");
        assert_int_equal(stp_buf_put(b, l, (size_t)k), 0);
    }
}

/* the lines of `in` are those of text[0..n) (which ends with LF) */
static void expect_text(stp_input *in, const char *text, size_t n)
{
    const char *p = text, *e = text + n;
    uint64_t count = 0;
    while (p < e) {
        const char *nl = memchr(p, '\n', (size_t)(e - p));
        expect_line(in, p, (size_t)(nl - p));
        assert_int_equal(stp_input_lineno(in), ++count);
        p = nl + 1;
    }
    expect_end(in, 0);
}

static void plain_lines(void **state)
{
    (void)state;
    /* CR kept, an empty line, a NUL inside a line, no LF at the end */
    static const char data[] = "one\ntwo\r\n\nn\0l\nlast";
    const char *path = write_file("plain.txt", data, sizeof data - 1);
    stp_input *in;
    assert_int_equal(stp_input_open(&in, path), 0);
    assert_string_equal(stp_input_name(in), path);
    assert_int_equal(stp_input_size(in), sizeof data - 1);
    EXPECT_LINE(in, "one");
    assert_int_equal(stp_input_lineno(in), 1);
    EXPECT_LINE(in, "two\r");
    EXPECT_LINE(in, "");
    EXPECT_LINE(in, "n\0l");
    EXPECT_LINE(in, "last");
    assert_int_equal(stp_input_lineno(in), 5);
    expect_end(in, 0);
    assert_int_equal(stp_input_is_gzip(in), 0);
    assert_int_equal(stp_input_offset(in), sizeof data - 1);
    stp_input_free(in);
    stp_input_free(NULL);
}

static void empty_input(void **state)
{
    (void)state;
    const char *path = write_file("empty.txt", "", 0);
    stp_input *in;
    assert_int_equal(stp_input_open(&in, path), 0);
    expect_end(in, 0);
    assert_int_equal(stp_input_lineno(in), 0);
    stp_input_free(in);
    /* read whole: one empty piece, then the end */
    assert_int_equal(stp_input_open(&in, path), 0);
    const char *d;
    size_t n = 99;
    assert_int_equal(stp_input_read_all(in, &d, &n), 1);
    assert_non_null(d);
    assert_int_equal(n, 0);
    assert_int_equal(stp_input_read_all(in, &d, &n), 0);
    stp_input_free(in);
    /* an empty gzip member is an empty input too */
    path = write_gz("empty.gz", "wb", "", 0);
    assert_int_equal(stp_input_open(&in, path), 0);
    expect_end(in, 0);
    stp_input_free(in);
}

static void long_line_and_many_lines(void **state)
{
    (void)state;
    /* one line of 3 MB (more than the first buffer of 512 KB), then 100 000
       short lines, so that the buffer both grows and moves its data */
    stp_buf b = {0};
    for (size_t i = 0; i < 3000000; i++)
        assert_int_equal(stp_buf_putc(&b, 'a' + (int)(i % 26)), 0);
    assert_int_equal(stp_buf_putc(&b, '\n'), 0);
    numbered_lines(&b, 100000);
    const char *path = write_file("long.txt", b.p, b.len);
    stp_input *in;
    assert_int_equal(stp_input_open(&in, path), 0);
    expect_text(in, b.p, b.len);
    stp_input_free(in);
    /* the same through gzip */
    path = write_gz("long.gz", "wb", b.p, b.len);
    assert_int_equal(stp_input_open(&in, path), 0);
    expect_text(in, b.p, b.len);
    assert_int_equal(stp_input_is_gzip(in), 1);
    stp_buf_free(&b);
    stp_input_free(in);
}

static void gzip_is_recognised_by_content(void **state)
{
    (void)state;
    stp_buf b = {0}, z = {0};
    numbered_lines(&b, 1000);
    /* a gzip file named .txt is still gzip; a plain one named .gz is plain */
    const char *gz = write_gz("looks-plain.txt", "wb", b.p, b.len);
    read_whole(gz, &z);
    assert_int_equal(z.p[0], '\x1f');
    stp_input *in;
    assert_int_equal(stp_input_open(&in, gz), 0);
    assert_int_equal(stp_input_size(in), z.len);   /* the compressed size */
    expect_text(in, b.p, b.len);
    assert_int_equal(stp_input_is_gzip(in), 1);
    assert_int_equal(stp_input_offset(in), z.len); /* compressed bytes read */
    stp_input_free(in);
    const char *plain = write_file("looks-gzip.gz", b.p, b.len);
    assert_int_equal(stp_input_open(&in, plain), 0);
    expect_text(in, b.p, b.len);
    assert_int_equal(stp_input_is_gzip(in), 0);
    stp_input_free(in);
    /* read whole: the decompressed bytes */
    assert_int_equal(stp_input_open(&in, gz), 0);
    const char *d;
    size_t n;
    assert_int_equal(stp_input_read_all(in, &d, &n), 1);
    assert_int_equal(n, b.len);
    assert_memory_equal(d, b.p, n);
    assert_int_equal(stp_input_read_all(in, &d, &n), 0);
    stp_input_free(in);
    stp_buf_free(&b);
    stp_buf_free(&z);
}

static void gzip_members_are_concatenated(void **state)
{
    (void)state;
    stp_buf b = {0};
    numbered_lines(&b, 3000);
    /* split inside a line: the line goes on in the next member */
    size_t half = b.len / 2 + 3;
    assert_int_not_equal(b.p[half - 1], '\n');
    write_gz("two.gz", "wb", b.p, half);
    const char *path = write_gz("two.gz", "ab", b.p + half, b.len - half);
    stp_input *in;
    assert_int_equal(stp_input_open(&in, path), 0);
    expect_text(in, b.p, b.len);
    stp_input_free(in);
    stp_buf_free(&b);
}

static void truncated_gzip_gives_the_lines_before(void **state)
{
    (void)state;
    stp_buf b = {0}, z = {0};
    numbered_lines(&b, 20000);
    read_whole(write_gz("full.gz", "wb", b.p, b.len), &z);
    const char *path = write_file("cut.gz", z.p, z.len / 2);
    stp_input *in;
    assert_int_equal(stp_input_open(&in, path), 0);
    const char *line, *p = b.p;
    size_t len;
    int rc, lines = 0, whole = 1;
    while ((rc = stp_input_getline(in, &line, &len)) == 1) {
        assert_true(whole);   /* only the very last line may be cut short */
        const char *nl = memchr(p, '\n', (size_t)(b.p + b.len - p));
        size_t want = (size_t)(nl - p);
        assert_true(len <= want);
        assert_memory_equal(line, p, len);
        whole = len == want;
        p = nl + 1;
        lines++;
    }
    assert_int_equal(rc, STP_EGZIP);
    assert_true(lines > 100 && lines < 20000);
    expect_end(in, STP_EGZIP);
    stp_input_free(in);
    /* read whole: what came before the damage, then the error */
    assert_int_equal(stp_input_open(&in, path), 0);
    const char *d;
    size_t n;
    assert_int_equal(stp_input_read_all(in, &d, &n), 1);
    assert_true(n > 0 && n < b.len);
    assert_memory_equal(d, b.p, n);
    assert_int_equal(stp_input_read_all(in, &d, &n), STP_EGZIP);
    stp_input_free(in);
    /* cut in the 8-byte trailer (CRC and size): every line is there, and
       still the file is reported as truncated */
    path = write_file("cut-trailer.gz", z.p, z.len - 3);
    assert_int_equal(stp_input_open(&in, path), 0);
    p = b.p;
    for (int i = 0; i < 20000; i++) {
        const char *nl = memchr(p, '\n', (size_t)(b.p + b.len - p));
        expect_line(in, p, (size_t)(nl - p));
        p = nl + 1;
    }
    expect_end(in, STP_EGZIP);
    stp_input_free(in);
    stp_buf_free(&b);
    stp_buf_free(&z);
}

static void gzip_magic_then_garbage(void **state)
{
    (void)state;
    static const char junk[] = "\x1f\x8bthis is not deflate data at all\n";
    stp_input *in;
    assert_int_equal(stp_input_open(&in, write_file("junk.gz", junk, sizeof junk - 1)), 0);
    expect_end(in, STP_EGZIP);
    stp_input_free(in);
}

static void missing_file_and_directory(void **state)
{
    (void)state;
    stp_input *in = (stp_input *)&in;   /* set to NULL on failure */
    assert_int_equal(stp_input_open(&in, path_of("no-such-file")), STP_ENOTFOUND);
    assert_null(in);
    assert_int_equal(mkdir(path_of("sub"), 0700), 0);
    in = (stp_input *)&in;
    errno = 0;
    assert_int_equal(stp_input_open(&in, path_of("sub")), STP_EIO);
    assert_int_equal(errno, EISDIR);
    assert_null(in);
}

/* data through a pipe (no size, no seeking), plain and gzip */
static void pipe_input(void **state)
{
    (void)state;
    stp_buf z = {0};
    read_whole(write_gz("pipe.gz", "wb", "from\na gzip pipe\n", 17), &z);
    for (int gz = 0; gz <= 1; gz++) {
        int fd[2];
        assert_int_equal(pipe(fd), 0);
        const char *data = gz ? z.p : "from\na pipe";
        size_t n = gz ? z.len : 11;
        assert_true(n < 4096);   /* fits the pipe: no writer thread needed */
        assert_int_equal(write(fd[1], data, n), (ssize_t)n);
        close(fd[1]);
        stp_input *in;
        assert_int_equal(stp_input_fdopen(&in, fd[0], "pipe"), 0);
        assert_string_equal(stp_input_name(in), "pipe");
        assert_int_equal(stp_input_size(in), 0);
        EXPECT_LINE(in, "from");
        if (gz)
            EXPECT_LINE(in, "a gzip pipe");
        else
            EXPECT_LINE(in, "a pipe");
        expect_end(in, 0);
        assert_int_equal(stp_input_is_gzip(in), gz);
        stp_input_free(in);   /* closes fd[0] */
        errno = 0;
        assert_int_equal(close(fd[0]), -1);
        assert_int_equal(errno, EBADF);
    }
    stp_buf_free(&z);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plain_lines),
        cmocka_unit_test(empty_input),
        cmocka_unit_test(long_line_and_many_lines),
        cmocka_unit_test(gzip_is_recognised_by_content),
        cmocka_unit_test(gzip_members_are_concatenated),
        cmocka_unit_test(truncated_gzip_gives_the_lines_before),
        cmocka_unit_test(gzip_magic_then_garbage),
        cmocka_unit_test(missing_file_and_directory),
        cmocka_unit_test(pipe_input),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
