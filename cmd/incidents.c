/* incidents.c - group the relations of relate's output into incident records */
#include "cli.h"
#include "err.h"
#include "incident.h"
#include "input.h"
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

typedef struct {
    stp_incidents *inc;
    stp_buf        out, line;
    stp_fields     fs;
    int            pass;
} run;

static void fatal_mem(void) { stp_cli_die(STP_EXIT_FATAL, "out of memory"); }

static void record(run *r, const char *name, uint64_t ln, const char *s, size_t n)
{
    stp_rec_kind k = stp_rec_kind_of(s, n);
    if (r->pass) {
        if (stp_buf_put(&r->out, s, n) || stp_buf_putc(&r->out, '\n'))
            fatal_mem();
        if (r->out.len >= 1 << 16)
            stp_cli_flush(&r->out);
    }
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
        stp_cli_error(stp_cli_kind(rc), name, ln, NULL, "bad %s record: %s", what, stp_strerror(rc));
        return;
    }
    if (k == STP_REC_DOC) {
        stp_doc d;
        if ((rc = stp_doc_parse(&r->fs, &d)) == 0 && (rc = stp_incidents_doc(r->inc, &d)) == STP_EDATE) {
            stp_buf_reset(&r->line);
            if (stp_buf_put(&r->line, d.id.s, d.id.n) || !stp_buf_cstr(&r->line))
                fatal_mem();
            stp_cli_error(stp_cli_kind(STP_EDATE), name, ln, r->line.p, "date not understood: '%.*s' (read as undated)",
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
        stp_cli_error(stp_cli_kind(rc), name, ln, NULL, "%s record does not follow the doc record of its document",
                      what);
    else if (rc < 0)
        stp_cli_error(stp_cli_kind(rc), name, ln, NULL, "bad %s record: %s", what, stp_strerror(rc));
}

static void read_file(run *r, const char *path)
{
    stp_input *in;
    int rc = stp_input_open(&in, path);
    if (rc) {
        stp_cli_error("cannot open", path, 0, NULL, "%s", strerror(errno));
        return;
    }
    const char *s;
    size_t n;
    stp_cli_meter_input(in);
    while ((rc = stp_input_getline(in, &s, &n)) == 1) {
        record(r, stp_input_name(in), stp_input_lineno(in), s, n);
        stp_cli_meter_tick();
    }
    if (rc == STP_ENOMEM)
        fatal_mem();
    if (rc < 0)
        stp_cli_error(stp_cli_kind(rc), stp_input_name(in), stp_input_lineno(in), NULL, "%s",
                      rc == STP_EIO ? strerror(errno) : stp_strerror(rc));
    stp_cli_meter_input(NULL);
    stp_input_free(in);
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
        { "stats", no_argument, NULL, OPT_STATS },
        { "progress", optional_argument, NULL, OPT_PROGRESS },
        { "help", no_argument, NULL, OPT_HELP },
        { "version", no_argument, NULL, OPT_VERSION },
        { NULL, 0, NULL, 0 },
    };
    int c, stats = 0, progress = STP_CLI_PROGRESS_OFF;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "w:m:tp", longs, NULL)) != -1) {
        switch (c) {
        case 'w': o.window_days = number_arg("--window", optarg, 0, 36500); break;
        case 'm': o.min_docs = number_arg("--min-docs", optarg, 1, 1000000000); break;
        case 't': table = 1; break;
        case 'p': pass = 1; break;
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
    run r = {0};
    r.pass = pass;
    if (stp_incidents_new(&r.inc, &o))
        fatal_mem();
    stp_cli_meter_begin(stats, progress, "incident", table, argv + optind, argc - optind);
    if (optind == argc)
        read_file(&r, "-");
    for (int i = optind; i < argc; i++)
        read_file(&r, argv[i]);
    if (stp_incidents_finish(r.inc))
        fatal_mem();
    if (table && stp_incidents_header(&r.out))
        fatal_mem();
    int rc;
    while ((rc = stp_incidents_next(r.inc, &r.out, table)) == 1)
        if (r.out.len >= 1 << 16)
            stp_cli_flush(&r.out);
    if (rc < 0)
        fatal_mem();
    stp_cli_flush(&r.out);
    stp_cli_meter_end();
    stp_incidents_free(r.inc);
    stp_buf_free(&r.out);
    stp_buf_free(&r.line);
    stp_fields_free(&r.fs);
    return stp_cli_status();
}
