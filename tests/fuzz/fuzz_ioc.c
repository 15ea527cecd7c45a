/* fuzz_ioc.c - libFuzzer target: the indicator patterns (ioc.h)
 *
 * Hits must lie inside the text, in order, not overlapping, with a known
 * kind and a non-empty value; classifying a hit's bytes alone must not
 * crash either, nor classifying the whole input.
 */
#include "buf.h"
#include "err.h"
#include "ioc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    stp_ioc_scanner sc;
    stp_ioc_hit hit;
    stp_buf value = {0}, v2 = {0};
    stp_ioc_init(&sc, s, size);
    size_t last = 0, steps = 0;
    int r;
    while ((r = stp_ioc_next(&sc, &hit, &value)) == 1) {
        if (hit.b0 < last || hit.b1 <= hit.b0 || hit.b1 > size)
            abort();
        if (hit.kind <= STP_IOC_NONE || hit.kind > STP_IOC_HASH || value.len == 0)
            abort();
        if (stp_ioc_type(hit.kind)[0] == '\0')
            abort();
        if (stp_ioc_classify(s + hit.b0, hit.b1 - hit.b0, &v2) < 0)
            abort();
        last = hit.b1;
        if (++steps > size)
            abort();
    }
    if (r != 0)
        abort();
    if (stp_ioc_classify(s, size, &v2) < 0)
        abort();
    (void)stp_ioc_is_tld(s, size);
    stp_buf_free(&value);
    stp_buf_free(&v2);
    return 0;
}
