/* cli.c - messages, exit status and checked output for the binaries */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *stp_cli_prog = "stopa";
static int cli_status;

static void close_stdout(void)
{
    int bad = fflush(stdout) != 0 || ferror(stdout);
    int e = errno;
    if (fclose(stdout) != 0 && !bad) {
        bad = 1;
        e = errno;
    }
    if (bad) {
        fprintf(stderr, "%s: write error: %s\n", stp_cli_prog, strerror(e));
        _exit(STP_EXIT_FATAL);
    }
}

void stp_cli_init(const char *prog)
{
    const char *slash = strrchr(prog, '/');
    stp_cli_prog = slash ? slash + 1 : prog;
    signal(SIGPIPE, SIG_DFL);
    atexit(close_stdout);
}

static void vmsg(const char *file, uint64_t line, const char *doc, const char *fmt, va_list ap)
{
    flockfile(stderr);
    fprintf(stderr, "%s: ", stp_cli_prog);
    if (file) {
        if (line)
            fprintf(stderr, "%s:%llu: ", file, (unsigned long long)line);
        else
            fprintf(stderr, "%s: ", file);
    }
    if (doc)
        fprintf(stderr, "doc %s: ", doc);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    funlockfile(stderr);
}

void stp_cli_warn(const char *file, uint64_t line, const char *doc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmsg(file, line, doc, fmt, ap);
    va_end(ap);
}

void stp_cli_error(const char *file, uint64_t line, const char *doc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmsg(file, line, doc, fmt, ap);
    va_end(ap);
    if (cli_status < STP_EXIT_INPUT)
        cli_status = STP_EXIT_INPUT;
}

void stp_cli_die(int status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmsg(NULL, 0, NULL, fmt, ap);
    va_end(ap);
    exit(status);
}

void stp_cli_usage(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmsg(NULL, 0, NULL, fmt, ap);
    va_end(ap);
    fprintf(stderr, "Try '%s --help' for more information.\n", stp_cli_prog);
    exit(STP_EXIT_FATAL);
}

void stp_cli_flush(stp_buf *b)
{
    if (b->len && fwrite(b->p, 1, b->len, stdout) != b->len)
        stp_cli_die(STP_EXIT_FATAL, "write error: %s", strerror(errno));
    b->len = 0;
}

int stp_cli_status(void) { return cli_status; }

int stp_cli_prefix_path(char *out, size_t n, const char *rel)
{
    char exe[4096];
    ssize_t l = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (l <= 0 || (size_t)l >= sizeof exe - 1)
        return -1;
    exe[l] = 0;
    for (int up = 0; up < 2; up++) {        /* drop the name, then bin */
        char *slash = strrchr(exe, '/');
        if (!slash)
            return -1;
        *slash = 0;
    }
    int w = snprintf(out, n, "%s/%s", exe, rel);
    return w < 0 || (size_t)w >= n ? -1 : 0;
}

int stp_cli_ncpu(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 256 ? 256 : (int)n;
}
