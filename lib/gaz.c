/* gaz.c - gazetteer rows, binary model compiler and loader (see gaz.h)
 *
 * Model layout (all fields little-endian u32 unless said, sections in this
 * order right after the 64-byte header, each a multiple of 4 bytes):
 *
 *   header   magic "STOPAGZ\0", version, 0x01020304 (byte order), u64 file
 *            size, CRC-32 of everything after the header, and the counts
 *            below (entities, aliases, units, keys, postings, hash slots,
 *            files, string bytes)
 *   entities stp_gaz_entity[]
 *   aliases  stp_gaz_alias[]      in row order (the file order tie-break)
 *   units    stp_gaz_aunit[]
 *   keys     {off, len, post0, npost}[]
 *   postings stp_gaz_post[]       grouped by key, in alias order (u32 alias,
 *                                 u8 variant, u8 position, u16 position,
 *                                 u32 key)
 *   hash     {key id + 1 (0: empty), FNV-1a of the key}[] slots, linear
 *            probing: a probe that meets another key is told by the hash
 *            alone, without reading the key
 *   files    {off, len}[]         source file names
 *   strings  bytes (padded to 4)
 *
 * Section sizes follow from the counts, so no offset is stored; the loader
 * checks the total size, the CRC and every index and string span.
 */
#include "gaz.h"
#include "bloom.h"
#include "err.h"
#include "fold.h"
#include "stem.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>
#include <zlib.h>

#define GAZ_MAGIC "STOPAGZ"
#define GAZ_VERSION 4u
#define GAZ_ENDIAN 0x01020304u
#define GAZ_HDR 64u

static const char *const type_names[STP_TYPE_N_] = {
    "ACTOR", "AGENCY", "INSTITUTION", "STATE", "PERSON", "PRODUCT", "MALWARE"
};

const char *stp_gaz_type_name(uint32_t type)
{
    return type < STP_TYPE_N_ ? type_names[type] : "";
}

int stp_gaz_type_parse(const char *s, size_t n)
{
    for (int i = 0; i < STP_TYPE_N_; i++)
        if (strlen(type_names[i]) == n && memcmp(type_names[i], s, n) == 0)
            return i;
    return -1;
}

static void diag_set(stp_gaz_diag *d, const char *file, uint64_t line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void diag_set(stp_gaz_diag *d, const char *file, uint64_t line, const char *fmt, ...)
{
    if (!d)
        return;
    snprintf(d->file, sizeof d->file, "%s", file ? file : "");
    d->line = line;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(d->msg, sizeof d->msg, fmt, ap);
    va_end(ap);
}

static uint32_t fnv(int prefix, const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    h = (h ^ (uint8_t)prefix) * 16777619u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

/* ---- units ------------------------------------------------------------ */

static int is_alnum_cp(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || ((cp | 32) >= 'a' && (cp | 32) <= 'z');
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return 1;
    default:
        return 0;
    }
}

int stp_gaz_units(const char *text, const stp_token *toks, size_t n,
                  stp_gaz_unit **units, size_t *nunits, size_t *cap)
{
    for (size_t t = 0; t < n; t++) {
        const stp_token *tk = &toks[t];
        if (tk->kind == STP_TOK_PUNCT || tk->kind == STP_TOK_SYM || tk->kind == STP_TOK_POSS)
            continue;
        /* fast path: a token of ASCII letters and digits and of the Latin
           letters U+00C0..U+017F (but the x and / signs) is one unit */
        if (tk->flags & STP_TF_PLAIN) {
            if (stp_array_grow((void **)units, cap, *nunits + 1, sizeof **units))
                return STP_ENOMEM;
            stp_gaz_unit *u = &(*units)[(*nunits)++];
            u->b0 = (uint32_t)tk->b0;
            u->b1 = (uint32_t)tk->b1;
            u->tok = (uint32_t)t;
            u->flags = STP_GAZ_U_FIRST | STP_GAZ_U_LAST
                     | (tk->flags & STP_TF_DIGIT ? STP_GAZ_U_DIGIT : 0);
            continue;
        }
        size_t i = tk->b0, first = *nunits;
        while (i < tk->b1) {
            size_t j = i;
            int32_t cp = stp_utf8_next(text, tk->b1, &j);
            if (!is_alnum_cp(cp)) {
                i = j;
                continue;
            }
            size_t u0 = i;
            uint32_t fl = 0;
            for (;;) {
                if (cp >= '0' && cp <= '9')
                    fl |= STP_GAZ_U_DIGIT;
                else if (cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ND)
                    fl |= STP_GAZ_U_DIGIT;
                i = j;
                if (i >= tk->b1)
                    break;
                cp = stp_utf8_next(text, tk->b1, &j);
                if (!is_alnum_cp(cp))
                    break;
            }
            if (stp_array_grow((void **)units, cap, *nunits + 1, sizeof **units))
                return STP_ENOMEM;
            stp_gaz_unit *u = &(*units)[(*nunits)++];
            u->b0 = (uint32_t)u0;
            u->b1 = (uint32_t)i;
            u->tok = (uint32_t)t;
            u->flags = fl;
        }
        if (*nunits > first) {
            (*units)[first].flags |= STP_GAZ_U_FIRST;
            (*units)[*nunits - 1].flags |= STP_GAZ_U_LAST;
            for (size_t k = first; k < *nunits; k++) {
                stp_gaz_unit *u = &(*units)[k];
                if (!(u->flags & STP_GAZ_U_FIRST) && u->b0 > tk->b0 && text[u->b0 - 1] == '-')
                    u->flags |= STP_GAZ_U_HYPH_BEFORE;
                if (!(u->flags & STP_GAZ_U_LAST) && u->b1 < tk->b1 && text[u->b1] == '-')
                    u->flags |= STP_GAZ_U_HYPH_AFTER;
            }
        }
    }
    return 0;
}

/* ---- the builder ---------------------------------------------------------- */

typedef struct {
    uint32_t id_off, id_len, canon_off, canon_len, type, file, line;
} b_entity;

typedef struct {
    uint32_t entity, alias_off, alias_len, lang, flags, file, line;
} b_row;

struct stp_gaz_builder {
    stp_buf   str;           /* ids, canonicals, aliases, file names */
    b_entity *ents;
    size_t    nents, capents;
    uint32_t *ehash;         /* entity id hash: index + 1 */
    size_t    ehcap;
    b_row    *rows;
    size_t    nrows, caprows;
    uint32_t *files;         /* (off, len) pairs into str */
    size_t    nfiles, capfiles;
};

int stp_gaz_builder_new(stp_gaz_builder **out)
{
    *out = calloc(1, sizeof **out);
    return *out ? 0 : STP_ENOMEM;
}

void stp_gaz_builder_free(stp_gaz_builder *b)
{
    if (!b)
        return;
    stp_buf_free(&b->str);
    free(b->ents);
    free(b->ehash);
    free(b->rows);
    free(b->files);
    free(b);
}

static int b_str(stp_gaz_builder *b, const char *s, size_t n, uint32_t *off)
{
    if (b->str.len + n > 0xFFFFFFF0u)
        return STP_ENOMEM;
    *off = (uint32_t)b->str.len;
    return stp_buf_put(&b->str, s, n);
}

static int b_file(stp_gaz_builder *b, const char *name, uint32_t *idx)
{
    uint32_t off;
    if (stp_array_grow((void **)&b->files, &b->capfiles, 2 * (b->nfiles + 1), sizeof *b->files)
        || b_str(b, name, strlen(name), &off))
        return STP_ENOMEM;
    b->files[2 * b->nfiles] = off;
    b->files[2 * b->nfiles + 1] = (uint32_t)strlen(name);
    *idx = (uint32_t)b->nfiles++;
    return 0;
}

static int ehash_rebuild(stp_gaz_builder *b, size_t cap)
{
    uint32_t *h = calloc(cap, sizeof *h);
    if (!h)
        return STP_ENOMEM;
    for (size_t i = 0; i < b->nents; i++) {
        const b_entity *e = &b->ents[i];
        size_t k = fnv(0, b->str.p + e->id_off, e->id_len) & (cap - 1);
        while (h[k])
            k = (k + 1) & (cap - 1);
        h[k] = (uint32_t)i + 1;
    }
    free(b->ehash);
    b->ehash = h;
    b->ehcap = cap;
    return 0;
}

/* index of entity `id`, or -1 */
static long ent_find(const stp_gaz_builder *b, const char *id, size_t n)
{
    if (!b->ehcap)
        return -1;
    size_t k = fnv(0, id, n) & (b->ehcap - 1);
    while (b->ehash[k]) {
        const b_entity *e = &b->ents[b->ehash[k] - 1];
        if (e->id_len == n && memcmp(b->str.p + e->id_off, id, n) == 0)
            return (long)b->ehash[k] - 1;
        k = (k + 1) & (b->ehcap - 1);
    }
    return -1;
}

/* add one row (strings copied); on a type or canonical conflict STP_ESYNTAX */
static int b_add_row(stp_gaz_builder *b, stp_str id, int type, stp_str canon, stp_str alias,
                     uint32_t lang, uint32_t flags, uint32_t file, uint32_t line,
                     stp_gaz_diag *diag)
{
    long e = ent_find(b, id.s, id.n);
    if (e >= 0) {
        const b_entity *x = &b->ents[e];
        if ((int)x->type != type || x->canon_len != canon.n
            || memcmp(b->str.p + x->canon_off, canon.s, canon.n) != 0) {
            stp_str f = { b->str.p + b->files[2 * x->file], b->files[2 * x->file + 1] };
            char here[512];
            snprintf(here, sizeof here, "%.*s", (int)b->files[2 * file + 1], b->str.p + b->files[2 * file]);
            diag_set(diag, here, line,
                     "id %.*s has type %s and canonical '%.*s' here but %s and '%.*s' at %.*s:%u",
                     (int)id.n, id.s, type_names[type], (int)canon.n, canon.s,
                     type_names[x->type], (int)x->canon_len, b->str.p + x->canon_off,
                     (int)f.n, f.s, x->line);
            return STP_ESYNTAX;
        }
    } else {
        if (stp_array_grow((void **)&b->ents, &b->capents, b->nents + 1, sizeof *b->ents))
            return STP_ENOMEM;
        b_entity *x = &b->ents[b->nents];
        if (b_str(b, id.s, id.n, &x->id_off) || b_str(b, canon.s, canon.n, &x->canon_off))
            return STP_ENOMEM;
        x->id_len = (uint32_t)id.n;
        x->canon_len = (uint32_t)canon.n;
        x->type = (uint32_t)type;
        x->file = file;
        x->line = line;
        e = (long)b->nents++;
        if (b->nents * 2 > b->ehcap) {
            if (ehash_rebuild(b, b->ehcap ? b->ehcap * 2 : 1024))
                return STP_ENOMEM;
        } else {
            size_t k = fnv(0, id.s, id.n) & (b->ehcap - 1);
            while (b->ehash[k])
                k = (k + 1) & (b->ehcap - 1);
            b->ehash[k] = (uint32_t)e + 1;
        }
    }
    if (stp_array_grow((void **)&b->rows, &b->caprows, b->nrows + 1, sizeof *b->rows))
        return STP_ENOMEM;
    b_row *r = &b->rows[b->nrows];
    if (b_str(b, alias.s, alias.n, &r->alias_off))
        return STP_ENOMEM;
    r->alias_len = (uint32_t)alias.n;
    r->entity = (uint32_t)e;
    r->lang = lang;
    r->flags = flags;
    r->file = file;
    r->line = line;
    b->nrows++;
    return 0;
}

static int str_is(stp_str s, const char *w)
{
    return s.n == strlen(w) && memcmp(s.s, w, s.n) == 0;
}

static int parse_flags(stp_str f, uint32_t *flags)
{
    *flags = 0;
    if (str_is(f, "-"))
        return 0;
    size_t i = 0;
    while (i <= f.n) {
        size_t j = i;
        while (j < f.n && f.s[j] != ',')
            j++;
        stp_str w = { f.s + i, j - i };
        uint32_t bit = str_is(w, "case") ? STP_GAZ_CASE : str_is(w, "exact") ? STP_GAZ_EXACT
                     : str_is(w, "nofold") ? STP_GAZ_NOFOLD : str_is(w, "ambig") ? STP_GAZ_AMBIG
                     : str_is(w, "title") ? STP_GAZ_TITLE : 0;
        if (!bit || (*flags & bit))
            return -1;
        *flags |= bit;
        i = j + 1;
    }
    return 0;
}

int stp_gaz_builder_add_tsv(stp_gaz_builder *b, const char *name, const char *data,
                            size_t len, stp_gaz_diag *diag)
{
    uint32_t file;
    if (b_file(b, name, &file))
        return STP_ENOMEM;
    size_t pos = 0;
    uint64_t line = 0;
    while (pos < len) {
        const char *nl = memchr(data + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - data) : len;
        stp_str l = { data + pos, end - pos };
        pos = end + 1;
        line++;
        if (l.n && l.s[l.n - 1] == '\r')
            l.n--;
        if (l.n == 0 || l.s[0] == '#')
            continue;
        stp_str f[7];
        size_t nf = 0, i = 0;
        for (;;) {
            size_t j = i;
            while (j < l.n && l.s[j] != '\t')
                j++;
            if (nf < 7)
                f[nf] = (stp_str){ l.s + i, j - i };
            nf++;
            if (j >= l.n)
                break;
            i = j + 1;
        }
        if (nf == 3) {   /* attribute row: id key value */
            for (size_t k = 0; k < 3; k++)
                if (f[k].n == 0) {
                    diag_set(diag, name, line, "empty field %zu in an attribute row (id key value)", k + 1);
                    return STP_ESYNTAX;
                }
            continue;
        }
        if (nf != 6) {
            diag_set(diag, name, line,
                     "expected 6 TAB-separated fields (id type canonical alias lang flags), found %zu", nf);
            return STP_ESYNTAX;
        }
        static const char *const what[6] = { "id", "type", "canonical", "alias", "lang", "flags" };
        for (size_t k = 0; k < 6; k++)
            if (f[k].n == 0) {
                diag_set(diag, name, line, "empty %s", what[k]);
                return STP_ESYNTAX;
            }
        if (!memchr(f[0].s, ':', f[0].n)) {
            diag_set(diag, name, line, "bad id '%.*s' (expected prefix:slug)", (int)f[0].n, f[0].s);
            return STP_ESYNTAX;
        }
        int type = stp_gaz_type_parse(f[1].s, f[1].n);
        if (type < 0) {
            diag_set(diag, name, line, "unknown type '%.*s'", (int)f[1].n, f[1].s);
            return STP_ESYNTAX;
        }
        uint32_t lang = str_is(f[4], "any") ? STP_GAZ_LANG_ANY : str_is(f[4], "cs") ? STP_GAZ_LANG_CS
                      : str_is(f[4], "en") ? STP_GAZ_LANG_EN : 99;
        if (lang == 99) {
            diag_set(diag, name, line, "bad lang '%.*s' (cs, en or any)", (int)f[4].n, f[4].s);
            return STP_ESYNTAX;
        }
        uint32_t flags;
        if (parse_flags(f[5], &flags)) {
            diag_set(diag, name, line, "bad flags '%.*s' (- or a comma list of case, exact, nofold, ambig, title)",
                     (int)f[5].n, f[5].s);
            return STP_ESYNTAX;
        }
        int r = b_add_row(b, f[0], type, f[2], f[3], lang, flags, file, (uint32_t)line, diag);
        if (r)
            return r;
    }
    return 0;
}

int stp_gaz_builder_add_file(stp_gaz_builder *b, const char *path, stp_gaz_diag *diag)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        int e = errno;
        diag_set(diag, path, 0, "%s", strerror(e));
        return e == ENOENT ? STP_ENOTFOUND : STP_EIO;
    }
    stp_buf d = {0};
    char tmp[65536];
    size_t k;
    int r = 0;
    while ((k = fread(tmp, 1, sizeof tmp, fp)) > 0)
        if (stp_buf_put(&d, tmp, k)) {
            r = STP_ENOMEM;
            break;
        }
    if (!r && ferror(fp)) {
        diag_set(diag, path, 0, "%s", strerror(errno));
        r = STP_EIO;
    }
    fclose(fp);
    if (!r)
        r = stp_gaz_builder_add_tsv(b, path, d.p ? d.p : "", d.len, diag);
    stp_buf_free(&d);
    return r;
}

int stp_gaz_builder_add_model(stp_gaz_builder *b, const stp_gaz *g, stp_gaz_diag *diag)
{
    uint32_t na = stp_gaz_n_aliases(g);
    uint32_t base = (uint32_t)b->nfiles;
    for (uint32_t i = 0; ; i++) {
        stp_str f = stp_gaz_file(g, i);
        if (!f.s)
            break;
        uint32_t idx;
        char name[512];
        snprintf(name, sizeof name, "%.*s", (int)f.n, f.s);
        if (b_file(b, name, &idx))
            return STP_ENOMEM;
    }
    for (uint32_t i = 0; i < na; i++) {
        const stp_gaz_alias *a = stp_gaz_alias_at(g, i);
        const stp_gaz_entity *e = stp_gaz_entity_at(g, a->entity);
        int r = b_add_row(b, stp_gaz_str(g, e->id_off, e->id_len), (int)e->type,
                          stp_gaz_str(g, e->canon_off, e->canon_len),
                          stp_gaz_str(g, a->alias_off, a->alias_len), a->lang, a->flags,
                          base + a->file, a->line, diag);
        if (r)
            return r;
    }
    return 0;
}

/* ---- compiling ------------------------------------------------------------ */

typedef struct {
    uint32_t off, len, post0, npost;
} m_key;

typedef struct {
    uint32_t key, alias, variant, key2, pos, pos2;
} c_post;

/* the key a unit must have in the text for the variant to match */
static uint32_t variant_key(const stp_gaz_aunit *u, uint32_t variant)
{
    uint32_t sk = variant == STP_GAZ_V_EN ? u->en : variant == STP_GAZ_V_CS ? u->cs : STP_GAZ_NOKEY;
    return sk != STP_GAZ_NOKEY ? sk : u->fold;
}

typedef struct {
    stp_buf   str;        /* model strings */
    m_key    *keys;
    size_t    nkeys, capkeys;
    uint32_t *khash;
    size_t    khcap;
    stp_buf   tmp, tmp2;
} compiler;

static int key_rehash(compiler *c, size_t cap)
{
    uint32_t *h = calloc(cap, sizeof *h);
    if (!h)
        return STP_ENOMEM;
    for (size_t i = 0; i < c->nkeys; i++) {
        const m_key *k = &c->keys[i];
        size_t s = fnv(c->str.p[k->off], c->str.p + k->off + 1, k->len - 1) & (cap - 1);
        while (h[s])
            s = (s + 1) & (cap - 1);
        h[s] = (uint32_t)i + 1;
    }
    free(c->khash);
    c->khash = h;
    c->khcap = cap;
    return 0;
}

/* intern prefix+s; *id set */
static int key_intern(compiler *c, int prefix, const char *s, size_t n, uint32_t *id)
{
    if ((c->nkeys + 1) * 2 > c->khcap && key_rehash(c, c->khcap ? c->khcap * 2 : 4096))
        return STP_ENOMEM;
    size_t h = fnv(prefix, s, n) & (c->khcap - 1);
    while (c->khash[h]) {
        const m_key *k = &c->keys[c->khash[h] - 1];
        if (k->len == n + 1 && c->str.p[k->off] == prefix && memcmp(c->str.p + k->off + 1, s, n) == 0) {
            *id = c->khash[h] - 1;
            return 0;
        }
        h = (h + 1) & (c->khcap - 1);
    }
    if (stp_array_grow((void **)&c->keys, &c->capkeys, c->nkeys + 1, sizeof *c->keys))
        return STP_ENOMEM;
    m_key *k = &c->keys[c->nkeys];
    k->off = (uint32_t)c->str.len;
    k->len = (uint32_t)n + 1;
    k->post0 = k->npost = 0;
    if (stp_buf_putc(&c->str, prefix) || stp_buf_put(&c->str, s, n))
        return STP_ENOMEM;
    c->khash[h] = (uint32_t)c->nkeys + 1;
    *id = (uint32_t)c->nkeys++;
    return 0;
}

/* Function words of English and Czech running text, folded (no case, no
 * diacritics), sorted: a posting filed under one of them would be walked at
 * nearly every sentence, however few aliases share the word ("in" of "Made
 * in China", "on" of "Lights On"), so the rarest-unit choice below passes
 * them over where the alias has another unit. */
static const char *const TEXT_COMMON[] = {
    "a", "about", "aby", "after", "against", "ale", "all", "also", "an",
    "and", "ani", "any", "are", "as", "asi", "at", "az", "be", "been",
    "before", "bez", "bude", "budou", "but", "by", "byl", "byla", "byli",
    "bylo", "byt", "can", "co", "could", "dalsi", "did", "do", "does", "down",
    "during", "dva", "each", "even", "first", "for", "from", "had", "has",
    "have", "he", "her", "here", "him", "his", "ho", "how", "i", "if", "in",
    "into", "is", "it", "its", "ja", "jak", "jako", "je", "jeho", "jej",
    "jeji", "jejich", "jen", "jeste", "ji", "jiz", "jsem", "jsme", "jsou",
    "jste", "just", "k", "kde", "kdy", "kdyz", "ke", "kolem", "ktera",
    "ktere", "kteri", "kterou", "ktery", "kterych", "last", "ma", "maji",
    "many", "may", "me", "mezi", "more", "most", "mu", "much", "must", "my",
    "na", "nad", "nam", "ne", "nebo", "neni", "new", "nez", "ni", "nich",
    "nim", "no", "not", "now", "o", "od", "of", "off", "on", "ona", "one",
    "oni", "only", "ono", "or", "other", "our", "out", "over", "own", "po",
    "pod", "podle", "pokud", "pred", "pres", "pri", "pro", "proti", "proto",
    "protoze", "s", "said", "same", "say", "says", "se", "she", "should",
    "si", "since", "so", "some", "still", "such", "sve", "svym", "ta", "tak",
    "take", "tam", "te", "tedy", "tem", "ten", "tento", "teto", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "this",
    "those", "through", "ti", "tim", "to", "toho", "tom", "tomu", "totiz",
    "tu", "two", "u", "under", "up", "us", "uz", "v", "ve", "very", "vice",
    "vsak", "was", "we", "were", "what", "when", "where", "which", "while",
    "who", "whom", "why", "will", "with", "would", "year", "years", "you",
    "z", "za", "zde", "ze",
};

static int cmp_word(const void *key, const void *el)
{
    return strcmp((const char *)key, *(const char *const *)el);
}

int stp_gaz_text_common(const char *s, size_t n)
{
    char w[16];
    if (n >= sizeof w)
        return 0;
    memcpy(w, s, n);
    w[n] = 0;
    return bsearch(w, TEXT_COMMON, sizeof TEXT_COMMON / sizeof *TEXT_COMMON, sizeof *TEXT_COMMON,
                   cmp_word) != NULL;
}

/* a weight for unit key s[0..n) (folded) that puts the words of every
 * sentence after all others, added to the count of aliases that share it */
static uint32_t text_weight(const char *s, size_t n)
{
    return stp_gaz_text_common(s, n) ? 1u << 20 : 0;
}

static int cmp_post(const void *a, const void *b)
{
    const c_post *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    if (x->alias != y->alias)
        return x->alias < y->alias ? -1 : 1;
    return (int)x->variant - (int)y->variant;
}

static int put_u32s(stp_buf *o, const void *p, size_t nbytes)
{
    return stp_buf_put(o, p, nbytes);
}

int stp_gaz_builder_compile(stp_gaz_builder *b, stp_buf *out, stp_gaz_diag *diag)
{
    compiler c = {0};
    stp_stemmer *st = NULL;
    stp_gaz_entity *ents = NULL;
    stp_gaz_alias *als = NULL;
    stp_gaz_aunit *aus = NULL;
    size_t naus = 0, capaus = 0;
    c_post *posts = NULL;
    size_t nposts = 0, capposts = 0;
    uint32_t *kcount = NULL;
    stp_gaz_unit *units = NULL;
    size_t nunits = 0, capunits = 0;
    stp_token *toks = NULL;
    size_t capt = 0;
    uint32_t *files = NULL, *hash = NULL;
    int r = STP_ENOMEM;

    if (stp_stemmer_new(&st, NULL))
        goto done;
    /* model strings: copy entity ids and canonicals, aliases, file names */
    ents = calloc(b->nents ? b->nents : 1, sizeof *ents);
    als = calloc(b->nrows ? b->nrows : 1, sizeof *als);
    files = calloc(2 * (b->nfiles + 1), sizeof *files);
    if (!ents || !als || !files)
        goto done;
    for (size_t i = 0; i < b->nents; i++) {
        const b_entity *e = &b->ents[i];
        ents[i].id_off = (uint32_t)c.str.len;
        ents[i].id_len = e->id_len;
        if (stp_buf_put(&c.str, b->str.p + e->id_off, e->id_len))
            goto done;
        ents[i].canon_off = (uint32_t)c.str.len;
        ents[i].canon_len = e->canon_len;
        if (stp_buf_put(&c.str, b->str.p + e->canon_off, e->canon_len))
            goto done;
        ents[i].type = e->type;
    }
    for (size_t i = 0; i < b->nfiles; i++) {
        files[2 * i] = (uint32_t)c.str.len;
        files[2 * i + 1] = b->files[2 * i + 1];
        if (stp_buf_put(&c.str, b->str.p + b->files[2 * i], b->files[2 * i + 1]))
            goto done;
    }
    for (size_t i = 0; i < b->nrows; i++) {
        const b_row *row = &b->rows[i];
        stp_gaz_alias *a = &als[i];
        a->entity = row->entity;
        a->alias_off = (uint32_t)c.str.len;
        a->alias_len = row->alias_len;
        a->lang = row->lang;
        a->flags = row->flags;
        a->file = row->file;
        a->line = row->line;
        if (stp_buf_put(&c.str, b->str.p + row->alias_off, row->alias_len))
            goto done;
    }
    for (size_t i = 0; i < b->nrows; i++) {
        stp_gaz_alias *a = &als[i];
        const char *s = c.str.p + a->alias_off;   /* c.str may move: re-read below */
        stp_lang tl = a->lang == STP_GAZ_LANG_CS ? STP_LANG_CS
                    : a->lang == STP_GAZ_LANG_EN ? STP_LANG_EN : STP_LANG_UND;
        /* tokenise a private copy: c.str grows while keys are interned */
        stp_buf_reset(&c.tmp2);
        if (stp_buf_put(&c.tmp2, s, a->alias_len))
            goto done;
        s = c.tmp2.p;
        stp_tokenizer tz;
        stp_token tk;
        size_t nt = 0;
        stp_tok_init(&tz, s, a->alias_len, tl);
        while (stp_tok_next(&tz, &tk)) {
            if (stp_array_grow((void **)&toks, &capt, nt + 1, sizeof *toks))
                goto done;
            toks[nt++] = tk;
        }
        nunits = 0;
        if (stp_gaz_units(s, toks, nt, &units, &nunits, &capunits))
            goto done;
        if (nunits == 0) {
            char fname[512];
            snprintf(fname, sizeof fname, "%.*s", (int)b->files[2 * a->file + 1],
                     b->str.p + b->files[2 * a->file]);
            diag_set(diag, fname, a->line, "alias '%.*s' has no letters or digits", (int)a->alias_len, s);
            r = STP_ESYNTAX;
            goto done;
        }
        if ((a->flags & STP_GAZ_TITLE) && nunits < 2) {
            char fname[512];
            snprintf(fname, sizeof fname, "%.*s", (int)b->files[2 * a->file + 1],
                     b->str.p + b->files[2 * a->file]);
            diag_set(diag, fname, a->line, "alias '%.*s' has the title flag but no name after the title",
                     (int)a->alias_len, s);
            r = STP_ESYNTAX;
            goto done;
        }
        int stemmable = !(a->flags & (STP_GAZ_EXACT | STP_GAZ_NOFOLD));
        int any_stem = 0;
        if (stp_array_grow((void **)&aus, &capaus, naus + nunits, sizeof *aus))
            goto done;
        a->unit0 = (uint32_t)naus;
        a->nunits = (uint32_t)nunits;
        for (size_t u = 0; u < nunits; u++) {
            stp_gaz_aunit *au = &aus[naus++];
            const char *w = s + units[u].b0;
            size_t wn = units[u].b1 - units[u].b0;
            au->surf_off = a->alias_off + units[u].b0;
            au->surf_len = (uint32_t)wn;
            au->flags = units[u].flags & STP_GAZ_U_DIGIT;
            au->en = au->cs = STP_GAZ_NOKEY;
            stp_buf_reset(&c.tmp);
            int nofold = (a->flags & STP_GAZ_NOFOLD) != 0;
            if (stp_fold(&c.tmp, w, wn, nofold ? STP_FOLD_CASE : STP_FOLD_ALL)
                || key_intern(&c, nofold ? 'n' : 'f', c.tmp.p, c.tmp.len, &au->fold))
                goto done;
            if (!stemmable || (au->flags & STP_GAZ_U_DIGIT))
                continue;
            any_stem = 1;
            if (a->lang != STP_GAZ_LANG_CS) {
                stp_str keys[STP_STEM_MAXKEYS];
                int nk = stp_stem_keys(st, STP_LANG_EN, w, wn, keys);
                if (nk == STP_ENOMEM)
                    goto done;
                if (nk > 0 && key_intern(&c, 'e', keys[0].s, keys[0].n, &au->en))
                    goto done;
            }
            if (a->lang != STP_GAZ_LANG_EN) {
                /* c.tmp holds the folded unit */
                stp_buf_reset(&c.tmp2);
                stp_buf lt = {0};
                if (stp_stem_cs_light(&lt, c.tmp.p, c.tmp.len)
                    || key_intern(&c, 'c', lt.p ? lt.p : "", lt.len, &au->cs)) {
                    stp_buf_free(&lt);
                    goto done;
                }
                stp_buf_free(&lt);
            }
        }
        /* a posting for each variant; its key and second check below */
        int has_v[3] = { 1, any_stem && a->lang != STP_GAZ_LANG_CS,
                         any_stem && a->lang != STP_GAZ_LANG_EN };
        for (uint32_t v = 0; v < 3; v++) {
            if (!has_v[v])
                continue;
            if (stp_array_grow((void **)&posts, &capposts, nposts + 1, sizeof *posts))
                goto done;
            posts[nposts++] = (c_post){ STP_GAZ_NOKEY, (uint32_t)i, v, STP_GAZ_NOKEY, 0, 0 };
        }
    }
    /* Each posting is filed under the key of the alias's unit that is
       rarest: that fewest aliases share ("Interior" rather than "Ministry"
       or "of" in "Ministry of Interior"), so that a common word in the text
       ("the", "national") leads to few postings, and that is not a word of
       every sentence (text_weight); its second check is the next rarest
       unit. */
    kcount = calloc(c.nkeys ? c.nkeys : 1, sizeof *kcount);
    if (!kcount)
        goto done;
    for (size_t i = 0; i < naus; i++) {
        const stp_gaz_aunit *u = &aus[i];
        kcount[u->fold]++;
        if (u->en != STP_GAZ_NOKEY && u->en != u->fold)
            kcount[u->en]++;
        if (u->cs != STP_GAZ_NOKEY && u->cs != u->fold && u->cs != u->en)
            kcount[u->cs]++;
    }
    for (size_t i = 0; i < nposts; i++) {
        c_post *p = &posts[i];
        const stp_gaz_alias *a = &als[p->alias];
        uint64_t w1 = UINT64_MAX, w2 = UINT64_MAX;
        for (uint32_t j = 0; j < a->nunits && j <= UINT16_MAX; j++) {
            const stp_gaz_aunit *u = &aus[a->unit0 + j];
            uint32_t k = variant_key(u, p->variant);
            const m_key *fk = &c.keys[u->fold];
            uint64_t w = (uint64_t)kcount[k]
                + text_weight(c.str.p + fk->off + 1, fk->len - 1);
            if (w < w1 && j <= UINT8_MAX) {   /* pos is a byte, pos2 two */
                w2 = w1;
                p->key2 = p->key;
                p->pos2 = p->pos;
                w1 = w;
                p->key = k;
                p->pos = j;
            } else if (w < w2) {
                w2 = w;
                p->key2 = k;
                p->pos2 = j;
            }
        }
    }
    if (nposts) /* qsort(NULL, 0) is undefined */
        qsort(posts, nposts, sizeof *posts, cmp_post);
    for (size_t i = 0; i < nposts; i++) {
        m_key *k = &c.keys[posts[i].key];
        if (k->npost == 0)
            k->post0 = (uint32_t)i;
        k->npost++;
    }
    /* hash table at load factor <= 1/2 */
    size_t hcap = 16;
    while (hcap < 2 * c.nkeys + 2)
        hcap *= 2;
    hash = calloc(2 * hcap, sizeof *hash);
    if (!hash)
        goto done;
    for (size_t i = 0; i < c.nkeys; i++) {
        const m_key *k = &c.keys[i];
        uint32_t fh = fnv(c.str.p[k->off], c.str.p + k->off + 1, k->len - 1);
        size_t h = fh & (hcap - 1);
        while (hash[2 * h])
            h = (h + 1) & (hcap - 1);
        hash[2 * h] = (uint32_t)i + 1;
        hash[2 * h + 1] = fh;
    }
    while (c.str.len % 4)
        if (stp_buf_putc(&c.str, 0))
            goto done;
    /* header + sections */
    size_t start = out->len;
    uint32_t hdr[GAZ_HDR / 4] = {0};
    memcpy(hdr, GAZ_MAGIC, 8);
    hdr[2] = GAZ_VERSION;
    hdr[3] = GAZ_ENDIAN;
    hdr[7] = (uint32_t)b->nents;
    hdr[8] = (uint32_t)b->nrows;
    hdr[9] = (uint32_t)naus;
    hdr[10] = (uint32_t)c.nkeys;
    hdr[11] = (uint32_t)nposts;
    hdr[12] = (uint32_t)hcap;
    hdr[13] = (uint32_t)b->nfiles;
    hdr[14] = (uint32_t)c.str.len;
    if (put_u32s(out, hdr, sizeof hdr) || put_u32s(out, ents, b->nents * sizeof *ents)
        || put_u32s(out, als, b->nrows * sizeof *als) || put_u32s(out, aus, naus * sizeof *aus)
        || put_u32s(out, c.keys, c.nkeys * sizeof *c.keys))
        goto done;
    for (size_t i = 0; i < nposts; i++) {
        stp_gaz_post p = { posts[i].alias, (uint8_t)posts[i].variant, (uint8_t)posts[i].pos,
                           (uint16_t)posts[i].pos2, posts[i].key2 };
        if (put_u32s(out, &p, sizeof p))
            goto done;
    }
    if (put_u32s(out, hash, 2 * hcap * sizeof *hash) || put_u32s(out, files, 2 * b->nfiles * sizeof *files)
        || stp_buf_put(out, c.str.p, c.str.len))
        goto done;
    uint64_t size = out->len - start;
    memcpy(out->p + start + 16, &size, 8);
    uint32_t crc = (uint32_t)crc32(0L, (const Bytef *)out->p + start + GAZ_HDR, (uInt)(size - GAZ_HDR));
    memcpy(out->p + start + 24, &crc, 4);
    r = 0;
done:
    if (r == STP_ENOMEM)
        diag_set(diag, NULL, 0, "out of memory");
    stp_stemmer_free(st);
    stp_buf_free(&c.str);
    stp_buf_free(&c.tmp);
    stp_buf_free(&c.tmp2);
    free(c.keys);
    free(c.khash);
    free(ents);
    free(als);
    free(aus);
    free(posts);
    free(kcount);
    free(units);
    free(toks);
    free(files);
    free(hash);
    return r;
}

/* ---- loading --------------------------------------------------------------- */

struct stp_gaz {
    const uint8_t        *base;
    size_t                size;
    int                   mapped;    /* munmap on free, else free() */
    const stp_gaz_entity *ents;
    const stp_gaz_alias  *als;
    const stp_gaz_aunit  *aus;
    const m_key          *keys;
    const stp_gaz_post   *posts;
    const uint32_t       *hash;
    const uint32_t       *files;
    const char           *str;
    uint32_t ne, na, nu, nk, np, hcap, nf, ns;
    int has_nofold;
    /* A Bloom filter of the keys (from the stored hashes), made at load:
     * most words asked about are no key, and the filter (16 KB for the
     * bundled model) stays in the CPU's caches where the hash slots do not */
    stp_bloom bloom;
};

static void bloom_make(stp_gaz *g)
{
    stp_bloom_init(&g->bloom, g->nk);
    for (uint32_t i = 0; i < g->hcap; i++)
        if (g->hash[2 * i])
            stp_bloom_add(&g->bloom, g->hash[2 * i + 1]);
}

static int span_ok(const stp_gaz *g, uint32_t off, uint32_t len)
{
    return off <= g->ns && len <= g->ns - off;
}

static int check_model(stp_gaz *g, const char *name, stp_gaz_diag *diag)
{
#define BAD(...) do { diag_set(diag, name, 0, __VA_ARGS__); return STP_EMODEL; } while (0)
    const uint8_t *p = g->base;
    if (g->size < GAZ_HDR || memcmp(p, GAZ_MAGIC, 8) != 0)
        BAD("not a stopa model (bad magic)");
    uint32_t h[GAZ_HDR / 4];
    memcpy(h, p, GAZ_HDR);
    if (h[3] != GAZ_ENDIAN)
        BAD("model written on a machine of another byte order");
    if (h[2] != GAZ_VERSION)
        BAD("model version %u, this program reads version %u: recompile it with stopa-model", h[2], GAZ_VERSION);
    uint64_t fsize;
    memcpy(&fsize, p + 16, 8);
    g->ne = h[7]; g->na = h[8]; g->nu = h[9]; g->nk = h[10]; g->np = h[11];
    g->hcap = h[12]; g->nf = h[13]; g->ns = h[14];
    uint64_t need = (uint64_t)GAZ_HDR + (uint64_t)g->ne * sizeof(stp_gaz_entity)
                  + (uint64_t)g->na * sizeof(stp_gaz_alias) + (uint64_t)g->nu * sizeof(stp_gaz_aunit)
                  + (uint64_t)g->nk * sizeof(m_key) + (uint64_t)g->np * sizeof(stp_gaz_post)
                  + (uint64_t)g->hcap * 8 + (uint64_t)g->nf * 8 + g->ns;
    if (fsize != g->size || need != g->size)
        BAD("truncated or corrupt model (%zu bytes, header says %llu, counts need %llu)",
            g->size, (unsigned long long)fsize, (unsigned long long)need);
    uint32_t crc;
    memcpy(&crc, p + 24, 4);
    if ((uint32_t)crc32(0L, p + GAZ_HDR, (uInt)(g->size - GAZ_HDR)) != crc)
        BAD("corrupt model (checksum mismatch)");
    if (g->hcap == 0 || (g->hcap & (g->hcap - 1)) || g->hcap <= g->nk)
        BAD("corrupt model (hash size)");
    const uint8_t *q = p + GAZ_HDR;
    g->ents = (const void *)q;  q += (size_t)g->ne * sizeof(stp_gaz_entity);
    g->als = (const void *)q;   q += (size_t)g->na * sizeof(stp_gaz_alias);
    g->aus = (const void *)q;   q += (size_t)g->nu * sizeof(stp_gaz_aunit);
    g->keys = (const void *)q;  q += (size_t)g->nk * sizeof(m_key);
    g->posts = (const void *)q; q += (size_t)g->np * sizeof(stp_gaz_post);
    g->hash = (const void *)q;  q += (size_t)g->hcap * 8;
    g->files = (const void *)q; q += (size_t)g->nf * 8;
    g->str = (const char *)q;
    for (uint32_t i = 0; i < g->ne; i++) {
        const stp_gaz_entity *e = &g->ents[i];
        if (!span_ok(g, e->id_off, e->id_len) || !span_ok(g, e->canon_off, e->canon_len)
            || e->type >= STP_TYPE_N_)
            BAD("corrupt model (entity %u)", i);
    }
    for (uint32_t i = 0; i < g->na; i++) {
        const stp_gaz_alias *a = &g->als[i];
        if (a->entity >= g->ne || !span_ok(g, a->alias_off, a->alias_len) || a->nunits == 0
            || a->unit0 > g->nu || a->nunits > g->nu - a->unit0 || a->lang > 2 || a->flags > 31
            || ((a->flags & STP_GAZ_TITLE) && a->nunits < 2)
            || a->file >= g->nf)
            BAD("corrupt model (alias %u)", i);
        if (a->flags & STP_GAZ_NOFOLD)
            g->has_nofold = 1;
    }
    for (uint32_t i = 0; i < g->nu; i++) {
        const stp_gaz_aunit *u = &g->aus[i];
        if (u->fold >= g->nk || (u->en != STP_GAZ_NOKEY && u->en >= g->nk)
            || (u->cs != STP_GAZ_NOKEY && u->cs >= g->nk) || !span_ok(g, u->surf_off, u->surf_len))
            BAD("corrupt model (unit %u)", i);
    }
    /* an alias's units lie inside its text, in order (the matcher measures
       the punctuation around them from these offsets) */
    for (uint32_t i = 0; i < g->na; i++) {
        const stp_gaz_alias *a = &g->als[i];
        uint64_t at = a->alias_off, end = (uint64_t)a->alias_off + a->alias_len;
        for (uint32_t j = 0; j < a->nunits; j++) {
            const stp_gaz_aunit *u = &g->aus[a->unit0 + j];
            if (u->surf_off < at || (uint64_t)u->surf_off + u->surf_len > end)
                BAD("corrupt model (alias %u, unit %u outside its text)", i, j);
            at = u->surf_off;
        }
    }
    for (uint32_t i = 0; i < g->nk; i++) {
        const m_key *k = &g->keys[i];
        if (k->len == 0 || !span_ok(g, k->off, k->len) || k->post0 > g->np || k->npost > g->np - k->post0)
            BAD("corrupt model (key %u)", i);
    }
    for (uint32_t i = 0; i < g->np; i++) {
        const stp_gaz_post *p = &g->posts[i];
        if (p->alias >= g->na || p->variant > 2 || p->pos >= g->als[p->alias].nunits
            || (p->key2 == STP_GAZ_NOKEY) != (g->als[p->alias].nunits == 1)
            || (p->key2 != STP_GAZ_NOKEY
                && (p->key2 >= g->nk || p->pos2 >= g->als[p->alias].nunits || p->pos2 == p->pos)))
            BAD("corrupt model (posting %u)", i);
    }
    for (uint32_t i = 0; i < g->hcap; i++)
        if (g->hash[2 * i] > g->nk)
            BAD("corrupt model (hash slot %u)", i);
    for (uint32_t i = 0; i < g->nf; i++)
        if (!span_ok(g, g->files[2 * i], g->files[2 * i + 1]))
            BAD("corrupt model (file %u)", i);
    bloom_make(g);
    return 0;
#undef BAD
}

int stp_gaz_open(stp_gaz **out, const char *path, stp_gaz_diag *diag)
{
    *out = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        int e = errno;
        diag_set(diag, path, 0, "%s", strerror(e));
        return e == ENOENT ? STP_ENOTFOUND : STP_EIO;
    }
    struct stat sb;
    if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
        diag_set(diag, path, 0, "%s", S_ISDIR(sb.st_mode) ? strerror(EISDIR) : "not a regular file");
        close(fd);
        return STP_EIO;
    }
    stp_gaz *g = calloc(1, sizeof *g);
    if (!g) {
        close(fd);
        return STP_ENOMEM;
    }
    g->size = (size_t)sb.st_size;
    if (g->size < GAZ_HDR) {
        close(fd);
        free(g);
        diag_set(diag, path, 0, "not a stopa model (%zu bytes, too short)", (size_t)sb.st_size);
        return STP_EMODEL;
    }
    void *m = mmap(NULL, g->size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (m == MAP_FAILED) {
        diag_set(diag, path, 0, "mmap: %s", strerror(errno));
        free(g);
        return STP_EIO;
    }
    g->base = m;
    g->mapped = 1;
    int r = check_model(g, path, diag);
    if (r) {
        stp_gaz_free(g);
        return r;
    }
    *out = g;
    return 0;
}

int stp_gaz_from_buf(stp_gaz **out, stp_buf *img, stp_gaz_diag *diag)
{
    *out = NULL;
    stp_gaz *g = calloc(1, sizeof *g);
    if (!g) {
        stp_buf_free(img);
        return STP_ENOMEM;
    }
    g->base = (const uint8_t *)img->p;
    g->size = img->len;
    img->p = NULL;
    img->len = img->cap = 0;
    if (!g->base) {
        free(g);
        diag_set(diag, "(memory)", 0, "not a stopa model (empty)");
        return STP_EMODEL;
    }
    int r = check_model(g, "(memory)", diag);
    if (r) {
        stp_gaz_free(g);
        return r;
    }
    *out = g;
    return 0;
}

void stp_gaz_free(stp_gaz *g)
{
    if (!g)
        return;
    if (g->mapped)
        munmap((void *)g->base, g->size);
    else
        free((void *)g->base);
    stp_bloom_free(&g->bloom);
    free(g);
}

uint32_t stp_gaz_n_entities(const stp_gaz *g) { return g->ne; }
uint32_t stp_gaz_n_aliases(const stp_gaz *g) { return g->na; }
uint32_t stp_gaz_n_keys(const stp_gaz *g) { return g->nk; }
int stp_gaz_has_nofold(const stp_gaz *g) { return g->has_nofold; }

const stp_gaz_entity *stp_gaz_entity_at(const stp_gaz *g, uint32_t i)
{
    return i < g->ne ? &g->ents[i] : NULL;
}

const stp_gaz_alias *stp_gaz_alias_at(const stp_gaz *g, uint32_t i)
{
    return i < g->na ? &g->als[i] : NULL;
}

const stp_gaz_aunit *stp_gaz_aunits(const stp_gaz *g, const stp_gaz_alias *a)
{
    return &g->aus[a->unit0];
}

stp_str stp_gaz_str(const stp_gaz *g, uint32_t off, uint32_t len)
{
    return (stp_str){ g->str + off, len };
}

stp_str stp_gaz_file(const stp_gaz *g, uint32_t i)
{
    if (i >= g->nf)
        return (stp_str){ NULL, 0 };
    return (stp_str){ g->str + g->files[2 * i], g->files[2 * i + 1] };
}

uint32_t stp_gaz_key_find(const stp_gaz *g, int prefix, const char *s, size_t n)
{
    uint32_t m = g->hcap - 1;
    uint32_t fh = fnv(prefix, s, n), h = fh & m;
    if (!stp_bloom_maybe(&g->bloom, fh))
        return STP_GAZ_NOKEY;
    for (uint32_t probes = 0; probes < g->hcap; probes++) {
        uint32_t v = g->hash[2 * h];
        if (!v)
            return STP_GAZ_NOKEY;
        if (g->hash[2 * h + 1] == fh) {
            const m_key *k = &g->keys[v - 1];
            if (k->len == n + 1 && (uint8_t)g->str[k->off] == (uint8_t)prefix
                && memcmp(g->str + k->off + 1, s, n) == 0)
                return v - 1;
        }
        h = (h + 1) & m;
    }
    return STP_GAZ_NOKEY;
}

int stp_gaz_each_key(const stp_gaz *g, int prefix,
                     int (*fn)(void *arg, const char *s, size_t n), void *arg)
{
    for (uint32_t i = 0; i < g->nk; i++) {
        const m_key *k = &g->keys[i];
        if ((uint8_t)g->str[k->off] != (uint8_t)prefix)
            continue;
        int r = fn(arg, g->str + k->off + 1, k->len - 1);
        if (r)
            return r;
    }
    return 0;
}

const stp_gaz_post *stp_gaz_postings(const stp_gaz *g, uint32_t k, uint32_t *n)
{
    if (k >= g->nk) {
        *n = 0;
        return NULL;
    }
    *n = g->keys[k].npost;
    return g->posts + g->keys[k].post0;
}
