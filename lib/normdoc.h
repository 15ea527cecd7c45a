/* normdoc.h - one input document in, one doc record out
 *
 * The per-document work of normalize, kept out of cmd/ so that it can be
 * tested and later run in worker threads: an stp_nd context (one per
 * thread) holds the options and scratch buffers; stp_nd_doc() cleans the
 * text (html.h, textnorm.h), reads the date (date.h), decides the
 * language (langid.h) and appends the doc record to a caller's buffer.
 * Problems are repaired and reported in an stp_nd_report, never printed.
 *
 * Also here: the mapping of JSONL members and TSV columns to the fields of
 * a document, the id made from a file name, and the set of ids seen (for
 * the duplicate-id warning).
 */
#ifndef STP_NORMDOC_H
#define STP_NORMDOC_H

#include "buf.h"
#include "json.h"
#include "lang.h"
#include "rec.h"
#include "textnorm.h"

#include <stddef.h>
#include <stdint.h>

/* a document as read: s == NULL (or n == 0) means the field is absent */
typedef struct {
    stp_str id, lang, date, source, text;
} stp_nd_in;

typedef struct {
    stp_tn_report tn;
    int           bad_date;   /* a date was given but not understood */
} stp_nd_report;

typedef struct {
    int     html;         /* strip HTML tags before cleaning */
    int     force_lang;   /* -1 to decide, else an stp_lang for every doc */
    stp_buf text;         /* scratch: the cleaned text */
    stp_buf html_text;    /* scratch: the text with tags removed */
} stp_nd;

/* a context with html off and the language decided per document */
#define STP_ND_INIT { 0, -1, {0}, {0} }

/*! stp_nd_doc() : append the doc record of `in` to out. The id and the
 *  source are written as given; the text is cleaned; the date becomes
 *  ISO 8601 or empty (rep->bad_date); the language is ctx->force_lang, or
 *  the given lang field read by stp_lang_parse(), or decided by
 *  stp_langid(). *rep is overwritten.
 *  @return 0 or STP_ENOMEM. */
int stp_nd_doc(stp_nd *ctx, const stp_nd_in *in, stp_buf *out, stp_nd_report *rep);

/* release the scratch buffers */
void stp_nd_free(stp_nd *ctx);

/*! stp_nd_base_id() : append the id made from a file name: the basename
 *  without ".gz" and then one of ".txt", ".jsonl", ".json", ".tsv";
 *  "-" gives "stdin". @return 0 or STP_ENOMEM. */
int stp_nd_base_id(stp_buf *out, const char *path);

/* member names of a JSONL document; source NULL means "source", else
   "url" */
typedef struct {
    const char *id, *text, *date, *source, *lang;
} stp_nd_fields;

#define STP_ND_FIELDS_DEFAULT { "id", "text", "date", NULL, "lang" }

/*! stp_nd_from_json() : the fields of a parsed JSONL object. The id may
 *  be a string or a number; text must be a string; date, source and lang
 *  are taken when they are strings (null or other types: absent).
 *  @return 0, or STP_EFIELDS when there is no text string. The fields
 *  borrow from j. */
int stp_nd_from_json(const stp_json *j, const stp_nd_fields *f, stp_nd_in *in);

/* the columns of a TSV input */
enum { STP_ND_COL_SKIP = 0, STP_ND_COL_ID, STP_ND_COL_LANG, STP_ND_COL_DATE,
       STP_ND_COL_SOURCE, STP_ND_COL_TEXT };

typedef struct {
    size_t        ncol;
    unsigned char col[32];   /* STP_ND_COL_* per column */
} stp_nd_tsv;

/* the default layout: id<TAB>text */
#define STP_ND_TSV_DEFAULT { 2, { STP_ND_COL_ID, STP_ND_COL_TEXT } }

/*! stp_nd_tsv_header() : read a first line as a header: every column is
 *  one of id, lang, date, source (or url), text (any case), text among
 *  them, at most 32 columns. @return 1 and t set when it is a header, 0
 *  when it is not (t is then the default layout). */
int stp_nd_tsv_header(stp_nd_tsv *t, const char *line, size_t n);

/*! stp_nd_from_tsv() : split a data line (modified in place) into fields
 *  by the layout. @return 0, STP_EFIELDS (not as many columns as the
 *  layout), STP_EESCAPE, STP_ENOMEM. The fields borrow from line. */
int stp_nd_from_tsv(const stp_nd_tsv *t, stp_fields *fs, char *line, size_t n, stp_nd_in *in);

/* the ids of one run, kept as 64-bit hashes (8 bytes per id at most
   twice over; at most STP_IDSET_MAX ids are remembered) */
typedef struct {
    uint64_t *slot;
    size_t    cap, n;
} stp_idset;

#define STP_IDSET_MAX (8u * 1024u * 1024u)

/*! stp_idset_add() : remember an id. @return 1 when it is new, 0 when it
 *  was seen before, STP_ERANGE when the set is full (the id is not
 *  checked), STP_ENOMEM. */
int stp_idset_add(stp_idset *s, const char *id, size_t n);
void stp_idset_free(stp_idset *s);

#endif
