/* tag.c - add ent records (gazetteer entities and indicators) after each doc */
#include "cli.h"
#include "err.h"
#include "gaz.h"
#include "input.h"
#include "jobs.h"
#include "pool.h"
#include "rec.h"
#include "tag.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MODEL_FILE "stopa.model"

static void usage(void)
{
    printf("Usage: tag [OPTION]... [FILE]...\n"
           "Read the record stream (FILEs or standard input, gzip or not) and write it\n"
           "back with the ent records of each document right after its doc record:\n"
           "  ent  doc_id  start  end  type  entity_id  surface  how\n"
           "Other records pass through unchanged and in order (ent records of an\n"
           "earlier run too: tag a stream once).\n"
           "\n"
           "  -g, --gazetteer FILE.tsv  add a gazetteer at run time (repeatable)\n"
           "  -m, --models DIR          models directory: DIR/" MODEL_FILE ", or else the\n"
           "                            gazetteers DIR/gazetteer/*.tsv compiled at start\n"
           "      --table               print only entity records, as TSV with a header\n"
           "                            line (doc_id start end type entity_id surface how)\n"
           "  -j, --jobs N              threads (default: one per processor); the output\n"
           "                            is the same for every N\n"
           "      --stats               a summary on standard error at the end\n"
           "      --progress[=always]   a progress line on standard error (a terminal)\n"
           "  -h, --help                this help\n"
           "  -V, --version             version\n"
           "\n"
           "Models: -m DIR, else $STOPA_MODELS, else PREFIX/share/stopa/models when\n"
           "tag runs from PREFIX/bin, else the build tree's, else " STOPA_INSTALL_MODELS ".\n"
           "Exit status: 0 ok, 1 some input was bad (reported, skipped), 2 usage\n"
           "error or no usable model.\n");
    exit(0);
}

static void diag_die(const stp_gaz_diag *d)
{
    if (d->line)
        stp_cli_die(2, "%s:%llu: %s", d->file, (unsigned long long)d->line, d->msg);
    stp_cli_die(2, "%s: %s", d->file[0] ? d->file : "model", d->msg);
}

static int is_file(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0 && S_ISREG(sb.st_mode);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* add the .tsv files of dir (sorted) to the builder; @return how many */
static int add_dir(stp_gaz_builder *b, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    char **names = NULL;
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t l = strlen(de->d_name);
        if (l > 4 && strcmp(de->d_name + l - 4, ".tsv") == 0) {
            char **nn = realloc(names, (n + 1) * sizeof *names);
            size_t pl = strlen(dir) + l + 2;
            if (!nn || !(nn[n] = malloc(pl)))
                stp_cli_die(2, "out of memory");
            names = nn;
            snprintf(names[n++], pl, "%s/%s", dir, de->d_name);
        }
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    stp_gaz_diag dg = {0};
    for (size_t i = 0; i < n; i++) {
        if (stp_gaz_builder_add_file(b, names[i], &dg))
            diag_die(&dg);
        free(names[i]);
    }
    free(names);
    return (int)n;
}

static stp_gaz *load_models(const char *mdir, char **extra, int nextra)
{
    const char *dir = mdir;
    if (!dir) {
        const char *env = getenv("STOPA_MODELS");
        if (env && *env)
            dir = env;
        else {
            /* an installed tree (PREFIX/bin/tag: PREFIX/share/stopa/models,
               wherever it was moved), the build tree, the configured prefix */
            static char inst[4000];
            char p[4096 + sizeof MODEL_FILE];
            if (stp_cli_prefix_path(inst, sizeof inst, "share/stopa/models") == 0 &&
                (snprintf(p, sizeof p, "%s/%s", inst, MODEL_FILE), is_file(p)))
                dir = inst;
            else {
                snprintf(p, sizeof p, "%s/%s", STOPA_BUILD_MODELS, MODEL_FILE);
                dir = is_file(p) ? STOPA_BUILD_MODELS : STOPA_INSTALL_MODELS;
            }
        }
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, MODEL_FILE);
    stp_gaz *g = NULL;
    stp_gaz_diag d = {0};
    stp_gaz_builder *b = NULL;
    if (is_file(path)) {
        if (stp_gaz_open(&g, path, &d))
            diag_die(&d);
        if (!nextra)
            return g;
        if (stp_gaz_builder_new(&b) || stp_gaz_builder_add_model(b, g, &d))
            stp_cli_die(2, "out of memory");
        stp_gaz_free(g);
    } else {
        if (stp_gaz_builder_new(&b))
            stp_cli_die(2, "out of memory");
        char gdir[4096];
        snprintf(gdir, sizeof gdir, "%s/gazetteer", dir);
        if (!add_dir(b, gdir) && !nextra)
            stp_cli_die(2, "no model in %s (neither %s nor gazetteer/*.tsv)", dir, MODEL_FILE);
    }
    for (int i = 0; i < nextra; i++)
        if (stp_gaz_builder_add_file(b, extra[i], &d))
            diag_die(&d);
    stp_buf img = {0};
    if (stp_gaz_builder_compile(b, &img, &d) || stp_gaz_from_buf(&g, &img, &d))
        diag_die(&d);
    stp_gaz_builder_free(b);
    return g;
}

/* one per worker thread: what a batch of documents needs */
typedef struct {
    stp_tagger *tagger;
    int         table;
    stp_job    *job;           /* the batch being worked on */
    stp_buf    *out;           /* its output (job->out) */
    stp_buf     line, ents;
    stp_fields  fs;
    int         have_doc;
    uint64_t    doc_cps;       /* code points of the current doc's text */
    char       *doc_id;
    int         dict_warned;   /* this thread's tagger reported it */
    uint64_t    docs, sentences, tokens;   /* of the batch, for --stats */
} run;

/* message kind of the once-only warning (see emit) */
#define MSG_NODICT 'D'

static void oom(void)
{
    stp_cli_die(2, "out of memory");
}

/* an error message of the batch (kind: see stp_cli_error()), printed in
   order by the main thread */
#define msg(R, kind, file, line, doc, ...)                                              \
    do {                                                                                \
        if (stp_jobs_msg((R)->job, STP_MSG_ERROR, kind, file, line, doc, __VA_ARGS__))  \
            oom();                                                                      \
    } while (0)

static const char *rec_reason(int r)
{
    switch (r) {
    case STP_EESCAPE: return "bad escape in a field";
    case STP_EFIELDS: return "too few fields";
    case STP_ENUMBER: return "an offset is not a number";
    default: return stp_strerror(r);
    }
}

/* append ent lines of `src` to out: as they are, or as table rows */
static void put_ents(run *R, const char *p, size_t n)
{
    if (!R->table) {
        if (stp_buf_put(R->out, p, n))
            stp_cli_die(2, "out of memory");
        return;
    }
    while (n) {
        const char *nl = memchr(p, '\n', n);
        size_t l = nl ? (size_t)(nl - p) + 1 : n;
        if (l > 4 && stp_buf_put(R->out, p + 4, l - 4))
            stp_cli_die(2, "out of memory");
        p += l;
        n -= l;
    }
}

static void do_line(run *R, const char *file, uint64_t lineno, const char *s, size_t n)
{
    stp_rec_kind k = stp_rec_kind_of(s, n);
    if (k != STP_REC_DOC && k != STP_REC_ENT) {
        if (!R->table && (stp_buf_put(R->out, s, n) || stp_buf_putc(R->out, '\n')))
            stp_cli_die(2, "out of memory");
        return;
    }
    stp_buf_reset(&R->line);
    if (stp_buf_put(&R->line, s, n))
        stp_cli_die(2, "out of memory");
    int r = stp_fields_split(&R->fs, R->line.p, R->line.len);
    if (r == STP_ENOMEM)
        stp_cli_die(2, "out of memory");
    if (k == STP_REC_DOC) {
        stp_doc d;
        if (r >= 0)
            r = stp_doc_parse(&R->fs, &d);
        if (r < 0) {
            msg(R, stp_cli_kind(r), file, lineno, NULL, "doc record: %s; skipped", rec_reason(r));
            return;
        }
        if (!R->table && (stp_buf_put(R->out, s, n) || stp_buf_putc(R->out, '\n')))
            stp_cli_die(2, "out of memory");
        free(R->doc_id);
        R->doc_id = strndup(d.id.s, d.id.n);
        if (!R->doc_id)
            stp_cli_die(2, "out of memory");
        R->have_doc = 1;
        R->doc_cps = stp_utf8_count(d.text.s, d.text.n);
        stp_buf_reset(&R->ents);
        stp_tag_counts tc;
        long c = stp_tag_document_counted(R->tagger, &d, &R->ents, &tc);
        R->docs++;
        R->sentences += tc.sentences;
        R->tokens += tc.tokens;
        if (c < 0)
            stp_cli_die(2, "doc %s: %s", R->doc_id, stp_strerror((int)c));
        if (!R->dict_warned && stp_tagger_dict_missing(R->tagger)) {
            if (stp_jobs_raw(R->job, MSG_NODICT, "", 0))
                oom();
            R->dict_warned = 1;
        }
        put_ents(R, R->ents.p, R->ents.len);
        return;
    }
    stp_ent e;
    if (r >= 0)
        r = stp_ent_parse(&R->fs, &e);
    if (r < 0) {
        msg(R, stp_cli_kind(r), file, lineno, R->doc_id, "ent record: %s; skipped", rec_reason(r));
        return;
    }
    if (!R->have_doc) {
        msg(R, stp_cli_kind(STP_ENODOC), file, lineno, NULL,
            "ent record before any doc record; skipped");
        return;
    }
    if (e.start > e.end || e.end > R->doc_cps) {
        msg(R, stp_cli_kind(STP_ERANGE), file, lineno, R->doc_id,
            "ent offsets %llu-%llu past the text (%llu code points); skipped",
            (unsigned long long)e.start, (unsigned long long)e.end, (unsigned long long)R->doc_cps);
        return;
    }
    stp_buf_reset(&R->ents);
    if (stp_buf_put(&R->ents, s, n) || stp_buf_putc(&R->ents, '\n'))
        stp_cli_die(2, "out of memory");
    put_ents(R, R->ents.p, R->ents.len);
}

/* a worker: the records of one batch (whole documents, from the start of a
 * file or from a doc line) */
static int work(void *wctx, stp_job *job)
{
    run *R = wctx;
    R->job = job;
    R->out = &job->out;
    R->have_doc = 0;
    R->docs = R->sentences = R->tokens = 0;
    const char *file = job->tag;
    const char *p = job->in.p, *end = p + job->in.len;
    for (uint64_t ln = job->first_line; p < end; ln++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        do_line(R, file, ln, p, (size_t)(nl - p));
        p = nl + 1;
    }
    if (R->docs && stp_jobs_text(job, R->docs, R->sentences, R->tokens))
        oom();
    return 0;
}

/* the warning about the dictionary: once, where the first thread met it */
static int other_msg(void *ud, char sev, const char *text, size_t n)
{
    (void)text;
    (void)n;
    int *warned = ud;
    if (sev == MSG_NODICT && !*warned) {
        stp_cli_warn(stp_cli_kind(STP_EDICT), NULL, 0, NULL,
                     "Czech hunspell dictionary not found: Czech matching uses the light stemmer alone");
        *warned = 1;
    }
    return 0;
}

static int emit(void *ud, stp_job *job)
{
    return stp_jobs_emit(job, other_msg, ud);
}

int main(int argc, char **argv)
{
    stp_cli_init(argv[0]);
    static const struct option opts[] = {
        { "gazetteer", required_argument, NULL, 'g' },
        { "models", required_argument, NULL, 'm' },
        { "table", no_argument, NULL, 't' },
        { "jobs", required_argument, NULL, 'j' },
        { "stats", no_argument, NULL, 'S' },
        { "progress", optional_argument, NULL, 'P' },
        { "help", no_argument, NULL, 'h' },
        { "version", no_argument, NULL, 'V' },
        { NULL, 0, NULL, 0 },
    };
    char **extra = NULL;
    int nextra = 0, c, stats = 0, progress = STP_CLI_PROGRESS_OFF, table = 0;
    int nthreads = stp_cli_ncpu();
    const char *mdir = NULL;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":g:m:j:hV", opts, NULL)) != -1) {
        switch (c) {
        case 'g':
            extra = realloc(extra, (size_t)(nextra + 1) * sizeof *extra);
            if (!extra)
                stp_cli_die(2, "out of memory");
            extra[nextra++] = optarg;
            break;
        case 'm': mdir = optarg; break;
        case 't': table = 1; break;
        case 'j': nthreads = stp_jobs_arg(optarg); break;
        case 'S': stats = 1; break;
        case 'P': progress = stp_cli_progress_arg(optarg); break;
        case 'h': usage(); break;
        case 'V': printf("tag %s\n", STOPA_VERSION); return 0;
        case ':': stp_cli_usage("option '%s' needs an argument", argv[optind - 1]);
        default:
            if (optopt)
                stp_cli_usage("unknown option '-%c'", optopt);
            stp_cli_usage("unknown option '%s'", argv[optind - 1]);
        }
    }
    stp_gaz *g = load_models(mdir, extra, nextra);
    /* one tagger (stemmer, matcher, caches) per thread over the shared
       model, and with several threads one memo of word analyses for all */
    run *R = calloc((size_t)nthreads, sizeof *R);
    void **wctx = calloc((size_t)nthreads, sizeof *wctx);
    stp_unitmemo *memo = NULL;
    if (!R || !wctx || (nthreads > 1 && stp_unitmemo_new(&memo, 0, 0)))
        oom();
    for (int i = 0; i < nthreads; i++) {
        if (stp_tagger_new(&R[i].tagger, g, NULL))
            oom();
        stp_tagger_set_memo(R[i].tagger, memo);
        R[i].table = table;
        wctx[i] = &R[i];
    }
    stp_buf head = {0};
    if (table && stp_buf_puts(&head, "doc_id\tstart\tend\ttype\tentity_id\tsurface\thow\n"))
        oom();
    stp_cli_meter_begin(stats, progress, "ent", table, argv + optind, argc - optind);
    stp_cli_meter_text_begin(NULL);
    stp_cli_flush(&head);
    int dict_warned = 0;
    stp_pool *pool;
    if (stp_pool_new(&pool, nthreads, work, wctx, emit, &dict_warned))
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
        stp_tagger_free(w->tagger);
        stp_buf_free(&w->line);
        stp_buf_free(&w->ents);
        stp_fields_free(&w->fs);
        free(w->doc_id);
    }
    stp_unitmemo_free(memo);
    free(R);
    free(wctx);
    stp_gaz_free(g);
    stp_buf_free(&head);
    stp_jobs_names_free(&nm);
    free(extra);
    return stp_cli_status();
}
