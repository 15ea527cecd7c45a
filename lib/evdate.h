/* evdate.h - the date an evidence sentence states, absolute or relative
 *
 * Finds the date expression of a Czech or English sentence (the first
 * absolute one, else the first relative one) and turns
 * it into a closed interval of days [lo, hi] (days since 1970-01-01, UTC
 * calendar): a day ("3. května 2024", "3. 5. 2024", "3 May 2024",
 * "May 3, 2024", "2024-05-03") gives lo == hi; a month ("v říjnu 2023",
 * "in October 2023") gives the whole month; a year ("v roce 2019",
 * "in 2019") the whole year; a week ("last week", "minulý týden") Monday to
 * Sunday. Relative expressions ("yesterday", "včera", "on Friday",
 * "v pátek", "last October", "loni v říjnu", "o víkendu", "před 3 dny",
 * "3. května" without a year) are resolved against a reference date (the
 * document's date) and are not found when there is none. Where the
 * reference day lies inside the interval, the interval ends at it: a report
 * does not precede its event. The rules are listed in docs/INCIDENTS.md.
 *
 * Matching is case-insensitive for Czech letters and ASCII; English month
 * names used without a day ("in May") must be capitalised, because "may"
 * is also a verb. An stp_evdate_ctx holds scratch memory only, so one
 * context per thread is enough; a zeroed context is ready to use and is
 * released with stp_evdate_ctx_free().
 */
#ifndef STP_EVDATE_H
#define STP_EVDATE_H

#include "buf.h"

#include <stddef.h>
#include <stdint.h>

typedef struct {
    int32_t lo, hi;      /* inclusive interval of days since 1970-01-01 */
    int     relative;    /* 1 when resolved against the reference date */
    size_t  start, end;  /* byte span of the expression in the sentence */
} stp_evdate;

typedef struct {
    stp_buf low;         /* lower-cased copy of the sentence */
    void   *tok;         /* token array (internal) */
    size_t  ntok, cap;
} stp_evdate_ctx;

void stp_evdate_ctx_free(stp_evdate_ctx *c);

/*! stp_evdate_find() : the first date expression of `s` (n bytes, UTF-8).
 *  `ref` is the reference day, used only when `has_ref` is 1.
 *  @return 1 and *out when a date was found, 0 when none, STP_ENOMEM. */
int stp_evdate_find(stp_evdate_ctx *c, const char *s, size_t n,
                    int has_ref, int32_t ref, stp_evdate *out);

/*! stp_evdate_days() : days since 1970-01-01 of a valid date
 *  (proleptic Gregorian). @return STP_OK or STP_ERANGE for an invalid
 *  year (outside 1..9999), month or day. */
int stp_evdate_days(int y, int m, int d, int32_t *days);

/*! stp_evdate_ymd() : the calendar date of a day number. */
void stp_evdate_ymd(int32_t days, int *y, int *m, int *d);

/*! stp_evdate_weekday() : 0 = Monday ... 6 = Sunday. */
int stp_evdate_weekday(int32_t days);

/*! stp_evdate_parse_iso() : an ISO date `YYYY-MM-DD` (exactly 10 bytes).
 *  @return STP_OK or STP_EDATE. */
int stp_evdate_parse_iso(const char *s, size_t n, int32_t *days);

/*! stp_evdate_format() : write `YYYY-MM-DD` and a NUL into out[11]. */
void stp_evdate_format(int32_t days, char out[11]);

#endif
