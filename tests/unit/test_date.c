/* test_date.c - date forms to ISO 8601 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "date.h"
#include "err.h"

static void check(const char *in, const char *want)
{
    char out[11];
    int rc = stp_date_parse(in, strlen(in), out);
    if (want) {
        if (rc != 0 || strcmp(out, want) != 0)
            fail_msg("'%s' gave rc %d '%s', want '%s'", in, rc, out, want);
    } else if (rc != STP_EDATE || out[0]) {
        fail_msg("'%s' accepted as '%s'", in, out);
    }
}

static void accepted(void **state)
{
    (void)state;
    check("2024-05-03", "2024-05-03");
    check("2024-05-03T10:00:00Z", "2024-05-03");
    check("2024-05-03T10:00:00+02:00", "2024-05-03");
    check("2024-05-03 10:00", "2024-05-03");
    check("2024/5/3", "2024-05-03");
    check("03.05.2024", "2024-05-03");
    check("3.5.2024", "2024-05-03");
    check("3. 5. 2024", "2024-05-03");
    check("  3. 5. 2024 14:30 ", "2024-05-03");
    check("3. května 2024", "2024-05-03");
    check("3. kvetna 2024", "2024-05-03");
    check("3 KVĚTNA 2024", "2024-05-03");
    check("3. květen 2024", "2024-05-03");
    check("pátek 3. května 2024", "2024-05-03");
    check("May 3, 2024", "2024-05-03");
    check("May 3 2024", "2024-05-03");
    check("3 May 2024", "2024-05-03");
    check("3rd May 2024", "2024-05-03");
    check("Friday, 3 May 2024", "2024-05-03");
    check("Friday, May 3, 2024", "2024-05-03");
    check("Sept. 30, 2023", "2023-09-30");
    check("Fri, 03 May 2024 10:00:00 +0200", "2024-05-03");
    check("29 Feb 2024", "2024-02-29");
    check("29. února 2000", "2000-02-29");
    check("", "");
    check("   ", "");
}

static void czech_months(void **state)
{
    (void)state;
    const char *gen[] = { "ledna", "února", "března", "dubna", "května", "června",
                          "července", "srpna", "září", "října", "listopadu", "prosince" };
    const char *nom[] = { "leden", "únor", "březen", "duben", "květen", "červen",
                          "červenec", "srpen", "září", "říjen", "listopad", "prosinec" };
    const char *ascii[] = { "ledna", "unora", "brezna", "dubna", "kvetna", "cervna",
                            "cervence", "srpna", "zari", "rijna", "listopadu", "prosince" };
    for (int m = 0; m < 12; m++) {
        char in[64], want[16];
        snprintf(want, sizeof want, "2023-%02d-01", m + 1);
        snprintf(in, sizeof in, "1. %s 2023", gen[m]);
        check(in, want);
        snprintf(in, sizeof in, "1. %s 2023", nom[m]);
        check(in, want);
        snprintf(in, sizeof in, "1. %s 2023", ascii[m]);
        check(in, want);
    }
}

static void rejected(void **state)
{
    (void)state;
    check("2024-02-30", NULL);
    check("2023-02-29", NULL);
    check("1900-02-29", NULL);
    check("31. 4. 2024", NULL);
    check("31 June 2024", NULL);
    check("2024-13-01", NULL);
    check("2024-00-10", NULL);
    check("0. 5. 2024", NULL);
    check("yesterday", NULL);
    check("May 2024", NULL);
    check("3. 5.", NULL);
    check("3 Mai 2024", NULL);
    check("2024-05-03 lorem", NULL);
    check("3 May 24", NULL);
    check("03/05/2024", NULL);     /* ambiguous day/month order */
    check("3. května 2024 nějaký text", NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(accepted),
        cmocka_unit_test(czech_months),
        cmocka_unit_test(rejected),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
