/* test_incident.c - grouping relations into incidents */
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

/* feed a stream (records separated by '\n') and return the output,
   malloc'ed; *bad counts the records the library refused */
static char *run(const char *stream, uint32_t window, uint32_t min_docs, int table, int *bad)
{
    stp_incident_opts o = { window, min_docs };
    stp_incidents *x;
    assert_int_equal(stp_incidents_new(&x, &o), 0);
    char *copy = strdup(stream);
    stp_fields fs = {0};
    int nbad = 0;
    for (char *line = copy, *nl; line && *line; line = nl) {
        nl = strchr(line, '\n');
        if (nl)
            *nl++ = '\0';
        stp_rec_kind k = stp_rec_kind_of(line, strlen(line));
        assert_true(stp_fields_split(&fs, line, strlen(line)) > 0);
        int rc = 0;
        if (k == STP_REC_DOC) {
            stp_doc d;
            assert_int_equal(stp_doc_parse(&fs, &d), 0);
            rc = stp_incidents_doc(x, &d);
        } else if (k == STP_REC_ENT) {
            stp_ent e;
            assert_int_equal(stp_ent_parse(&fs, &e), 0);
            rc = stp_incidents_ent(x, &e);
        } else if (k == STP_REC_REL) {
            stp_rel r;
            assert_int_equal(stp_rel_parse(&fs, &r), 0);
            rc = stp_incidents_rel(x, &r);
        }
        if (rc)
            nbad++;
    }
    assert_int_equal(stp_incidents_finish(x), 0);
    stp_buf out = {0};
    if (table)
        assert_int_equal(stp_incidents_header(&out), 0);
    int rc;
    while ((rc = stp_incidents_next(x, &out, table)) == 1)
        ;
    assert_int_equal(rc, 0);
    char *s = strdup(stp_buf_cstr(&out) ? out.p : "");
    stp_buf_free(&out);
    stp_fields_free(&fs);
    stp_incidents_free(x);
    free(copy);
    if (bad)
        *bad = nbad;
    return s;
}

/* a document with one TARGETED relation; `ev` is its evidence sentence */
static void add_doc(stp_buf *b, const char *id, const char *date, const char *att,
                    const char *vic, const char *kind, const char *pred, const char *ev)
{
    char line[1024];
    snprintf(line, sizeof line, "doc\t%s\ten\t%s\tsrc\t%s\n"
             "rel\t%s\t%s\t%s\t%s\t%s\t0.80\t0\t10\tattacked\t%s\n",
             id, date, ev, id, pred, att, vic, kind, ev);
    assert_int_equal(stp_buf_puts(b, line), 0);
    assert_non_null(stp_buf_cstr(b));
}

static size_t count_lines(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

/* field f (1 = the kind) of line `ln` (from 0), in a static buffer */
static const char *field(const char *out, size_t ln, int f)
{
    static char buf[1024];
    const char *p = out;
    for (size_t i = 0; i < ln && p; i++) {
        p = strchr(p, '\n');
        if (p)
            p++;
    }
    assert_non_null(p);
    for (int i = 1; i < f; i++) {
        p = strchr(p, '\t');
        assert_non_null(p);
        p++;
    }
    size_t n = strcspn(p, "\t\n");
    assert_true(n < sizeof buf);
    memcpy(buf, p, n);
    buf[n] = '\0';
    return buf;
}

static void single_linkage_window(void **state)
{
    (void)state;
    stp_buf b = {0};
    /* 1, 8 and 15 May chain with a 7-day window; 23 May is 8 days later */
    add_doc(&b, "d1", "2024-05-01", "actor:x", "inst:a", "ddos", "TARGETED", "X hit A.");
    add_doc(&b, "d2", "2024-05-08", "actor:x", "inst:b", "ddos", "TARGETED", "X hit B.");
    add_doc(&b, "d3", "2024-05-15", "actor:x", "inst:c", "ddos", "TARGETED", "X hit C.");
    add_doc(&b, "d4", "2024-05-23", "actor:x", "inst:a", "ddos", "TARGETED", "X hit A.");
    /* another kind in the same days is another incident */
    add_doc(&b, "d5", "2024-05-08", "actor:x", "inst:a", "phishing", "TARGETED", "X phished A.");
    char *out = run(b.p, 7, 1, 0, NULL);
    assert_int_equal(count_lines(out), 3);
    assert_string_equal(field(out, 0, 2), "actor:x/ddos/2024-05-01");
    assert_string_equal(field(out, 0, 4), "inst:a,inst:b,inst:c");
    assert_string_equal(field(out, 0, 7), "2024-05-15");
    assert_string_equal(field(out, 0, 12), "d1,d2,d3");
    assert_string_equal(field(out, 1, 2), "actor:x/phishing/2024-05-08");
    assert_string_equal(field(out, 2, 2), "actor:x/ddos/2024-05-23");
    free(out);
    /* a window of 6 days breaks the chain */
    out = run(b.p, 6, 1, 0, NULL);
    assert_int_equal(count_lines(out), 5);
    free(out);
    stp_buf_free(&b);
}

static void stated_dates_beat_report_dates(void **state)
{
    (void)state;
    stp_buf b = {0};
    /* reported 3, 20 and 40 days later: one incident on the stated day */
    add_doc(&b, "cs1", "2024-05-06", "actor:x", "inst:a", "ddos", "TARGETED",
            "Skupina X v pátek napadla A.");
    add_doc(&b, "en1", "2024-05-23", "actor:x", "inst:a", "ddos", "TARGETED",
            "X attacked A on 3 May 2024.");
    add_doc(&b, "cs2", "2024-06-12", "actor:x", "inst:a", "ddos", "TARGETED",
            "Útok skupiny X na A ze 3. 5. 2024 vyšetřuje policie.");
    /* a month-only date spans its month and meets day dates in it */
    add_doc(&b, "en2", "2024-07-01", "actor:x", "inst:b", "ddos", "TARGETED",
            "X attacked B in May 2024.");
    char *out = run(b.p, 7, 1, 0, NULL);
    assert_int_equal(count_lines(out), 1);
    assert_string_equal(field(out, 0, 6), "2024-05-01");
    assert_string_equal(field(out, 0, 7), "2024-05-31");
    assert_string_equal(field(out, 0, 11), "4");
    free(out);
    stp_buf_free(&b);
}

static void empty_kind_joins(void **state)
{
    (void)state;
    stp_buf b = {0};
    add_doc(&b, "d1", "2024-05-01", "actor:x", "inst:a", "ddos", "TARGETED", "X hit A.");
    add_doc(&b, "d2", "2024-05-02", "actor:x", "inst:b", "phishing", "TARGETED", "X phished B.");
    /* no kind, victim B: joins the phishing incident (shared victim) */
    add_doc(&b, "d3", "2024-05-02", "actor:x", "inst:b", "", "TARGETED", "X hit B.");
    /* no kind, victim C, nearer to the ddos one by date? both are within the
       window; no shared victim, the nearest wins: d4 on 1 May -> ddos */
    add_doc(&b, "d4", "2024-05-01", "actor:x", "inst:c", "", "TARGETED", "X hit C.");
    /* no kind and far away: an incident of its own with an empty kind */
    add_doc(&b, "d5", "2024-08-01", "actor:x", "inst:c", "", "CLAIMED", "X claimed C.");
    char *out = run(b.p, 7, 1, 0, NULL);
    assert_int_equal(count_lines(out), 3);
    assert_string_equal(field(out, 0, 2), "actor:x/ddos/2024-05-01");
    assert_string_equal(field(out, 0, 4), "inst:a,inst:c");
    assert_string_equal(field(out, 1, 2), "actor:x/phishing/2024-05-02");
    assert_string_equal(field(out, 1, 12), "d2,d3");
    assert_string_equal(field(out, 2, 2), "actor:x/-/2024-08-01");
    assert_string_equal(field(out, 2, 5), "");
    assert_string_equal(field(out, 2, 8), "yes");
    free(out);
    stp_buf_free(&b);
}

static void undated_and_min_docs(void **state)
{
    (void)state;
    stp_buf b = {0};
    add_doc(&b, "u1", "", "actor:x", "inst:a", "ddos", "TARGETED", "X hit A.");
    add_doc(&b, "u2", "", "actor:x", "inst:b", "ddos", "TARGETED", "X hit B yesterday.");
    /* an undated document with a stated date is dated */
    add_doc(&b, "u3", "", "actor:x", "inst:b", "ddos", "TARGETED", "X hit B on 2 May 2024.");
    char *out = run(b.p, 7, 1, 0, NULL);
    assert_int_equal(count_lines(out), 2);
    assert_string_equal(field(out, 0, 2), "actor:x/ddos/2024-05-02");
    assert_string_equal(field(out, 1, 2), "actor:x/ddos/undated");
    assert_string_equal(field(out, 1, 6), "");
    assert_string_equal(field(out, 1, 12), "u1,u2");
    free(out);
    out = run(b.p, 7, 2, 1, NULL);
    assert_int_equal(count_lines(out), 2);   /* the header and one row */
    assert_string_equal(field(out, 0, 1), "id");
    assert_string_equal(field(out, 1, 1), "actor:x/ddos/undated");
    free(out);
    stp_buf_free(&b);
}

static void attribution_and_exploited(void **state)
{
    (void)state;
    const char *s =
        "doc\tp1\ten\t2024-05-03\tsrc\tAPT28 hacked the ministry. NUKIB blamed APT28.\n"
        "rel\tp1\tTARGETED\tactor:apt28\tagency:cz-mzv\tespionage\t0.8\t0\t18\thacked\tAPT28 hacked the ministry.\n"
        "rel\tp1\tBLAMED\tagency:cz-nukib\tactor:apt28\t\t0.8\t27\t40\tblamed\tNUKIB blamed APT28.\n"
        "rel\tp1\tATTRIBUTED_TO\tactor:apt28\tagency:ru-gru\t\t0.8\t0\t5\tunit\tAPT28, a GRU unit.\n"
        "rel\tp1\tEXPLOITED\tactor:apt28\tCVE-2023-23397\t\t0.8\t0\t5\texploiting\tAPT28 exploited CVE-2023-23397.\n"
        "rel\tp1\tBLAMED\tagency:cz-nukib\tactor:turla\t\t0.8\t0\t5\tblamed\tNUKIB blamed Turla.\n"
        /* a document without a seed adds nothing, even about APT28 */
        "doc\tp2\ten\t2024-05-04\tsrc\tAPT28 exploited Exchange.\n"
        "rel\tp2\tEXPLOITED\tactor:apt28\tproduct:microsoft-exchange\t\t0.8\t0\t16\texploited\tAPT28 exploited Exchange.\n"
        "rel\tp2\tBLAMED\tstate:us\tactor:apt28\t\t0.8\t0\t16\tblamed\tThe US blamed APT28.\n";
    char *out = run(s, 7, 1, 0, NULL);
    assert_int_equal(count_lines(out), 1);
    assert_string_equal(field(out, 0, 9),
                        "ATTRIBUTED_TO:actor:apt28>agency:ru-gru,BLAMED:agency:cz-nukib>actor:apt28");
    assert_string_equal(field(out, 0, 10), "CVE-2023-23397");
    assert_string_equal(field(out, 0, 8), "no");
    free(out);
}

static void state_culprit(void **state)
{
    (void)state;
    const char *s =
        "doc\ts1\ten\t2024-03-20\tsrc\tPrague blamed Russia for the attack on the Czech Post. "
        "Russia denied it. The ministry blamed Russia for disinformation.\n"
        "ent\ts1\t0\t6\tSTATE\tstate:cz\tPrague\texact\n"
        "ent\ts1\t14\t20\tSTATE\tstate:ru\tRussia\texact\n"
        "ent\ts1\t43\t53\tINSTITUTION\tinst:cz-ceska-posta\tCzech Post\texact\n"
        "ent\ts1\t55\t61\tSTATE\tstate:ru\tRussia\texact\n"
        "ent\ts1\t77\t85\tAGENCY\tagency:cz-mzv\tministry\texact\n"
        "ent\ts1\t93\t99\tSTATE\tstate:ru\tRussia\texact\n"
        "rel\ts1\tBLAMED\tstate:cz\tstate:ru\t\t0.8\t0\t14\tblamed\tPrague blamed Russia for the attack on the Czech Post.\n"
        /* no attack word: not an incident */
        "rel\ts1\tBLAMED\tagency:cz-mzv\tstate:ru\t\t0.8\t77\t93\tblamed\tThe ministry blamed Russia for disinformation.\n";
    char *out = run(s, 7, 1, 0, NULL);
    assert_int_equal(count_lines(out), 1);
    assert_string_equal(field(out, 0, 2), "state:ru/-/2024-03-20");
    assert_string_equal(field(out, 0, 4), "inst:cz-ceska-posta");
    assert_string_equal(field(out, 0, 9), "BLAMED:agency:cz-mzv>state:ru,BLAMED:state:cz>state:ru");
    free(out);
    /* with an actor named in the sentence, the actor is the attacker */
    const char *t =
        "doc\ts2\ten\t2024-03-20\tsrc\tPrague blamed Russia and APT28 for the attack on the Czech Post.\n"
        "ent\ts2\t53\t63\tINSTITUTION\tinst:cz-ceska-posta\tCzech Post\texact\n"
        "rel\ts2\tBLAMED\tstate:cz\tstate:ru\t\t0.8\t0\t14\tblamed\tPrague blamed Russia and APT28 for the attack on the Czech Post.\n"
        "rel\ts2\tTARGETED\tactor:apt28\tinst:cz-ceska-posta\t\t0.8\t25\t53\tattack on\tPrague blamed Russia and APT28 for the attack on the Czech Post.\n";
    out = run(t, 7, 1, 0, NULL);
    assert_int_equal(count_lines(out), 1);
    assert_string_equal(field(out, 0, 3), "actor:apt28");
    assert_string_equal(field(out, 0, 9), "");
    free(out);
}

static void order_does_not_matter(void **state)
{
    (void)state;
    enum { N = 60 };
    char docs[N][512];
    static const char *const att[] = { "actor:a", "actor:b", "actor:c" };
    static const char *const kinds[] = { "ddos", "", "leak" };
    for (int i = 0; i < N; i++) {
        stp_buf b = {0};
        char id[16], date[16], vic[32];
        snprintf(id, sizeof id, "n%02d", i);
        snprintf(date, sizeof date, "2024-%02d-%02d", 1 + (i * 7) % 6, 1 + (i * 13) % 28);
        snprintf(vic, sizeof vic, "inst:v%d", i % 5);
        add_doc(&b, id, i % 11 == 0 ? "" : date, att[i % 3], vic, kinds[(i / 3) % 3],
                i % 4 ? "TARGETED" : "CLAIMED", i % 2 ? "They struck on Friday." : "Hit.");
        assert_true(b.len < sizeof docs[i]);
        memcpy(docs[i], b.p, b.len + 1);
        stp_buf_free(&b);
    }
    char *first = NULL;
    unsigned seed = 12345;
    int perm[N];
    for (int round = 0; round < 8; round++) {
        for (int i = 0; i < N; i++)
            perm[i] = i;
        for (int i = N - 1; round > 0 && i > 0; i--) {
            seed = seed * 1103515245u + 12345u;
            int j = (int)((seed >> 8) % (unsigned)(i + 1));
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        stp_buf b = {0};
        for (int i = 0; i < N; i++)
            assert_int_equal(stp_buf_puts(&b, docs[perm[i]]), 0);
        /* round 7 reads every document twice */
        for (int i = 0; round == 7 && i < N; i++)
            assert_int_equal(stp_buf_puts(&b, docs[i]), 0);
        assert_non_null(stp_buf_cstr(&b));
        char *out = run(b.p, 7, 1, 0, NULL);
        if (!first) {
            first = out;
            assert_true(count_lines(first) > 10);
        } else {
            assert_string_equal(out, first);
            free(out);
        }
        stp_buf_free(&b);
    }
    free(first);
}

static void records_outside_their_document(void **state)
{
    (void)state;
    int bad = 0;
    const char *s =
        "rel\tz\tTARGETED\tactor:x\tinst:a\tddos\t0.8\t0\t1\thit\tX hit A on 2 May 2024.\n"
        "ent\tz\t0\t1\tSTATE\tstate:cz\tX\texact\n"
        "doc\ty\ten\t2024-05-03\tsrc\tX hit A.\n"
        "rel\tz\tTARGETED\tactor:x\tinst:a\tddos\t0.8\t0\t1\thit\tX hit A.\n"
        "rel\ty\tTARGETED\tactor:x\tinst:a\tddos\t0.8\t0\t1\thit\tX hit A.\n"
        "doc\tw\ten\t3 May\tsrc\tX hit A.\n";
    char *out = run(s, 7, 1, 0, &bad);
    assert_int_equal(bad, 4);   /* three strays and the bad date */
    assert_int_equal(count_lines(out), 1);
    assert_string_equal(field(out, 0, 12), "y");
    free(out);
    /* nothing in, nothing out */
    out = run("", 7, 1, 0, NULL);
    assert_string_equal(out, "");
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(single_linkage_window),
        cmocka_unit_test(stated_dates_beat_report_dates),
        cmocka_unit_test(empty_kind_joins),
        cmocka_unit_test(undated_and_min_docs),
        cmocka_unit_test(attribution_and_exploited),
        cmocka_unit_test(state_culprit),
        cmocka_unit_test(order_does_not_matter),
        cmocka_unit_test(records_outside_their_document),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
