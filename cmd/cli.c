/* cli.c - messages, exit status and checked output for the binaries */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"
#include "err.h"

#include <errno.h>
#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

const char *stp_cli_prog = "stopa";
static int cli_status;
static int write_error_told;    /* stp_cli_flush said "write error" already */

static void meter_count(char group, const char *key, size_t len, uint64_t n);
static void meter_scan(const char *p, size_t n);

static void close_stdout(void)
{
    /* after stp_cli_flush's message the stream still holds its error:
       a second "write error" would say the same thing again */
    if (write_error_told)
        return;
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
#if defined(M_ARENA_MAX) && defined(M_TOP_PAD)
    /* glibc gives each thread a malloc heap of its own that grows by
       mprotect() a few pages at a time: loading the Czech dictionary
       (hundreds of thousands of small allocations) in a worker thread of
       tag or relate then makes some 6,000 system calls on the path every
       thread waits on. The filters' threads allocate little once warm
       (buffers are reused), so they share the main heap, which grows in
       8 MB steps (only pages touched become resident). */
    (void)mallopt(M_ARENA_MAX, 1);
    (void)mallopt(M_TOP_PAD, 8 << 20);
#endif
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

void stp_cli_warn(const char *kind, const char *file, uint64_t line, const char *doc,
                  const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmsg(file, line, doc, fmt, ap);
    va_end(ap);
    if (kind)
        stp_cli_meter_kind(0, kind, 1);
}

void stp_cli_error(const char *kind, const char *file, uint64_t line, const char *doc,
                   const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmsg(file, line, doc, fmt, ap);
    va_end(ap);
    if (kind)
        stp_cli_meter_kind(1, kind, 1);
    if (cli_status < STP_EXIT_INPUT)
        cli_status = STP_EXIT_INPUT;
}

const char *stp_cli_kind(int code)
{
    switch (code) {
    case STP_EIO:       return "read error";
    case STP_EGZIP:     return "corrupt gzip";
    case STP_EESCAPE:
    case STP_EFIELDS:
    case STP_ENUMBER:
    case STP_EKIND:     return "bad record";
    case STP_ENODOC:    return "record outside its document";
    case STP_EJSON:     return "bad JSON";
    case STP_EUTF8:     return "invalid UTF-8";
    case STP_EDATE:     return "bad date";
    case STP_ERANGE:    return "offset out of range";
    case STP_EDICT:     return "no dictionary";
    case STP_ERAWCR:    return "raw CR";
    case STP_ENOTFOUND: return "not found";
    case STP_EUNSUPP:   return "unsupported input";
    default:            return stp_strerror(code);
    }
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
    meter_scan(b->p, b->len);
    if (b->len && fwrite(b->p, 1, b->len, stdout) != b->len) {
        write_error_told = 1;
        stp_cli_die(STP_EXIT_FATAL, "write error: %s", strerror(errno));
    }
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

/* ---- --stats and --progress ------------------------------------------ */

#define METER_KEYS 64

typedef struct {
    char     group;          /* 'l' language, 'k' own kind, 'w' warning, 'e' error */
    char     key[64];
    uint64_t n;
} meter_key;

static struct {
    int         on, stats, progress, tty, table, drawn, header_seen;
    const char *own;
    size_t      own_len;
    int         own_field;   /* the field counted by key (0: the kind) */
    double      t0, last;
    uint64_t    total;       /* bytes of all inputs, 0 when unknown */
    uint64_t    done;        /* bytes of the inputs already read */
    const stp_input *in;
    uint64_t    docs, records, out_bytes;
    int         text;        /* the filter counts sentences and tokens */
    const char *text_scope;  /* which documents it splits (NULL: all) */
    uint64_t    text_docs, sentences, tokens;
    meter_key   keys[METER_KEYS];
    int         nkeys;
} M;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void meter_count(char group, const char *key, size_t len, uint64_t n)
{
    if (len >= sizeof M.keys[0].key)
        len = sizeof M.keys[0].key - 1;
    if (!len) {
        key = "-";
        len = 1;
    }
    for (int i = 0; i < M.nkeys; i++)
        if (M.keys[i].group == group && strncmp(M.keys[i].key, key, len) == 0 &&
            M.keys[i].key[len] == 0) {
            M.keys[i].n += n;
            return;
        }
    int i = M.nkeys;
    if (i == METER_KEYS) {           /* the last slot keeps the rest */
        i = METER_KEYS - 1;
        key = "other";
        len = 5;
    } else
        M.nkeys++;
    M.keys[i].group = group;
    memcpy(M.keys[i].key, key, len);
    M.keys[i].key[len] = 0;
    M.keys[i].n += n;
}

int stp_cli_progress_arg(const char *arg)
{
    if (!arg || strcmp(arg, "auto") == 0)
        return STP_CLI_PROGRESS_AUTO;
    if (strcmp(arg, "always") == 0)
        return STP_CLI_PROGRESS_ALWAYS;
    if (strcmp(arg, "never") == 0)
        return STP_CLI_PROGRESS_OFF;
    stp_cli_usage("--progress takes auto, always or never, not '%s'", arg);
}

void stp_cli_meter_begin(int stats, int progress, const char *own, int table,
                         char *const *files, int nfiles)
{
    memset(&M, 0, sizeof M);
    M.stats = stats;
    M.tty = isatty(2);
    M.progress = progress == STP_CLI_PROGRESS_ALWAYS ||
                 (progress == STP_CLI_PROGRESS_AUTO && M.tty);
    M.on = M.stats || M.progress;
    M.own = own;
    M.own_len = strlen(own);
    M.table = table;
    /* the field named in the summary: ent type, rel predicate, incident kind */
    M.own_field = strcmp(own, "ent") == 0 ? 4 : strcmp(own, "rel") == 0 ? 2
                : strcmp(own, "incident") == 0 ? 4 : 0;
    M.t0 = M.last = now();
    struct stat sb;
    for (int i = 0; i < (nfiles ? nfiles : 1); i++) {
        const char *f = nfiles ? files[i] : "-";
        int ok = strcmp(f, "-") == 0 ? fstat(0, &sb) == 0 : stat(f, &sb) == 0;
        if (!ok || !S_ISREG(sb.st_mode)) {
            M.total = 0;
            break;
        }
        M.total += (uint64_t)sb.st_size;
    }
}

void stp_cli_meter_input(const stp_input *in)
{
    if (M.in)
        M.done += stp_input_offset(M.in);
    M.in = in;
}

/* field i (0: the kind) of the line p[0..n) */
static const char *field(const char *p, size_t n, int i, size_t *len)
{
    const char *e = p + n;
    for (; i > 0; i--) {
        const char *t = memchr(p, '\t', (size_t)(e - p));
        if (!t)
            return NULL;
        p = t + 1;
    }
    const char *t = memchr(p, '\t', (size_t)(e - p));
    *len = (size_t)((t ? t : e) - p);
    return p;
}

static void meter_scan(const char *p, size_t n)
{
    if (!M.on)
        return;
    M.out_bytes += n;
    const char *e = p + n;
    while (p < e) {
        const char *nl = memchr(p, '\n', (size_t)(e - p));
        size_t l = (size_t)((nl ? nl : e) - p), fl;
        const char *f;
        if (M.table) {
            /* rows without the kind field: the counted one moves left */
            if (!M.header_seen)
                M.header_seen = 1;
            else {
                M.records++;
                if (M.own_field && (f = field(p, l, M.own_field - 1, &fl)))
                    meter_count('k', f, fl, 1);
            }
        } else if (l > 4 && memcmp(p, "doc\t", 4) == 0) {
            M.docs++;
            if ((f = field(p, l, 2, &fl)))
                meter_count('l', f, fl, 1);
            if (M.own_len == 3 && memcmp(M.own, "doc", 3) == 0)
                M.records++;
        } else if (l > M.own_len && memcmp(p, M.own, M.own_len) == 0 && p[M.own_len] == '\t') {
            M.records++;
            if (M.own_field && (f = field(p, l, M.own_field, &fl)))
                meter_count('k', f, fl, 1);
        }
        p += l + 1;
    }
    stp_cli_meter_tick();
}

void stp_cli_meter_kind(int error, const char *kind, uint64_t n)
{
    if (M.stats)
        meter_count(error ? 'e' : 'w', kind, strlen(kind), n);
}

void stp_cli_meter_text_begin(const char *scope)
{
    M.text = 1;
    M.text_scope = scope;
}

void stp_cli_meter_text(uint64_t docs, uint64_t sentences, uint64_t tokens)
{
    M.text_docs += docs;
    M.sentences += sentences;
    M.tokens += tokens;
}

static void fmt_dur(char *out, size_t n, double s)
{
    unsigned long t = (unsigned long)(s + 0.5);
    if (t >= 3600)
        snprintf(out, n, "%lu:%02lu:%02lu", t / 3600, t / 60 % 60, t % 60);
    else
        snprintf(out, n, "%lu:%02lu", t / 60, t % 60);
}

void stp_cli_meter_tick(void)
{
    if (!M.progress)
        return;
    double t = now();
    if (t - M.last < 0.25)
        return;
    M.last = t;
    uint64_t bytes = M.done + (M.in ? stp_input_offset(M.in) : 0);
    double mb = bytes / 1e6, el = t - M.t0;
    char line[160];
    int l = snprintf(line, sizeof line, "%s: ", stp_cli_prog);
    if (!M.table)
        l += snprintf(line + l, sizeof line - (size_t)l, "%llu docs, ", (unsigned long long)M.docs);
    l += snprintf(line + l, sizeof line - (size_t)l, "%.2f MB, %.2f MB/s", mb, el > 0 ? mb / el : 0.0);
    if (M.total && bytes <= M.total && bytes > 0) {
        char eta[32];
        fmt_dur(eta, sizeof eta, el * (double)(M.total - bytes) / (double)bytes);
        snprintf(line + l, sizeof line - (size_t)l, ", %.0f%%, ETA %s",
                 100.0 * (double)bytes / (double)M.total, eta);
    }
    /* a terminal: one line redrawn; else (--progress=always) a line each time */
    fprintf(stderr, M.tty ? "\r%s\033[K" : "%s\n", line);
    fflush(stderr);
    M.drawn = 1;
}

static void print_group(char group, const char *title, uint64_t total)
{
    int any = 0;
    for (int i = 0; i < M.nkeys; i++)
        any |= M.keys[i].group == group;
    if (!any && group != 'l' && group != 'k')
        return;
    fprintf(stderr, "%s: %s: %llu", stp_cli_prog, title, (unsigned long long)total);
    const char *sep = " (";
    for (int i = 0; i < M.nkeys; i++)
        if (M.keys[i].group == group) {
            fprintf(stderr, "%s%s %llu", sep, M.keys[i].key, (unsigned long long)M.keys[i].n);
            sep = ", ";
        }
    fprintf(stderr, "%s\n", any ? ")" : "");
}

static uint64_t group_total(char group)
{
    uint64_t t = 0;
    for (int i = 0; i < M.nkeys; i++)
        if (M.keys[i].group == group)
            t += M.keys[i].n;
    return t;
}

void stp_cli_meter_end(void)
{
    if (!M.on)
        return;
    stp_cli_meter_input(NULL);
    fflush(stdout);
    if (M.progress && !M.tty) {
        M.last = 0;         /* --progress=always into a file: the last state */
        stp_cli_meter_tick();
    } else if (M.drawn)
        fputs("\r\033[K", stderr);
    if (!M.stats)
        return;
    /* sort each group by count, then name, for a stable summary */
    for (int i = 1; i < M.nkeys; i++)
        for (int j = i; j > 0; j--) {
            meter_key *a = &M.keys[j - 1], *b = &M.keys[j];
            if (a->group < b->group || (a->group == b->group &&
                (a->n > b->n || (a->n == b->n && strcmp(a->key, b->key) <= 0))))
                break;
            meter_key t = *a;
            *a = *b;
            *b = t;
        }
    if (!M.table && (M.docs || strcmp(M.own, "doc") == 0))
        print_group('l', "documents", M.docs);
    if (M.text) {
        if (M.text_scope)
            fprintf(stderr, "%s: documents split: %llu (%s)\n", stp_cli_prog,
                    (unsigned long long)M.text_docs, M.text_scope);
        fprintf(stderr, "%s: sentences: %llu\n%s: tokens: %llu\n", stp_cli_prog,
                (unsigned long long)M.sentences, stp_cli_prog, (unsigned long long)M.tokens);
    }
    const char *what = strcmp(M.own, "ent") == 0 ? "entities"
                     : strcmp(M.own, "rel") == 0 ? "relations"
                     : strcmp(M.own, "incident") == 0 ? "incidents" : NULL;
    if (what)
        print_group('k', what, M.records);
    print_group('w', "warnings", group_total('w'));
    print_group('e', "errors", group_total('e'));
    double el = now() - M.t0;
    fprintf(stderr, "%s: read: %.2f MB in %.2f s (%.2f MB/s), wrote %.2f MB\n", stp_cli_prog,
            M.done / 1e6, el, el > 0 ? M.done / 1e6 / el : 0.0, M.out_bytes / 1e6);
}
