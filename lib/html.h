/* html.h - HTML character references and tag stripping
 *
 * Two pieces of HTML handling that normalize needs for news archives:
 * decoding one character reference (&amp; &scaron; &#269; &#x10D;), done
 * for every input format, and turning an HTML document into plain text for
 * --html. Both work on bytes the caller owns and allocate only in the
 * caller's stp_buf; they hold no state between calls and are safe to call
 * from several threads at once.
 */
#ifndef STP_HTML_H
#define STP_HTML_H

#include "buf.h"

#include <stddef.h>
#include <stdint.h>

/*! stp_html_entity() : decode the character reference starting at s[0]
 *  (which must be '&'). Named references need their ';' and are matched
 *  case-sensitively (&Scaron; is Š, &scaron; is š); numeric ones
 *  (&#269; &#x10D;) may lack the ';' when the next byte is no digit. A
 *  numeric value of 0, a surrogate or one past U+10FFFF gives U+FFFD; 128
 *  to 159 are read as Windows-1252, as browsers do.
 *  @return the number of bytes consumed with *cp set, or 0 when s does not
 *  start a known reference (the '&' is then literal text). */
size_t stp_html_entity(const char *s, size_t n, uint32_t *cp);

/*! stp_html_strip() : append the text of the HTML s[0..n) to out. Tags,
 *  comments, <!DOCTYPE> and <?...?> are removed; the contents of script,
 *  style, template and noscript elements are dropped; block elements (p,
 *  div, li, h1-h6, tr, table, article, section, blockquote, ...) become a
 *  paragraph break ("\n\n"), br a line break, td/th a space; line breaks
 *  and tabs in the source become spaces. Character references are left as
 *  they are (stp_tn_clean() decodes them), so "&lt;b&gt;" stays text.
 *  Bytes are copied without UTF-8 checks.
 *  @return 0 or STP_ENOMEM. */
int stp_html_strip(stp_buf *out, const char *s, size_t n);

#endif
