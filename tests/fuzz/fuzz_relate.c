/* fuzz_relate.c - libFuzzer target: relate on arbitrary record streams
 *
 * The input is a record stream, read as cmd/relate.c reads it: a doc
 * record opens a document, its ent records (checked as relate checks them:
 * same doc id, offsets within the text) are collected, and the next doc or
 * the end hands the document to stp_relate_document() with the built-in
 * trigger lexicon. Every rel record written must be a whole line that
 * parses as a rel record of that document.
 */
#include "buf.h"
#include "err.h"
#include "rec.h"
#include "relate.h"
#include "stem.h"
#include "trig.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static stp_trig_lex *lex;
static stp_relate *rel;

static void setup(void)
{
    stp_stemmer *st, *st2;
    stp_trig_diag dg = { 0, NULL };
    if (stp_stemmer_new(&st, NULL) || stp_trig_lex_new(&lex, st)
        || stp_trig_lex_add_builtin(lex, &dg) || stp_trig_lex_index(lex))
        abort();
    stp_stemmer_free(st);
    if (stp_stemmer_new(&st2, NULL) || stp_relate_new(&rel, lex, st2, 0))
        abort();
}

static void check_out(const stp_doc *d, const char *p, size_t len)
{
    stp_fields fs = {0};
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(p + i, '\n', len - i);
        if (!nl)
            abort();
        size_t n = (size_t)(nl - (p + i));
        char *line = malloc(n + 1);
        memcpy(line, p + i, n);
        stp_rel r;
        if (stp_fields_split(&fs, line, n) < 0 || stp_rel_parse(&fs, &r))
            abort();
        if (r.doc_id.n != d->id.n || memcmp(r.doc_id.s, d->id.s, d->id.n) != 0)
            abort();
        if (!(r.confidence >= 0.0 && r.confidence <= 1.0))
            abort();
        free(line);
        i += n + 1;
    }
    stp_fields_free(&fs);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!rel)
        setup();
    char *copy = malloc(size + 1);
    memcpy(copy, data, size);
    copy[size] = '\n';
    stp_fields dfs = {0}, fs = {0};
    stp_doc doc;
    int have = 0;
    uint64_t cps = 0;
    stp_ent *ents = NULL;
    size_t nents = 0, cap = 0;
    stp_buf out = {0};
    char *p = copy, *end = copy + size + 1;
    char *docline = NULL;
    for (;;) {
        char *nl = p < end ? memchr(p, '\n', (size_t)(end - p)) : NULL;
        int last = nl == NULL;
        stp_rec_kind k = last ? STP_REC_DOC : stp_rec_kind_of(p, (size_t)(nl - p));
        if (k == STP_REC_DOC && have) {
            out.len = 0;
            long r = stp_relate_document(rel, &doc, ents, nents, &out);
            if (r < 0)
                abort();
            check_out(&doc, out.p, out.len);
            have = 0;
            nents = 0;
        }
        if (last)
            break;
        size_t n = (size_t)(nl - p);
        if (k == STP_REC_DOC) {
            /* the doc line stays split in place while its ents are read */
            free(docline);
            docline = malloc(n + 1);
            memcpy(docline, p, n);
            if (stp_fields_split(&dfs, docline, n) >= 0 && stp_doc_parse(&dfs, &doc) == 0) {
                have = 1;
                cps = stp_utf8_count(doc.text.s, doc.text.n);
            }
        } else if (k == STP_REC_ENT && have) {
            stp_ent e;
            if (stp_fields_split(&fs, p, n) >= 0 && stp_ent_parse(&fs, &e) == 0
                && e.doc_id.n == doc.id.n && memcmp(e.doc_id.s, doc.id.s, doc.id.n) == 0
                && e.end <= cps) {
                if (nents == cap && stp_array_grow((void **)&ents, &cap, nents + 1, sizeof *ents))
                    abort();
                ents[nents++] = e;   /* borrows from copy, split in place */
            }
        }
        p = nl + 1;
    }
    free(docline);
    free(ents);
    stp_buf_free(&out);
    stp_fields_free(&fs);
    stp_fields_free(&dfs);
    free(copy);
    return 0;
}
