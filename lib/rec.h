/* rec.h - the record stream: doc, ent, rel and incident records
 *
 * One record per line, fields separated by TAB, the first field names the
 * kind; inside a field backslash, TAB, LF and CR are escaped (see buf.h).
 * The field lists are those of docs/FORMAT.md. A record may carry extra
 * fields after the ones listed (later versions append); fewer is an error.
 *
 * Parsing works in place: stp_fields_split() cuts a line the caller owns
 * into fields and unescapes them; the typed views (stp_doc, stp_ent,
 * stp_rel) borrow from those fields.
 */
#ifndef STP_REC_H
#define STP_REC_H

#include "buf.h"

#include <stddef.h>
#include <stdint.h>

typedef enum {
    STP_REC_OTHER = 0,  /* unknown kind: passed through by every filter */
    STP_REC_DOC,
    STP_REC_ENT,
    STP_REC_REL,
    STP_REC_INCIDENT
} stp_rec_kind;

/* number of fields after the kind, per DESIGN.md */
#define STP_DOC_NFIELDS 5
#define STP_ENT_NFIELDS 7
#define STP_REL_NFIELDS 10
#define STP_INCIDENT_NFIELDS 11

typedef struct {
    size_t   n, cap;
    stp_str *f;        /* f[0] is the kind */
} stp_fields;

/*! stp_rec_kind_of() : the kind named by the first field of a raw line. */
stp_rec_kind stp_rec_kind_of(const char *line, size_t len);

/*! stp_fields_split() : split `line` (modified in place) at TABs and
 *  unescape every field. A final CR (CRLF line end) is dropped.
 *  @return the number of fields, or STP_EESCAPE, STP_ERAWCR (a raw CR
 *  elsewhere in the line), STP_ENOMEM. Fields borrow from `line`. */
int stp_fields_split(stp_fields *fs, char *line, size_t len);
void stp_fields_free(stp_fields *fs);

typedef struct {
    stp_str id, lang, date, source, text;
} stp_doc;

typedef struct {
    stp_str  doc_id;
    uint64_t start, end;      /* code points, end exclusive */
    stp_str  type, entity_id, surface, how;
} stp_ent;

typedef struct {
    stp_str  doc_id, predicate, subject_id, object_id, qualifier;
    double   confidence;
    uint64_t subject_start, object_start;
    stp_str  trigger, evidence;
} stp_rel;

/*! stp_doc_parse(), stp_ent_parse(), stp_rel_parse() : typed views of split
 *  fields. @return 0, STP_EFIELDS (too few fields or wrong kind),
 *  STP_ENUMBER (an offset or confidence that is not a number),
 *  STP_ERANGE (an ent whose end is before its start). */
int stp_doc_parse(const stp_fields *fs, stp_doc *d);
int stp_ent_parse(const stp_fields *fs, stp_ent *e);
int stp_rel_parse(const stp_fields *fs, stp_rel *r);

/*! stp_doc_write() ... : append one record, escaped, with its '\n'. */
int stp_doc_write(stp_buf *out, const stp_doc *d);
int stp_ent_write(stp_buf *out, const stp_ent *e);
int stp_rel_write(stp_buf *out, const stp_rel *r);

/*! stp_parse_u64() : a decimal number of at most 19 digits, nothing else.
 *  @return 0 or STP_ENUMBER. */
int stp_parse_u64(stp_str s, uint64_t *v);

/*! stp_utf8_count() : number of code points in valid UTF-8 text (bytes
 *  that do not start a sequence are not counted). */
size_t stp_utf8_count(const char *s, size_t n);

#endif
