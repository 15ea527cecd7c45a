/* test_dicforms.c - expanding chosen hunspell roots into folded forms: a
 * small dictionary written here (conditions, strip, twofold suffixes,
 * prefixes, a flag byte shared by two classes, unsupported features), and
 * the real cs_CZ dictionary against hunspell's own stemming */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <hunspell.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "dicforms.h"
#include "err.h"
#include "fold.h"

static char dir[64];

static void write_file(const char *name, const char *text)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/stopa-dicforms-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static int want_listed(void *ctx, const char *root, size_t n)
{
    for (const char *const *w = ctx; *w; w++)
        if (strlen(*w) == n && memcmp(*w, root, n) == 0)
            return 1;
    return 0;
}

static int has(const stp_dicforms *s, const char *word)
{
    stp_buf f = {0};
    assert_int_equal(stp_fold(&f, word, strlen(word), STP_FOLD_ALL), 0);
    int r = stp_dicforms_has(s, f.p ? f.p : "", f.len);
    stp_buf_free(&f);
    return r;
}

static int build(stp_dicforms **s, const char *aff, const char *dic, const char *const *roots)
{
    write_file("t.aff", aff);
    write_file("t.dic", dic);
    char a[128], d[128];
    snprintf(a, sizeof a, "%s/t.aff", dir);
    snprintf(d, sizeof d, "%s/t.dic", dir);
    return stp_dicforms_build(s, a, d, want_listed, (void *)roots);
}

static const char AFF[] =
    "SET UTF-8\n"
    "# nouns of the žena type\n"
    "SFX A Y 3\n"
    "SFX A   a    y     a\n"
    "SFX A   ha   ze    ha\n"
    "SFX A   a    ou/B  [^h]a\n"
    "SFX B Y 1\n"
    "SFX B   0    ch    ou\n"
    "PFX N Y 1\n"
    "PFX N   0    ne    .\n"
    "SFX é Y 1 # a flag of two bytes: hunspell takes the first\n"
    "SFX é   ý    ého   ý\n"
    "SFX í Y 1\n"
    "SFX í   ý    ému   ý\n";

static void small_dictionary(void **state)
{
    (void)state;
    static const char *const roots[] = { "Praha", "žena", "mladý", NULL };
    stp_dicforms *s;
    assert_int_equal(build(&s, AFF, "5\nPraha/A\nžena/AN\nmladý/é\nhora/A\nzlý/é\n", roots), 0);
    size_t nroots;
    assert_true(stp_dicforms_count(s, &nroots) > 0);
    assert_int_equal(nroots, 3);
    /* the root itself, in any case and without diacritics */
    assert_true(has(s, "Praha"));
    assert_true(has(s, "PRAHA"));
    assert_true(has(s, "zena"));
    /* strip and add, with the condition */
    assert_true(has(s, "Praze"));
    assert_true(has(s, "Prahy"));
    assert_true(has(s, "ženy"));
    /* "ou" only where the condition [^h]a holds */
    assert_true(has(s, "ženou"));
    assert_false(has(s, "Prahou"));
    /* a twofold suffix: ou, then ch on it */
    assert_true(has(s, "ženouch"));
    /* the prefix on the root and on its suffixed forms */
    assert_true(has(s, "nežena"));
    assert_true(has(s, "neženy"));
    assert_false(has(s, "nePraha"));
    /* é and í share their first byte, so both classes apply, as in hunspell */
    assert_true(has(s, "mladého"));
    assert_true(has(s, "mladému"));
    /* roots not chosen give nothing */
    assert_false(has(s, "hora"));
    assert_false(has(s, "hory"));
    assert_false(has(s, "zlého"));
    stp_dicforms_free(s);
}

static void unsupported(void **state)
{
    (void)state;
    static const char *const roots[] = { "x", NULL };
    stp_dicforms *s = NULL;
    assert_int_equal(build(&s, "SET UTF-8\nFLAG long\n", "1\nx\n", roots), STP_EUNSUPP);
    assert_null(s);
    assert_int_equal(build(&s, "SET ISO8859-2\n", "1\nx\n", roots), STP_EUNSUPP);
    assert_int_equal(build(&s, "SET UTF-8\nCOMPOUNDFLAG Z\n", "1\nx\n", roots), STP_EUNSUPP);
    assert_int_equal(build(&s, "SET UTF-8\nBREAK 1\nBREAK '\n", "1\nx\n", roots), STP_EUNSUPP);
    assert_int_equal(build(&s, "SET UTF-8\nPFX P Y 1\nPFX P 0 re/S .\n", "1\nx/P\n", roots),
                     STP_EUNSUPP);
    assert_int_equal(build(&s, "SET UTF-8\nSFX A Q 1\n", "1\nx\n", roots), STP_ESYNTAX);
    assert_int_equal(build(&s, "SET UTF-8\nSFX A Y 1\nSFX A 0 b [a\n", "1\nx/A\n", roots), STP_ESYNTAX);
    assert_int_equal(stp_dicforms_build(&s, "/nonexistent.aff", "/nonexistent.dic", want_listed,
                                        (void *)roots), STP_EIO);
}

/* The real cs_CZ: every form hunspell stems to a chosen root is in the set. */
static const char *const CS_ROOTS[] = { "Praha", "televize", "útok", "ministerstvo",
                                        "zaútočit", "policie", "ruský", "Brno", NULL };

static void real_dictionary(void **state)
{
    (void)state;
    const char *aff = "/usr/share/hunspell/cs_CZ.aff", *dic = "/usr/share/hunspell/cs_CZ.dic";
    if (access(aff, R_OK) || access(dic, R_OK))
        fail_msg("the cs_CZ hunspell dictionary is missing");
    stp_dicforms *s;
    assert_int_equal(stp_dicforms_build(&s, aff, dic, want_listed, (void *)CS_ROOTS), 0);
    size_t nroots;
    size_t nforms = stp_dicforms_count(s, &nroots);
    assert_true(nroots >= 8);
    printf("cs_CZ: %zu roots chosen, %zu forms\n", nroots, nforms);
    assert_true(nforms > 50 && nforms < 100000);
    static const char *const forms[] = {
        "Praze", "Prahou", "Prahy", "televizi", "televizí", "útoku", "útoky", "útokům",
        "ministerstva", "ministerstvech", "zaútočila", "zaútočili", "nezaútočil",
        "policii", "ruského", "ruští", "nejruštější", "Brně", "Brnem", NULL };
    Hunhandle *h = Hunspell_create(aff, dic);
    assert_non_null(h);
    int checked = 0;
    for (const char *const *f = forms; *f; f++) {
        char **list = NULL;
        int k = Hunspell_stem(h, &list, *f);
        int to_chosen = 0;
        for (int i = 0; i < k; i++)
            to_chosen |= want_listed((void *)CS_ROOTS, list[i], strlen(list[i]));
        Hunspell_free_list(h, &list, k);
        /* whatever hunspell stems to a chosen root must be admitted */
        if (to_chosen && !has(s, *f))
            fail_msg("hunspell stems '%s' to a chosen root, the set lacks it", *f);
        checked += to_chosen;
    }
    /* the check above is not empty: hunspell knows (nearly) all of them */
    assert_true(checked >= 16);
    assert_true(has(s, "Praze"));
    assert_true(has(s, "zautocila"));  /* without diacritics too */
    assert_false(has(s, "Ostravě"));
    assert_false(has(s, "banka"));
    Hunspell_destroy(h);
    stp_dicforms_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(small_dictionary),
        cmocka_unit_test(unsupported),
        cmocka_unit_test(real_dictionary),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
