/* normdoc.c - one document to one doc record (see normdoc.h) */
#include "normdoc.h"
#include "date.h"
#include "err.h"
#include "html.h"
#include "langid.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int present(stp_str s)
{
    return s.s != NULL && s.n > 0;
}

int stp_nd_doc(stp_nd *ctx, const stp_nd_in *in, stp_buf *out, stp_nd_report *rep)
{
    memset(rep, 0, sizeof *rep);
    const char *txt = in->text.s ? in->text.s : "";
    size_t tn = in->text.s ? in->text.n : 0;
    if (ctx->html) {
        stp_buf_reset(&ctx->html_text);
        if (stp_html_strip(&ctx->html_text, txt, tn))
            return STP_ENOMEM;
        txt = ctx->html_text.p ? ctx->html_text.p : "";
        tn = ctx->html_text.len;
    }
    stp_buf_reset(&ctx->text);
    if (stp_tn_clean(&ctx->text, txt, tn, &rep->tn))
        return STP_ENOMEM;
    stp_str text = { ctx->text.p ? ctx->text.p : "", ctx->text.len };

    char date[11] = "";
    if (present(in->date) && stp_date_parse(in->date.s, in->date.n, date) != 0)
        rep->bad_date = 1;

    stp_lang lang;
    if (ctx->force_lang >= 0)
        lang = (stp_lang)ctx->force_lang;
    else if (present(in->lang))
        lang = stp_lang_parse(in->lang);
    else
        lang = stp_langid(text.s, text.n, NULL);
    const char *ln = stp_lang_name(lang);

    stp_doc d = {
        present(in->id) ? in->id : STP_STR(""),
        { ln, strlen(ln) },
        { date, strlen(date) },
        present(in->source) ? in->source : STP_STR(""),
        text,
    };
    return stp_doc_write(out, &d);
}

void stp_nd_free(stp_nd *ctx)
{
    stp_buf_free(&ctx->text);
    stp_buf_free(&ctx->html_text);
}

static int strip_suffix(const char *s, size_t *n, const char *suf)
{
    size_t k = strlen(suf);
    if (*n > k && memcmp(s + *n - k, suf, k) == 0) {
        *n -= k;
        return 1;
    }
    return 0;
}

int stp_nd_base_id(stp_buf *out, const char *path)
{
    if (strcmp(path, "-") == 0)
        return stp_buf_puts(out, "stdin");
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    size_t n = strlen(b);
    strip_suffix(b, &n, ".gz");
    if (!strip_suffix(b, &n, ".txt") && !strip_suffix(b, &n, ".jsonl")
        && !strip_suffix(b, &n, ".json"))
        strip_suffix(b, &n, ".tsv");
    return stp_buf_put(out, b, n);
}

static stp_str member_str(const stp_json *j, const char *name, int allow_number)
{
    stp_str none = { NULL, 0 };
    if (!name)
        return none;
    const stp_json_member *m = stp_json_get(j, name);
    if (!m || !(m->type == STP_JSON_STRING || (allow_number && m->type == STP_JSON_NUMBER)))
        return none;
    return m->val;
}

int stp_nd_from_json(const stp_json *j, const stp_nd_fields *f, stp_nd_in *in)
{
    memset(in, 0, sizeof *in);
    const stp_json_member *t = stp_json_get(j, f->text);
    if (!t || t->type != STP_JSON_STRING)
        return STP_EFIELDS;
    in->text = t->val;
    in->id = member_str(j, f->id, 1);
    in->date = member_str(j, f->date, 0);
    in->lang = member_str(j, f->lang, 0);
    if (f->source) {
        in->source = member_str(j, f->source, 0);
    } else {
        in->source = member_str(j, "source", 0);
        if (!present(in->source))
            in->source = member_str(j, "url", 0);
    }
    return 0;
}

static int column_of(const char *s, size_t n)
{
    static const struct { const char *name; int col; } names[] = {
        {"id", STP_ND_COL_ID}, {"lang", STP_ND_COL_LANG}, {"date", STP_ND_COL_DATE},
        {"source", STP_ND_COL_SOURCE}, {"url", STP_ND_COL_SOURCE}, {"text", STP_ND_COL_TEXT},
    };
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (strlen(names[k].name) == n && strncasecmp(s, names[k].name, n) == 0)
            return names[k].col;
    return -1;
}

int stp_nd_tsv_header(stp_nd_tsv *t, const char *line, size_t n)
{
    stp_nd_tsv def = STP_ND_TSV_DEFAULT, h = { 0, {0} };
    int has_text = 0;
    size_t i = 0;
    if (n && line[n - 1] == '\r')
        n--;
    for (;;) {
        const char *tab = memchr(line + i, '\t', n - i);
        size_t e = tab ? (size_t)(tab - line) : n;
        int c = column_of(line + i, e - i);
        if (c < 0 || h.ncol == sizeof h.col) {
            *t = def;
            return 0;
        }
        has_text |= c == STP_ND_COL_TEXT;
        h.col[h.ncol++] = (unsigned char)c;
        if (!tab)
            break;
        i = e + 1;
    }
    if (!has_text) {
        *t = def;
        return 0;
    }
    *t = h;
    return 1;
}

int stp_nd_from_tsv(const stp_nd_tsv *t, stp_fields *fs, char *line, size_t n, stp_nd_in *in)
{
    memset(in, 0, sizeof *in);
    if (n && line[n - 1] == '\r')
        n--;  /* a CRLF file: the CR ends the line, it is not text */
    int nf = stp_fields_split(fs, line, n);
    if (nf < 0)
        return nf;
    if ((size_t)nf != t->ncol)
        return STP_EFIELDS;
    for (size_t k = 0; k < t->ncol; k++) {
        stp_str v = fs->f[k];
        switch (t->col[k]) {
        case STP_ND_COL_ID: in->id = v; break;
        case STP_ND_COL_LANG: in->lang = v; break;
        case STP_ND_COL_DATE: in->date = v; break;
        case STP_ND_COL_SOURCE: in->source = v; break;
        case STP_ND_COL_TEXT: in->text = v; break;
        default: break;
        }
    }
    return 0;
}

static uint64_t hash_id(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ull;
    }
    h ^= h >> 31;
    h *= 0x9e3779b97f4a7c15ull;
    h ^= h >> 29;
    return h ? h : 1;  /* 0 marks an empty slot */
}

static int grow(stp_idset *s)
{
    size_t cap = s->cap ? s->cap * 2 : 1024;
    uint64_t *slot = calloc(cap, sizeof *slot);
    if (!slot)
        return STP_ENOMEM;
    for (size_t k = 0; k < s->cap; k++) {
        uint64_t h = s->slot[k];
        if (!h)
            continue;
        size_t i = (size_t)h & (cap - 1);
        while (slot[i])
            i = (i + 1) & (cap - 1);
        slot[i] = h;
    }
    free(s->slot);
    s->slot = slot;
    s->cap = cap;
    return 0;
}

int stp_idset_add(stp_idset *s, const char *id, size_t n)
{
    uint64_t h = hash_id(id, n);
    if (s->cap) {
        size_t i = (size_t)h & (s->cap - 1);
        while (s->slot[i]) {
            if (s->slot[i] == h)
                return 0;
            i = (i + 1) & (s->cap - 1);
        }
    }
    if (s->n >= STP_IDSET_MAX)
        return STP_ERANGE;
    if ((s->n + 1) * 2 > s->cap && grow(s))
        return STP_ENOMEM;
    size_t i = (size_t)h & (s->cap - 1);
    while (s->slot[i])
        i = (i + 1) & (s->cap - 1);
    s->slot[i] = h;
    s->n++;
    return 1;
}

void stp_idset_free(stp_idset *s)
{
    free(s->slot);
    memset(s, 0, sizeof *s);
}
