/* tag.c - add ent records (gazetteer entities and indicators) after each doc */
#include "cli.h"
#include "err.h"
#include "gaz.h"
#include "input.h"
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

typedef struct {
    stp_tagger *tagger;
    int         table;
    stp_buf     out, line, ents;
    stp_fields  fs;
    int         have_doc;
    uint64_t    doc_cps;       /* code points of the current doc's text */
    char       *doc_id;
    int         dict_warned;
} run;

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
        if (stp_buf_put(&R->out, p, n))
            stp_cli_die(2, "out of memory");
        return;
    }
    while (n) {
        const char *nl = memchr(p, '\n', n);
        size_t l = nl ? (size_t)(nl - p) + 1 : n;
        if (l > 4 && stp_buf_put(&R->out, p + 4, l - 4))
            stp_cli_die(2, "out of memory");
        p += l;
        n -= l;
    }
}

static void do_line(run *R, const char *file, uint64_t lineno, const char *s, size_t n)
{
    stp_rec_kind k = stp_rec_kind_of(s, n);
    if (k != STP_REC_DOC && k != STP_REC_ENT) {
        if (!R->table && (stp_buf_put(&R->out, s, n) || stp_buf_putc(&R->out, '\n')))
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
            stp_cli_error(file, lineno, NULL, "doc record: %s; skipped", rec_reason(r));
            return;
        }
        if (!R->table && (stp_buf_put(&R->out, s, n) || stp_buf_putc(&R->out, '\n')))
            stp_cli_die(2, "out of memory");
        free(R->doc_id);
        R->doc_id = strndup(d.id.s, d.id.n);
        if (!R->doc_id)
            stp_cli_die(2, "out of memory");
        R->have_doc = 1;
        R->doc_cps = stp_utf8_count(d.text.s, d.text.n);
        stp_buf_reset(&R->ents);
        long c = stp_tag_document(R->tagger, &d, &R->ents);
        if (c < 0)
            stp_cli_die(2, "doc %s: %s", R->doc_id, stp_strerror((int)c));
        if (!R->dict_warned && stp_tagger_dict_missing(R->tagger)) {
            stp_cli_warn(NULL, 0, NULL, "Czech hunspell dictionary not found: Czech matching uses the light stemmer alone");
            R->dict_warned = 1;
        }
        put_ents(R, R->ents.p, R->ents.len);
        return;
    }
    stp_ent e;
    if (r >= 0)
        r = stp_ent_parse(&R->fs, &e);
    if (r < 0) {
        stp_cli_error(file, lineno, R->doc_id, "ent record: %s; skipped", rec_reason(r));
        return;
    }
    if (!R->have_doc) {
        stp_cli_error(file, lineno, NULL, "ent record before any doc record; skipped");
        return;
    }
    if (e.start > e.end || e.end > R->doc_cps) {
        stp_cli_error(file, lineno, R->doc_id, "ent offsets %llu-%llu past the text (%llu code points); skipped",
                      (unsigned long long)e.start, (unsigned long long)e.end,
                      (unsigned long long)R->doc_cps);
        return;
    }
    stp_buf_reset(&R->ents);
    if (stp_buf_put(&R->ents, s, n) || stp_buf_putc(&R->ents, '\n'))
        stp_cli_die(2, "out of memory");
    put_ents(R, R->ents.p, R->ents.len);
}

static void do_file(run *R, const char *path)
{
    stp_input *in;
    int r = stp_input_open(&in, path);
    if (r) {
        stp_cli_error(strcmp(path, "-") ? path : "(standard input)", 0, NULL, "%s", strerror(errno));
        return;
    }
    const char *name = stp_input_name(in);
    const char *s;
    size_t n;
    stp_cli_meter_input(in);
    while ((r = stp_input_getline(in, &s, &n)) == 1) {
        do_line(R, name, stp_input_lineno(in), s, n);
        if (R->out.len >= (1u << 16))
            stp_cli_flush(&R->out);
    }
    if (r < 0) {
        if (r == STP_ENOMEM)
            stp_cli_die(2, "out of memory");
        stp_cli_error(name, stp_input_lineno(in), NULL, "%s",
                      r == STP_EIO ? strerror(errno) : stp_strerror(r));
    }
    stp_cli_meter_input(NULL);
    stp_input_free(in);
}

int main(int argc, char **argv)
{
    stp_cli_init(argv[0]);
    static const struct option opts[] = {
        { "gazetteer", required_argument, NULL, 'g' },
        { "models", required_argument, NULL, 'm' },
        { "table", no_argument, NULL, 't' },
        { "stats", no_argument, NULL, 'S' },
        { "progress", optional_argument, NULL, 'P' },
        { "help", no_argument, NULL, 'h' },
        { "version", no_argument, NULL, 'V' },
        { NULL, 0, NULL, 0 },
    };
    char **extra = NULL;
    int nextra = 0, c, stats = 0, progress = STP_CLI_PROGRESS_OFF;
    const char *mdir = NULL;
    run R;
    memset(&R, 0, sizeof R);
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":g:m:hV", opts, NULL)) != -1) {
        switch (c) {
        case 'g':
            extra = realloc(extra, (size_t)(nextra + 1) * sizeof *extra);
            if (!extra)
                stp_cli_die(2, "out of memory");
            extra[nextra++] = optarg;
            break;
        case 'm': mdir = optarg; break;
        case 't': R.table = 1; break;
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
    if (stp_tagger_new(&R.tagger, g, NULL))
        stp_cli_die(2, "out of memory");
    if (R.table)
        stp_buf_puts(&R.out, "doc_id\tstart\tend\ttype\tentity_id\tsurface\thow\n");
    stp_cli_meter_begin(stats, progress, "ent", R.table, argv + optind, argc - optind);
    if (optind >= argc)
        do_file(&R, "-");
    for (int i = optind; i < argc; i++)
        do_file(&R, argv[i]);
    stp_cli_flush(&R.out);
    stp_cli_meter_end();
    stp_tagger_free(R.tagger);
    stp_gaz_free(g);
    stp_buf_free(&R.out);
    stp_buf_free(&R.line);
    stp_buf_free(&R.ents);
    stp_fields_free(&R.fs);
    free(R.doc_id);
    free(extra);
    return stp_cli_status();
}
