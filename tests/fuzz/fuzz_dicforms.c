/* fuzz_dicforms.c - libFuzzer target: the hunspell .aff/.dic reader and
 * affix expansion of lib/dicforms (a dictionary directory can be any
 * directory: STOPA_HUNSPELL_DIR)
 *
 * The input is the .aff text, a NUL byte, then the .dic text (no NUL: all
 * of it is the .aff, with an empty .dic). Both are written to files under
 * /dev/shm (or /tmp) and expanded with every root chosen. The build must
 * end with 0 or a documented error; a built set must answer lookups.
 */
#include "dicforms.h"
#include "err.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char aff[64], dic[64];

static int want_all(void *ctx, const char *root, size_t n)
{
    (void)ctx;
    return n > 0 && root[0] != 'x';   /* and some roots not */
}

static void put(const char *path, const uint8_t *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    if (n && fwrite(p, 1, n, f) != n)
        abort();
    fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 8192)
        return 0;
    if (!aff[0]) {
        const char *d = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
        snprintf(aff, sizeof aff, "%s/stopa-fuzz-%ld.aff", d, (long)getpid());
        snprintf(dic, sizeof dic, "%s/stopa-fuzz-%ld.dic", d, (long)getpid());
    }
    const uint8_t *nul = memchr(data, 0, size);
    size_t na = nul ? (size_t)(nul - data) : size;
    put(aff, data, na);
    put(dic, nul ? nul + 1 : data + size, nul ? size - na - 1 : 0);
    stp_dicforms *s = NULL;
    int rc = stp_dicforms_build(&s, aff, dic, want_all, NULL);
    if (rc == 0) {
        size_t roots;
        size_t n = stp_dicforms_count(s, &roots);
        if (n && !roots)
            abort();   /* forms come from chosen roots only */
        (void)stp_dicforms_has(s, "a", 1);
        stp_dicforms_free(s);
    } else if (rc != STP_EIO && rc != STP_EUNSUPP && rc != STP_ESYNTAX && rc != STP_ENOMEM) {
        abort();
    } else if (s) {
        abort();
    }
    unlink(aff);
    unlink(dic);
    return 0;
}
