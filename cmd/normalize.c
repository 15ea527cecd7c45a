/* normalize.c - raw documents (text, TSV, JSONL; gzip or not) to doc records
 *
 * The options, the file loop and the messages; the work on each document
 * is lib/normdoc.h.
 */
#include "cli.h"
#include "err.h"
#include "input.h"
#include "jobs.h"
#include "json.h"
#include "lang.h"
#include "normdoc.h"
#include "pool.h"

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DUP_WARN_MAX 20   /* duplicate ids named one by one; then a count */

enum { FMT_TEXT, FMT_TSV, FMT_JSONL };

/* An input file, made by the main thread before any of its documents is
 * handed to a worker and not changed afterwards (the TSV layout is read
 * from the first line, before the file's first unit). */
typedef struct {
    size_t     idx;       /* in the run's list of files */
    char      *shown;     /* name in messages: the path, or "stdin" */
    const char *source;   /* the source of its documents: the path, or "" */
    stp_buf    base_id;   /* the id made from the file name */
    stp_nd_tsv layout;
} nfile;

/* A batch (job->in) is a sequence of units, each a header and then `len`
 * bytes: a JSONL or TSV line, a text file's content, or the text of an
 * error of the reader (a file that cannot be opened, corrupt gzip), which
 * so comes out in its place among the documents' messages. */
enum { UNIT_LINE, UNIT_TEXT, UNIT_ERROR };

typedef struct {
    const nfile *f;
    const char  *kind;   /* UNIT_ERROR: what --stats counts it under */
    uint64_t     line;   /* 0: none (a text file, or the whole file) */
    uint64_t     len;
    int          type;
} unit;

/* the severity byte of a "check this id" line (jobs.h): "IDX LINE ID",
   the file's index, the line (0: none) and the id's bytes */
#define MSG_ID 'I'

/* one per worker thread */
typedef struct {
    int                  format;
    const stp_nd_fields *fields;
    stp_nd               nd;
    stp_json             json;
    stp_fields           tsv_fields;
    stp_buf              id;      /* an id made from the file name */
    stp_buf              check;   /* a MSG_ID line */
    stp_job             *job;     /* the batch being worked on */
} worker;

/* the main thread's state */
typedef struct {
    int        format;
    stp_pool  *pool;
    stp_job   *job;      /* the batch being filled */
    nfile    **files;
    size_t     nfiles;
    stp_idset  ids;
    int        ids_full_warned;
    uint64_t   dups;     /* duplicate ids seen */
} run;

static void usage(void)
{
    printf("Usage: normalize [OPTION]... [FILE]...\n"
           "Turn raw documents into doc records (doc id lang date source text).\n"
           "With no FILE, or when FILE is -, read standard input. gzip input is\n"
           "recognised by its content.\n"
           "\n"
           "  -f, --format=FMT        text (default: each file is one document),\n"
           "                          tsv (id<TAB>text, or a header line naming the\n"
           "                          columns among id, lang, date, source, text),\n"
           "                          jsonl (one JSON object per line)\n"
           "      --html              strip HTML tags (script and style dropped,\n"
           "                          block elements become paragraph breaks)\n"
           "      --lang=LANG         cs, en or und for every document, instead of\n"
           "                          the lang field or the language identifier\n"
           "      --id-field=NAME     JSONL member holding the id (default id)\n"
           "      --text-field=NAME   ... the text (default text)\n"
           "      --date-field=NAME   ... the date (default date)\n"
           "      --source-field=NAME ... the source (default source, else url)\n"
           "      --lang-field=NAME   ... the language (default lang)\n"
           "  -j, --jobs=N            threads (default: one per processor); the output\n"
           "                          is the same for every N\n"
           "      --stats             a summary on standard error at the end\n"
           "      --progress[=always] a progress line on standard error (a terminal)\n"
           "  -h, --help              this help\n"
           "  -V, --version           version\n"
           "\n"
           "Ids come from the input, else from the file name (with -LINE where a\n"
           "file holds many documents). Text is made NFC, cleaned and unified as\n"
           "docs/NORMALIZE.md says; dates become YYYY-MM-DD.\n"
           "Exit status: 0 success, 1 some input was bad (reported, the rest\n"
           "written), 2 usage error or the run could not go on.\n");
    exit(STP_EXIT_OK);
}

static void oom(void)
{
    stp_cli_die(STP_EXIT_FATAL, "out of memory");
}

/* a message of the batch, printed in order by the main thread */
#define msg(W, sev, kind, f, line, doc, ...)                                               \
    do {                                                                                   \
        if (stp_jobs_msg((W)->job, sev, kind, (f)->shown, line, doc, __VA_ARGS__))         \
            oom();                                                                         \
    } while (0)

/* ---- worker threads ---------------------------------------------------- */

/* one document: fill in the id and source, write the record, report */
static void do_doc(worker *W, const nfile *f, uint64_t line, stp_nd_in *in)
{
    if (!in->id.s || in->id.n == 0) {
        stp_buf_reset(&W->id);
        if (stp_buf_put(&W->id, f->base_id.p, f->base_id.len)
            || (line && (stp_buf_putc(&W->id, '-') || stp_buf_putu(&W->id, line))))
            oom();
        in->id.s = W->id.p;
        in->id.n = W->id.len;
    }
    if (!in->source.s || in->source.n == 0) {
        in->source.s = f->source;
        in->source.n = strlen(f->source);
    }
    /* the duplicate check is the main thread's, in input order */
    char num[64];
    int nn = snprintf(num, sizeof num, "%zu %" PRIu64 " ", f->idx, line);
    stp_buf_reset(&W->check);
    if (stp_buf_put(&W->check, num, (size_t)nn) || stp_buf_put(&W->check, in->id.s, in->id.n)
        || stp_jobs_raw(W->job, MSG_ID, W->check.p, W->check.len))
        oom();
    stp_nd_report rep;
    if (stp_nd_doc(&W->nd, in, &W->job->out, &rep))
        oom();
    if (!rep.tn.bad_utf8 && !rep.tn.nul && !rep.bad_date)
        return;
    char *id = strndup(in->id.s, in->id.n);
    if (!id)
        oom();
    if (rep.tn.bad_utf8)
        msg(W, STP_MSG_WARN, stp_cli_kind(STP_EUTF8), f, line, id,
            "invalid UTF-8 at byte %llu replaced by U+FFFD (%llu in all)",
            (unsigned long long)rep.tn.bad_utf8_first, (unsigned long long)rep.tn.bad_utf8);
    if (rep.tn.nul)
        msg(W, STP_MSG_WARN, "NUL byte", f, line, id, "%llu NUL byte(s) removed",
            (unsigned long long)rep.tn.nul);
    if (rep.bad_date)
        msg(W, STP_MSG_WARN, stp_cli_kind(STP_EDATE), f, line, id,
            "date not understood, left empty: %.*s",
            (int)(in->date.n > 80 ? 80 : in->date.n), in->date.s);
    free(id);
}

static void do_jsonl(worker *W, const nfile *f, uint64_t ln, const char *s, size_t n)
{
    int jr = stp_json_parse(&W->json, s, n);
    if (jr == STP_ENOMEM)
        oom();
    if (jr) {
        msg(W, STP_MSG_ERROR, stp_cli_kind(STP_EJSON), f, ln, NULL,
            "bad JSON at byte %zu: %s; line skipped", W->json.err_off + 1, W->json.err_msg);
        return;
    }
    stp_nd_in d;
    int fr = stp_nd_from_json(&W->json, W->fields, &d);
    if (fr) {
        msg(W, STP_MSG_ERROR, stp_cli_kind(fr), f, ln, NULL,
            "no \"%s\" string in the object; line skipped", W->fields->text);
        return;
    }
    do_doc(W, f, ln, &d);
}

/* s is the batch's copy of the line: split in place */
static void do_tsv(worker *W, const nfile *f, uint64_t ln, char *s, size_t n)
{
    stp_nd_in d;
    int tr = stp_nd_from_tsv(&f->layout, &W->tsv_fields, s, n, &d);
    if (tr == STP_ENOMEM)
        oom();
    if (tr == STP_EFIELDS) {
        msg(W, STP_MSG_ERROR, stp_cli_kind(tr), f, ln, NULL, "expected %zu fields, line skipped",
            f->layout.ncol);
        return;
    }
    if (tr) {
        msg(W, STP_MSG_ERROR, stp_cli_kind(tr), f, ln, NULL, "%s, line skipped", stp_strerror(tr));
        return;
    }
    do_doc(W, f, ln, &d);
}

static int work(void *wctx, stp_job *job)
{
    worker *W = wctx;
    W->job = job;
    char *p = job->in.p, *end = p + job->in.len;
    while (p < end) {
        unit u;
        memcpy(&u, p, sizeof u);
        char *s = p + sizeof u;
        size_t n = (size_t)u.len;
        p = s + n;
        if (u.type == UNIT_ERROR) {
            msg(W, STP_MSG_ERROR, u.kind, u.f, u.line, NULL, "%.*s", (int)n, s);
        } else if (u.type == UNIT_TEXT) {
            stp_nd_in d = { {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {s, n} };
            do_doc(W, u.f, 0, &d);
        } else if (W->format == FMT_JSONL) {
            do_jsonl(W, u.f, u.line, s, n);
        } else {
            do_tsv(W, u.f, u.line, s, n);
        }
    }
    return 0;
}

/* ---- the main thread ----------------------------------------------------- */

/* a MSG_ID line: warn about a duplicate id, in input order */
static int check_id(void *ud, char sev, const char *text, size_t n)
{
    run *r = ud;
    if (sev != MSG_ID)
        return 0;
    char *end;
    size_t idx = strtoul(text, &end, 10);
    uint64_t line = strtoull(end + 1, &end, 10);
    const char *id = end + 1;
    size_t idn = n - (size_t)(id - text);
    const char *file = r->files[idx]->shown;
    int seen = stp_idset_add(&r->ids, id, idn);
    if (seen == STP_ENOMEM)
        oom();
    if (seen == 1)
        return 0;
    char *ids = strndup(id, idn);
    if (!ids)
        oom();
    if (seen == 0 && ++r->dups <= DUP_WARN_MAX)
        stp_cli_warn("duplicate id", file, line, ids, "duplicate id%s",
                     r->dups == DUP_WARN_MAX ? " (further duplicates are counted at the end)" : "");
    else if (seen == 0)
        stp_cli_meter_kind(0, "duplicate id", 1);
    else if (seen == STP_ERANGE && !r->ids_full_warned) {
        r->ids_full_warned = 1;
        stp_cli_warn("too many ids", file, line, ids,
                     "more than %u ids: later ones are not checked for duplicates",
                     (unsigned)STP_IDSET_MAX);
    }
    free(ids);
    return 0;
}

static int emit(void *ud, stp_job *job)
{
    return stp_jobs_emit(job, check_id, ud);
}

/* append a unit to the batch being filled; hand the batch over once it is
   big enough */
static void add_unit(run *r, int type, const nfile *f, const char *kind, uint64_t line,
                     const char *s, size_t n)
{
    if (!r->job)
        r->job = stp_pool_job(r->pool);
    unit u;
    memset(&u, 0, sizeof u);   /* the padding too: the batch is plain bytes */
    u.f = f;
    u.kind = kind;
    u.line = line;
    u.len = n;
    u.type = type;
    if (stp_buf_put(&r->job->in, (const char *)&u, sizeof u) || stp_buf_put(&r->job->in, s, n))
        oom();
    if (r->job->in.len >= STP_JOBS_BATCH) {
        stp_jobs_submit(r->pool, r->job);
        r->job = NULL;
    }
}

static void add_error(run *r, const nfile *f, const char *kind, const char *text)
{
    add_unit(r, UNIT_ERROR, f, kind, 0, text, strlen(text));
}

static int blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return 0;
    return 1;
}

static nfile *new_file(run *r, const char *path)
{
    nfile **v = realloc(r->files, (r->nfiles + 1) * sizeof *v);
    if (!v)
        oom();
    r->files = v;
    nfile *f = calloc(1, sizeof *f);
    if (!f || !(f->shown = strdup(strcmp(path, "-") == 0 ? "stdin" : path)))
        oom();
    v[r->nfiles] = f;
    f->idx = r->nfiles++;
    f->source = strcmp(path, "-") == 0 ? "" : f->shown;
    stp_nd_tsv def = STP_ND_TSV_DEFAULT;
    f->layout = def;
    if (stp_nd_base_id(&f->base_id, path))
        oom();
    return f;
}

static void read_file(run *r, const char *path)
{
    nfile *f = new_file(r, path);
    stp_input *in;
    int rc = stp_input_open(&in, path);
    if (rc == STP_ENOMEM)
        oom();
    if (rc) {
        add_error(r, f, "cannot open", strerror(errno));
        return;
    }
    stp_cli_meter_input(in);
    const char *s;
    size_t n;
    if (r->format == FMT_TEXT) {
        if ((rc = stp_input_read_all(in, &s, &n)) == 1) {
            add_unit(r, UNIT_TEXT, f, NULL, 0, s, n);
            rc = stp_input_read_all(in, &s, &n);  /* the end, or the error after the data */
        }
    } else {
        while ((rc = stp_input_getline(in, &s, &n)) == 1) {
            uint64_t ln = stp_input_lineno(in);
            if (r->format == FMT_TSV && ln == 1 && stp_nd_tsv_header(&f->layout, s, n))
                continue;
            if (!blank(s, n))
                add_unit(r, UNIT_LINE, f, NULL, ln, s, n);
        }
    }
    if (rc == STP_ENOMEM)
        oom();
    if (rc == STP_EGZIP)
        add_error(r, f, stp_cli_kind(rc), "corrupt or truncated gzip data; the documents before it were written");
    else if (rc == STP_EIO) {
        char t[512];
        snprintf(t, sizeof t, "read error: %s", strerror(errno));
        add_error(r, f, stp_cli_kind(rc), t);
    } else if (rc < 0)
        add_error(r, f, stp_cli_kind(rc), stp_strerror(rc));
    stp_cli_meter_input(NULL);
    stp_input_free(in);
}

int main(int argc, char **argv)
{
    stp_cli_init(argv[0]);
    enum { O_HTML = 256, O_LANG, O_ID, O_TEXT, O_DATE, O_SOURCE, O_LANGF, O_STATS, O_PROGRESS };
    static const struct option opts[] = {
        {"format", required_argument, NULL, 'f'},
        {"html", no_argument, NULL, O_HTML},
        {"lang", required_argument, NULL, O_LANG},
        {"id-field", required_argument, NULL, O_ID},
        {"text-field", required_argument, NULL, O_TEXT},
        {"date-field", required_argument, NULL, O_DATE},
        {"source-field", required_argument, NULL, O_SOURCE},
        {"lang-field", required_argument, NULL, O_LANGF},
        {"jobs", required_argument, NULL, 'j'},
        {"stats", no_argument, NULL, O_STATS},
        {"progress", optional_argument, NULL, O_PROGRESS},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    run r;
    memset(&r, 0, sizeof r);
    stp_nd nd = STP_ND_INIT;
    stp_nd_fields fields = STP_ND_FIELDS_DEFAULT;
    r.format = FMT_TEXT;
    int c, stats = 0, progress = STP_CLI_PROGRESS_OFF, nthreads = stp_cli_ncpu();
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":f:j:hV", opts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (strcmp(optarg, "text") == 0)
                r.format = FMT_TEXT;
            else if (strcmp(optarg, "tsv") == 0)
                r.format = FMT_TSV;
            else if (strcmp(optarg, "jsonl") == 0 || strcmp(optarg, "json") == 0)
                r.format = FMT_JSONL;
            else
                stp_cli_usage("unknown format '%s' (text, tsv or jsonl)", optarg);
            break;
        case O_HTML: nd.html = 1; break;
        case O_LANG:
            if (strcmp(optarg, "cs") == 0)
                nd.force_lang = STP_LANG_CS;
            else if (strcmp(optarg, "en") == 0)
                nd.force_lang = STP_LANG_EN;
            else if (strcmp(optarg, "und") == 0)
                nd.force_lang = STP_LANG_UND;
            else
                stp_cli_usage("unknown language '%s' (cs, en or und)", optarg);
            break;
        case O_ID: fields.id = optarg; break;
        case O_TEXT: fields.text = optarg; break;
        case O_DATE: fields.date = optarg; break;
        case O_SOURCE: fields.source = optarg; break;
        case O_LANGF: fields.lang = optarg; break;
        case 'j': nthreads = stp_jobs_arg(optarg); break;
        case O_STATS: stats = 1; break;
        case O_PROGRESS: progress = stp_cli_progress_arg(optarg); break;
        case 'h': usage(); break;
        case 'V':
            printf("normalize (stopa) %s\n", STOPA_VERSION);
            return STP_EXIT_OK;
        case ':':
            stp_cli_usage("option '%s' needs an argument", argv[optind - 1]);
        default:
            if (optopt)
                stp_cli_usage("unknown option '-%c'", optopt);
            stp_cli_usage("unknown option '%s'", argv[optind - 1]);
        }
    }
    /* a document context (options, scratch buffers) per thread */
    worker *W = calloc((size_t)nthreads, sizeof *W);
    void **wctx = calloc((size_t)nthreads, sizeof *wctx);
    if (!W || !wctx)
        oom();
    for (int i = 0; i < nthreads; i++) {
        W[i].format = r.format;
        W[i].fields = &fields;
        W[i].nd = nd;
        wctx[i] = &W[i];
    }
    stp_cli_meter_begin(stats, progress, "doc", 0, argv + optind, argc - optind);
    if (stp_pool_new(&r.pool, nthreads, work, wctx, emit, &r))
        oom();
    if (optind >= argc)
        read_file(&r, "-");
    for (int k = optind; k < argc; k++)
        read_file(&r, argv[k]);
    if (r.job)
        stp_jobs_submit(r.pool, r.job);
    int rc = stp_pool_drain(r.pool);
    if (rc)
        stp_cli_die(STP_EXIT_FATAL, "%s", rc == STP_ENOMEM ? "out of memory" : stp_strerror(rc));
    stp_pool_free(r.pool);
    if (r.dups > DUP_WARN_MAX)
        stp_cli_warn(NULL, NULL, 0, NULL, "%llu duplicate ids in all", (unsigned long long)r.dups);
    stp_cli_meter_end();
    for (int i = 0; i < nthreads; i++) {
        stp_nd_free(&W[i].nd);
        stp_json_free(&W[i].json);
        stp_fields_free(&W[i].tsv_fields);
        stp_buf_free(&W[i].id);
        stp_buf_free(&W[i].check);
    }
    free(W);
    free(wctx);
    for (size_t i = 0; i < r.nfiles; i++) {
        free(r.files[i]->shown);
        stp_buf_free(&r.files[i]->base_id);
        free(r.files[i]);
    }
    free(r.files);
    stp_idset_free(&r.ids);
    return stp_cli_status();
}
