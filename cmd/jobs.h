/* jobs.h - the -j plumbing the filters share: messages of worker threads
 * printed in order, the -j argument
 *
 * A filter hands batches of whole documents to lib/pool.h. Its work
 * function runs on a worker thread and must not print: it records its
 * messages in job->msg with stp_jobs_msg() (already formatted as
 * "file:line: doc ID: reason", as stp_cli_warn() would print them), and
 * the emit callback, on the main thread and in submission order, calls
 * stp_jobs_emit() to print them and write job->out. So standard output and
 * standard error are the same for every -j.
 *
 * In job->msg each message is one line: a severity byte, then the text
 * escaped as a record field (buf.h), so it may hold any byte. A warning or
 * an error (STP_MSG_WARN, STP_MSG_ERROR) has its kind (what --stats counts
 * it under, see stp_cli_warn()) and a TAB before the text. STP_JOBS_TEXT
 * lines carry the batch's counts of documents split, sentences and tokens
 * to the meter (stp_cli_meter_text()). Other severities are the filter's
 * own (an id to check for duplicates, a once-only warning) and go to its
 * callback.
 *
 * Header-only (static functions) because every C file of cmd/ but cli.c is a
 * binary of its own.
 */
#ifndef STP_JOBS_H
#define STP_JOBS_H

#include "buf.h"
#include "cli.h"
#include "err.h"
#include "input.h"
#include "pool.h"
#include "rec.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* most threads -j takes */
#define STP_JOBS_MAX 256

/* the severity byte of a line of counts (see above) */
#define STP_JOBS_TEXT '#'

/* the argument of -j: a whole number from 1 to STP_JOBS_MAX (0 or "auto":
   the number of processors); anything else is a usage error */
static inline int stp_jobs_arg(const char *s)
{
    if (strcmp(s, "auto") == 0)
        return stp_cli_ncpu();
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < 0 || v > STP_JOBS_MAX)
        stp_cli_usage("-j wants a number of threads from 1 to %d (0: one per processor), not '%s'",
                      STP_JOBS_MAX, s);
    return v == 0 ? stp_cli_ncpu() : (int)v;
}

/* a message line: severity, then the text escaped */
static inline int stp_jobs_raw(stp_job *job, char sev, const char *text, size_t n)
{
    if (stp_buf_putc(&job->msg, sev) || stp_buf_put_esc(&job->msg, text, n)
        || stp_buf_putc(&job->msg, '\n'))
        return STP_ENOMEM;
    return 0;
}

/* "[file[:line]: ][doc ID: ]reason" as stp_cli_warn() words it; sev is
   STP_MSG_WARN or STP_MSG_ERROR, kind as for stp_cli_warn() (no TAB or
   newline in it). @return 0 or STP_ENOMEM */
static inline int stp_jobs_msg(stp_job *job, char sev, const char *kind, const char *file,
                               uint64_t line, const char *doc, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
static inline int stp_jobs_msg(stp_job *job, char sev, const char *kind, const char *file,
                               uint64_t line, const char *doc, const char *fmt, ...)
{
    stp_buf t = {0};
    char num[32];
    int rc = stp_buf_puts(&t, kind ? kind : "") | stp_buf_putc(&t, '\t');
    size_t head = t.len;    /* the kind stays unescaped */
    if (file) {
        rc |= stp_buf_puts(&t, file);
        if (line) {
            snprintf(num, sizeof num, ":%llu", (unsigned long long)line);
            rc |= stp_buf_puts(&t, num);
        }
        rc |= stp_buf_put(&t, ": ", 2);
    }
    if (doc)
        rc |= stp_buf_puts(&t, "doc ") | stp_buf_puts(&t, doc) | stp_buf_put(&t, ": ", 2);
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        rc = STP_ENOMEM;
    } else if ((size_t)n < sizeof small) {
        rc |= stp_buf_put(&t, small, (size_t)n);
    } else if (!(rc |= stp_buf_reserve(&t, (size_t)n + 1))) {
        va_start(ap, fmt);
        vsnprintf(t.p + t.len, (size_t)n + 1, fmt, ap);
        va_end(ap);
        t.len += (size_t)n;
    }
    if (!rc)
        rc = stp_buf_putc(&job->msg, sev) || stp_buf_put(&job->msg, t.p, head)
             || stp_buf_put_esc(&job->msg, t.p + head, t.len - head)
             || stp_buf_putc(&job->msg, '\n');
    stp_buf_free(&t);
    return rc ? STP_ENOMEM : 0;
}

/* the documents split in a batch, and their sentences and tokens: a line
   that stp_jobs_emit() adds to the meter. @return 0 or STP_ENOMEM */
static inline int stp_jobs_text(stp_job *job, uint64_t docs, uint64_t sentences, uint64_t tokens)
{
    char t[80];
    int n = snprintf(t, sizeof t, "%llu %llu %llu", (unsigned long long)docs,
                     (unsigned long long)sentences, (unsigned long long)tokens);
    return stp_jobs_raw(job, STP_JOBS_TEXT, t, (size_t)n);
}

/* a filter's own message kinds: called with the unescaped text */
typedef int (*stp_jobs_other_fn)(void *ud, char sev, const char *text, size_t n);

/* print the messages of job (STP_MSG_ERROR ones make the exit status 1),
   hand the other kinds to `other` (may be NULL), then write job->out.
   @return 0, or what `other` returned */
static inline int stp_jobs_emit(stp_job *job, stp_jobs_other_fn other, void *ud)
{
    char *p = job->msg.p, *end = p + job->msg.len;
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            nl = end;
        char sev = *p, *text = p + 1, *kind = NULL;
        if (sev == STP_MSG_ERROR || sev == STP_MSG_WARN) {
            char *tab = memchr(text, '\t', (size_t)(nl - text));
            if (tab) {
                *tab = 0;
                kind = *text ? text : NULL;
                text = tab + 1;
            }
        }
        long n = stp_unescape(text, (size_t)(nl - text));
        if (n < 0)
            n = 0;
        if (sev == STP_MSG_ERROR)
            stp_cli_error(kind, NULL, 0, NULL, "%.*s", (int)n, text);
        else if (sev == STP_MSG_WARN)
            stp_cli_warn(kind, NULL, 0, NULL, "%.*s", (int)n, text);
        else if (sev == STP_JOBS_TEXT) {
            unsigned long long d = 0, s = 0, t = 0;
            char num[80];
            size_t l = (size_t)n < sizeof num - 1 ? (size_t)n : sizeof num - 1;
            memcpy(num, text, l);
            num[l] = 0;
            if (sscanf(num, "%llu %llu %llu", &d, &s, &t) == 3)
                stp_cli_meter_text(d, s, t);
        } else if (other) {
            int rc = other(ud, sev, text, (size_t)n);
            if (rc)
                return rc;
        }
        p = nl + 1;
    }
    stp_cli_flush(&job->out);
    return 0;
}

/* file names outlive their inputs: messages of a batch name its file after
   the file is closed */
typedef struct {
    char **v;
    size_t n;
} stp_jobs_names;

static inline const char *stp_jobs_keep_name(stp_jobs_names *nm, const char *s)
{
    char **v = realloc(nm->v, (nm->n + 1) * sizeof *v);
    if (!v || !(v[nm->n] = strdup(s)))
        stp_cli_die(STP_EXIT_FATAL, "out of memory");
    nm->v = v;
    return v[nm->n++];
}

static inline void stp_jobs_names_free(stp_jobs_names *nm)
{
    for (size_t i = 0; i < nm->n; i++)
        free(nm->v[i]);
    free(nm->v);
}

/* submit, dying when the pool stopped (out of memory) */
static inline void stp_jobs_submit(stp_pool *pool, stp_job *job)
{
    int r = stp_pool_submit(pool, job);
    if (r)
        stp_cli_die(STP_EXIT_FATAL, "%s", r == STP_ENOMEM ? "out of memory" : stp_strerror(r));
}

/* a job that carries only an error message, so that it is printed in order */
static inline void stp_jobs_error(stp_pool *pool, const char *kind, const char *file,
                                  uint64_t line, const char *text)
{
    stp_job *job = stp_pool_job(pool);
    job->tag = NULL;
    if (stp_jobs_msg(job, STP_MSG_ERROR, kind, file, line, NULL, "%s", text))
        stp_cli_die(STP_EXIT_FATAL, "out of memory");
    stp_jobs_submit(pool, job);
}

/* batches of a record stream: whole documents, cut before a doc line once
   this big */
#define STP_JOBS_BATCH (256u * 1024u)

/* read the record stream `path` ("-": standard input) into batches of whole
   documents: each job's `in` holds lines (each ending in '\n') from the
   start of the file or from a doc line, first_line is the line number of
   its first line and tag the file's name (kept in nm) */
static inline void stp_jobs_read_docs(stp_pool *pool, stp_jobs_names *nm, const char *path)
{
    stp_input *in;
    int r = stp_input_open(&in, path);
    if (r) {
        stp_jobs_error(pool, "cannot open", strcmp(path, "-") ? path : "(standard input)", 0,
                       strerror(errno));
        return;
    }
    const char *name = stp_jobs_keep_name(nm, stp_input_name(in));
    const char *s;
    size_t n;
    stp_job *job = NULL;
    stp_cli_meter_input(in);
    while ((r = stp_input_getline(in, &s, &n)) == 1) {
        if (job && job->in.len >= STP_JOBS_BATCH && stp_rec_kind_of(s, n) == STP_REC_DOC) {
            stp_jobs_submit(pool, job);
            job = NULL;
        }
        if (!job) {
            job = stp_pool_job(pool);
            job->first_line = stp_input_lineno(in);
            job->tag = (void *)name;
        }
        if (stp_buf_put(&job->in, s, n) || stp_buf_putc(&job->in, '\n'))
            stp_cli_die(STP_EXIT_FATAL, "out of memory");
    }
    if (job)
        stp_jobs_submit(pool, job);
    if (r < 0) {
        if (r == STP_ENOMEM)
            stp_cli_die(STP_EXIT_FATAL, "out of memory");
        stp_jobs_error(pool, stp_cli_kind(r), name, stp_input_lineno(in),
                       r == STP_EIO ? strerror(errno) : stp_strerror(r));
    }
    stp_cli_meter_input(NULL);
    stp_input_free(in);
}

#endif
