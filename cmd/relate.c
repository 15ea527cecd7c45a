/* relate.c - add rel records after each document's doc and ent records */
#include "cli.h"
#include "err.h"
#include "input.h"
#include "jobs.h"
#include "pool.h"
#include "rec.h"
#include "relate.h"
#include "stem.h"
#include "trig.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(void)
{
    printf("Usage: relate [OPTION]... [FILE]...\n"
           "Read the record stream of tag (FILEs or standard input, gzip or not) and\n"
           "write it back with, after each document's records, its relations:\n"
           "  rel  doc_id  predicate  subject_id  object_id  qualifier  confidence\n"
           "       subject_start  object_start  trigger  evidence  mentions\n"
           "(mentions: how many sentences stated it). Other records pass through\n"
           "unchanged and in order. Rules and confidence: docs/RELATE.md.\n"
           "\n"
           "      --table             print only the relations, as TSV with a header line\n"
           "                          (doc_id predicate subject_id object_id qualifier\n"
           "                          confidence subject_start object_start trigger evidence)\n"
           "  -L, --triggers FILE.tsv use this trigger lexicon instead of the built-in\n"
           "                          one (models/triggers/*.tsv); repeatable\n"
           "  -j, --jobs N            threads (default: one per processor); the output\n"
           "                          is the same for every N\n"
           "      --stats             a summary on standard error at the end\n"
           "      --progress[=always] a progress line on standard error (a terminal)\n"
           "  -h, --help              this help\n"
           "  -V, --version           version\n"
           "\n"
           "Exit status: 0 ok, 1 some input was bad (reported, skipped), 2 usage error\n"
           "or the run could not go on.\n");
    exit(0);
}

typedef struct {
    uint64_t start, end;
    size_t   type_off, type_len, id_off, id_len;
} ent_rec;

/* one per worker thread: everything a batch of documents needs */
typedef struct {
    stp_relate *rel;
    int         table;
    stp_job    *job;        /* the batch being worked on */
    stp_buf    *out;        /* its output (job->out) */
    stp_buf     pending;    /* the current document's records, as read */
    stp_buf     docline;    /* its doc record, split in place */
    stp_buf     line;       /* scratch for parsing */
    stp_buf     entdata;    /* types and ids of its ents */
    ent_rec    *ents;
    size_t      nents, cap_ents;
    stp_ent    *view;
    size_t      cap_view;
    stp_fields  fs, dfs;
    stp_doc     doc;
    int         have_doc;
    uint64_t    doc_cps;
    uint64_t    split, sentences, tokens;   /* of the batch, for --stats */
} run;

static const char *rec_reason(int r)
{
    switch (r) {
    case STP_EESCAPE: return "bad escape sequence";
    case STP_EFIELDS: return "wrong number of fields";
    case STP_ENUMBER: return "an offset is not a number";
    default: return stp_strerror(r);
    }
}

static void oom(void)
{
    stp_cli_die(2, "out of memory");
}

/* the current document is complete: write its records and relations */
static void flush_doc(run *R)
{
    if (!R->table && stp_buf_put(R->out, R->pending.p, R->pending.len))
        oom();
    stp_buf_reset(&R->pending);
    if (!R->have_doc)
        return;
    if (R->nents > R->cap_view
        && stp_array_grow((void **)&R->view, &R->cap_view, R->nents, sizeof *R->view))
        oom();
    for (size_t i = 0; i < R->nents; i++) {
        const ent_rec *e = &R->ents[i];
        stp_ent *v = &R->view[i];
        memset(v, 0, sizeof *v);
        v->doc_id = R->doc.id;
        v->start = e->start;
        v->end = e->end;
        v->type.s = R->entdata.p + e->type_off;
        v->type.n = e->type_len;
        v->entity_id.s = R->entdata.p + e->id_off;
        v->entity_id.n = e->id_len;
    }
    stp_relate_counts rc;
    long n = stp_relate_document_counted(R->rel, &R->doc, R->view, R->nents, R->out, &rc);
    R->split += (uint64_t)rc.split;
    R->sentences += rc.sentences;
    R->tokens += rc.tokens;
    if (n < 0)
        stp_cli_die(2, "doc %.*s: %s", (int)R->doc.id.n, R->doc.id.s, stp_strerror((int)n));
    R->have_doc = 0;
    R->nents = 0;
    stp_buf_reset(&R->entdata);
}

/* an error message of the batch (kind: see stp_cli_error()), printed in
   order by the main thread */
#define msg(R, kind, file, line, doc, ...)                                              \
    do {                                                                                \
        if (stp_jobs_msg((R)->job, STP_MSG_ERROR, kind, file, line, doc, __VA_ARGS__))  \
            oom();                                                                      \
    } while (0)

static void keep_line(run *R, const char *s, size_t n)
{
    if (stp_buf_put(&R->pending, s, n) || stp_buf_putc(&R->pending, '\n'))
        oom();
}

static void do_line(run *R, const char *file, uint64_t lineno, const char *s, size_t n)
{
    stp_rec_kind k = stp_rec_kind_of(s, n);
    if (k == STP_REC_DOC) {
        flush_doc(R);
        stp_buf_reset(&R->docline);
        if (stp_buf_put(&R->docline, s, n))
            oom();
        int r = stp_fields_split(&R->dfs, R->docline.p, R->docline.len);
        if (r == STP_ENOMEM)
            oom();
        if (r >= 0)
            r = stp_doc_parse(&R->dfs, &R->doc);
        if (r < 0) {
            msg(R, stp_cli_kind(r), file, lineno, NULL, "doc record: %s; skipped", rec_reason(r));
            return;
        }
        keep_line(R, s, n);
        R->have_doc = 1;
        R->doc_cps = stp_utf8_count(R->doc.text.s, R->doc.text.n);
        return;
    }
    if (k != STP_REC_ENT) {
        keep_line(R, s, n);
        return;
    }
    stp_buf_reset(&R->line);
    if (stp_buf_put(&R->line, s, n))
        oom();
    int r = stp_fields_split(&R->fs, R->line.p, R->line.len);
    if (r == STP_ENOMEM)
        oom();
    stp_ent e;
    if (r >= 0)
        r = stp_ent_parse(&R->fs, &e);
    char idbuf[256];
    const char *doc = NULL;
    if (R->have_doc) {
        snprintf(idbuf, sizeof idbuf, "%.*s", (int)R->doc.id.n, R->doc.id.s);
        doc = idbuf;
    }
    if (r < 0) {
        msg(R, stp_cli_kind(r), file, lineno, doc, "ent record: %s; skipped", rec_reason(r));
        return;
    }
    if (!R->have_doc) {
        msg(R, stp_cli_kind(STP_ENODOC), file, lineno, NULL,
            "ent record before any doc record; skipped");
        return;
    }
    if (e.doc_id.n != R->doc.id.n || memcmp(e.doc_id.s, R->doc.id.s, e.doc_id.n) != 0) {
        msg(R, stp_cli_kind(STP_ENODOC), file, lineno, doc,
            "ent record of doc %.*s inside another document; skipped", (int)e.doc_id.n, e.doc_id.s);
        return;
    }
    if (e.end > R->doc_cps) {
        msg(R, stp_cli_kind(STP_ERANGE), file, lineno, doc,
                      "ent offsets %llu-%llu past the text (%llu code points); skipped",
                      (unsigned long long)e.start, (unsigned long long)e.end,
                      (unsigned long long)R->doc_cps);
        return;
    }
    if (R->nents == R->cap_ents
        && stp_array_grow((void **)&R->ents, &R->cap_ents, R->nents + 1, sizeof *R->ents))
        oom();
    ent_rec *er = &R->ents[R->nents++];
    er->start = e.start;
    er->end = e.end;
    er->type_off = R->entdata.len;
    er->type_len = e.type.n;
    if (stp_buf_put(&R->entdata, e.type.s, e.type.n))
        oom();
    er->id_off = R->entdata.len;
    er->id_len = e.entity_id.n;
    if (stp_buf_put(&R->entdata, e.entity_id.s, e.entity_id.n))
        oom();
    keep_line(R, s, n);
}

/* a worker: the records of one batch (whole documents, from the start of a
 * file or from a doc line) */
static int work(void *wctx, stp_job *job)
{
    run *R = wctx;
    R->job = job;
    R->out = &job->out;
    R->have_doc = 0;
    R->nents = 0;
    R->split = R->sentences = R->tokens = 0;
    stp_buf_reset(&R->pending);
    stp_buf_reset(&R->entdata);
    const char *file = job->tag;
    const char *p = job->in.p, *end = p + job->in.len;
    for (uint64_t ln = job->first_line; p < end; ln++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        do_line(R, file, ln, p, (size_t)(nl - p));
        p = nl + 1;
    }
    flush_doc(R);
    if (R->split && stp_jobs_text(job, R->split, R->sentences, R->tokens))
        oom();
    return 0;
}

static int emit(void *ud, stp_job *job)
{
    (void)ud;
    return stp_jobs_emit(job, NULL, NULL);
}

static char *read_file(const char *path, size_t *len)
{
    stp_input *in;
    if (stp_input_open(&in, path))
        stp_cli_die(2, "%s: %s", path, strerror(errno));
    const char *d;
    size_t n;
    int r = stp_input_read_all(in, &d, &n);
    if (r < 0)
        stp_cli_die(2, "%s: %s", path, stp_strerror(r));
    char *copy = malloc(n + 1);
    if (!copy)
        oom();
    memcpy(copy, d, n);
    stp_input_free(in);
    *len = n;
    return copy;
}

int main(int argc, char **argv)
{
    stp_cli_init(argv[0]);
    static const struct option opts[] = {
        { "table", no_argument, NULL, 't' },
        { "triggers", required_argument, NULL, 'L' },
        { "jobs", required_argument, NULL, 'j' },
        { "stats", no_argument, NULL, 'S' },
        { "progress", optional_argument, NULL, 'P' },
        { "help", no_argument, NULL, 'h' },
        { "version", no_argument, NULL, 'V' },
        { NULL, 0, NULL, 0 },
    };
    const char **lexfiles = NULL;
    int nlex = 0, c, stats = 0, progress = STP_CLI_PROGRESS_OFF, table = 0;
    int nthreads = stp_cli_ncpu();
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":L:j:hV", opts, NULL)) != -1) {
        switch (c) {
        case 't': table = 1; break;
        case 'j': nthreads = stp_jobs_arg(optarg); break;
        case 'S': stats = 1; break;
        case 'P': progress = stp_cli_progress_arg(optarg); break;
        case 'L':
            lexfiles = realloc(lexfiles, (size_t)(nlex + 1) * sizeof *lexfiles);
            if (!lexfiles)
                oom();
            lexfiles[nlex++] = optarg;
            break;
        case 'h': usage(); break;
        case 'V': printf("relate %s\n", STOPA_VERSION); return 0;
        case ':': stp_cli_usage("option '%s' needs an argument", argv[optind - 1]);
        default:
            if (optopt)
                stp_cli_usage("unknown option '-%c'", optopt);
            stp_cli_usage("unknown option '%s'", argv[optind - 1]);
        }
    }
    stp_stemmer *st;
    stp_trig_lex *lex;
    if (stp_stemmer_new(&st, NULL) || stp_trig_lex_new(&lex, st))
        oom();
    stp_trig_diag dg = { 0, NULL };
    if (!nlex) {
        int r = stp_trig_lex_add_builtin(lex, &dg);
        if (r == STP_ESYNTAX)
            stp_cli_die(2, "built-in trigger lexicon: row %llu: %s", (unsigned long long)dg.line, dg.msg);
        if (r)
            stp_cli_die(2, "trigger lexicon: %s", stp_strerror(r));
    }
    for (int i = 0; i < nlex; i++) {
        size_t len;
        char *text = read_file(lexfiles[i], &len);
        int r = stp_trig_lex_add(lex, text, len, &dg);
        free(text);
        if (r == STP_ESYNTAX)
            stp_cli_die(2, "%s:%llu: %s", lexfiles[i], (unsigned long long)dg.line, dg.msg);
        if (r)
            stp_cli_die(2, "%s: %s", lexfiles[i], stp_strerror(r));
    }
    if (stp_trig_lex_index(lex))
        oom();
    /* one context (and stemmer) per thread over the shared lexicon */
    run *R = calloc((size_t)nthreads, sizeof *R);
    void **wctx = calloc((size_t)nthreads, sizeof *wctx);
    if (!R || !wctx)
        oom();
    for (int i = 0; i < nthreads; i++) {
        if (i && stp_stemmer_new(&st, NULL))
            oom();
        if (stp_relate_new(&R[i].rel, lex, st, table ? STP_RELATE_TABLE : 0))
            oom();
        R[i].table = table;
        wctx[i] = &R[i];
    }
    stp_buf head = {0};
    if (table && stp_relate_table_header(&head))
        oom();
    stp_cli_meter_begin(stats, progress, "rel", table, argv + optind, argc - optind);
    stp_cli_meter_text_begin("those with two or more mentions a relation can link");
    stp_cli_flush(&head);
    stp_pool *pool;
    if (stp_pool_new(&pool, nthreads, work, wctx, emit, NULL))
        oom();
    stp_jobs_names nm = { NULL, 0 };
    if (optind >= argc)
        stp_jobs_read_docs(pool, &nm, "-");
    for (int i = optind; i < argc; i++)
        stp_jobs_read_docs(pool, &nm, argv[i]);
    int r = stp_pool_drain(pool);
    if (r)
        stp_cli_die(2, "%s", r == STP_ENOMEM ? "out of memory" : stp_strerror(r));
    stp_pool_free(pool);
    stp_cli_meter_end();
    for (int i = 0; i < nthreads; i++) {
        run *w = &R[i];
        stp_relate_free(w->rel);
        stp_buf_free(&w->pending);
        stp_buf_free(&w->docline);
        stp_buf_free(&w->line);
        stp_buf_free(&w->entdata);
        free(w->ents);
        free(w->view);
        stp_fields_free(&w->fs);
        stp_fields_free(&w->dfs);
    }
    free(R);
    free(wctx);
    stp_trig_lex_free(lex);
    stp_buf_free(&head);
    stp_jobs_names_free(&nm);
    free(lexfiles);
    return stp_cli_status();
}
