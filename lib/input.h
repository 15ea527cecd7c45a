/* input.h - reading files and standard input, gzip or not, line by line
 *
 * An stp_input reads one named file ("-" is standard input). gzip data is
 * recognised by its content and decompressed with zlib, concatenated members
 * included; anything else is read as it is. Lines may be of any length: the
 * buffer grows as needed. A line returned by stp_input_getline() is borrowed
 * until the next call and excludes the '\n' (a '\r' before it is kept: the
 * caller decides what CR means).
 */
#ifndef STP_INPUT_H
#define STP_INPUT_H

#include <stddef.h>
#include <stdint.h>

typedef struct stp_input stp_input;

/*! stp_input_open() : open `path` ("-" = standard input).
 *  @return 0, or STP_EIO / STP_ENOTFOUND with errno set (a directory gives
 *  EISDIR). On success *out is freed with stp_input_free(). */
int stp_input_open(stp_input **out, const char *path);

/*! stp_input_fdopen() : the same over an open descriptor (taken over). */
int stp_input_fdopen(stp_input **out, int fd, const char *name);

/* free; closes the descriptor unless it is standard input; NULL is a no-op */
void stp_input_free(stp_input *in);

/*! stp_input_getline() : the next line.
 *  @return 1 and (*line, *len) for a line, 0 at the end, or a negative
 *  stp_err: STP_EGZIP for corrupt or truncated gzip data (the lines before
 *  the damage have been returned), STP_EIO (errno set), STP_ENOMEM. A last
 *  line without '\n' is returned as a line. */
int stp_input_getline(stp_input *in, const char **line, size_t *len);

/*! stp_input_read_all() : the rest of the input in one piece, borrowed
 *  until the next call. Same return values as stp_input_getline(), but
 *  returns 1 with an empty string for an empty input, once. */
int stp_input_read_all(stp_input *in, const char **data, size_t *len);

const char *stp_input_name(const stp_input *in);
/* number of the line last returned, from 1 */
uint64_t stp_input_lineno(const stp_input *in);
/* 1 when the input is gzip-compressed */
int stp_input_is_gzip(const stp_input *in);
/* bytes consumed from the file so far (compressed bytes for gzip) */
uint64_t stp_input_offset(const stp_input *in);
/* size of the file when it is a regular file, else 0 */
uint64_t stp_input_size(const stp_input *in);

#endif
