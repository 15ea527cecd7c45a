/* test_incident_merge.c - documents read by several incident contexts and
 * merged give the bytes of one context (what incidents -j N relies on) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "incident.h"
#include "rec.h"

/* one record into x; @return what the library said */
static int feed(stp_incidents *x, stp_fields *fs, const char *line)
{
    stp_buf b = {0};
    assert_int_equal(stp_buf_puts(&b, line), 0);
    stp_rec_kind k = stp_rec_kind_of(b.p, b.len);
    assert_true(stp_fields_split(fs, b.p, b.len) > 0);
    int rc = 0;
    if (k == STP_REC_DOC) {
        stp_doc d;
        assert_int_equal(stp_doc_parse(fs, &d), 0);
        rc = stp_incidents_doc(x, &d);
    } else if (k == STP_REC_ENT) {
        stp_ent e;
        assert_int_equal(stp_ent_parse(fs, &e), 0);
        rc = stp_incidents_ent(x, &e);
    } else if (k == STP_REC_REL) {
        stp_rel r;
        assert_int_equal(stp_rel_parse(fs, &r), 0);
        rc = stp_incidents_rel(x, &r);
    }
    stp_buf_free(&b);
    return rc;
}

static char *finish(stp_incidents *x)
{
    assert_int_equal(stp_incidents_finish(x), 0);
    stp_buf out = {0};
    int rc;
    while ((rc = stp_incidents_next(x, &out, 0)) == 1)
        ;
    assert_int_equal(rc, 0);
    char *s = strdup(stp_buf_cstr(&out) ? out.p : "");
    stp_buf_free(&out);
    return s;
}

/* the lines of tests/incidents/story.tsv */
static char **story(size_t *n)
{
    FILE *f = fopen(STOPA_SRC "/tests/incidents/story.tsv", "r");
    assert_non_null(f);
    char **v = NULL, *line = NULL;
    size_t cap = 0;
    ssize_t l;
    *n = 0;
    while ((l = getline(&line, &cap, f)) > 0) {
        if (line[l - 1] == '\n')
            line[l - 1] = 0;
        v = realloc(v, (*n + 1) * sizeof *v);
        assert_non_null(v);
        v[(*n)++] = strdup(line);
    }
    free(line);
    fclose(f);
    assert_true(*n > 50);
    return v;
}

/* the documents dealt to k contexts (document i to context pick(i)),
   merged into the first */
static char *dealt(char **lines, size_t n, int k, unsigned mult)
{
    stp_incidents *x[4];
    stp_fields fs = {0};
    assert_true(k <= 4);
    for (int i = 0; i < k; i++)
        assert_int_equal(stp_incidents_new(&x[i], NULL), 0);
    int cur = 0;
    unsigned doc = 0;
    for (size_t i = 0; i < n; i++) {
        if (strncmp(lines[i], "doc\t", 4) == 0)
            cur = (int)((doc++ * mult + 1) % (unsigned)k);
        assert_int_equal(feed(x[cur], &fs, lines[i]), 0);
    }
    for (int i = 1; i < k; i++) {
        assert_int_equal(stp_incidents_merge(x[0], x[i]), 0);
        stp_incidents_free(x[i]);
    }
    char *s = finish(x[0]);
    stp_incidents_free(x[0]);
    stp_fields_free(&fs);
    return s;
}

static void merged_equals_one(void **state)
{
    (void)state;
    size_t n;
    char **lines = story(&n);
    char *one = dealt(lines, n, 1, 1);
    assert_true(strlen(one) > 200);
    assert_non_null(strstr(one, "ATTRIBUTED_TO:actor:apt28>agency:ru-gru"));
    for (int k = 2; k <= 4; k++)
        for (unsigned mult = 1; mult <= 3; mult++) {
            char *m = dealt(lines, n, k, mult);
            assert_string_equal(m, one);
            free(m);
        }
    /* a context that read nothing merges as nothing, and into nothing */
    stp_incidents *a, *b;
    stp_fields fs = {0};
    assert_int_equal(stp_incidents_new(&a, NULL), 0);
    assert_int_equal(stp_incidents_new(&b, NULL), 0);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(feed(b, &fs, lines[i]), 0);
    assert_int_equal(stp_incidents_merge(a, b), 0);
    stp_incidents_free(b);
    char *m = finish(a);
    assert_string_equal(m, one);
    free(m);
    stp_incidents_free(a);
    stp_fields_free(&fs);
    free(one);
    for (size_t i = 0; i < n; i++)
        free(lines[i]);
    free(lines);
}

static void end_doc_ends_it(void **state)
{
    (void)state;
    stp_incidents *x;
    stp_fields fs = {0};
    assert_int_equal(stp_incidents_new(&x, NULL), 0);
    assert_int_equal(feed(x, &fs, "doc\ty\ten\t2024-05-03\tsrc\tX hit A."), 0);
    assert_int_equal(feed(x, &fs, "rel\ty\tTARGETED\tactor:x\tinst:a\tddos\t0.8\t0\t1\thit\tX hit A."), 0);
    assert_int_equal(stp_incidents_end_doc(x), 0);
    assert_int_equal(stp_incidents_end_doc(x), 0);
    /* the document's relation was kept; a later one of it is refused */
    assert_int_equal(feed(x, &fs, "rel\ty\tTARGETED\tactor:x\tinst:b\tddos\t0.8\t0\t1\thit\tX hit B."),
                     STP_ENODOC);
    char *out = finish(x);
    assert_non_null(strstr(out, "\tinst:a\t"));
    assert_null(strstr(out, "inst:b"));
    free(out);
    stp_incidents_free(x);
    stp_fields_free(&fs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(merged_equals_one),
        cmocka_unit_test(end_doc_ends_it),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
