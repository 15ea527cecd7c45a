/* incidents.c - group the relations of relate's output into incident records */
#include "cli.h"
#include "err.h"
#include "incident.h"
#include "input.h"
#include "jobs.h"
#include "pool.h"
#include "rec.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef STOPA_VERSION
#define STOPA_VERSION "0"
#endif

static void usage(void)
{
    printf("Usage: incidents [OPTION]... [FILE]...\n"
           "Read the record stream of relate (doc, ent and rel records; gzip or not) from\n"
           "the FILEs or standard input and write one `incident` record per incident:\n"
           "  incident id attacker_id victim_ids kind first_date last_date claimed\n"
           "           attribution exploited n_docs doc_ids\n"
           "Relations of one attacker and attack kind whose dates (stated in the evidence\n"
           "sentence, else the document's date) lie within the window form one incident.\n"
           "See docs/INCIDENTS.md.\n"
           "\n"
           "  -w, --window DAYS   largest gap in days inside one incident (default 7)\n"
           "  -m, --min-docs N    write only incidents told by at least N documents (1)\n"
           "  -t, --table         a header line and rows without the `incident` field\n"
           "  -p, --pass          copy the input records to the output first\n"
           "  -j, --jobs N        threads reading the records (default: one per\n"
           "                      processor); the output is the same for every N\n"
           "      --stats         a summary on standard error at the end\n"
           "      --progress[=always]  a progress line on standard error (a terminal)\n"
           "      --help          this help\n"
           "      --version       the version\n"
           "\n"
           "Exit status: 0 success, 1 some input was bad (reported, skipped),\n"
           "2 usage error or the run could not go on.\n");
}

static uint32_t number_arg(const char *opt, const char *s, uint32_t min, uint32_t max)
{
    char *end;
    errno = 0;
    unsigned long v = strtoul(s, &end, 10);
    if (errno || end == s || *end || s[0] == '-' || v < min || v > max)
        stp_cli_usage("%s wants a whole number from %u to %u, not '%s'", opt, min, max, s);
    return (uint32_t)v;
}

/* one per worker thread: a grouping context of its own over the batches
   it reads; the contexts are merged at the end (the output does not
   depend on which thread read which document) */
typedef struct {
    stp_incidents *inc;
    stp_job       *job;   /* the batch being read */
    stp_buf        line;
    stp_buf        id;    /* a doc id for a message (the fields point into line) */
    stp_fields     fs;
    int            pass;
} run;

static void fatal_mem(void) { stp_cli_die(STP_EXIT_FATAL, "out of memory"); }

/* an error about the record at file:line, printed in order by the main
   thread (jobs.h) */
#define msg(R, kind, file, line, doc, ...)                                                \
    do {                                                                                  \
        if (stp_jobs_msg((R)->job, STP_MSG_ERROR, kind, file, line, doc, __VA_ARGS__))    \
            fatal_mem();                                                                  \
    } while (0)

static void record(run *r, const char *name, uint64_t ln, const char *s, size_t n)
{
    stp_rec_kind k = stp_rec_kind_of(s, n);
    if (r->pass && (stp_buf_put(&r->job->out, s, n) || stp_buf_putc(&r->job->out, '\n')))
        fatal_mem();
    if (k != STP_REC_DOC && k != STP_REC_ENT && k != STP_REC_REL)
        return;
    stp_buf_reset(&r->line);
    if (stp_buf_put(&r->line, s, n))
        fatal_mem();
    int rc = stp_fields_split(&r->fs, r->line.p, r->line.len);
    const char *what = k == STP_REC_DOC ? "doc" : k == STP_REC_ENT ? "ent" : "rel";
    if (rc == STP_ENOMEM)
        fatal_mem();
    if (rc < 0) {
        msg(r, stp_cli_kind(rc), name, ln, NULL, "bad %s record: %s", what, stp_strerror(rc));
        return;
    }
    if (k == STP_REC_DOC) {
        stp_doc d;
        if ((rc = stp_doc_parse(&r->fs, &d)) == 0 && (rc = stp_incidents_doc(r->inc, &d)) == STP_EDATE) {
            stp_buf_reset(&r->id);
            if (stp_buf_put(&r->id, d.id.s, d.id.n) || !stp_buf_cstr(&r->id))
                fatal_mem();
            msg(r, stp_cli_kind(STP_EDATE), name, ln, r->id.p, "date not understood: '%.*s' (read as undated)",
                (int)(d.date.n > 40 ? 40 : d.date.n), d.date.s);
            return;
        }
    } else if (k == STP_REC_ENT) {
        stp_ent e;
        if ((rc = stp_ent_parse(&r->fs, &e)) == 0)
            rc = stp_incidents_ent(r->inc, &e);
    } else {
        stp_rel l;
        if ((rc = stp_rel_parse(&r->fs, &l)) == 0)
            rc = stp_incidents_rel(r->inc, &l);
    }
    if (rc == STP_ENOMEM)
        fatal_mem();
    if (rc == STP_ENODOC)
        msg(r, stp_cli_kind(rc), name, ln, NULL, "%s record does not follow the doc record of its document",
            what);
    else if (rc < 0)
        msg(r, stp_cli_kind(rc), name, ln, NULL, "bad %s record: %s", what, stp_strerror(rc));
}

/* a worker: the records of one batch (whole documents, from the start of
   a file or from a doc line); the batch's last document ends with it */
static int work(void *wctx, stp_job *job)
{
    run *r = wctx;
    r->job = job;
    const char *file = job->tag;
    const char *p = job->in.p, *end = p + job->in.len;
    for (uint64_t ln = job->first_line; p < end; ln++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        record(r, file, ln, p, (size_t)(nl - p));
        p = nl + 1;
    }
    return stp_incidents_end_doc(r->inc);
}

static int emit(void *ud, stp_job *job)
{
    (void)ud;
    return stp_jobs_emit(job, NULL, NULL);
}

int main(int argc, char **argv)
{
    stp_cli_init(argv[0]);
    stp_incident_opts o = { 7, 1 };
    int table = 0, pass = 0;
    enum { OPT_HELP = 256, OPT_VERSION, OPT_STATS, OPT_PROGRESS };
    static const struct option longs[] = {
        { "window", required_argument, NULL, 'w' },
        { "min-docs", required_argument, NULL, 'm' },
        { "table", no_argument, NULL, 't' },
        { "pass", no_argument, NULL, 'p' },
        { "jobs", required_argument, NULL, 'j' },
        { "stats", no_argument, NULL, OPT_STATS },
        { "progress", optional_argument, NULL, OPT_PROGRESS },
        { "help", no_argument, NULL, OPT_HELP },
        { "version", no_argument, NULL, OPT_VERSION },
        { NULL, 0, NULL, 0 },
    };
    int c, stats = 0, progress = STP_CLI_PROGRESS_OFF, nthreads = stp_cli_ncpu();
    opterr = 0;
    while ((c = getopt_long(argc, argv, "w:m:tpj:", longs, NULL)) != -1) {
        switch (c) {
        case 'w': o.window_days = number_arg("--window", optarg, 0, 36500); break;
        case 'm': o.min_docs = number_arg("--min-docs", optarg, 1, 1000000000); break;
        case 't': table = 1; break;
        case 'p': pass = 1; break;
        case 'j': nthreads = stp_jobs_arg(optarg); break;
        case OPT_STATS: stats = 1; break;
        case OPT_PROGRESS: progress = stp_cli_progress_arg(optarg); break;
        case OPT_HELP: usage(); return STP_EXIT_OK;
        case OPT_VERSION: printf("incidents (stopa) %s\n", STOPA_VERSION); return STP_EXIT_OK;
        default:
            if (optopt && optopt < 256)
                stp_cli_usage("unknown option or missing argument: -%c", optopt);
            stp_cli_usage("unknown option or missing argument: %s", argv[optind - 1]);
        }
    }
    if (table && pass)
        stp_cli_usage("--table and --pass do not go together");
    run *R = calloc((size_t)nthreads, sizeof *R);
    void **wctx = calloc((size_t)nthreads, sizeof *wctx);
    if (!R || !wctx)
        fatal_mem();
    for (int i = 0; i < nthreads; i++) {
        if (stp_incidents_new(&R[i].inc, &o))
            fatal_mem();
        R[i].pass = pass;
        wctx[i] = &R[i];
    }
    stp_cli_meter_begin(stats, progress, "incident", table, argv + optind, argc - optind);
    stp_pool *pool;
    if (stp_pool_new(&pool, nthreads, work, wctx, emit, NULL))
        fatal_mem();
    stp_jobs_names nm = { NULL, 0 };
    if (optind == argc)
        stp_jobs_read_docs(pool, &nm, "-");
    for (int i = optind; i < argc; i++)
        stp_jobs_read_docs(pool, &nm, argv[i]);
    int rc = stp_pool_drain(pool);
    if (rc)
        stp_cli_die(STP_EXIT_FATAL, "%s", rc == STP_ENOMEM ? "out of memory" : stp_strerror(rc));
    stp_pool_free(pool);
    /* one grouping over what every thread read */
    stp_incidents *inc = R[0].inc;
    for (int i = 1; i < nthreads; i++) {
        if ((rc = stp_incidents_merge(inc, R[i].inc)))
            stp_cli_die(STP_EXIT_FATAL, "%s", rc == STP_ENOMEM ? "out of memory" : stp_strerror(rc));
        stp_incidents_free(R[i].inc);
        R[i].inc = NULL;
    }
    if (stp_incidents_finish(inc))
        fatal_mem();
    stp_buf out = {0};
    if (table && stp_incidents_header(&out))
        fatal_mem();
    while ((rc = stp_incidents_next(inc, &out, table)) == 1)
        if (out.len >= 1 << 16)
            stp_cli_flush(&out);
    if (rc < 0)
        fatal_mem();
    stp_cli_flush(&out);
    stp_cli_meter_end();
    for (int i = 0; i < nthreads; i++) {
        stp_incidents_free(R[i].inc);
        stp_buf_free(&R[i].line);
        stp_buf_free(&R[i].id);
        stp_fields_free(&R[i].fs);
    }
    free(R);
    free(wctx);
    stp_buf_free(&out);
    stp_jobs_names_free(&nm);
    return stp_cli_status();
}
