/* relate.h - relations between the entity mentions of a document
 *
 * stp_relate_document() reads one document (its doc record and the ent
 * records tag gave it) and appends `rel` records (docs/RELATE.md): it splits
 * the text into sentences (sent.h), finds triggers of the lexicon (trig.h)
 * on stem keys, and only around a trigger looks at the mentions of that
 * sentence, choosing subject and object by the predicate's type
 * constraints, the trigger's sides, voice and distance. Coordinated
 * mentions expand ("the police, Prague Airport and the Senate"), anaphors
 * ("the group", "skupina") stand for the last actor of the previous five
 * sentences, negated triggers give nothing, hedges lower the confidence.
 * Relations repeated in a document are merged into one record (first
 * evidence kept, highest confidence, the count appended as an 11th field).
 *
 * A stp_relate holds all per-run state (lexicon borrowed, stemmer owned,
 * scratch buffers); nothing is global, so worker threads each use their
 * own context over one shared lexicon. Memory grows with the largest
 * document, not with the stream.
 */
#ifndef STP_RELATE_H
#define STP_RELATE_H

#include "buf.h"
#include "rec.h"
#include "stem.h"
#include "trig.h"

#include <stddef.h>
#include <stdint.h>

typedef struct stp_relate stp_relate;

/* flags of stp_relate_new() */
enum {
    STP_RELATE_TABLE = 1    /* write table rows (no "rel" kind, no count) */
};

/*! stp_relate_new() : a context over lexicon `lex` (indexed, borrowed: it
 *  must outlive the context) that takes over the stemmer `st` (freed by
 *  stp_relate_free()). @return 0 or STP_ENOMEM (st is freed then too). */
int stp_relate_new(stp_relate **out, const stp_trig_lex *lex, stp_stemmer *st, int flags);
void stp_relate_free(stp_relate *r);

/*! stp_relate_document() : append the relations of one document to out.
 *  ents[0..n) are its mentions (any order; offsets in code points of the
 *  unescaped text, already checked to lie within it).
 *  @return the number of relations written (>= 0), or STP_ENOMEM (out
 *  unchanged then). */
long stp_relate_document(stp_relate *r, const stp_doc *doc, const stp_ent *ents, size_t n,
                         stp_buf *out);

/* what stp_relate_document_counted() reports of one document */
typedef struct {
    int      split;         /* 1 if the text was split: only a document with
                               two or more mentions of the types relations
                               take (others cannot hold a relation) */
    uint64_t sentences;     /* sentences the splitter gave (sent.h) */
    uint64_t tokens;        /* tokens of those sentences (token.h) */
} stp_relate_counts;

/*! stp_relate_document_counted() : stp_relate_document(), and in *counts
 *  (may be NULL) whether the text was split and into how many sentences
 *  and tokens. @return as stp_relate_document(). */
long stp_relate_document_counted(stp_relate *r, const stp_doc *doc, const stp_ent *ents,
                                 size_t n, stp_buf *out, stp_relate_counts *counts);

/*! stp_relate_table_header() : append the header line of table output. */
int stp_relate_table_header(stp_buf *out);

#endif
