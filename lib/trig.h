/* trig.h - trigger lexicons of relate: words that state a relation, and cues
 *
 * A lexicon is a list of rows `lang kind pattern sides qualifier weight`
 * (models/triggers/README.md). `kind` is one of the seven predicates, or a
 * cue: QUAL (names the kind of attack), NEG (negation or denial), HEDGE
 * (lowers confidence), ANAPHOR (a word that points back to an actor: "the
 * group", "skupina"), SAY (a reporting frame: "said", "podle"), ACTORNOUN
 * (a noun that makes a demonym the perpetrator: "Russian hackers").
 *
 * A pattern is one or more words. A plain word matches a token when one of
 * its stem keys (stem.h, in the row's language) is among the token's keys
 * (English keys only when both or neither end in -ly: "reportedly" is no
 * "report");
 * `word*` matches any token whose folded form (lower case, no diacritics)
 * starts with the folded `word`; `=word` and any word of at most three
 * letters must equal the folded token; `_` skips zero to three tokens that
 * are not part of a mention, `__` zero to twenty tokens of one clause
 * (mentions included).
 *
 * A lexicon is built once (stp_trig_lex_new + stp_trig_lex_add), using a
 * stemmer for the keys of its words, and is then immutable: it may be
 * shared by threads. Lookups go through a hash index on the first word.
 */
#ifndef STP_TRIG_H
#define STP_TRIG_H

#include "buf.h"
#include "lang.h"
#include "stem.h"

#include <stddef.h>
#include <stdint.h>

typedef enum {
    STP_TRIG_TARGETED = 0,
    STP_TRIG_CLAIMED,
    STP_TRIG_ATTRIBUTED_TO,
    STP_TRIG_BLAMED,
    STP_TRIG_EXPLOITED,
    STP_TRIG_CONDEMNED,
    STP_TRIG_SUPPORTED,
    STP_TRIG_NPRED,                 /* number of predicates */
    STP_TRIG_QUAL = STP_TRIG_NPRED,
    STP_TRIG_NEG,
    STP_TRIG_HEDGE,
    STP_TRIG_ANAPHOR,
    STP_TRIG_SAY,
    STP_TRIG_ACTORNOUN,
    STP_TRIG_NKIND
} stp_trig_kind;

/* qualifiers; 0 is none */
typedef enum {
    STP_QUAL_NONE = 0,
    STP_QUAL_DDOS,
    STP_QUAL_PHISHING,
    STP_QUAL_RANSOMWARE,
    STP_QUAL_ESPIONAGE,
    STP_QUAL_DEFACEMENT,
    STP_QUAL_LEAK,
    STP_QUAL_WIPER,
    STP_QUAL_N
} stp_qual;

/* where an argument may stand relative to the trigger */
enum { STP_SIDE_ANY = 0, STP_SIDE_LEFT = 1, STP_SIDE_RIGHT = 2 };

/* row flags (letters after the two side letters in the `sides` column) */
enum {
    STP_TRIGF_PASSIVE = 1,  /* p: English be + participle swaps the sides */
    STP_TRIGF_NEAR    = 2,  /* n: the object stands within 8 tokens */
    STP_TRIGF_SAY     = 4,  /* s: only in a sentence with a SAY cue */
    STP_TRIGF_FAR     = 8,  /* f: the object may stand up to 25 tokens away */
    STP_TRIGF_ADJ     = 16  /* a: the object follows within one token */
};

/* word match modes */
enum { STP_TW_STEM = 0, STP_TW_PREFIX, STP_TW_EXACT, STP_TW_GAP };

typedef struct {
    char    *fold;      /* folded form (owned by the lexicon) */
    size_t   nfold;
    uint8_t  mode;      /* STP_TW_* */
} stp_trig_word;

typedef struct {
    uint8_t  lang;      /* STP_LANG_CS, STP_LANG_EN or STP_LANG_UND (= any) */
    uint8_t  kind;      /* stp_trig_kind */
    uint8_t  s_side, o_side;
    uint8_t  flags;     /* STP_TRIGF_* */
    uint8_t  qual;      /* stp_qual: implied (predicates) or named (QUAL) */
    float    weight;    /* base confidence in (0,1] */
    uint32_t w0, nw;    /* words: lex->words[w0 .. w0+nw) */
    uint32_t line;      /* line in its source, for messages */
} stp_trig_entry;

typedef struct stp_trig_lex stp_trig_lex;

/* syntax error details of stp_trig_lex_add() */
typedef struct {
    uint64_t    line;
    const char *msg;    /* static text */
} stp_trig_diag;

/*! stp_trig_lex_new() : an empty lexicon; the stemmer `st` is borrowed
 *  while rows are added (for the keys of the words).
 *  @return 0 or STP_ENOMEM. Free with stp_trig_lex_free(). */
int stp_trig_lex_new(stp_trig_lex **out, stp_stemmer *st);
void stp_trig_lex_free(stp_trig_lex *lex);

/*! stp_trig_lex_add() : add the rows of TSV text[0..len) (comment lines
 *  start with '#'). @return 0, STP_ESYNTAX (diag says where and why, the
 *  rows before it are kept), STP_ENOMEM. */
int stp_trig_lex_add(stp_trig_lex *lex, const char *text, size_t len, stp_trig_diag *diag);

/*! stp_trig_lex_add_builtin() : add the lexicon compiled into the library
 *  from models/triggers/ (lib/trig_data.c). */
int stp_trig_lex_add_builtin(stp_trig_lex *lex, stp_trig_diag *diag);

/*! stp_trig_lex_index() : build the lookup index; call once after the last
 *  add. @return 0 or STP_ENOMEM. */
int stp_trig_lex_index(stp_trig_lex *lex);

/*! stp_trig_lex_has_cs_key() : nonzero when `key` is the Czech key of a
 *  stem word of the (indexed) lexicon: the only Czech keys of a text word
 *  that can meet a trigger (a stp_stem_keyfilter for the text's stemmer). */
int stp_trig_lex_has_cs_key(const stp_trig_lex *lex, const char *key, size_t n);

/*! stp_trig_lex_each_cs_key() : fn(arg, key, n) for each Czech key of a
 *  stem word (a key may come more than once), until fn returns nonzero.
 *  @return that value, or 0. (A stp_stem_keyeach with the lexicon as ctx.) */
int stp_trig_lex_each_cs_key(const stp_trig_lex *lex, int (*fn)(void *arg, const char *key, size_t n),
                             void *arg);

size_t stp_trig_lex_size(const stp_trig_lex *lex);
const stp_trig_entry *stp_trig_lex_entry(const stp_trig_lex *lex, size_t i);
const stp_trig_word *stp_trig_lex_word(const stp_trig_lex *lex, size_t i);

/* one token as the matcher sees it */
typedef struct {
    const char *fold;   /* folded form */
    size_t      nfold;
    stp_str     keys[STP_STEM_MAXKEYS];
    int         nkeys;
    stp_str     nekeys[STP_STEM_MAXKEYS];  /* Czech: keys of the word without a ne- prefix */
    int         nnekeys;                   /* 0 when the word has no such prefix */
    int         skip;   /* inside an entity mention: never part of a pattern */
} stp_trig_tok;

/* one match */
typedef struct {
    uint32_t entry;     /* index into the lexicon */
    uint32_t t0, t1;    /* tokens, t1 exclusive */
    int      negated;   /* Czech ne- prefix on a verb the pattern names */
} stp_trig_hit;

/*! stp_trig_word_match() : 1 if word `wi` matches token `t` in `lang`. */
int stp_trig_word_match(const stp_trig_lex *lex, size_t wi, const stp_trig_tok *t,
                        stp_lang lang, int *negated);

/*! stp_trig_find() : every match of an entry of `lang` (and of `any`
 *  rows; `und` uses all) starting at each token of toks[0..n), longest
 *  first at a position, appended to *hits (grown with stp_array_grow()).
 *  @return 0 or STP_ENOMEM. */
int stp_trig_find(const stp_trig_lex *lex, stp_lang lang, const stp_trig_tok *toks, size_t n,
                  stp_trig_hit **hits, size_t *nhits, size_t *cap);

/* names */
const char *stp_trig_kind_name(int kind);
const char *stp_qual_name(int q);
/* the kind for a name ("TARGETED", "NEG" ...), or -1 */
int stp_trig_kind_parse(const char *s, size_t n);
/* the qualifier for a name ("ddos" ...), 0 for "-" or "", or -1 */
int stp_qual_parse(const char *s, size_t n);

#endif
