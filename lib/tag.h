/* tag.h - per-document tagging: sentences, tokens, gazetteer matches and
 * indicators -> ent records
 *
 * A tagger holds what one thread needs to tag documents: the model
 * (borrowed), a stemmer (hunspell is loaded on the first Czech word) and a
 * matcher with its caches. stp_tag_document() appends to `out` the `ent`
 * records of one document, sorted by start, none overlapping:
 *
 *   ent  doc_id  start  end  type  entity_id  surface  how
 *
 * with start/end in code points of the text. Indicators (ioc.h, how
 * `pattern`) are found first over the whole text; tokens they overlap take
 * no part in gazetteer matches. Gazetteer matches (match.h) are found per
 * sentence (sent.h). An `ambig` match is kept only when a clue decides
 * between the entities the alias may name: a state of its sentence, the
 * document naming one of them or an earlier mention resolved to it, the
 * countries a document names (English), the Czech one (Czech); it is then
 * tagged with that entity (models/README.md, Ambiguity rule).
 *
 * Taggers are not thread-safe: one per worker thread; the model may be
 * shared, and so may a memo of unit analyses (stp_tagger_set_memo()).
 */
#ifndef STP_TAG_H
#define STP_TAG_H

#include "buf.h"
#include "gaz.h"
#include "match.h"
#include "rec.h"

#include <stdint.h>

typedef struct stp_tagger stp_tagger;

/*! stp_tagger_new() : a tagger over model `g` (borrowed). `hunspell_dir`
 *  as for stp_stemmer_new(). @return 0 or STP_ENOMEM. */
int stp_tagger_new(stp_tagger **out, const stp_gaz *g, const char *hunspell_dir);
void stp_tagger_free(stp_tagger *t);

/*! stp_tagger_set_memo() : share `memo` (borrowed, it must outlive the
 *  tagger) with the other threads' taggers over the same model, so that
 *  each distinct word is analysed once per process; output is unchanged. */
void stp_tagger_set_memo(stp_tagger *t, stp_unitmemo *memo);

/*! stp_tag_document() : append the ent records of `doc` to out.
 *  @return the number of records, or STP_ENOMEM. */
long stp_tag_document(stp_tagger *t, const stp_doc *doc, stp_buf *out);

/* what stp_tag_document_counted() reports of one document */
typedef struct {
    uint64_t sentences;     /* sentences the splitter gave (sent.h) */
    uint64_t tokens;        /* tokens of those sentences (token.h) */
} stp_tag_counts;

/*! stp_tag_document_counted() : stp_tag_document(), and the sentences and
 *  tokens the document was split into in *counts (may be NULL; set also
 *  when tagging fails, to what was split before).
 *  @return as stp_tag_document(). */
long stp_tag_document_counted(stp_tagger *t, const stp_doc *doc, stp_buf *out,
                              stp_tag_counts *counts);

/*! stp_tagger_dict_missing() : 1 once the Czech dictionary failed to load
 *  (tagging goes on with the light stemmer alone). */
int stp_tagger_dict_missing(const stp_tagger *t);

#endif
