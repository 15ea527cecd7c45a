/* stem.h - matching keys for words: Snowball for English, hunspell lemmas
 * and a light stemmer for Czech
 *
 * A key is what two forms of one word have in common, so that an alias in
 * its base form and an inflected mention compare equal. Keys are always
 * case- and diacritics-folded (fold.h), so they do not depend on whether
 * the writer used diacritics.
 *
 * - English: Snowball english (libstemmer) of the folded word, with a
 *   possessive 's removed: one key.
 * - Czech: the light stemmer (stp_stem_cs_light) of the folded word, plus
 *   the light stems of the folded hunspell cs_CZ lemmas of the word (when
 *   hunspell knows it): up to STP_STEM_MAXKEYS distinct keys. Compare an
 *   alias word's key with any of a text word's keys.
 *
 * An stp_stemmer caches word -> keys, so each distinct word is analysed
 * once (unless its caller, having a cache of its own, turns that off:
 * stp_stemmer_set_cache()); hunspell is loaded on the first Czech word, once per process and
 * dictionary directory (and key filter: see stp_stemmer_set_filter()):
 * stemmers share the instance (each call takes its lock); one of the whole
 * dictionary stays loaded until stp_stem_unload(), one of a filter's roots
 * goes with its last stemmer. A stemmer is not thread-safe: use one per
 * thread.
 */
#ifndef STP_STEM_H
#define STP_STEM_H

#include "buf.h"
#include "lang.h"

#include <stddef.h>

#define STP_STEM_MAXKEYS 6

typedef struct stp_stemmer stp_stemmer;

/*! stp_stemmer_new() : a stemmer; `hunspell_dir` holds cs_CZ.dic/.aff
 *  (NULL: the build's default, or $STOPA_HUNSPELL_DIR). Precisely: the
 *  environment variable when set and not empty, else `hunspell_dir`, else
 *  the build's STOPA_HUNSPELL_DIR. Nothing is read before the first Czech
 *  word; an 8-bit dictionary (SET ISO8859-2) is converted with iconv.
 *  @return 0 or STP_ENOMEM. Free with stp_stemmer_free(). */
int stp_stemmer_new(stp_stemmer **out, const char *hunspell_dir);
void stp_stemmer_free(stp_stemmer *st);

/*! stp_stem_keys() : the keys of one word (a token's text, unfolded).
 *  @return the number of keys (1..STP_STEM_MAXKEYS), keys[0] being the
 *  word's own light stem (cs) or Snowball stem (en); or a negative stp_err
 *  (STP_EDICT once if the Czech dictionary cannot be loaded: the light
 *  stemmer alone is used from then on; keys are not set by that call, so
 *  call again for the same word). Hunspell is asked only about words of
 *  letters (inner hyphens allowed) with a lower-case letter: not about
 *  acronyms (NÚKIB), numbers or words with digits, dots or symbols.
 *  STP_EINVAL for an empty word. Keys are borrowed from the cache and stay
 *  valid until stp_stemmer_free() (or stp_stemmer_clear()); with the
 *  cache off (stp_stemmer_set_cache()) only until the next call. For
 *  STP_LANG_UND the English key comes first, then the Czech ones. */
int stp_stem_keys(stp_stemmer *st, stp_lang lang, const char *w, size_t n,
                  stp_str keys[STP_STEM_MAXKEYS]);

/*! stp_stem_unload() : destroy the hunspell instances no stemmer uses.
 *  A loaded dictionary otherwise stays in memory (about 30 MB) until the
 *  process ends, so that the next stemmer needs no reload and a program
 *  that exits does not pay for freeing it; a long-running program that is
 *  done with Czech calls this after freeing its stemmers. */
void stp_stem_unload(void);

/*! stp_stem_loaded() : how many hunspell instances are loaded. */
size_t stp_stem_loaded(void);

/*! stp_stemmer_set_filter() : the Czech keys the caller can use, e.g. the
 *  keys of a model: f(ctx, key, n) is nonzero for a wanted key. Call it
 *  before the first Czech word. When hunspell is loaded, the stemmer then
 *  collects the forms of the dictionary roots whose key is wanted
 *  (dicforms.h; built once per process for a given dictionary, f and ctx,
 *  and shared by stemmers, so ctx must outlive them) and asks hunspell
 *  only about those forms (and words with a hyphen). Keys of other words
 *  lack the lemma keys hunspell would have added, none of which is wanted:
 *  a caller that looks keys up among the wanted ones sees no difference,
 *  and skips nearly all hunspell calls (97 % on news-like text). The
 *  hunspell it asks is then loaded with those roots alone (a .dic of a few
 *  thousand lines written to a temporary file in $TMPDIR or /tmp and
 *  removed at once; shared by the stemmers of the same gate, freed with
 *  the last): it gives the same wanted lemmas, loads in milliseconds
 *  rather than 0.13 s and takes about 1 MB rather than 30.
 *  STOPA_STEM_GATE=0 in the environment turns the gate off (for
 *  comparisons: the whole dictionary, every word). */
typedef int (*stp_stem_keyfilter)(void *ctx, const char *key, size_t n);
void stp_stemmer_set_filter(stp_stemmer *st, stp_stem_keyfilter f, void *ctx);

/*! stp_stemmer_set_filter_keys() : optional, after stp_stemmer_set_filter():
 *  each(ctx, fn, arg) calls fn(arg, key, n) for every wanted key (until fn
 *  returns nonzero, which it then returns). With it the gate is built
 *  faster: a dictionary root whose first letters begin no wanted key's
 *  light stem is passed over without being stemmed (most of them). */
typedef int (*stp_stem_keyeach)(void *ctx, int (*fn)(void *arg, const char *key, size_t n), void *arg);
void stp_stemmer_set_filter_keys(stp_stemmer *st, stp_stem_keyeach each);

/*! stp_stemmer_gate_size() : forms in the gate (0: no gate in use);
 *  *roots (if not NULL) gets the dictionary roots they came from. */
size_t stp_stemmer_gate_size(const stp_stemmer *st, size_t *roots);

/*! stp_stemmer_set_cache() : with on = 0, remember no word: each call
 *  analyses its word afresh (a Czech word still through hunspell) and its
 *  keys stay valid only until the next call. For a caller with a cache of
 *  its own, such as the matcher, in which a second table of the same
 *  words would only take memory and cache lines. Turning it off empties
 *  the cache; on (the default) is for callers that hold keys across calls
 *  (relate sets it, should it be given a matcher's stemmer). */
void stp_stemmer_set_cache(stp_stemmer *st, int on);

/*! stp_stemmer_size() : how many words the cache holds; *bytes (if not
 *  NULL) gets the memory it takes (records and table, about 60 bytes a
 *  word; hunspell's own ~30 MB not counted). */
size_t stp_stemmer_size(const stp_stemmer *st, size_t *bytes);

/*! stp_stemmer_clear() : empty the cache. Every key handed out so far
 *  becomes invalid. The cache otherwise grows with the vocabulary; a long
 *  run over an archive bounds it by calling, between documents (when no
 *  keys are held), e.g.
 *      if (stp_stemmer_size(st, NULL) > 1000000) stp_stemmer_clear(st);
 *  Hunspell and Snowball stay loaded. */
void stp_stemmer_clear(stp_stemmer *st);

/*! stp_stem_cs_light() : the Czech light stem of an already folded
 *  (lower-case, no diacritics) word, appended to out. Pure function. */
int stp_stem_cs_light(stp_buf *out, const char *folded, size_t n);

#endif
