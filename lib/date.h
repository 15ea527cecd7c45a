/* date.h - reading the dates news archives give, as ISO 8601
 *
 * stp_date_parse() accepts the forms found in JSONL and TSV date fields
 * and gives YYYY-MM-DD:
 *   2024-05-03, 2024/05/03, 2024-05-03T10:00:00Z (any time after the date)
 *   03.05.2024, 3. 5. 2024, 3.5.2024
 *   3. května 2024, 3 května 2024, 3. kveten 2024 (Czech month names in the
 *   genitive and the nominative, with or without diacritics, any case)
 *   May 3, 2024, May 3 2024, 3 May 2024, 3rd May 2024, Sept. 3, 2024
 *   a weekday first: Friday, 3 May 2024; Fri, 03 May 2024 10:00:00 +0200
 *   (RFC 2822); pátek 3. května 2024
 * A time or zone after the date is allowed and ignored (the date is the
 * one written, not converted to UTC). The day is checked against the
 * month, leap years included; years run from 1000 to 9999. Stateless and
 * thread-safe.
 */
#ifndef STP_DATE_H
#define STP_DATE_H

#include <stddef.h>

/*! stp_date_parse() : read the date in s[0..n) into out as "YYYY-MM-DD"
 *  and a NUL. Empty or all-space input gives "" and 0.
 *  @return 0, or STP_EDATE (out is then ""). */
int stp_date_parse(const char *s, size_t n, char out[11]);

/*! stp_date_valid() : 1 when day d exists in month m of year y. */
int stp_date_valid(int y, int m, int d);

#endif
