/* ioc.h - indicators of compromise found by pattern
 *
 * Finds CVE ids, IPv4 and IPv6 addresses, domains, URLs, e-mail addresses
 * and MD5/SHA-1/SHA-256/SHA-512 hashes in normalised UTF-8 text, defanged
 * forms included (hxxp://, hxxps://, [.], (.), {.}, [dot], (dot), [:],
 * [at], (at), [@]). Each hit is the exact byte span of the indicator in the
 * text and its normalised value (the entity_id of docs/IDS.md):
 *
 * | kind   | value                                                      |
 * |--------|------------------------------------------------------------|
 * | CVE    | upper case, CVE-YYYY-NNNN...                              |
 * | IPV4   | dotted quad as written (leading zeros rejected)           |
 * | IPV6   | canonical RFC 5952 text (lower case, longest zero run ::) |
 * | DOMAIN | refanged, lower case, no final dot                        |
 * | URL    | refanged; scheme and host lower case, the rest as written |
 * | EMAIL  | refanged, lower case                                      |
 * | HASH   | lower case hex                                            |
 *
 * The scanner works on white-space separated chunks with surrounding
 * quotes, brackets and sentence punctuation trimmed, so it does not depend
 * on the tokeniser. Not indicators: version numbers (1.2.3.4.5; a dotted
 * quad right after "version", "verze", "ver." or "v"), dates (2024.05.03),
 * decimal numbers, file names with a common extension (report.pdf,
 * setup.sh), abbreviations (U.S., e.g.), two-label names whose last label
 * is capitalised ("end.It") or that are all upper case ("ASP.NET").
 * Domains need a top-level domain from the list in ioc.c (all country
 * codes, the common generic ones, onion, xn--).
 *
 * Pure functions over caller memory; nothing global is modified, so any
 * number of scanners may run in parallel.
 */
#ifndef STP_IOC_H
#define STP_IOC_H

#include "buf.h"

#include <stddef.h>

typedef enum {
    STP_IOC_NONE = 0,
    STP_IOC_CVE,
    STP_IOC_IPV4,
    STP_IOC_IPV6,
    STP_IOC_DOMAIN,
    STP_IOC_URL,
    STP_IOC_EMAIL,
    STP_IOC_HASH
} stp_ioc_kind;

typedef struct {
    size_t b0, b1;      /* byte span in the text, end exclusive */
    int    kind;        /* stp_ioc_kind */
} stp_ioc_hit;

typedef struct {
    const char *text;
    size_t      len;
    size_t      pos;
} stp_ioc_scanner;

/*! stp_ioc_type() : the entity type of a kind ("VULN", "IP", "DOMAIN",
 *  "URL", "EMAIL", "HASH"); "" for STP_IOC_NONE. Static string. */
const char *stp_ioc_type(int kind);

/*! stp_ioc_init() : scan text[0..len) (borrowed for the scanner's life). */
void stp_ioc_init(stp_ioc_scanner *s, const char *text, size_t len);

/*! stp_ioc_next() : the next indicator, in text order, none overlapping.
 *  `value` is emptied and receives the normalised value.
 *  @return 1 with *hit set, 0 at the end, or STP_ENOMEM. */
int stp_ioc_next(stp_ioc_scanner *s, stp_ioc_hit *hit, stp_buf *value);

/*! stp_ioc_classify() : what the whole of s[0..n) is, as an indicator
 *  (no trimming, no context). `value` is emptied and receives the
 *  normalised value. @return a stp_ioc_kind (STP_IOC_NONE when it is no
 *  indicator), or STP_ENOMEM. */
int stp_ioc_classify(const char *s, size_t n, stp_buf *value);

/*! stp_ioc_is_tld() : 1 if s[0..n) (any case) is a top-level domain of
 *  the list. */
int stp_ioc_is_tld(const char *s, size_t n);

#endif
