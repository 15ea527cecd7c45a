/* gaz.h - gazetteers: TSV rows, the compiled binary model, key lookup
 *
 * A gazetteer row is `id type canonical alias lang flags` (models/README.md).
 * A builder collects rows from TSV text (and from compiled models, to merge
 * run-time gazetteers into the bundled one) and compiles them into one
 * binary model: a byte image that stp_gaz_open() maps with mmap and checks
 * (magic, version, size, CRC-32, every offset bounds-checked) without
 * parsing anything, so start-up stays cheap.
 *
 * Matching works on *units*: the runs of letters and digits inside tokens
 * (so that `NoName057(16)`, `NoName057 (16)` share the units noname057 16,
 * as the models' matching key says; possessive 's tokens have none). Each
 * alias unit carries up to three keys, interned in the model's key table:
 *   - its fold key: 'f' + lower case without diacritics, or for `nofold`
 *     rows 'n' + lower case only;
 *   - unless the row is `exact` or `nofold`, and only for units of letters
 *     alone: its English key 'e' + stp_stem_keys(EN)[0] (lang en or any) and
 *     its Czech key 'c' + stp_stem_cs_light(folded unit) (lang cs or any).
 *     The Czech key is by the stem.h contract the first key that
 *     stp_stem_keys(CS) gives for a text word, and needs no hunspell; a text
 *     unit matches an alias unit when the alias key is among the text unit's
 *     keys (hunspell lemmas add keys on the text side only).
 * Postings map the key of an alias's first unit to (alias, variant):
 * variant FOLD compares fold keys unit by unit, EN and CS compare stem keys
 * (fold keys for units with digits).
 *
 * A stp_gaz is immutable once made and may be shared by threads.
 */
#ifndef STP_GAZ_H
#define STP_GAZ_H

#include "buf.h"
#include "lang.h"
#include "token.h"

#include <stddef.h>
#include <stdint.h>

/* entity types, in match priority order (models/README.md) */
typedef enum {
    STP_TYPE_ACTOR = 0,
    STP_TYPE_AGENCY,
    STP_TYPE_INSTITUTION,
    STP_TYPE_STATE,
    STP_TYPE_PERSON,
    STP_TYPE_PRODUCT,
    STP_TYPE_MALWARE,
    STP_TYPE_N_
} stp_gaz_type;

/* row flags */
enum {
    STP_GAZ_CASE   = 1,
    STP_GAZ_EXACT  = 2,
    STP_GAZ_NOFOLD = 4,
    STP_GAZ_AMBIG  = 8,
    STP_GAZ_TITLE  = 16   /* the first word is a title outside the mention */
};

/* alias languages */
enum { STP_GAZ_LANG_ANY = 0, STP_GAZ_LANG_CS = 1, STP_GAZ_LANG_EN = 2 };

/* posting variants */
enum { STP_GAZ_V_FOLD = 0, STP_GAZ_V_EN = 1, STP_GAZ_V_CS = 2 };

#define STP_GAZ_NOKEY 0xFFFFFFFFu

/* unit flags */
enum {
    STP_GAZ_U_FIRST = 1,   /* first unit of its token */
    STP_GAZ_U_LAST  = 2,   /* last unit of its token */
    STP_GAZ_U_DIGIT = 4,   /* contains a digit (not stemmed) */
    STP_GAZ_U_HYPH_BEFORE = 8,  /* not first, and a '-' right before it */
    STP_GAZ_U_HYPH_AFTER  = 16  /* not last, and a '-' right after it */
};

typedef struct {
    uint32_t b0, b1;   /* bytes of the unit in the text */
    uint32_t tok;      /* index of its token in the caller's array */
    uint32_t flags;    /* STP_GAZ_U_* */
} stp_gaz_unit;

/* the model's records (as stored: little-endian u32 fields) */
typedef struct {
    uint32_t id_off, id_len, canon_off, canon_len, type;
} stp_gaz_entity;

typedef struct {
    uint32_t entity, alias_off, alias_len;
    uint32_t unit0, nunits;     /* its units in the unit table */
    uint32_t lang, flags;       /* STP_GAZ_LANG_*, STP_GAZ_* */
    uint32_t file, line;        /* where the row came from */
} stp_gaz_alias;

typedef struct {
    uint32_t fold, en, cs;      /* key ids or STP_GAZ_NOKEY */
    uint32_t surf_off, surf_len;/* the unit as written in the alias */
    uint32_t flags;             /* STP_GAZ_U_DIGIT */
} stp_gaz_aunit;

/* A posting: alias `alias` may match, in variant `variant`, where a text
 * unit has the key the posting is filed under; that unit is the alias's
 * unit `pos` (the one fewest aliases share), so the match would start
 * `pos` units earlier. */
typedef struct {
    uint32_t alias;
    uint8_t  variant;  /* STP_GAZ_V_* */
    uint8_t  pos;      /* the alias unit the posting's key belongs to */
    uint16_t pos2;     /* the alias unit key2 belongs to */
    uint32_t key2;     /* the variant's key of the alias's unit pos2, the
                          rarest of its other units, or STP_GAZ_NOKEY (an
                          alias of one unit): a cheap check before verifying */
} stp_gaz_post;

typedef struct stp_gaz stp_gaz;
typedef struct stp_gaz_builder stp_gaz_builder;

/* where and why a build or load failed */
typedef struct {
    char     file[512];
    uint64_t line;              /* 0 when it does not apply */
    char     msg[512];
} stp_gaz_diag;

/* ---- units ---------------------------------------------------------- */

/*! stp_gaz_units() : the units of toks[0..n) of `text`, appended to
 *  *units (a growable array, caller frees with free()); *nunits is the
 *  count. Punctuation, symbols and possessive tokens have none.
 *  @return 0 or STP_ENOMEM. */
int stp_gaz_units(const char *text, const stp_token *toks, size_t n,
                  stp_gaz_unit **units, size_t *nunits, size_t *cap);

/* ---- building ------------------------------------------------------- */

/*! stp_gaz_builder_new() : an empty builder. @return 0 or STP_ENOMEM.
 *  Free with stp_gaz_builder_free(). */
int stp_gaz_builder_new(stp_gaz_builder **out);
void stp_gaz_builder_free(stp_gaz_builder *b);

/*! stp_gaz_builder_add_tsv() : add the rows of a gazetteer TSV (`data`
 *  borrowed for the call; `name` names it in diagnostics and in the model).
 *  Files whose data rows have three columns are attribute tables
 *  (`id key value`) and are checked for syntax only.
 *  @return 0, STP_ESYNTAX (diag says file, line, reason), STP_ENOMEM. */
int stp_gaz_builder_add_tsv(stp_gaz_builder *b, const char *name,
                            const char *data, size_t len, stp_gaz_diag *diag);

/*! stp_gaz_builder_add_file() : read and add a TSV file.
 *  @return as above, or STP_ENOTFOUND / STP_EIO (diag says which). */
int stp_gaz_builder_add_file(stp_gaz_builder *b, const char *path, stp_gaz_diag *diag);

/*! stp_gaz_builder_add_model() : add every row of a compiled model. */
int stp_gaz_builder_add_model(stp_gaz_builder *b, const stp_gaz *g, stp_gaz_diag *diag);

/*! stp_gaz_builder_compile() : the binary model of all rows, appended to
 *  out. Tokenises aliases with the tokeniser and keys them with stem.h.
 *  @return 0, STP_ESYNTAX (an alias without letters or digits),
 *  STP_ENOMEM. */
int stp_gaz_builder_compile(stp_gaz_builder *b, stp_buf *out, stp_gaz_diag *diag);

/* ---- loading -------------------------------------------------------- */

/*! stp_gaz_open() : map and check a model file.
 *  @return 0, STP_ENOTFOUND, STP_EIO, STP_EMODEL (diag says why), or
 *  STP_ENOMEM. Free with stp_gaz_free(). */
int stp_gaz_open(stp_gaz **out, const char *path, stp_gaz_diag *diag);

/*! stp_gaz_from_buf() : check and use an in-memory model; takes over the
 *  bytes of `img` (left empty), also on failure. */
int stp_gaz_from_buf(stp_gaz **out, stp_buf *img, stp_gaz_diag *diag);

void stp_gaz_free(stp_gaz *g);

/* ---- lookup --------------------------------------------------------- */

uint32_t stp_gaz_n_entities(const stp_gaz *g);
uint32_t stp_gaz_n_aliases(const stp_gaz *g);
uint32_t stp_gaz_n_keys(const stp_gaz *g);
/* 1 if some row is `nofold` (text units then need an 'n' key too) */
int stp_gaz_has_nofold(const stp_gaz *g);

const stp_gaz_entity *stp_gaz_entity_at(const stp_gaz *g, uint32_t i);
const stp_gaz_alias  *stp_gaz_alias_at(const stp_gaz *g, uint32_t i);
const stp_gaz_aunit  *stp_gaz_aunits(const stp_gaz *g, const stp_gaz_alias *a);
/* a string of the model (borrowed for the model's life) */
stp_str stp_gaz_str(const stp_gaz *g, uint32_t off, uint32_t len);
/* name of source file i of the model */
stp_str stp_gaz_file(const stp_gaz *g, uint32_t i);

/*! stp_gaz_key_find() : the id of key prefix+s[0..n), or STP_GAZ_NOKEY. */
uint32_t stp_gaz_key_find(const stp_gaz *g, int prefix, const char *s, size_t n);

/*! stp_gaz_text_common() : is s[0..n) (folded: lower case, no
 *  diacritics) a function word of English or Czech running text ("the",
 *  "in", "na", "podle")? */
int stp_gaz_text_common(const char *s, size_t n);

/*! stp_gaz_each_key() : fn(arg, s, n) for each key prefix+s[0..n), in id
 *  order, until fn returns nonzero. @return that value, or 0. */
int stp_gaz_each_key(const stp_gaz *g, int prefix,
                     int (*fn)(void *arg, const char *s, size_t n), void *arg);

/*! stp_gaz_postings() : the postings of key id k; *n set. */
const stp_gaz_post *stp_gaz_postings(const stp_gaz *g, uint32_t k, uint32_t *n);

const char *stp_gaz_type_name(uint32_t type);
/* STP_TYPE_* of a name, or -1 */
int stp_gaz_type_parse(const char *s, size_t n);

#endif
