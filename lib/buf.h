/* buf.h - a growable byte buffer, and the field escaping of the record stream
 *
 * stp_buf owns its bytes; stp_buf_free() releases them (a zeroed stp_buf is
 * empty and valid). Appending functions return 0 or STP_ENOMEM and leave the
 * buffer unchanged on failure. The contents are not NUL-terminated unless
 * stp_buf_cstr() is called.
 */
#ifndef STP_BUF_H
#define STP_BUF_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    char  *p;
    size_t len;
    size_t cap;
} stp_buf;

/* a borrowed string slice */
typedef struct {
    const char *s;
    size_t      n;
} stp_str;

#define STP_STR(lit) ((stp_str){ (lit), sizeof(lit) - 1 })

int  stp_buf_reserve(stp_buf *b, size_t extra);
int  stp_buf_put(stp_buf *b, const void *src, size_t n);
int  stp_buf_putc(stp_buf *b, int c);
int  stp_buf_puts(stp_buf *b, const char *s);
int  stp_buf_putu(stp_buf *b, uint64_t v);            /* decimal */
int  stp_buf_putf(stp_buf *b, double v, int decimals); /* fixed point */
/*! stp_buf_put_esc() : append `s` escaped for a record field
 *  (backslash, TAB, LF, CR as \\ \t \n \r). */
int  stp_buf_put_esc(stp_buf *b, const char *s, size_t n);

/*! stp_esc_to() : write s[0..n) escaped as stp_buf_put_esc() does at d,
 *  which must have room for 2 * n bytes. @return the end. */
char *stp_esc_to(char *d, const char *s, size_t n);
/*! stp_u64_to() : write v in decimal at d (room for 20 bytes). @return the end. */
char *stp_u64_to(char *d, uint64_t v);
/*! stp_buf_cstr() : NUL-terminate (not counted in len); NULL on ENOMEM. */
char *stp_buf_cstr(stp_buf *b);
static inline void stp_buf_reset(stp_buf *b) { b->len = 0; }
void stp_buf_free(stp_buf *b);

/*! stp_array_grow() : make the array *p of *cap elements of `size` bytes
 *  hold at least `need` (doubling, at least 64); *p and *cap updated.
 *  @return 0 or STP_ENOMEM (array unchanged). */
int  stp_array_grow_(void **p, size_t *cap, size_t need, size_t size);
static inline int stp_array_grow(void **p, size_t *cap, size_t need, size_t size)
{
    return need <= *cap ? 0 : stp_array_grow_(p, cap, need, size);  /* room: no call */
}

/*! stp_unescape() : undo the field escaping in place.
 *  @return the new length (never more than n), or STP_EESCAPE for a
 *  backslash followed by anything but \ t n r, or at the end. */
long stp_unescape(char *s, size_t n);

#endif
