/* test_evdate.c - dates stated in evidence sentences, Czech and English */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "evdate.h"

static int32_t D(const char *iso)
{
    int32_t d;
    assert_int_equal(stp_evdate_parse_iso(iso, strlen(iso), &d), STP_OK);
    return d;
}

/* the interval found in `s` against reference day `ref` ("" = none),
   written as "LO..HI" or "none" */
static const char *find(const char *s, const char *ref)
{
    static char out[32];
    stp_evdate_ctx c = {0};
    stp_evdate e;
    int rc = stp_evdate_find(&c, s, strlen(s), ref[0] != '\0', ref[0] ? D(ref) : 0, &e);
    stp_evdate_ctx_free(&c);
    assert_true(rc == 0 || rc == 1);
    if (rc == 0)
        return "none";
    stp_evdate_format(e.lo, out);
    out[10] = '.';
    out[11] = '.';
    stp_evdate_format(e.hi, out + 12);
    return out;
}

#define FRI "2024-05-10" /* a Friday */
#define MON "2024-05-13"

static void calendar(void **state)
{
    (void)state;
    int32_t d;
    assert_int_equal(stp_evdate_days(1970, 1, 1, &d), 0);
    assert_int_equal(d, 0);
    assert_int_equal(stp_evdate_days(2000, 2, 29, &d), 0);
    assert_int_equal(stp_evdate_days(2023, 2, 29, &d), STP_ERANGE);
    assert_int_equal(stp_evdate_days(1900, 2, 29, &d), STP_ERANGE);
    assert_int_equal(stp_evdate_days(2024, 13, 1, &d), STP_ERANGE);
    assert_int_equal(D("2024-05-10") - D("2023-05-10"), 366);
    assert_int_equal(stp_evdate_weekday(D(FRI)), 4);
    assert_int_equal(stp_evdate_weekday(D("1970-01-01")), 3);
    /* every day from 1900 to 2100 goes there and back */
    int32_t a = D("1900-01-01"), b = D("2100-12-31");
    for (int32_t x = a; x <= b; x++) {
        int y, m, dd;
        stp_evdate_ymd(x, &y, &m, &dd);
        assert_int_equal(stp_evdate_days(y, m, dd, &d), 0);
        assert_int_equal(d, x);
    }
    assert_int_equal(stp_evdate_parse_iso("2024-5-03", 9, &d), STP_EDATE);
    assert_int_equal(stp_evdate_parse_iso("2024-02-30", 10, &d), STP_EDATE);
    assert_int_equal(stp_evdate_parse_iso("2024/05/03", 10, &d), STP_EDATE);
}

static void absolute_czech(void **state)
{
    (void)state;
    assert_string_equal(find("Útok proběhl 3. května 2024 v noci.", FRI), "2024-05-03..2024-05-03");
    assert_string_equal(find("Útok proběhl 3. 5. 2024.", FRI), "2024-05-03..2024-05-03");
    assert_string_equal(find("Útok proběhl 3.5.2024.", ""), "2024-05-03..2024-05-03");
    assert_string_equal(find("Hackeři útočili v říjnu 2023 na weby bank.", FRI), "2023-10-01..2023-10-31");
    assert_string_equal(find("V květnu roku 2022 skupina napadla ČTK.", ""), "2022-05-01..2022-05-31");
    assert_string_equal(find("Skupina působí od roku 2019 a v roce 2019 napadla ministerstvo.", ""),
                        "2019-01-01..2019-12-31");
    assert_string_equal(find("ŘÍJEN 2023 byl rušný.", ""), "2023-10-01..2023-10-31");
    assert_string_equal(find("Incident ze 14. července 2023 vyšetřuje NÚKIB.", ""), "2023-07-14..2023-07-14");
    assert_string_equal(find("Útok z 1. června 2023.", ""), "2023-06-01..2023-06-01");
}

static void absolute_english(void **state)
{
    (void)state;
    assert_string_equal(find("The attack began on 3 May 2024.", FRI), "2024-05-03..2024-05-03");
    assert_string_equal(find("On May 3, 2024, hackers struck.", FRI), "2024-05-03..2024-05-03");
    assert_string_equal(find("It happened on 2024-05-03 at night.", ""), "2024-05-03..2024-05-03");
    assert_string_equal(find("The 3rd of May 2024 saw outages.", ""), "2024-05-03..2024-05-03");
    assert_string_equal(find("Outages on Oct. 3, 2023 hit banks.", ""), "2023-10-03..2023-10-03");
    assert_string_equal(find("The campaign ran in October 2023.", FRI), "2023-10-01..2023-10-31");
    assert_string_equal(find("The group was active in 2019.", ""), "2019-01-01..2019-12-31");
    /* a date in the future of the report is kept as stated */
    assert_string_equal(find("Elections on 5 June 2024 may be targeted.", FRI), "2024-06-05..2024-06-05");
}

static void relative_czech(void **state)
{
    (void)state;
    assert_string_equal(find("Včera hackeři napadli weby bank.", FRI), "2024-05-09..2024-05-09");
    assert_string_equal(find("Předevčírem hackeři napadli ČTK.", FRI), "2024-05-08..2024-05-08");
    assert_string_equal(find("Dnes ráno nefungovaly weby.", FRI), "2024-05-10..2024-05-10");
    assert_string_equal(find("Útok začal v pátek.", MON), "2024-05-10..2024-05-10");
    assert_string_equal(find("Útok začal v pátek.", FRI), "2024-05-10..2024-05-10");
    assert_string_equal(find("Ve středu napadli ministerstvo.", FRI), "2024-05-08..2024-05-08");
    assert_string_equal(find("V ÚTERÝ napadli ministerstvo.", FRI), "2024-05-07..2024-05-07");
    assert_string_equal(find("Minulý pátek napadli ministerstvo.", FRI), "2024-05-03..2024-05-03");
    assert_string_equal(find("Minulý týden hackeři napadli ČTK.", FRI), "2024-04-29..2024-05-05");
    assert_string_equal(find("Během minulého týdne hackeři útočili.", FRI), "2024-04-29..2024-05-05");
    assert_string_equal(find("Loni v říjnu zaútočili na Senát.", FRI), "2023-10-01..2023-10-31");
    assert_string_equal(find("V říjnu loňského roku zaútočili na Senát.", FRI), "2023-10-01..2023-10-31");
    assert_string_equal(find("Letos v březnu zaútočili na Senát.", FRI), "2024-03-01..2024-03-31");
    /* a month without a year: the latest one not after the report, and
       not past the report's day */
    assert_string_equal(find("V říjnu zaútočili na Senát.", "2023-10-20"), "2023-10-01..2023-10-20");
    assert_string_equal(find("V říjnu zaútočili na Senát.", FRI), "2023-10-01..2023-10-31");
    assert_string_equal(find("Útok ze 3. května vyšetřuje policie.", FRI), "2024-05-03..2024-05-03");
    assert_string_equal(find("Útok ze 12. května vyšetřuje policie.", FRI), "2023-05-12..2023-05-12");
    assert_string_equal(find("O víkendu nefungovaly weby.", MON), "2024-05-11..2024-05-12");
    assert_string_equal(find("O víkendu nefungovaly weby.", "2024-05-11"), "2024-05-11..2024-05-11");
    assert_string_equal(find("Před třemi dny napadli ČTK.", FRI), "2024-05-07..2024-05-07");
    assert_string_equal(find("Před týdnem napadli ČTK.", FRI), "2024-05-03..2024-05-03");
    assert_string_equal(find("Minulý měsíc napadli ČTK.", "2024-01-15"), "2023-12-01..2023-12-31");
    assert_string_equal(find("Loni napadli ČTK.", FRI), "2023-01-01..2023-12-31");
    assert_string_equal(find("Před dvěma týdny napadli ČTK.", FRI), "2024-04-26..2024-04-26");
    assert_string_equal(find("Před 5 dny napadli ČTK.", FRI), "2024-05-05..2024-05-05");
    assert_string_equal(find("V sobotu napadli ČTK.", FRI), "2024-05-04..2024-05-04");
    assert_string_equal(find("V neděli napadli ČTK.", MON), "2024-05-12..2024-05-12");
}

static void relative_english(void **state)
{
    (void)state;
    assert_string_equal(find("Yesterday hackers hit bank websites.", FRI), "2024-05-09..2024-05-09");
    assert_string_equal(find("The day before yesterday the sites went down.", FRI), "2024-05-08..2024-05-08");
    assert_string_equal(find("The attack started on Friday.", MON), "2024-05-10..2024-05-10");
    assert_string_equal(find("Hackers struck on Monday.", FRI), "2024-05-06..2024-05-06");
    assert_string_equal(find("Hackers struck last Friday.", FRI), "2024-05-03..2024-05-03");
    assert_string_equal(find("Hackers struck last week.", FRI), "2024-04-29..2024-05-05");
    assert_string_equal(find("Earlier this week hackers struck.", FRI), "2024-05-06..2024-05-10");
    assert_string_equal(find("Hackers struck last October.", FRI), "2023-10-01..2023-10-31");
    assert_string_equal(find("Hackers struck last October.", "2023-11-02"), "2023-10-01..2023-10-31");
    assert_string_equal(find("Hackers struck last October.", "2024-10-15"), "2023-10-01..2023-10-31");
    assert_string_equal(find("Hackers struck in October.", FRI), "2023-10-01..2023-10-31");
    assert_string_equal(find("In mid-March hackers struck.", FRI), "2024-03-01..2024-03-31");
    assert_string_equal(find("The attack of May 3 is investigated.", FRI), "2024-05-03..2024-05-03");
    assert_string_equal(find("Sites were down over the weekend.", MON), "2024-05-11..2024-05-12");
    assert_string_equal(find("Hackers struck three days ago.", FRI), "2024-05-07..2024-05-07");
    assert_string_equal(find("Hackers struck 3 days ago.", FRI), "2024-05-07..2024-05-07");
    assert_string_equal(find("Hackers struck two weeks ago.", FRI), "2024-04-26..2024-04-26");
    assert_string_equal(find("Hackers struck last month.", FRI), "2024-04-01..2024-04-30");
    assert_string_equal(find("Hackers struck last year.", FRI), "2023-01-01..2023-12-31");
    assert_string_equal(find("Hackers struck earlier this year.", FRI), "2024-01-01..2024-05-10");
    assert_string_equal(find("Hackers struck in October last year.", FRI), "2023-10-01..2023-10-31");
    assert_string_equal(find("Hackers struck this March.", FRI), "2024-03-01..2024-03-31");
    assert_string_equal(find("Sites were down last weekend.", "2024-05-15"), "2024-05-11..2024-05-12");
    assert_string_equal(find("Hackers struck a week ago.", FRI), "2024-05-03..2024-05-03");
    assert_string_equal(find("Hackers struck during 2019.", FRI), "2019-01-01..2019-12-31");
    assert_string_equal(find("Hackers struck earlier this month.", FRI), "2024-05-01..2024-05-10");
}

static void choice_and_misses(void **state)
{
    (void)state;
    /* an absolute date wins over a relative one said earlier */
    assert_string_equal(find("Včera NÚKIB uvedl, že útok začal 3. května 2024.", FRI),
                        "2024-05-03..2024-05-03");
    assert_string_equal(find("On Thursday officials said the intrusion began in October 2023.", FRI),
                        "2023-10-01..2023-10-31");
    /* relative expressions need a reference date */
    assert_string_equal(find("Včera hackeři napadli weby bank.", ""), "none");
    assert_string_equal(find("Hackers struck last week.", ""), "none");
    /* but an absolute date later in the sentence is still found */
    assert_string_equal(find("Yesterday it emerged that the breach began on 2 April 2024.", ""),
                        "2024-04-02..2024-04-02");
    /* no date */
    assert_string_equal(find("APT28 zaútočila na ministerstvo zahraničí.", FRI), "none");
    assert_string_equal(find("", FRI), "none");
    /* "may" the verb is not May the month */
    assert_string_equal(find("Attackers may 3 times retry and may strike again.", FRI), "none");
    assert_string_equal(find("Hackers may return in may.", FRI), "none");
    /* impossible dates and identifiers are not dates */
    assert_string_equal(find("Stalo se 31. 2. 2024 prý.", ""), "none");
    assert_string_equal(find("They exploited CVE-2023-23397 in Outlook.", FRI), "none");
    assert_string_equal(find("Windows 2024 edition", ""), "none");
}

static void span_and_flags(void **state)
{
    (void)state;
    const char *s = "NÚKIB: útok začal 3. května 2024 ráno.";
    stp_evdate_ctx c = {0};
    stp_evdate e;
    assert_int_equal(stp_evdate_find(&c, s, strlen(s), 1, D(FRI), &e), 1);
    assert_int_equal(e.relative, 0);
    assert_int_equal(e.end - e.start, strlen("3. května 2024"));
    assert_memory_equal(s + e.start, "3. května 2024", e.end - e.start);
    const char *r = "Útok začal v\xc2\xa0p\xc3\xa1tek.";  /* no-break space */
    assert_int_equal(stp_evdate_find(&c, r, strlen(r), 1, D(MON), &e), 1);
    assert_int_equal(e.relative, 1);
    assert_int_equal(e.lo, D("2024-05-10"));
    /* the context is reused across sentences of any length */
    char big[5000];
    memset(big, 'x', sizeof big);
    memcpy(big + 4000, " 1. 1. 2020 ", 12);
    assert_int_equal(stp_evdate_find(&c, big, sizeof big, 0, 0, &e), 1);
    assert_int_equal(e.lo, D("2020-01-01"));
    stp_evdate_ctx_free(&c);
    stp_evdate_ctx_free(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(calendar),
        cmocka_unit_test(absolute_czech),
        cmocka_unit_test(absolute_english),
        cmocka_unit_test(relative_czech),
        cmocka_unit_test(relative_english),
        cmocka_unit_test(choice_and_misses),
        cmocka_unit_test(span_and_flags),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
