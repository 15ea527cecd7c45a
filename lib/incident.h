/* incident.h - grouping relations of many documents into incident records
 *
 * An stp_incidents reads the record stream of relate one record at a time
 * (doc, then that document's ent and rel records) and, at the end, writes
 * one `incident` record per incident (docs/INCIDENTS.md states the rules).
 * Incidents are seeded by TARGETED and CLAIMED relations (attacker = the
 * actor) and by BLAMED relations whose object is a state, where the same
 * sentence names a victim and an attack but no TARGETED or CLAIMED
 * relation was read from it (attacker = the state). Each seed is an item
 * (attacker, victim, kind, date interval, doc); the date is the one the
 * evidence sentence states (evdate.h), else the document's date. Items of
 * one attacker and kind whose intervals lie within `window_days` of each
 * other (single linkage) form one incident, whatever the victims; items of
 * an empty kind join the incident of that attacker they fall in (or form
 * incidents of their own); undated items form one incident per attacker
 * and kind. ATTRIBUTED_TO, BLAMED and EXPLOITED relations about the
 * attacker in the incident's documents fill attribution and exploited.
 *
 * Memory: the records of the current document (never its text) until the
 * next doc record, plus a few dozen bytes per item and each distinct id
 * once. The output does not depend on the order of the documents.
 * A context serves one stream; it has no global state. Records passed in
 * are borrowed for the call only.
 */
#ifndef STP_INCIDENT_H
#define STP_INCIDENT_H

#include "buf.h"
#include "rec.h"

#include <stddef.h>
#include <stdint.h>

typedef struct stp_incidents stp_incidents;

typedef struct {
    uint32_t window_days;  /* largest gap in days inside an incident (7) */
    uint32_t min_docs;     /* write only incidents told by this many docs (1) */
} stp_incident_opts;

/*! stp_incidents_new() : @return 0 or STP_ENOMEM; free *out with
 *  stp_incidents_free(). `o` may be NULL for the defaults. */
int stp_incidents_new(stp_incidents **out, const stp_incident_opts *o);
void stp_incidents_free(stp_incidents *x);

/*! stp_incidents_doc() : a doc record: ends the previous document and
 *  starts this one. @return 0, STP_ENOMEM, or STP_EDATE when the date is
 *  neither empty nor `YYYY-MM-DD` (the document is kept as undated). */
int stp_incidents_doc(stp_incidents *x, const stp_doc *d);

/*! stp_incidents_ent(), stp_incidents_rel() : a record of the current
 *  document. @return 0, STP_ENOMEM, or STP_ENODOC when its doc_id is not
 *  that of the last doc record (the record is ignored). */
int stp_incidents_ent(stp_incidents *x, const stp_ent *e);
int stp_incidents_rel(stp_incidents *x, const stp_rel *r);

/*! stp_incidents_end_doc() : end the current document (as a doc record
 *  would): ent and rel records after it need a doc record first. For a
 *  reader that starts over, e.g. a new file or a batch of documents.
 *  @return 0 or STP_ENOMEM. */
int stp_incidents_end_doc(stp_incidents *x);

/*! stp_incidents_merge() : add what src has read to dst, as if dst had
 *  read src's documents too (the output does not depend on the order, see
 *  above), so that batches of documents can be read by several contexts,
 *  one per thread, and grouped once. Ends the current document of both;
 *  neither may be finished. src is left as it was (free it).
 *  @return 0 or STP_ENOMEM / STP_ERANGE (dst's state is then undefined:
 *  free it). */
int stp_incidents_merge(stp_incidents *dst, stp_incidents *src);

/*! stp_incidents_finish() : end of input: group the items.
 *  @return 0 or STP_ENOMEM. No record may be added afterwards. */
int stp_incidents_finish(stp_incidents *x);

/*! stp_incidents_next() : append the next incident, sorted by attacker,
 *  then dated before undated, first date, kind. `table` leaves out the
 *  leading `incident` field. @return 1 when one was written, 0 when none
 *  is left, STP_ENOMEM. */
int stp_incidents_next(stp_incidents *x, stp_buf *out, int table);

/*! stp_incidents_header() : the header line of the table form. */
int stp_incidents_header(stp_buf *out);

/*! stp_incidents_count() : incidents found by finish (before --min-docs). */
size_t stp_incidents_count(const stp_incidents *x);

#endif
