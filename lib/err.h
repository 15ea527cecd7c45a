/* err.h - the one error enum of libstopa
 *
 * Every libstopa function that can fail returns 0 (STP_OK) or a negative
 * stp_err, or a non-negative length where it says so. stp_strerror() names
 * any code. The values are pinned: scripts and tests may rely on them.
 * Details such as a line number reach the caller through the object that
 * failed (e.g. stp_reader_line()), never through stderr: lib never prints.
 */
#ifndef STP_ERR_H
#define STP_ERR_H

typedef enum {
    STP_OK            =   0,
    STP_ENOMEM        =  -1,  /* out of memory */
    STP_EIO           =  -2,  /* read or write failed (see errno) */
    STP_EGZIP         =  -3,  /* corrupt or truncated gzip data */
    STP_EESCAPE       =  -4,  /* bad backslash escape in a record field */
    STP_EFIELDS       =  -5,  /* wrong number of fields for the record kind */
    STP_ENUMBER       =  -6,  /* a numeric field is not a number */
    STP_ENODOC        =  -7,  /* a record that belongs to a doc came before any doc */
    STP_EKIND         =  -8,  /* unknown record kind */
    STP_EJSON         =  -9,  /* malformed JSON */
    STP_EUTF8         = -10,  /* invalid UTF-8 (repaired where possible) */
    STP_EDATE         = -11,  /* date not understood */
    STP_EMODEL        = -12,  /* corrupt, truncated or incompatible model */
    STP_ESYNTAX       = -13,  /* malformed row in a text source (gazetteer, lexicon) */
    STP_ERANGE        = -14,  /* offset or value out of range */
    STP_EINVAL        = -15,  /* invalid argument */
    STP_ENOTFOUND     = -16,  /* file or resource not found */
    STP_EDICT         = -17,  /* hunspell dictionary missing */
    STP_ERAWCR        = -18,  /* a raw carriage return inside a record (CR line ends?) */
    STP_EUNSUPP       = -19,  /* a feature of an input this code does not handle */
    STP_ERR_MAX_      = -20
} stp_err;

/*! stp_strerror() :
 *  @return a static English description of `code` (never NULL). */
const char *stp_strerror(int code);

#endif
