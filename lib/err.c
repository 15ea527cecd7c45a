/* err.c - names of the stp_err codes */
#include "err.h"

const char *stp_strerror(int code)
{
    switch (code) {
    case STP_OK:        return "success";
    case STP_ENOMEM:    return "out of memory";
    case STP_EIO:       return "input/output error";
    case STP_EGZIP:     return "corrupt or truncated gzip data";
    case STP_EESCAPE:   return "bad escape sequence";
    case STP_EFIELDS:   return "wrong number of fields";
    case STP_ENUMBER:   return "field is not a number";
    case STP_ENODOC:    return "record before any doc record";
    case STP_EKIND:     return "unknown record kind";
    case STP_EJSON:     return "malformed JSON";
    case STP_EUTF8:     return "invalid UTF-8";
    case STP_EDATE:     return "date not understood";
    case STP_EMODEL:    return "corrupt or incompatible model";
    case STP_ESYNTAX:   return "malformed row";
    case STP_ERANGE:    return "value out of range";
    case STP_EINVAL:    return "invalid argument";
    case STP_ENOTFOUND: return "not found";
    case STP_EDICT:     return "dictionary not found";
    case STP_ERAWCR:    return "raw carriage return in a record (CR line ends? records end with LF, a CR inside a field is written \\r)";
    case STP_EUNSUPP:   return "unsupported feature";
    default:            return "unknown error";
    }
}
