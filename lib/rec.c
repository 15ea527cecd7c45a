/* rec.c - splitting, parsing and writing records */
#include "rec.h"
#include "err.h"

#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

stp_rec_kind stp_rec_kind_of(const char *line, size_t len)
{
    const char *tab = memchr(line, '\t', len);
    size_t k = tab ? (size_t)(tab - line) : len;
    if (k == 3 && memcmp(line, "doc", 3) == 0) return STP_REC_DOC;
    if (k == 3 && memcmp(line, "ent", 3) == 0) return STP_REC_ENT;
    if (k == 3 && memcmp(line, "rel", 3) == 0) return STP_REC_REL;
    if (k == 8 && memcmp(line, "incident", 8) == 0) return STP_REC_INCIDENT;
    return STP_REC_OTHER;
}

int stp_fields_split(stp_fields *fs, char *line, size_t len)
{
    fs->n = 0;
    /* CRLF line ends are tolerated; any other raw CR means the stream was
       written with CR line ends (or damaged): records would run together
       and be lost silently, so say so */
    if (len && line[len - 1] == '\r')
        len--;
    if (memchr(line, '\r', len))
        return STP_ERAWCR;
    size_t pos = 0;
    for (;;) {
        char *tab = memchr(line + pos, '\t', len - pos);
        size_t flen = tab ? (size_t)(tab - (line + pos)) : len - pos;
        if (fs->n == fs->cap) {
            size_t cap = fs->cap ? fs->cap * 2 : 16;
            stp_str *f = realloc(fs->f, cap * sizeof *f);
            if (!f)
                return STP_ENOMEM;
            fs->f = f;
            fs->cap = cap;
        }
        long ul = stp_unescape(line + pos, flen);
        if (ul < 0)
            return (int)ul;
        fs->f[fs->n].s = line + pos;
        fs->f[fs->n].n = (size_t)ul;
        fs->n++;
        if (!tab)
            break;
        pos += flen + 1;
    }
    return (int)fs->n;
}

void stp_fields_free(stp_fields *fs)
{
    free(fs->f);
    fs->f = NULL;
    fs->n = fs->cap = 0;
}

int stp_parse_u64(stp_str s, uint64_t *v)
{
    if (s.n == 0 || s.n > 19)
        return STP_ENUMBER;
    uint64_t x = 0;
    for (size_t i = 0; i < s.n; i++) {
        unsigned d = (unsigned char)s.s[i] - '0';
        if (d > 9)
            return STP_ENUMBER;
        x = x * 10 + d;
    }
    *v = x;
    return 0;
}

static int parse_conf(stp_str s, double *v)
{
    /* [0,1] written as 0, 1, 0.xxx or 1.000 */
    if (s.n == 0 || s.n > 32)
        return STP_ENUMBER;
    char tmp[40];
    memcpy(tmp, s.s, s.n);
    tmp[s.n] = '\0';
    char *end;
    double d = strtod(tmp, &end);
    if (*end != '\0' || !(d >= 0.0 && d <= 1.0))
        return STP_ENUMBER;
    *v = d;
    return 0;
}

static int is_kind(const stp_fields *fs, const char *k, size_t nf)
{
    size_t kl = strlen(k);
    return fs->n >= nf + 1 && fs->f[0].n == kl && memcmp(fs->f[0].s, k, kl) == 0;
}

int stp_doc_parse(const stp_fields *fs, stp_doc *d)
{
    if (!is_kind(fs, "doc", STP_DOC_NFIELDS))
        return STP_EFIELDS;
    d->id = fs->f[1];
    d->lang = fs->f[2];
    d->date = fs->f[3];
    d->source = fs->f[4];
    d->text = fs->f[5];
    return 0;
}

int stp_ent_parse(const stp_fields *fs, stp_ent *e)
{
    if (!is_kind(fs, "ent", STP_ENT_NFIELDS))
        return STP_EFIELDS;
    e->doc_id = fs->f[1];
    if (stp_parse_u64(fs->f[2], &e->start) || stp_parse_u64(fs->f[3], &e->end))
        return STP_ENUMBER;
    if (e->end < e->start)
        return STP_ERANGE;
    e->type = fs->f[4];
    e->entity_id = fs->f[5];
    e->surface = fs->f[6];
    e->how = fs->f[7];
    return 0;
}

int stp_rel_parse(const stp_fields *fs, stp_rel *r)
{
    if (!is_kind(fs, "rel", STP_REL_NFIELDS))
        return STP_EFIELDS;
    r->doc_id = fs->f[1];
    r->predicate = fs->f[2];
    r->subject_id = fs->f[3];
    r->object_id = fs->f[4];
    r->qualifier = fs->f[5];
    if (parse_conf(fs->f[6], &r->confidence)
        || stp_parse_u64(fs->f[7], &r->subject_start)
        || stp_parse_u64(fs->f[8], &r->object_start))
        return STP_ENUMBER;
    r->trigger = fs->f[9];
    r->evidence = fs->f[10];
    return 0;
}

static int put_field(stp_buf *out, stp_str s)
{
    int rc = stp_buf_putc(out, '\t');
    return rc ? rc : stp_buf_put_esc(out, s.s, s.n);
}

static int put_num(stp_buf *out, uint64_t v)
{
    int rc = stp_buf_putc(out, '\t');
    return rc ? rc : stp_buf_putu(out, v);
}

int stp_doc_write(stp_buf *out, const stp_doc *d)
{
    int rc = stp_buf_put(out, "doc", 3);
    if (!rc) rc = put_field(out, d->id);
    if (!rc) rc = put_field(out, d->lang);
    if (!rc) rc = put_field(out, d->date);
    if (!rc) rc = put_field(out, d->source);
    if (!rc) rc = put_field(out, d->text);
    if (!rc) rc = stp_buf_putc(out, '\n');
    return rc;
}

int stp_ent_write(stp_buf *out, const stp_ent *e)
{
    /* one reservation for the record (tag writes hundreds of thousands) */
    const stp_str f[] = { e->doc_id, e->type, e->entity_id, e->surface, e->how };
    size_t need = 3 + 7 + 2 * 20 + 1;
    for (size_t k = 0; k < 5; k++) {
        if (f[k].n > (SIZE_MAX - need) / 2)
            return STP_ENOMEM;
        need += 2 * f[k].n;
    }
    if (stp_buf_reserve(out, need))
        return STP_ENOMEM;
    char *d = out->p + out->len;
    memcpy(d, "ent\t", 4);
    d = stp_esc_to(d + 4, e->doc_id.s, e->doc_id.n);
    *d++ = '\t';
    d = stp_u64_to(d, e->start);
    *d++ = '\t';
    d = stp_u64_to(d, e->end);
    for (size_t k = 1; k < 5; k++) {
        *d++ = '\t';
        d = stp_esc_to(d, f[k].s, f[k].n);
    }
    *d++ = '\n';
    out->len = (size_t)(d - out->p);
    return 0;
}

int stp_rel_write(stp_buf *out, const stp_rel *r)
{
    int rc = stp_buf_put(out, "rel", 3);
    if (!rc) rc = put_field(out, r->doc_id);
    if (!rc) rc = put_field(out, r->predicate);
    if (!rc) rc = put_field(out, r->subject_id);
    if (!rc) rc = put_field(out, r->object_id);
    if (!rc) rc = put_field(out, r->qualifier);
    if (!rc) rc = stp_buf_putc(out, '\t');
    if (!rc) rc = stp_buf_putf(out, r->confidence, 2);
    if (!rc) rc = put_num(out, r->subject_start);
    if (!rc) rc = put_num(out, r->object_start);
    if (!rc) rc = put_field(out, r->trigger);
    if (!rc) rc = put_field(out, r->evidence);
    if (!rc) rc = stp_buf_putc(out, '\n');
    return rc;
}

/* eight bytes at a time: a continuation byte has bit 7 set and bit 6 clear;
 * the 0/1 per byte are summed by one multiplication */
size_t stp_utf8_count(const char *s, size_t n)
{
    size_t c = 0, i = 0;
#if defined(__SSE2__)
    /* sixteen bytes at a time: a byte starts a code point unless it is a
       continuation byte, 0x80..0xBF, which as a signed byte is below -64;
       the comparison's -1 per such byte is summed into byte counters (at
       most 255 rounds), which are then added up (psadbw): no popcount,
       which SSE2 lacks */
    while (i + 16 <= n) {
        __m128i acc = _mm_setzero_si128();
        for (int r = 0; r < 255 && i + 16 <= n; r++, i += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            acc = _mm_sub_epi8(acc, _mm_cmpgt_epi8(v, _mm_set1_epi8(-65)));
        }
        __m128i sum = _mm_sad_epu8(acc, _mm_setzero_si128());
        c += (size_t)_mm_cvtsi128_si32(sum) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sum, 8));
    }
#endif
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, s + i, 8);
        uint64_t cont = (v & ~(v << 1) & 0x8080808080808080ull) >> 7;
        c += 8 - (size_t)((cont * 0x0101010101010101ull) >> 56);   /* sum of the bytes */
    }
    for (; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}
