/* gaz_fixture.h - tests: a compiled model from TSV text in memory */
#ifndef STP_GAZ_FIXTURE_H
#define STP_GAZ_FIXTURE_H

#include <string.h>

#include "gaz.h"

/* @return 0 with *g set, or an stp_err */
static inline int fixture_model(const char *tsv, stp_gaz **g)
{
    stp_gaz_builder *b;
    stp_buf img = {0};
    stp_gaz_diag d = {0};
    int r = stp_gaz_builder_new(&b);
    if (!r)
        r = stp_gaz_builder_add_tsv(b, "t.tsv", tsv, strlen(tsv), &d);
    if (!r)
        r = stp_gaz_builder_compile(b, &img, &d);
    if (!r)
        r = stp_gaz_from_buf(g, &img, &d);
    stp_buf_free(&img);
    stp_gaz_builder_free(b);
    return r;
}

#endif
