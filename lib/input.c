/* input.c - transparent gzip, line reader of unbounded length */
#include "input.h"
#include "err.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define STP_INPUT_CHUNK (256u * 1024u)

struct stp_input {
    gzFile   gz;
    char    *name;
    char    *buf;      /* buf[start..end) holds unread data */
    size_t   start, end, cap;
    size_t   scan;     /* bytes after start already searched for '\n' */
    int      eof;
    int      err;      /* sticky error */
    int      is_stdin;
    int      gzip;
    uint64_t lineno;
    uint64_t size;
};

int stp_input_fdopen(stp_input **out, int fd, const char *name)
{
    *out = NULL;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        errno = EISDIR;
        return STP_EIO;
    }
    stp_input *in = calloc(1, sizeof *in);
    if (!in)
        return STP_ENOMEM;
    in->name = strdup(name);
    in->is_stdin = fd == STDIN_FILENO;
    in->size = S_ISREG(st.st_mode) ? (uint64_t)st.st_size : 0;
    /* peek the magic without consuming: zlib does this itself, but we
       want to know the answer for stp_input_is_gzip() */
    int dfd = in->is_stdin ? dup(fd) : fd;
    in->gz = dfd >= 0 ? gzdopen(dfd, "rb") : NULL;
    if (!in->name || !in->gz) {
        int rc = !in->name ? STP_ENOMEM : STP_EIO;
        if (in->gz)
            gzclose_r(in->gz);
        else if (dfd >= 0 && in->is_stdin)
            close(dfd);
        free(in->name);
        free(in);
        return rc;
    }
    gzbuffer(in->gz, STP_INPUT_CHUNK);
    *out = in;
    return 0;
}

int stp_input_open(stp_input **out, const char *path)
{
    *out = NULL;
    if (strcmp(path, "-") == 0)
        return stp_input_fdopen(out, STDIN_FILENO, "-");
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return errno == ENOENT ? STP_ENOTFOUND : STP_EIO;
    int rc = stp_input_fdopen(out, fd, path);
    if (rc) {
        int e = errno;
        close(fd);
        errno = e;
    }
    return rc;
}

void stp_input_free(stp_input *in)
{
    if (!in)
        return;
    gzclose_r(in->gz);
    free(in->buf);
    free(in->name);
    free(in);
}

/* read more data after end; 0 ok (maybe eof), <0 error */
static int fill(stp_input *in)
{
    if (in->eof)
        return 0;
    if (in->start > 0 && in->start == in->end) {
        in->start = in->end = 0;
    } else if (in->start > in->cap / 2) {
        memmove(in->buf, in->buf + in->start, in->end - in->start);
        in->end -= in->start;
        in->start = 0;
    }
    if (in->cap - in->end < STP_INPUT_CHUNK) {
        size_t cap = in->cap ? in->cap * 2 : 2 * STP_INPUT_CHUNK;
        while (cap - in->end < STP_INPUT_CHUNK)
            cap *= 2;
        char *p = realloc(in->buf, cap);
        if (!p)
            return in->err = STP_ENOMEM;
        in->buf = p;
        in->cap = cap;
    }
    size_t want = in->cap - in->end - 1;
    if (want > (1u << 30))
        want = 1u << 30;
    int n = gzread(in->gz, in->buf + in->end, (unsigned)want);
    if (in->lineno == 0 && in->start == 0 && in->end == 0)
        in->gzip = !gzdirect(in->gz);
    if (n < 0) {
        int zerr;
        gzerror(in->gz, &zerr);
        return in->err = zerr == Z_ERRNO ? STP_EIO : STP_EGZIP;
    }
    if (n == 0) {
        int zerr;
        gzerror(in->gz, &zerr);
        in->eof = 1;
        if (zerr == Z_BUF_ERROR) /* input ended inside a gzip member */
            in->err = STP_EGZIP;
        else if (zerr == Z_ERRNO)
            in->err = STP_EIO;
        else if (zerr != Z_OK)
            in->err = STP_EGZIP;
        return 0;
    }
    in->end += (size_t)n;
    return 0;
}

int stp_input_getline(stp_input *in, const char **line, size_t *len)
{
    for (;;) {
        char *s = in->buf ? in->buf + in->start : NULL; /* NULL + 0 is undefined */
        size_t avail = in->end - in->start;
        char *nl = avail > in->scan ? memchr(s + in->scan, '\n', avail - in->scan) : NULL;
        if (nl) {
            *line = s;
            *len = (size_t)(nl - s);
            in->start += *len + 1;
            in->scan = 0;
            in->lineno++;
            return 1;
        }
        in->scan = avail;
        if (in->eof || in->err) {
            if (avail) {
                *line = s;
                *len = avail;
                in->start = in->end;
                in->scan = 0;
                in->lineno++;
                return 1;
            }
            return in->err ? in->err : 0;
        }
        /* an error is sticky: the data before it is returned first */
        fill(in);
    }
}

int stp_input_read_all(stp_input *in, const char **data, size_t *len)
{
    if (in->eof && in->start == in->end)
        return in->err ? in->err : 0;
    while (!in->eof && !in->err)
        fill(in);
    *data = in->buf ? in->buf + in->start : "";
    *len = in->end - in->start;
    in->start = in->end;
    in->lineno++;
    if (in->err && *len == 0)
        return in->err;
    return 1;
}

const char *stp_input_name(const stp_input *in) { return in->name; }
uint64_t stp_input_lineno(const stp_input *in) { return in->lineno; }
int stp_input_is_gzip(const stp_input *in) { return in->gzip; }
uint64_t stp_input_size(const stp_input *in) { return in->size; }

uint64_t stp_input_offset(const stp_input *in)
{
    z_off_t o = gzoffset(in->gz);
    return o < 0 ? 0 : (uint64_t)o;
}
