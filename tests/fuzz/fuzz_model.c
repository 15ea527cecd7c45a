/* fuzz_model.c - libFuzzer target: the binary model loader on corrupted
 * models (gaz.h stp_gaz_from_buf)
 *
 * The first byte holds flags, the rest is a model image. Random bytes
 * rarely get past the size and CRC checks, so the flags may repair them
 * first: bit 0 sets the file size field and recomputes the CRC-32, bit 1
 * also sets the string-bytes count so that the counts add up to the size.
 * That way the fuzzer reaches the checks of every entity, alias, unit,
 * key, posting and hash slot. A model that loads must then be usable:
 * every record is read, a text is tagged with it, and it is merged into a
 * builder and compiled again, as tag -g does.
 */
#include "buf.h"
#include "err.h"
#include "gaz.h"
#include "rec.h"
#include "tag.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define HDR 64u

static const char text[] =
    "APT28 (Fancy Bear) a skupina NoName057(16) zaútočily na ministerstvo; "
    "NÚKIB varoval. Russia's GRU attacked Czechia via CVE-2023-23397 and "
    "evil[.]example[.]com, Microsoft Outlook, Exchange.";

static void use(const stp_gaz *g)
{
    for (uint32_t i = 0; i < stp_gaz_n_entities(g); i++) {
        const stp_gaz_entity *e = stp_gaz_entity_at(g, i);
        stp_str a = stp_gaz_str(g, e->id_off, e->id_len);
        if (a.n)
            (void)(volatile char)a.s[a.n - 1];
        (void)stp_gaz_type_name(e->type);
    }
    for (uint32_t i = 0; i < stp_gaz_n_aliases(g); i++) {
        const stp_gaz_alias *a = stp_gaz_alias_at(g, i);
        const stp_gaz_aunit *u = stp_gaz_aunits(g, a);
        for (uint32_t k = 0; k < a->nunits; k++) {
            stp_str s = stp_gaz_str(g, u[k].surf_off, u[k].surf_len);
            if (s.n)
                (void)(volatile char)s.s[s.n - 1];
        }
        stp_str f = stp_gaz_file(g, a->file);
        if (f.n)
            (void)(volatile char)f.s[f.n - 1];
    }
    for (uint32_t k = 0; k < stp_gaz_n_keys(g); k++) {
        uint32_t np;
        const stp_gaz_post *p = stp_gaz_postings(g, k, &np);
        for (uint32_t i = 0; i < np; i++)
            (void)stp_gaz_alias_at(g, p[i].alias);
    }
    (void)stp_gaz_key_find(g, 'f', "apt28", 5);
    (void)stp_gaz_key_find(g, 'c', "rusk", 4);

    stp_tagger *t;
    if (stp_tagger_new(&t, g, NULL))
        abort();
    stp_doc d = { STP_STR("d1"), STP_STR("und"), STP_STR(""), STP_STR(""),
                  { text, sizeof text - 1 } };
    stp_buf out = {0};
    for (int l = 0; l < 3; l++) {
        d.lang = l == 0 ? STP_STR("cs") : l == 1 ? STP_STR("en") : STP_STR("und");
        if (stp_tag_document(t, &d, &out) < 0)
            abort();
    }
    stp_buf_free(&out);
    stp_tagger_free(t);

    stp_gaz_builder *b;
    stp_gaz_diag dg;
    if (stp_gaz_builder_new(&b))
        abort();
    if (stp_gaz_builder_add_model(b, g, &dg) == 0) {
        stp_buf img = {0};
        stp_gaz *g2;
        if (stp_gaz_builder_compile(b, &img, &dg) == 0 && stp_gaz_from_buf(&g2, &img, &dg) == 0)
            stp_gaz_free(g2);
        stp_buf_free(&img);
    }
    stp_gaz_builder_free(b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    int flags = data[0];
    stp_buf img = {0};
    if (stp_buf_put(&img, data + 1, size - 1))
        abort();
    uint8_t *p = (uint8_t *)img.p;
    size_t n = img.len;
    if (n >= HDR && (flags & 2)) {
        /* make the counts add up: the string bytes take what is left */
        uint32_t h[HDR / 4];
        memcpy(h, p, HDR);
        uint64_t need = (uint64_t)HDR + (uint64_t)h[7] * sizeof(stp_gaz_entity)
                      + (uint64_t)h[8] * sizeof(stp_gaz_alias) + (uint64_t)h[9] * sizeof(stp_gaz_aunit)
                      + (uint64_t)h[10] * 16 + (uint64_t)h[11] * sizeof(stp_gaz_post)
                      + (uint64_t)h[12] * 4 + (uint64_t)h[13] * 8;
        if (need <= n && n - need <= UINT32_MAX) {
            uint32_t ns = (uint32_t)(n - need);
            memcpy(p + 14 * 4, &ns, 4);
        }
    }
    if (n >= HDR && (flags & 3)) {
        uint64_t fsize = n;
        memcpy(p + 16, &fsize, 8);
        uint32_t crc = (uint32_t)crc32(0L, p + HDR, (uInt)(n - HDR));
        memcpy(p + 24, &crc, 4);
    }
    stp_gaz *g = NULL;
    stp_gaz_diag dg;
    int r = stp_gaz_from_buf(&g, &img, &dg);
    if (r == 0) {
        use(g);
        stp_gaz_free(g);
    } else if (r != STP_EMODEL && r != STP_ENOMEM) {
        abort();
    } else if (r == STP_EMODEL && dg.msg[0] == '\0') {
        abort();   /* a reason is always given */
    }
    stp_buf_free(&img);
    return 0;
}
