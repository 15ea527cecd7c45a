/* match.h - gazetteer matching over the tokens of a sentence
 *
 * A matcher finds the aliases of a compiled model (gaz.h) in a sentence:
 * at each unit (a run of letters and digits of a token, see gaz.h), the
 * longest alias that matches (in units), leftmost first, so no two matches
 * overlap and none crosses the sentence. Among aliases of the same length
 * it takes the type priority of models/README.md (ACTOR > AGENCY >
 * INSTITUTION > STATE > PERSON > PRODUCT > MALWARE), then exact > fold >
 * stem, then the row order of the model.
 *
 * A text unit matches an alias unit
 *   - by fold: equal lower-case, diacritics-free forms (case only for
 *     `nofold` rows); `exact` when the bytes are equal too;
 *   - by stem (rows without `exact`/`nofold`, units without digits): the
 *     alias unit's key is among the text unit's stp_stem_keys() for the
 *     document's language (English and Czech keys for `und`).
 * Row languages: `cs` rows only in cs and und documents, `en` rows only in
 * en and und documents, `any` rows everywhere.
 * A match starts at the first unit of a token or after a hyphen inside one
 * ("APT28-linked"), and ends likewise; between two tokens of a match only
 * punctuation other than , ; : ! ? and quotes may stand. `case` rows need
 * the alias's case letter for letter (over the shorter of the two, so that
 * endings may follow: BIS, BISu), except that an alias starting in lower
 * case may start with a capital in the text. A stem match of a proper name
 * (every unit of the alias capitalised) needs a capital in the text too
 * ("snakes" is not "Snake"; "ministerstvu zahraničních věcí" still is
 * "Ministerstvo zahraničních věcí").
 *
 * The matcher caches, per language, each distinct unit's key ids (so stems
 * are computed once per word); the cache is bounded and starts over when
 * full. Matchers are not thread-safe: one per thread (the model and its
 * stemmer are per matcher too). The matchers of several threads may share
 * a memo (stp_unitmemo): a unit one of them has analysed is then not
 * analysed again by the others.
 */
#ifndef STP_MATCH_H
#define STP_MATCH_H

#include "gaz.h"
#include "lang.h"
#include "stem.h"
#include "token.h"

#include <stddef.h>
#include <stdint.h>

enum { STP_HOW_EXACT = 0, STP_HOW_FOLD = 1, STP_HOW_STEM = 2 };

typedef struct {
    size_t   b0, b1;      /* byte span of the surface in the text */
    uint32_t tok0, tok1;  /* first and last token (inclusive) */
    uint32_t alias;       /* the winning alias row */
    uint32_t entity;
    uint32_t type;        /* STP_TYPE_* */
    int      how;         /* STP_HOW_* */
    int      ambig;       /* the winning row is `ambig` */
    uint32_t amb0, namb;  /* for ambig: its candidate entities, see stp_match_ambig() */
    uint64_t sent;        /* stp_match_surnames(): its sentence, 1 for the first */
} stp_match;

typedef struct stp_matcher stp_matcher;
typedef struct stp_unitmemo stp_unitmemo;

/*! stp_unitmemo_new() : a memo of unit analyses that the matchers of
 *  several threads may share (lookups take no lock). Matchers over the
 *  same model and stemmer settings only. Bounded: about `entries` units
 *  (a power of two; at most 262,144) and `bytes` of words longer than 16
 *  bytes, 0 for the defaults (262,144 units, 8 MB); when full it keeps
 *  what it has and the matchers cache the rest each on its own.
 *  @return 0 or STP_ENOMEM. */
int stp_unitmemo_new(stp_unitmemo **out, size_t entries, size_t bytes);
void stp_unitmemo_free(stp_unitmemo *memo);
/*! stp_unitmemo_size() : the units it holds. */
size_t stp_unitmemo_size(const stp_unitmemo *memo);

/*! stp_matcher_new() : a matcher over model `g` using stemmer `st` (both
 *  borrowed; they must outlive the matcher). The stemmer becomes the
 *  matcher's: its key filter is set to the model's Czech keys and its
 *  cache turned off (the matcher caches each unit's keys). @return 0 or
 *  STP_ENOMEM. */
int stp_matcher_new(stp_matcher **out, const stp_gaz *g, stp_stemmer *st);
void stp_matcher_free(stp_matcher *m);

/*! stp_matcher_set_memo() : analyse units through `memo` (borrowed; it
 *  must outlive the matcher), or alone (NULL). Output does not change. */
void stp_matcher_set_memo(stp_matcher *m, stp_unitmemo *memo);

/*! stp_match_sentence() : the matches in toks[0..n) of `text`, in text
 *  order. `blocked` (NULL or one byte per token) marks tokens that may not
 *  be part of a match (indicators). The array is borrowed until the next
 *  call. @return 0 or STP_ENOMEM. */
int stp_match_sentence(stp_matcher *m, const char *text, const stp_token *toks, size_t n,
                       stp_lang lang, const uint8_t *blocked,
                       const stp_match **out, size_t *nout);

/*! stp_matcher_doc_begin() : a new document: forget the words kept for
 *  stp_match_surnames(). */
void stp_matcher_doc_begin(stp_matcher *m);

/*! stp_match_surnames() : a person named in full may be named by surname
 *  alone in the rest of the document ("Aleš Michl ... Michl said",
 *  "Dmitrij Badin ... na Badina"). `aliases` are the winning alias rows of
 *  the document's matches (any type; those of persons with two or more
 *  units, not ambig, count). The matches are the words kept by the
 *  stp_match_sentence() calls since stp_matcher_doc_begin() -- a whole
 *  capitalised token (not all capitals, three letters or more) outside
 *  every match and blocked token, with no capitalised word right before
 *  or after it -- that match the last unit of one of those aliases by
 *  fold, or by stem (the document's language) with the alias word's
 *  letters but its last two; a word two people's surnames fit is left
 *  out. In text order, tok0/tok1 unset, `sent` the sentence (counting
 *  stp_match_sentence() calls); borrowed until the next call.
 *  @return 0 or STP_ENOMEM. */
int stp_match_surnames(stp_matcher *m, const char *text, stp_lang lang,
                       const uint32_t *aliases, size_t nalias,
                       const stp_match **out, size_t *nout);

/*! stp_match_ambig() : the distinct entities an `ambig` match may name
 *  (borrowed until the next stp_match_sentence()). */
const uint32_t *stp_match_ambig(const stp_matcher *m, const stp_match *x, uint32_t *n);

/*! stp_matcher_dict_missing() : 1 once the stemmer reported that the
 *  Czech dictionary could not be loaded (light stems alone are used). */
int stp_matcher_dict_missing(const stp_matcher *m);

/*! stp_matcher_set_cache_limit() : bound the unit cache at `entries`
 *  distinct units and `bytes` of long words (0: the defaults, 262,144 and
 *  8 MB); a full cache starts over. Results never depend on the bounds,
 *  only speed and memory do. A sentence's units must fit: keep `entries`
 *  above the longest sentence's token count. */
void stp_matcher_set_cache_limit(stp_matcher *m, size_t entries, size_t bytes);

#endif
