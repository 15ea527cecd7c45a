/* dicforms.h - the word forms a hunspell dictionary generates for chosen
 * roots, as a set of folded forms
 *
 * Hunspell finds the lemma of a word by stripping affixes until a root of
 * the .dic file remains; so the words for which it can return a given root
 * are exactly the forms its affix rules (.aff) generate from that root, in
 * any letter case. A stp_dicforms holds, for the roots a caller chooses,
 * every such form, case- and diacritics-folded (fold.h): "is this word a
 * form of one of my roots?" then costs a hash lookup instead of a call to
 * hunspell (about 30 us a word for cs_CZ).
 *
 * The expansion over-generates rather than under-generates: a root's own
 * suffix rules, their continuation classes (twofold suffixes) and its
 * prefix rules on every form, with the rules' conditions checked. The set
 * keeps 64-bit hashes, not the forms: a collision admits a word that is not
 * a form, which is harmless for a gate in front of hunspell.
 *
 * Supported: UTF-8 dictionaries (SET UTF-8) with single-character flags,
 * as hunspell-cs is. Other dictionaries (FLAG long/num/UTF-8, AF flag
 * aliases, 8-bit encodings, COMPLEXPREFIXES, compounding, IGNORE, ICONV,
 * break points other than the hyphen, prefixes with continuation classes)
 * give STP_EUNSUPP: the caller then asks hunspell about every word.
 *
 * A built set is immutable and may be shared by threads.
 */
#ifndef STP_DICFORMS_H
#define STP_DICFORMS_H

#include "buf.h"

#include <stddef.h>
#include <stdint.h>

typedef struct stp_dicforms stp_dicforms;

/* chooses a root: `root` is the .dic word (UTF-8, as written, not
 * NUL-terminated); nonzero to keep its forms */
typedef int (*stp_dicforms_want)(void *ctx, const char *root, size_t n);

/*! stp_dicforms_build() : read `aff` and `dic` (paths) and collect the
 *  folded forms of every root that want() keeps.
 *  @return 0, STP_EIO (a file cannot be read), STP_EUNSUPP (a dictionary
 *  feature this expansion does not model), STP_ESYNTAX (a malformed affix
 *  rule) or STP_ENOMEM. */
int stp_dicforms_build(stp_dicforms **out, const char *aff, const char *dic,
                       stp_dicforms_want want, void *ctx);

/*! stp_dicforms_has() : nonzero when the folded word f[0..n) is (up to a
 *  hash collision) a form of a chosen root. */
int stp_dicforms_has(const stp_dicforms *s, const char *f, size_t n);

/*! stp_dicforms_count() : forms held; *roots (if not NULL) gets the number
 *  of roots chosen. */
size_t stp_dicforms_count(const stp_dicforms *s, size_t *roots);

/*! stp_dicforms_dic() : append to out a .dic file of the chosen roots
 *  alone, their lines as the dictionary has them (the count first): with
 *  the same .aff, hunspell then finds exactly the chosen lemmas, and loads
 *  in a fraction of the time and memory. @return 0 or STP_ENOMEM. */
int stp_dicforms_dic(const stp_dicforms *s, stp_buf *out);

void stp_dicforms_free(stp_dicforms *s);

#endif
