/* fuzz_input.c - libFuzzer target: the gzip-transparent line reader
 *
 * The input is written to an in-memory file and read with stp_input,
 * line by line (first byte even) or whole (odd), as the filters read
 * files. gzip streams (the seeds hold some, and the fuzzer mutates them)
 * must end in lines or STP_EGZIP, never a crash; plain data must come back
 * byte for byte.
 */
#define _GNU_SOURCE
#include "err.h"
#include "input.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    int whole = data[0] & 1;
    data++;
    size--;
    int fd = memfd_create("fuzz", 0);
    if (fd < 0)
        abort();
    if (size && write(fd, data, size) != (ssize_t)size)
        abort();
    lseek(fd, 0, SEEK_SET);
    stp_input *in;
    if (stp_input_fdopen(&in, fd, "fuzz"))
        abort();
    int gz = -1;
    size_t total = 0, lines = 0;
    const char *s;
    size_t n;
    int r;
    if (whole) {
        while ((r = stp_input_read_all(in, &s, &n)) == 1) {
            if (n && !s)
                abort();
            if (n)
                (void)(volatile char)s[n - 1];
            total += n;
        }
    } else {
        while ((r = stp_input_getline(in, &s, &n)) == 1) {
            if (n)
                (void)(volatile char)s[n - 1];
            if (memchr(s, '\n', n))
                abort();
            total += n;
            lines++;
            if (stp_input_lineno(in) != lines)
                abort();
        }
    }
    gz = stp_input_is_gzip(in);
    if (r != 0 && r != STP_EGZIP && r != STP_ENOMEM)
        abort();
    if (!gz) {
        if (r != 0)
            abort();
        /* plain input comes back whole: lines plus the newlines between */
        size_t nl = 0;
        for (size_t i = 0; i < size; i++)
            nl += data[i] == '\n';
        if (whole ? total != size : total + nl != size)
            abort();
    }
    stp_input_free(in);
    return 0;
}
