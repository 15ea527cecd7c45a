/* lang.h - the languages stopa knows */
#ifndef STP_LANG_H
#define STP_LANG_H

#include "buf.h"

typedef enum {
    STP_LANG_UND = 0,   /* undetermined */
    STP_LANG_CS  = 1,
    STP_LANG_EN  = 2
} stp_lang;

/* "cs", "en", or "und" */
const char *stp_lang_name(stp_lang l);
/* "cs"/"en" (any case, also "cze", "ces", "eng", "czech", "english");
   anything else is STP_LANG_UND */
stp_lang stp_lang_parse(stp_str s);

#endif
