/* lang.c - language codes */
#include "lang.h"

#include <strings.h>

const char *stp_lang_name(stp_lang l)
{
    return l == STP_LANG_CS ? "cs" : l == STP_LANG_EN ? "en" : "und";
}

static int eq(stp_str s, const char *w)
{
    size_t n = 0;
    while (w[n])
        n++;
    return s.n == n && strncasecmp(s.s, w, n) == 0;
}

stp_lang stp_lang_parse(stp_str s)
{
    if (eq(s, "cs") || eq(s, "cz") || eq(s, "cze") || eq(s, "ces") || eq(s, "czech")
        || eq(s, "cs-CZ") || eq(s, "cs_CZ"))
        return STP_LANG_CS;
    if (eq(s, "en") || eq(s, "eng") || eq(s, "english") || eq(s, "en-US")
        || eq(s, "en-GB") || eq(s, "en_US") || eq(s, "en_GB"))
        return STP_LANG_EN;
    return STP_LANG_UND;
}
