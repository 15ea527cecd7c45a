/* fuzz_tag.c - libFuzzer target: tag's per-document work (tokens,
 * sentences, stem keys, gazetteer matches, indicators) on arbitrary text
 *
 * A small gazetteer (names, inflected Czech forms, ambiguous and case rows)
 * is compiled once; the first byte picks the document's language, the rest
 * is its text. Every ent record written must parse, belong to the doc, and
 * have offsets inside the text, in order and not overlapping.
 */
#include "buf.h"
#include "err.h"
#include "gaz.h"
#include "rec.h"
#include "tag.h"

#include "fuzz_common.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char gaz_tsv[] =
    "#id\ttype\tcanonical\talias\tlang\tflags\n"
    "actor:apt28\tACTOR\tAPT28\tAPT28\tany\t-\n"
    "actor:apt28\tACTOR\tAPT28\tFancy Bear\tany\tcase\n"
    "actor:noname057-16\tACTOR\tNoName057(16)\tNoName057 (16)\tany\t-\n"
    "state:ru\tSTATE\tRussia\tRusko\tcs\t-\n"
    "state:ru\tSTATE\tRussia\tRussia\ten\t-\n"
    "state:cz\tSTATE\tCzechia\tČeská republika\tcs\t-\n"
    "agency:cz-nukib\tAGENCY\tNÚKIB\tNÚKIB\tany\t-\n"
    "inst:cz-ceska-televize\tINSTITUTION\tČeská televize\tČeská televize\tcs\t-\n"
    "agency:ru-gru\tAGENCY\tGRU\tGRU\tany\tcase\n"
    "product:ms-outlook\tPRODUCT\tMicrosoft Outlook\tOutlook\tany\tambig\n"
    "product:ms-outlook\tPRODUCT\tMicrosoft Outlook\tMicrosoft Outlook\tany\t-\n"
    "malware:x-agent\tMALWARE\tX-Agent\tX-Agent\tany\texact\n"
    "person:lipavsky\tPERSON\tJan Lipavský\tJan Lipavský\tcs\tnofold\n";

static stp_gaz *g;
static stp_tagger *t;

static void setup(void)
{
    stp_gaz_builder *b;
    stp_gaz_diag dg;
    stp_buf img = {0};
    if (stp_gaz_builder_new(&b) || stp_gaz_builder_add_tsv(b, "fuzz.tsv", gaz_tsv, sizeof gaz_tsv - 1, &dg)
        || stp_gaz_builder_compile(b, &img, &dg) || stp_gaz_from_buf(&g, &img, &dg))
        abort();
    stp_gaz_builder_free(b);
    if (stp_tagger_new(&t, g, NULL))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    if (!t)
        setup();
    static const stp_str langs[3] = { STP_STR("cs"), STP_STR("en"), STP_STR("und") };
    stp_doc d = { STP_STR("d1"), langs[data[0] % 3], STP_STR(""), STP_STR(""),
                  { (const char *)data + 1, size - 1 } };
    uint64_t cps = stp_utf8_count(d.text.s, d.text.n);
    stp_buf out = {0};
    long c = stp_tag_document(t, &d, &out);
    if (c < 0)
        abort();
    stp_fields fs = {0};
    size_t i = 0, seen = 0;
    uint64_t last = 0;
    while (i < out.len) {
        const char *nl = memchr(out.p + i, '\n', out.len - i);
        if (!nl)
            abort();
        size_t n = (size_t)(nl - (out.p + i));
        char *line = malloc(n + 1);
        memcpy(line, out.p + i, n);
        stp_ent e;
        if (stp_fields_split(&fs, line, n) < 0 || stp_ent_parse(&fs, &e))
            abort();
        if (e.start >= e.end || e.end > cps || e.start < last)
            abort();
        if (e.doc_id.n != 2 || memcmp(e.doc_id.s, "d1", 2) != 0)
            abort();
        last = e.end;
        seen++;
        free(line);
        i += n + 1;
    }
    if ((long)seen != c)
        abort();
    stp_fields_free(&fs);
    stp_buf_free(&out);
    return 0;
}
