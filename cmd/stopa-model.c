/* stopa-model.c - compile gazetteer TSVs into a binary model, and look
 * into one (dump, info) */
#include "cli.h"
#include "err.h"
#include "gaz.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void usage(void)
{
    printf("Usage: stopa-model compile -o OUT.model FILE.tsv...\n"
           "       stopa-model dump [-k] MODEL\n"
           "       stopa-model info MODEL\n"
           "\n"
           "compile  read gazetteer rows (id type canonical alias lang flags) and write\n"
           "         the binary model that tag maps at start; a bad row is reported as\n"
           "         FILE:LINE and nothing is written (exit 1)\n"
           "dump     print the rows of a model as gazetteer TSV; -k adds, per alias,\n"
           "         a comment line with the keys of its units (fold|en|cs)\n"
           "info     print counts and source files of a model\n"
           "\n"
           "  -h, --help     this help\n"
           "  -V, --version  version\n");
    exit(0);
}

static void diag_die(int status, const stp_gaz_diag *d)
{
    if (d->line)
        stp_cli_die(status, "%s:%llu: %s", d->file, (unsigned long long)d->line, d->msg);
    stp_cli_die(status, "%s: %s", d->file[0] ? d->file : "model", d->msg);
}

static int cmd_compile(int argc, char **argv)
{
    const char *out = NULL;
    int i = 1;
    stp_gaz_builder *b;
    stp_gaz_diag d = {0};
    if (stp_gaz_builder_new(&b))
        stp_cli_die(2, "out of memory");
    int nfiles = 0;
    for (; i < argc; i++) {
        if (strcmp(argv[i], "-o") == 0) {
            if (++i >= argc)
                stp_cli_usage("option -o needs a file name");
            out = argv[i];
            continue;
        }
        if (argv[i][0] == '-' && argv[i][1])
            stp_cli_usage("unknown option '%s'", argv[i]);
        int r = stp_gaz_builder_add_file(b, argv[i], &d);
        if (r)
            diag_die(r == STP_ESYNTAX ? 1 : 2, &d);
        nfiles++;
    }
    if (!out)
        stp_cli_usage("compile needs -o OUT.model");
    if (!nfiles)
        stp_cli_usage("compile needs at least one gazetteer file");
    stp_buf img = {0};
    int r = stp_gaz_builder_compile(b, &img, &d);
    if (r)
        diag_die(r == STP_ESYNTAX ? 1 : 2, &d);
    stp_gaz_builder_free(b);
    /* a regular file (or a new one) is written next to the target and
       renamed, so that it is never a half-written model; a pipe, a device
       or a symbolic link (/dev/stdout) is written straight: renaming over
       it would replace it */
    struct stat sb;
    char *tmp = NULL;
    const char *path = out;
    if (!(lstat(out, &sb) == 0 && !S_ISREG(sb.st_mode))) {
        size_t tl = strlen(out) + 16;
        if (!(tmp = malloc(tl)))
            stp_cli_die(2, "out of memory");
        snprintf(tmp, tl, "%s.tmp%ld", out, (long)getpid());
        path = tmp;
    }
    FILE *fp = fopen(path, "wb");
    if (!fp)
        stp_cli_die(2, "%s: %s", path, strerror(errno));
    if (fwrite(img.p, 1, img.len, fp) != img.len || fclose(fp) != 0) {
        int e = errno;
        if (tmp)
            unlink(tmp);
        stp_cli_die(2, "%s: write error: %s", path, strerror(e));
    }
    if (tmp && rename(tmp, out) != 0) {
        int e = errno;
        unlink(tmp);
        stp_cli_die(2, "%s: %s", out, strerror(e));
    }
    free(tmp);
    stp_buf_free(&img);
    return 0;
}

static stp_gaz *open_model(const char *path)
{
    stp_gaz *g;
    stp_gaz_diag d = {0};
    int r = stp_gaz_open(&g, path, &d);
    if (r)
        diag_die(2, &d);
    return g;
}

static void put_flags(stp_buf *o, uint32_t f)
{
    static const char *const names[] = { "case", "exact", "nofold", "ambig", "title" };
    int any = 0;
    for (int k = 0; k < (int)(sizeof names / sizeof *names); k++)
        if (f & (1u << k)) {
            if (any)
                stp_buf_putc(o, ',');
            stp_buf_puts(o, names[k]);
            any = 1;
        }
    if (!any)
        stp_buf_putc(o, '-');
}

static void put_key(stp_buf *o, const stp_gaz *g, uint32_t k)
{
    (void)g;
    if (k == STP_GAZ_NOKEY) {
        stp_buf_putc(o, '-');
        return;
    }
    /* keys are stored with their prefix byte; the dump shows them whole */
    stp_buf_putu(o, k);
}

static int cmd_dump(int argc, char **argv)
{
    int keys = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-k") == 0)
            keys = 1;
        else if (argv[i][0] == '-' && argv[i][1])
            stp_cli_usage("unknown option '%s'", argv[i]);
        else if (path)
            stp_cli_usage("dump takes one model");
        else
            path = argv[i];
    }
    if (!path)
        stp_cli_usage("dump needs a model file");
    stp_gaz *g = open_model(path);
    stp_buf o = {0};
    static const char *const langs[] = { "any", "cs", "en" };
    stp_buf_puts(&o, "#id\ttype\tcanonical\talias\tlang\tflags\n");
    for (uint32_t i = 0; i < stp_gaz_n_aliases(g); i++) {
        const stp_gaz_alias *a = stp_gaz_alias_at(g, i);
        const stp_gaz_entity *e = stp_gaz_entity_at(g, a->entity);
        stp_str s;
        s = stp_gaz_str(g, e->id_off, e->id_len);
        stp_buf_put(&o, s.s, s.n);
        stp_buf_putc(&o, '\t');
        stp_buf_puts(&o, stp_gaz_type_name(e->type));
        stp_buf_putc(&o, '\t');
        s = stp_gaz_str(g, e->canon_off, e->canon_len);
        stp_buf_put(&o, s.s, s.n);
        stp_buf_putc(&o, '\t');
        s = stp_gaz_str(g, a->alias_off, a->alias_len);
        stp_buf_put(&o, s.s, s.n);
        stp_buf_putc(&o, '\t');
        stp_buf_puts(&o, langs[a->lang]);
        stp_buf_putc(&o, '\t');
        put_flags(&o, a->flags);
        stp_buf_putc(&o, '\n');
        if (keys) {
            const stp_gaz_aunit *u = stp_gaz_aunits(g, a);
            stp_buf_puts(&o, "# units:");
            for (uint32_t j = 0; j < a->nunits; j++) {
                stp_buf_putc(&o, ' ');
                s = stp_gaz_str(g, u[j].surf_off, u[j].surf_len);
                stp_buf_put(&o, s.s, s.n);
                stp_buf_putc(&o, '=');
                put_key(&o, g, u[j].fold);
                stp_buf_putc(&o, '|');
                put_key(&o, g, u[j].en);
                stp_buf_putc(&o, '|');
                put_key(&o, g, u[j].cs);
            }
            stp_buf_putc(&o, '\n');
        }
        if (o.len > 65536)
            stp_cli_flush(&o);
    }
    stp_cli_flush(&o);
    stp_buf_free(&o);
    stp_gaz_free(g);
    return 0;
}

static int cmd_info(int argc, char **argv)
{
    if (argc != 2)
        stp_cli_usage("info takes one model");
    stp_gaz *g = open_model(argv[1]);
    uint32_t bytype[STP_TYPE_N_] = {0};
    for (uint32_t i = 0; i < stp_gaz_n_entities(g); i++)
        bytype[stp_gaz_entity_at(g, i)->type]++;
    printf("entities\t%u\n", stp_gaz_n_entities(g));
    for (int t = 0; t < STP_TYPE_N_; t++)
        printf("  %s\t%u\n", stp_gaz_type_name((uint32_t)t), bytype[t]);
    printf("aliases\t%u\n", stp_gaz_n_aliases(g));
    printf("keys\t%u\n", stp_gaz_n_keys(g));
    for (uint32_t i = 0;; i++) {
        stp_str f = stp_gaz_file(g, i);
        if (!f.s)
            break;
        printf("file\t%.*s\n", (int)f.n, f.s);
    }
    stp_gaz_free(g);
    return 0;
}

int main(int argc, char **argv)
{
    stp_cli_init(argv[0]);
    if (argc < 2)
        stp_cli_usage("missing command (compile, dump or info)");
    if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)
        usage();
    if (strcmp(argv[1], "-V") == 0 || strcmp(argv[1], "--version") == 0) {
        printf("stopa-model %s\n", STOPA_VERSION);
        return 0;
    }
    if (strcmp(argv[1], "compile") == 0)
        return cmd_compile(argc - 1, argv + 1);
    if (strcmp(argv[1], "dump") == 0)
        return cmd_dump(argc - 1, argv + 1);
    if (strcmp(argv[1], "info") == 0)
        return cmd_info(argc - 1, argv + 1);
    stp_cli_usage("unknown command '%s'", argv[1]);
}
