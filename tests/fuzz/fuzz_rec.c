/* fuzz_rec.c - libFuzzer target: the record reader (rec.h)
 *
 * Any bytes as one line of the record stream: split into fields, read as
 * doc, ent and rel records; a record that parses is written back and read
 * again, and must give the same fields (the escaping round-trips).
 */
#include "buf.h"
#include "err.h"
#include "rec.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int same(stp_str a, stp_str b)
{
    return a.n == b.n && (a.n == 0 || memcmp(a.s, b.s, a.n) == 0);
}

static void roundtrip_doc(const stp_doc *d)
{
    stp_buf out = {0};
    if (stp_doc_write(&out, d))
        abort();
    if (out.len == 0 || out.p[out.len - 1] != '\n' || memchr(out.p, '\n', out.len - 1))
        abort();  /* one record, one line */
    stp_fields fs = {0};
    stp_doc e;
    if (stp_fields_split(&fs, out.p, out.len - 1) < 0 || stp_doc_parse(&fs, &e))
        abort();
    if (!same(d->id, e.id) || !same(d->lang, e.lang) || !same(d->date, e.date)
        || !same(d->source, e.source) || !same(d->text, e.text))
        abort();
    stp_fields_free(&fs);
    stp_buf_free(&out);
}

static void roundtrip_ent(const stp_ent *d)
{
    stp_buf out = {0};
    if (stp_ent_write(&out, d))
        abort();
    stp_fields fs = {0};
    stp_ent e;
    if (stp_fields_split(&fs, out.p, out.len - 1) < 0 || stp_ent_parse(&fs, &e))
        abort();
    if (!same(d->doc_id, e.doc_id) || d->start != e.start || d->end != e.end
        || !same(d->type, e.type) || !same(d->entity_id, e.entity_id)
        || !same(d->surface, e.surface) || !same(d->how, e.how))
        abort();
    stp_fields_free(&fs);
    stp_buf_free(&out);
}

static void roundtrip_rel(const stp_rel *d)
{
    stp_buf out = {0};
    if (stp_rel_write(&out, d))
        abort();
    stp_fields fs = {0};
    stp_rel e;
    if (stp_fields_split(&fs, out.p, out.len - 1) < 0 || stp_rel_parse(&fs, &e))
        abort();
    if (!same(d->doc_id, e.doc_id) || !same(d->predicate, e.predicate)
        || !same(d->subject_id, e.subject_id) || !same(d->object_id, e.object_id)
        || d->subject_start != e.subject_start || d->object_start != e.object_start
        || !same(d->trigger, e.trigger) || !same(d->evidence, e.evidence))
        abort();
    stp_fields_free(&fs);
    stp_buf_free(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* the line as the filters see it: no '\n' inside */
    const uint8_t *nl = memchr(data, '\n', size);
    size_t n = nl ? (size_t)(nl - data) : size;
    char *line = malloc(n + 1);
    if (!line)
        return 0;
    memcpy(line, data, n);
    stp_rec_kind k = stp_rec_kind_of(line, n);
    (void)stp_utf8_count(line, n);
    stp_fields fs = {0};
    int r = stp_fields_split(&fs, line, n);
    if (r >= 0) {
        if ((size_t)r != fs.n)
            abort();
        for (size_t i = 0; i < fs.n; i++) {
            if (fs.f[i].n > n || fs.f[i].s < line || fs.f[i].s + fs.f[i].n > line + n)
                abort();
            uint64_t v;
            (void)stp_parse_u64(fs.f[i], &v);
        }
        stp_doc d;
        stp_ent e;
        stp_rel l;
        if (stp_doc_parse(&fs, &d) == 0) {
            if (k != STP_REC_DOC)
                abort();
            roundtrip_doc(&d);
        }
        if (stp_ent_parse(&fs, &e) == 0) {
            if (k != STP_REC_ENT)
                abort();
            roundtrip_ent(&e);
        }
        if (stp_rel_parse(&fs, &l) == 0) {
            if (k != STP_REC_REL)
                abort();
            roundtrip_rel(&l);
        }
    } else if (r != STP_EESCAPE && r != STP_ERAWCR && r != STP_ENOMEM) {
        abort();
    }
    stp_fields_free(&fs);
    /* stp_unescape on the raw bytes too */
    memcpy(line, data, n);
    long u = stp_unescape(line, n);
    if (u > (long)n)
        abort();
    free(line);
    return 0;
}
