/* normalize.c - raw documents (text, TSV, JSONL; gzip or not) to doc records
 *
 * The options, the file loop and the messages; the work on each document
 * is lib/normdoc.h.
 */
#include "cli.h"
#include "err.h"
#include "input.h"
#include "json.h"
#include "lang.h"
#include "normdoc.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FLUSH_AT (256u * 1024u)
#define DUP_WARN_MAX 20   /* duplicate ids named one by one; then a count */

enum { FMT_TEXT, FMT_TSV, FMT_JSONL };

typedef struct {
    int           format;
    stp_nd        nd;
    stp_nd_fields fields;
    stp_json      json;
    stp_fields    tsv_fields;
    stp_idset     ids;
    int           ids_full_warned;
    uint64_t      dups;     /* duplicate ids seen */
    stp_buf       out;
    stp_buf       id;       /* the id made from the file name */
    size_t        base_len; /* its length before "-<line>" */
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

static const char *shown(const char *path)
{
    return strcmp(path, "-") == 0 ? "stdin" : path;
}

static void oom(void)
{
    stp_cli_die(STP_EXIT_FATAL, "out of memory");
}

/* one document: fill in the id and source, write the record, report */
static void emit(run *r, const char *path, uint64_t line, stp_nd_in *in)
{
    if (!in->id.s || in->id.n == 0) {
        r->id.len = r->base_len;
        if (line && (stp_buf_putc(&r->id, '-') || stp_buf_putu(&r->id, line)))
            oom();
        in->id.s = r->id.p;
        in->id.n = r->id.len;
    }
    if (!in->source.s || in->source.n == 0) {
        const char *src = strcmp(path, "-") == 0 ? "" : path;
        in->source.s = src;
        in->source.n = strlen(src);
    }
    char *id = strndup(in->id.s, in->id.n);
    if (!id)
        oom();
    const char *file = shown(path);
    int seen = stp_idset_add(&r->ids, in->id.s, in->id.n);
    if (seen == 0 && ++r->dups <= DUP_WARN_MAX)
        stp_cli_warn("duplicate id", file, line, id, "duplicate id%s",
                     r->dups == DUP_WARN_MAX ? " (further duplicates are counted at the end)" : "");
    else if (seen == 0)
        stp_cli_meter_kind(0, "duplicate id", 1);
    else if (seen == STP_ERANGE && !r->ids_full_warned) {
        r->ids_full_warned = 1;
        stp_cli_warn("too many ids", file, line, id,
                     "more than %u ids: later ones are not checked for duplicates",
                     (unsigned)STP_IDSET_MAX);
    } else if (seen == STP_ENOMEM)
        oom();
    stp_nd_report rep;
    if (stp_nd_doc(&r->nd, in, &r->out, &rep))
        oom();
    if (rep.tn.bad_utf8)
        stp_cli_warn(stp_cli_kind(STP_EUTF8), file, line, id, "invalid UTF-8 at byte %llu replaced by U+FFFD (%llu in all)",
                     (unsigned long long)rep.tn.bad_utf8_first, (unsigned long long)rep.tn.bad_utf8);
    if (rep.tn.nul)
        stp_cli_warn("NUL byte", file, line, id, "%llu NUL byte(s) removed", (unsigned long long)rep.tn.nul);
    if (rep.bad_date)
        stp_cli_warn(stp_cli_kind(STP_EDATE), file, line, id, "date not understood, left empty: %.*s",
                     (int)(in->date.n > 80 ? 80 : in->date.n), in->date.s);
    free(id);
    if (r->out.len >= FLUSH_AT)
        stp_cli_flush(&r->out);
}

static int blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return 0;
    return 1;
}

static int do_text(run *r, stp_input *in, const char *path)
{
    const char *data;
    size_t len;
    int rc = stp_input_read_all(in, &data, &len);
    if (rc == 1) {
        stp_nd_in d = { {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {data, len} };
        emit(r, path, 0, &d);
        rc = stp_input_read_all(in, &data, &len);  /* the end, or the error after the data */
    }
    return rc;
}

static int do_jsonl(run *r, stp_input *in, const char *path)
{
    const char *line;
    size_t len;
    int rc;
    while ((rc = stp_input_getline(in, &line, &len)) == 1) {
        uint64_t ln = stp_input_lineno(in);
        if (blank(line, len))
            continue;
        int jr = stp_json_parse(&r->json, line, len);
        if (jr == STP_ENOMEM)
            oom();
        if (jr) {
            stp_cli_error(stp_cli_kind(STP_EJSON), shown(path), ln, NULL, "bad JSON at byte %zu: %s; line skipped",
                          r->json.err_off + 1, r->json.err_msg);
            continue;
        }
        stp_nd_in d;
        int fr = stp_nd_from_json(&r->json, &r->fields, &d);
        if (fr) {
            stp_cli_error(stp_cli_kind(fr), shown(path), ln, NULL, "no \"%s\" string in the object; line skipped",
                          r->fields.text);
            continue;
        }
        emit(r, path, ln, &d);
    }
    return rc;
}

static int do_tsv(run *r, stp_input *in, const char *path)
{
    const char *line;
    size_t len;
    int rc;
    stp_nd_tsv layout = STP_ND_TSV_DEFAULT;
    stp_buf copy = {0};
    while ((rc = stp_input_getline(in, &line, &len)) == 1) {
        uint64_t ln = stp_input_lineno(in);
        if (ln == 1 && stp_nd_tsv_header(&layout, line, len))
            continue;
        if (blank(line, len))
            continue;
        /* split in place: the line is the reader's, so work on a copy */
        stp_buf_reset(&copy);
        if (stp_buf_put(&copy, line, len))
            oom();
        stp_nd_in d;
        int tr = stp_nd_from_tsv(&layout, &r->tsv_fields, copy.p, copy.len, &d);
        if (tr == STP_ENOMEM)
            oom();
        if (tr == STP_EFIELDS) {
            stp_cli_error(stp_cli_kind(tr), shown(path), ln, NULL, "expected %zu fields, line skipped",
                          layout.ncol);
            continue;
        }
        if (tr) {
            stp_cli_error(stp_cli_kind(tr), shown(path), ln, NULL, "%s, line skipped", stp_strerror(tr));
            continue;
        }
        emit(r, path, ln, &d);
    }
    stp_buf_free(&copy);
    return rc;
}

static void do_file(run *r, const char *path)
{
    stp_input *in;
    int rc = stp_input_open(&in, path);
    if (rc == STP_ENOMEM)
        oom();
    if (rc) {
        stp_cli_error("cannot open", shown(path), 0, NULL, "%s", strerror(errno));
        return;
    }
    r->id.len = 0;
    if (stp_nd_base_id(&r->id, path))
        oom();
    r->base_len = r->id.len;
    stp_cli_meter_input(in);
    rc = r->format == FMT_TEXT ? do_text(r, in, path)
       : r->format == FMT_TSV ? do_tsv(r, in, path)
       : do_jsonl(r, in, path);
    if (rc == STP_ENOMEM)
        oom();
    if (rc == STP_EGZIP)
        stp_cli_error(stp_cli_kind(rc), shown(path), 0, NULL, "corrupt or truncated gzip data; the documents before it were written");
    else if (rc == STP_EIO)
        stp_cli_error(stp_cli_kind(rc), shown(path), 0, NULL, "read error: %s", strerror(errno));
    else if (rc < 0)
        stp_cli_error(stp_cli_kind(rc), shown(path), 0, NULL, "%s", stp_strerror(rc));
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
    r.nd = nd;
    r.fields = fields;
    r.format = FMT_TEXT;
    int c, stats = 0, progress = STP_CLI_PROGRESS_OFF;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":f:hV", opts, NULL)) != -1) {
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
        case O_HTML: r.nd.html = 1; break;
        case O_LANG:
            if (strcmp(optarg, "cs") == 0)
                r.nd.force_lang = STP_LANG_CS;
            else if (strcmp(optarg, "en") == 0)
                r.nd.force_lang = STP_LANG_EN;
            else if (strcmp(optarg, "und") == 0)
                r.nd.force_lang = STP_LANG_UND;
            else
                stp_cli_usage("unknown language '%s' (cs, en or und)", optarg);
            break;
        case O_ID: r.fields.id = optarg; break;
        case O_TEXT: r.fields.text = optarg; break;
        case O_DATE: r.fields.date = optarg; break;
        case O_SOURCE: r.fields.source = optarg; break;
        case O_LANGF: r.fields.lang = optarg; break;
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
    stp_cli_meter_begin(stats, progress, "doc", 0, argv + optind, argc - optind);
    if (optind >= argc)
        do_file(&r, "-");
    for (int k = optind; k < argc; k++)
        do_file(&r, argv[k]);
    stp_cli_flush(&r.out);
    if (r.dups > DUP_WARN_MAX)
        stp_cli_warn(NULL, NULL, 0, NULL, "%llu duplicate ids in all", (unsigned long long)r.dups);
    stp_cli_meter_end();
    stp_buf_free(&r.out);
    stp_buf_free(&r.id);
    stp_nd_free(&r.nd);
    stp_json_free(&r.json);
    stp_fields_free(&r.tsv_fields);
    stp_idset_free(&r.ids);
    return stp_cli_status();
}
