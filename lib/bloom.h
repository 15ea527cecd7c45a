/* bloom.h - a Bloom filter over 64-bit hashes, for a quick "certainly not
 * there" in front of a larger table that most lookups miss (the model's
 * keys, the hunspell gate's forms)
 *
 * Two bits per item, taken from the top of the hash times an odd constant
 * (so a 32-bit hash spreads too); at least eight bits per item, a power of
 * two, so that at most about 5 % of absent items get through. A filter that could
 * not be allocated (bits NULL) answers "maybe" to everything.
 */
#ifndef STP_BLOOM_H
#define STP_BLOOM_H

#include <stdint.h>
#include <stdlib.h>

typedef struct {
    uint64_t *bits;
    unsigned  lg;      /* log2 of the number of bits, 9..31 */
} stp_bloom;

/* room for n items; on failure b->bits stays NULL */
static inline void stp_bloom_init(stp_bloom *b, uint64_t n)
{
    unsigned lg = 9;
    while (lg < 31 && ((uint64_t)1 << lg) < n * 8)
        lg++;
    b->lg = lg;
    b->bits = calloc((size_t)1 << (lg - 6), sizeof *b->bits);
}

static inline void stp_bloom_pos(const stp_bloom *b, uint64_t h, uint32_t *p1, uint32_t *p2)
{
    uint64_t x = h * 0x9E3779B97F4A7C15ull;
    *p1 = (uint32_t)(x >> (64 - b->lg));
    *p2 = (uint32_t)(x >> (64 - 2 * b->lg)) & ((1u << b->lg) - 1);
}

static inline void stp_bloom_add(stp_bloom *b, uint64_t h)
{
    uint32_t p1, p2;
    if (!b->bits)
        return;
    stp_bloom_pos(b, h, &p1, &p2);
    b->bits[p1 >> 6] |= (uint64_t)1 << (p1 & 63);
    b->bits[p2 >> 6] |= (uint64_t)1 << (p2 & 63);
}

/* 0: h was never added; 1: it may have been */
static inline int stp_bloom_maybe(const stp_bloom *b, uint64_t h)
{
    uint32_t p1, p2;
    if (!b->bits)
        return 1;
    stp_bloom_pos(b, h, &p1, &p2);
    return (b->bits[p1 >> 6] >> (p1 & 63) & 1) && (b->bits[p2 >> 6] >> (p2 & 63) & 1);
}

static inline void stp_bloom_free(stp_bloom *b)
{
    free(b->bits);
    b->bits = NULL;
}

#endif
