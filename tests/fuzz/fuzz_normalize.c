/* fuzz_normalize.c - libFuzzer target: normalize's per-document work on
 * arbitrary bytes, in every input format
 *
 * The first byte picks the format (text, text with --html, TSV, JSONL) and
 * whether the language is forced; the rest is the input, read as
 * cmd/normalize.c reads it: text as one document, TSV and JSONL line by line
 * (header line, field mapping, JSON parser). Every record written must be a
 * whole, parsable doc record with valid UTF-8 text, one per document.
 */
#include "buf.h"
#include "date.h"
#include "err.h"
#include "html.h"
#include "json.h"
#include "normdoc.h"
#include "rec.h"
#include "textnorm.h"

#include "fuzz_common.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void one(stp_nd *nd, stp_nd_in *in, stp_buf *out, size_t *ndocs)
{
    static const char file_id[] = "fuzz";
    if (!in->id.s || in->id.n == 0) {
        in->id.s = file_id;
        in->id.n = sizeof file_id - 1;
    }
    stp_nd_report rep;
    if (stp_nd_doc(nd, in, out, &rep))
        abort();
    (*ndocs)++;
    /* the date alone, as stp_nd_doc reads it */
    if (in->date.s) {
        char iso[11];
        if (stp_date_parse(in->date.s, in->date.n, iso) == 0 && iso[0] && strlen(iso) != 10)
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    int mode = data[0] & 3;
    stp_nd nd = STP_ND_INIT;
    if (data[0] & 4)
        nd.force_lang = (data[0] >> 3) % 3;
    const char *s = (const char *)data + 1;
    size_t n = size - 1;
    stp_buf out = {0};
    size_t ndocs = 0;
    if (mode == 0 || mode == 1) {           /* text, --html */
        nd.html = mode == 1;
        stp_nd_in in = { {NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}, {s, n} };
        one(&nd, &in, &out, &ndocs);
        /* the pieces alone as well */
        stp_buf b = {0};
        stp_tn_report rep = {0};
        if (stp_tn_clean(&b, s, n, &rep) || !fz_utf8_valid(b.p, b.len))
            abort();
        b.len = 0;
        if (stp_html_strip(&b, s, n))
            abort();
        for (size_t i = 0; i < n; i++)
            if (s[i] == '&') {
                uint32_t cp;
                size_t k = stp_html_entity(s + i, n - i, &cp);
                if (k > n - i || (k && (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))))
                    abort();
            }
        stp_buf_free(&b);
    } else {                                /* line formats */
        stp_nd_tsv layout = STP_ND_TSV_DEFAULT;
        stp_nd_fields fields = STP_ND_FIELDS_DEFAULT;
        stp_json j = {0};
        stp_fields fs = {0};
        stp_buf copy = {0};
        size_t i = 0, lineno = 0;
        while (i < n) {
            const char *nl = memchr(s + i, '\n', n - i);
            size_t len = nl ? (size_t)(nl - (s + i)) : n - i;
            const char *line = s + i;
            i += len + (nl != NULL);
            lineno++;
            stp_nd_in in;
            if (mode == 2) {
                if (lineno == 1 && stp_nd_tsv_header(&layout, line, len))
                    continue;
                copy.len = 0;
                if (stp_buf_put(&copy, line, len))
                    abort();
                int r = stp_nd_from_tsv(&layout, &fs, copy.p, copy.len, &in);
                if (r == STP_ENOMEM)
                    abort();
                if (r)
                    continue;
            } else {
                int r = stp_json_parse(&j, line, len);
                if (r == STP_ENOMEM)
                    abort();
                if (r) {
                    if (j.err_off > len || !j.err_msg)
                        abort();
                    continue;
                }
                if (stp_nd_from_json(&j, &fields, &in))
                    continue;
            }
            one(&nd, &in, &out, &ndocs);
        }
        stp_json_free(&j);
        stp_fields_free(&fs);
        stp_buf_free(&copy);
    }
    if (fz_check_records(out.p, out.len) != ndocs)
        abort();
    stp_buf_free(&out);
    stp_nd_free(&nd);
    return 0;
}
