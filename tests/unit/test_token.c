/* test_token.c - tokeniser: offsets, single-token kinds, abbreviations */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "token.h"

/* code points before byte b, counted independently of the tokeniser: every
 * byte that is not a UTF-8 continuation byte starts one */
static size_t cp_of(const char *s, size_t b)
{
    size_t c = 0;
    for (size_t i = 0; i < b; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

typedef struct {
    const char *text;
    int         kind;
} want;

/* tokenise s and compare with the expected token texts and kinds (kind 0:
 * any); also checks code-point offsets against cp_of */
static void expect_tokens(const char *s, stp_lang lang, const want *w, size_t nw)
{
    stp_tokenizer t;
    stp_token k;
    size_t n = strlen(s), i = 0;
    stp_tok_init(&t, s, n, lang);
    while (stp_tok_next(&t, &k)) {
        if (i >= nw)
            fail_msg("extra token [%.*s] in \"%s\"", (int)(k.b1 - k.b0), s + k.b0, s);
        size_t m = strlen(w[i].text);
        if (k.b1 - k.b0 != m || memcmp(s + k.b0, w[i].text, m) != 0)
            fail_msg("token %zu: got [%.*s] want [%s] in \"%s\"", i, (int)(k.b1 - k.b0),
                     s + k.b0, w[i].text, s);
        if (w[i].kind && k.kind != w[i].kind)
            fail_msg("token [%s]: kind %d want %d", w[i].text, k.kind, w[i].kind);
        assert_int_equal(k.c0, cp_of(s, k.b0));
        assert_int_equal(k.c1, cp_of(s, k.b1));
        i++;
    }
    if (i != nw)
        fail_msg("%zu tokens, want %zu in \"%s\"", i, nw, s);
}

#define EXPECT(s, lang, ...)                                                     \
    do {                                                                         \
        static const want w_[] = { __VA_ARGS__ };                                \
        expect_tokens((s), (lang), w_, sizeof w_ / sizeof w_[0]);                \
    } while (0)

enum { W = STP_TOK_WORD, N = STP_TOK_NUM, P = STP_TOK_PUNCT, S = STP_TOK_SYM,
       PO = STP_TOK_POSS, I = STP_TOK_IOC };

/* the one token of s, asserting there is exactly one */
static stp_token only(const char *s, stp_lang lang)
{
    stp_tokenizer t;
    stp_token k, k2;
    stp_tok_init(&t, s, strlen(s), lang);
    assert_true(stp_tok_next(&t, &k));
    if (stp_tok_next(&t, &k2))
        fail_msg("\"%s\" is more than one token: [%.*s] then [%.*s]", s,
                 (int)(k.b1 - k.b0), s + k.b0, (int)(k2.b1 - k2.b0), s + k2.b0);
    assert_int_equal(k.b0, 0);
    assert_int_equal(k.b1, strlen(s));
    return k;
}

static void offsets_czech_emoji(void **state)
{
    (void)state;
    const char *s = "Žluťoučký kůň 🐎 úpěl ďábelské ódy — „Česká pošta“ 👍🏽!\n\nNÚKIB: 5 %";
    EXPECT(s, STP_LANG_CS, { "Žluťoučký", W }, { "kůň", W }, { "🐎", S }, { "úpěl", W },
           { "ďábelské", W }, { "ódy", W }, { "—", P }, { "„", P }, { "Česká", W },
           { "pošta", W }, { "“", P }, { "👍🏽", S }, { "!", P }, { "NÚKIB", W }, { ":", P },
           { "5", N }, { "%", S });
}

static void flags(void **state)
{
    (void)state;
    const char *s = "NÚKIB Česká APT28 pro-Russian ok\nDalší\n\nOdstavec";
    stp_tokenizer t;
    stp_token k;
    stp_tok_init(&t, s, strlen(s), STP_LANG_CS);
    assert_true(stp_tok_next(&t, &k));
    assert_true(k.flags & STP_TF_UPPER);
    assert_true(k.flags & STP_TF_CAP);
    assert_true(k.flags & STP_TF_SPACE); /* text start */
    assert_false(k.flags & STP_TF_ASCII);
    assert_true(stp_tok_next(&t, &k));
    assert_int_equal(k.flags & (STP_TF_UPPER | STP_TF_CAP), STP_TF_CAP);
    assert_true(stp_tok_next(&t, &k));
    assert_true(k.flags & STP_TF_DIGIT);
    assert_true(k.flags & STP_TF_UPPER);
    assert_true(k.flags & STP_TF_ASCII);
    assert_true(stp_tok_next(&t, &k));
    assert_true(k.flags & STP_TF_HYPHEN);
    assert_false(k.flags & STP_TF_UPPER);
    assert_true(stp_tok_next(&t, &k));
    assert_int_equal(k.flags & (STP_TF_CAP | STP_TF_UPPER | STP_TF_NEWLINE), 0);
    assert_true(stp_tok_next(&t, &k));
    assert_true(k.flags & STP_TF_NEWLINE);
    assert_false(k.flags & STP_TF_PARA);
    assert_true(stp_tok_next(&t, &k));
    assert_true(k.flags & STP_TF_PARA);
    assert_false(stp_tok_next(&t, &k));
}

/* STP_TF_PLAIN: ASCII letters and digits and Latin U+00C0..U+017F only,
 * on both the fast path (a space or comma after) and the general one (a
 * dot after) */
static void plain_flag(void **state)
{
    (void)state;
    static const struct { const char *s; int plain; } cases[] = {
        { "NÚKIBu ", 1 }, { "NÚKIBu.", 1 }, { "APT28,", 1 }, { "Straße ", 1 },
        { "ĳssel ", 1 }, { "2024 ", 1 }, { "pro-Russian ", 0 }, { "U.S. ", 0 },
        { "Ωmega ", 0 }, { "\xc3\x97 ", 0 }, { "NoName057(16) ", 0 }, { "O'Brien ", 0 },
        { "e\xcc\x81 ", 0 }, { "Ťěžký.", 1 }, { "ǅ ", 0 },
    };
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        stp_tokenizer t;
        stp_token k;
        stp_tok_init(&t, cases[c].s, strlen(cases[c].s), STP_LANG_CS);
        assert_true(stp_tok_next(&t, &k));
        if (!!(k.flags & STP_TF_PLAIN) != cases[c].plain)
            fail_msg("%s: plain %d", cases[c].s, !cases[c].plain);
    }
}

static void single_tokens(void **state)
{
    (void)state;
    static const struct { const char *s; int kind; } cases[] = {
        { "NoName057(16)", W }, { "APT28", W }, { "UNC4210", W }, { "TA422", W },
        { "CVE-2023-23397", I }, { "cve-2021-44228", I },
        { "jan.novak@seznam.cz", I }, { "info@nukib.gov.cz", I },
        { "https://www.nukib.cz/cs/infoservis/hrozby/", I },
        { "http://example.com/a?b=1&c=(2)", I }, { "hxxp://evil[.]com/x", I },
        { "hxxps[:]//bad[.]example[.]org/p.php?id=3", I }, { "ftp://files.example.net/x.zip", I },
        { "203.0.113.5", I }, { "203.0.113[.]5", I }, { "1.2.3[.]4", I }, { "10.0.0.0/8", I },
        { "2001:db8::1", I }, { "fe80::1ff:fe23:4567:890a", I },
        { "2001:0db8:85a3:0000:0000:8a2e:0370:7334", I },
        { "example.com", I }, { "www.seznam.cz", I }, { "example[.]com", I },
        { "example(.)com", I }, { "example[dot]com", I }, { "evil.onion", I },
        { "seznam.cz/clanek/1", I }, { "update-mail[.]example", I }, { "c2[.]badtld", I },
        { "hxxp://files.example[.]com/reminder.wav", I }, { "Seznam.cz", I }, { "NUKIB.CZ", I },
        { "test.example", I },
        { "d41d8cd98f00b204e9800998ecf8427e", I },
        { "da39a3ee5e6b4b0d3255bfef95601890afd80709", I },
        { "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", I },
        { "pro-Russian", W }, { "proruský", W }, { "česko-slovenský", W },
        { "3.5", N }, { "1,5", N }, { "2.3.4", N }, { "10:30", N }, { "2024", N },
        { "U.S.", W }, { "s.r.o.", W }, { "a.s.", W }, { "e.g.", W }, { "i.e.", W },
        { "např.", W }, { "tzv.", W }, { "O'Brien", W },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        stp_token k = only(cases[i].s, STP_LANG_UND);
        if (k.kind != cases[i].kind)
            fail_msg("\"%s\": kind %d want %d", cases[i].s, k.kind, cases[i].kind);
    }
    assert_true(only("pro-Russian", STP_LANG_EN).flags & STP_TF_HYPHEN);
    assert_false(only("proruský", STP_LANG_CS).flags & STP_TF_HYPHEN);
}

static void iocs_in_context(void **state)
{
    (void)state;
    EXPECT("See https://x.cz/a?b=1. Then", STP_LANG_EN, { "See", W },
           { "https://x.cz/a?b=1", I }, { ".", P }, { "Then", W });
    EXPECT("(viz hxxp://evil[.]com/x)", STP_LANG_CS, { "(", P }, { "viz", W },
           { "hxxp://evil[.]com/x", I }, { ")", P });
    EXPECT("\"https://en.wikipedia.org/wiki/Fancy_Bear_(group)\"", STP_LANG_EN, { "\"", P },
           { "https://en.wikipedia.org/wiki/Fancy_Bear_(group)", I }, { "\"", P });
    EXPECT("at example.com. Next", STP_LANG_EN, { "at", W }, { "example.com", I }, { ".", P },
           { "Next", W });
    EXPECT("mail jan@firma.cz, prosím", STP_LANG_CS, { "mail", W }, { "jan@firma.cz", I },
           { ",", P }, { "prosím", W });
    EXPECT("hash d41d8cd98f00b204e9800998ecf8427e.", STP_LANG_EN, { "hash", W },
           { "d41d8cd98f00b204e9800998ecf8427e", I }, { ".", P });
    EXPECT("IP 1.2.3.4:8080 a", STP_LANG_CS, { "IP", W }, { "1.2.3.4:8080", I }, { "a", W });
    EXPECT("example.com's servers", STP_LANG_EN, { "example.com", I }, { "'s", PO },
           { "servers", W });
}

static void not_domains(void **state)
{
    (void)state;
    EXPECT("report.pdf", STP_LANG_EN, { "report", W }, { ".", P }, { "pdf", W });
    EXPECT("setup.exe", STP_LANG_EN, { "setup", W }, { ".", P }, { "exe", W });
    EXPECT("např.něco", STP_LANG_CS, { "např.", W }, { "něco", W });
    EXPECT("attack.It was", STP_LANG_EN, { "attack", W }, { ".", P }, { "It", W },
           { "was", W });
    EXPECT("ASP.NET", STP_LANG_EN, { "ASP", W }, { ".", P }, { "NET", W });
    EXPECT("10:30:45", STP_LANG_EN, { "10:30:45", N });
    EXPECT("1.2.3.4.5", STP_LANG_EN, { "1.2.3.4.5", N });
    EXPECT("deadbeef", STP_LANG_EN, { "deadbeef", W });
    /* file extensions are no TLDs, defanged or not, unless a path follows */
    EXPECT("invoice[.]pdf", STP_LANG_EN, { "invoice", W }, { "[", P }, { ".", P }, { "]", P },
           { "pdf", W });
    EXPECT("smlouva.sh", STP_LANG_CS, { "smlouva", W }, { ".", P }, { "sh", W });
    EXPECT("get evil.zip/a.exe", STP_LANG_EN, { "get", W }, { "evil.zip/a.exe", I });
    EXPECT("update.zip now", STP_LANG_EN, { "update", W }, { ".", P }, { "zip", W },
           { "now", W });
    /* without a defanged dot an unknown last label is no TLD */
    EXPECT("c2.badtld", STP_LANG_EN, { "c2", W }, { ".", P }, { "badtld", W });
}

static void possessive(void **state)
{
    (void)state;
    EXPECT("Czechia's army", STP_LANG_EN, { "Czechia", W }, { "'s", PO }, { "army", W });
    EXPECT("Czechia’s army", STP_LANG_EN, { "Czechia", W }, { "’s", PO }, { "army", W });
    EXPECT("APT28's tools", STP_LANG_EN, { "APT28", W }, { "'s", PO }, { "tools", W });
    EXPECT("don't 'sure'", STP_LANG_EN, { "don't", W }, { "'", P }, { "sure", W }, { "'", P });
    EXPECT("the hackers' tools", STP_LANG_EN, { "the", W }, { "hackers", W }, { "'", P },
           { "tools", W });
}

static void numbers_and_punct(void **state)
{
    (void)state;
    EXPECT("3. května 2024 v 10:30, tj. 3,5 %...", STP_LANG_CS, { "3", N }, { ".", P },
           { "května", W }, { "2024", N }, { "v", W }, { "10:30", N }, { ",", P },
           { "tj.", W }, { "3,5", N }, { "%", S }, { "...", P });
    EXPECT("5G a 3CX", STP_LANG_CS, { "5G", W }, { "a", W }, { "3CX", W });
    EXPECT("$1.5bn, 1,000,000 a 10th", STP_LANG_EN, { "$", S }, { "1.5", N }, { "bn", W },
           { ",", P }, { "1,000,000", N }, { "a", W }, { "10th", W });
    EXPECT("@NUKIB_CZ #ransomware", STP_LANG_CS, { "@", S }, { "NUKIB_CZ", W }, { "#", S },
           { "ransomware", W });
    EXPECT("🇨🇿🇺🇦 👨‍💻!", STP_LANG_CS, { "🇨🇿", S }, { "🇺🇦", S }, { "👨‍💻", S }, { "!", P });
    EXPECT("-5 $10", STP_LANG_EN, { "-", P }, { "5", N }, { "$", S }, { "10", N });
}

static void abbreviations(void **state)
{
    (void)state;
    static const char *const cs[] = { "např.", "tzv.", "mj.", "atd.", "resp.", "tj.", "s.r.o.",
                                      "a.s.", "č.", "odd.", "str.", "Ing.", "Mgr.", "Dr.",
                                      "prof.", "gen.", "plk.", "tis.", "mil.", "mld.", "apod.",
                                      "aj.", "popř.", "min.", "max.", "hod.", "ul.", "nám.",
                                      "sv.", "st.", "zn.", "Např." };
    static const char *const en[] = { "U.S.", "U.K.", "E.U.", "Mr.", "Mrs.", "Ms.", "Dr.",
                                      "Prof.", "Inc.", "Ltd.", "Corp.", "Co.", "e.g.", "i.e.",
                                      "etc.", "vs.", "Feb.", "Gen.", "Col.", "Sen.", "Rep.",
                                      "St." };
    for (size_t i = 0; i < sizeof cs / sizeof cs[0]; i++) {
        assert_true(stp_tok_is_abbrev(cs[i], strlen(cs[i]), STP_LANG_CS));
        stp_token k = only(cs[i], STP_LANG_CS);
        if (k.kind != W || !(k.flags & STP_TF_ABBREV))
            fail_msg("\"%s\" not an abbreviation token", cs[i]);
    }
    for (size_t i = 0; i < sizeof en / sizeof en[0]; i++) {
        assert_true(stp_tok_is_abbrev(en[i], strlen(en[i]), STP_LANG_EN));
        stp_token k = only(en[i], STP_LANG_EN);
        if (k.kind != W || !(k.flags & STP_TF_ABBREV))
            fail_msg("\"%s\" not an abbreviation token", en[i]);
    }
    /* which may end a sentence */
    assert_true(only("atd.", STP_LANG_CS).flags & STP_TF_ABBREV_END);
    assert_true(only("Inc.", STP_LANG_EN).flags & STP_TF_ABBREV_END);
    assert_true(only("U.S.", STP_LANG_EN).flags & STP_TF_ABBREV_END);
    assert_true(only("s.r.o.", STP_LANG_CS).flags & STP_TF_ABBREV_END);
    assert_false(only("např.", STP_LANG_CS).flags & STP_TF_ABBREV_END);
    assert_false(only("Mr.", STP_LANG_EN).flags & STP_TF_ABBREV_END);
    assert_false(only("e.g.", STP_LANG_EN).flags & STP_TF_ABBREV_END);
    assert_false(stp_tok_is_abbrev("Mr.", 3, STP_LANG_CS));
    assert_false(stp_tok_is_abbrev("např.", strlen("např."), STP_LANG_EN));
    assert_true(stp_tok_is_abbrev("např.", strlen("např."), STP_LANG_UND));
    assert_false(stp_tok_is_abbrev("attack.", 7, STP_LANG_UND));
    /* "No." and "Jan." only before a number */
    EXPECT("No. 5", STP_LANG_EN, { "No.", W }, { "5", N });
    EXPECT("said No. Then", STP_LANG_EN, { "said", W }, { "No", W }, { ".", P }, { "Then", W });
    EXPECT("řekl Jan. Pak", STP_LANG_UND, { "řekl", W }, { "Jan", W }, { ".", P }, { "Pak", W });
    EXPECT("Jan. 5", STP_LANG_EN, { "Jan.", W }, { "5", N });
}

/* a word ending the text (fewer than 16 bytes left: the byte-by-byte way)
 * and the same word with text after it (sixteen bytes at a time where the
 * machine can) give the same first token */
static void short_and_long_tails_agree(void **state)
{
    (void)state;
    static const char *const words[] = { "a", "Z", "7", "abc", "ABC", "Abc", "aBc", "a1", "1a", "12",
                                         "2024", "deadbeef", "DEADBEEF", "0xff", "G7", "x_y",
                                         "NoName057", "APT28", "abcdefghijklmno", "ABCDEFGHIJKLMNOP" };
    static const char *const after[] = { " ", ",", ".", ",5", "-", "\xc4\x8d", "'", "(", ")",
                                         "\xc2\xa0", "\xe2\x80\x9c", ":", "/", "@", "\t", "_" };
    char shortt[64], longt[128];
    for (size_t w = 0; w < sizeof words / sizeof *words; w++)
        for (size_t a = 0; a < sizeof after / sizeof *after; a++) {
            snprintf(shortt, sizeof shortt, "%s%s", words[w], after[a]);
            snprintf(longt, sizeof longt, "%s%s and some more words after it", words[w], after[a]);
            stp_tokenizer zs, zl;
            stp_token ks, kl;
            stp_tok_init(&zs, shortt, strlen(shortt), STP_LANG_CS);
            stp_tok_init(&zl, longt, strlen(longt), STP_LANG_CS);
            assert_true(stp_tok_next(&zs, &ks));
            assert_true(stp_tok_next(&zl, &kl));
            /* a token that reaches the end of the short text may end
               differently only where the long text goes on in it */
            if (ks.b1 == strlen(shortt) && kl.b1 > ks.b1)
                continue;
            if (ks.b1 != kl.b1 || ks.kind != kl.kind || ks.flags != kl.flags || ks.c1 != kl.c1) {
                print_error("'%s' + '%s': short %zu kind %d flags %x, long %zu kind %d flags %x\n",
                            words[w], after[a], ks.b1, ks.kind, ks.flags, kl.b1, kl.kind, kl.flags);
                fail();
            }
        }
}

/* texts cut at every byte, each in a buffer of exactly its size, so that a
 * sanitizer build (STOPA_SANITIZE) sees any read past the end */
static void every_prefix(void **state)
{
    (void)state;
    const char *full = "NoName057(16) 2024 1.5bn x_1 hxxp://a[.]cz/ 1.2.3[.]4 fe80::1 "
                       "a@b.cz U.S. např. Czechia’s 🇨🇿 e\xCC\x81 \xE2\x80\x99s 5";
    size_t n = strlen(full);
    for (size_t m = 0; m <= n; m++) {
        char *t = malloc(m ? m : 1);
        assert_non_null(t);
        memcpy(t, full, m);
        stp_tokenizer z;
        stp_token k;
        size_t last = 0, cps = 0, count = 0;
        stp_tok_init(&z, t, m, STP_LANG_UND);
        while (stp_tok_next(&z, &k)) {
            assert_true(k.b0 >= last && k.b1 > k.b0 && k.b1 <= m);
            assert_true(k.c0 >= cps && k.c1 > k.c0);
            last = k.b1;
            cps = k.c1;
            assert_true(++count <= m);
        }
        free(t);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(offsets_czech_emoji), cmocka_unit_test(flags), cmocka_unit_test(plain_flag),
        cmocka_unit_test(single_tokens),       cmocka_unit_test(iocs_in_context),
        cmocka_unit_test(not_domains),         cmocka_unit_test(possessive),
        cmocka_unit_test(numbers_and_punct),   cmocka_unit_test(abbreviations),
        cmocka_unit_test(every_prefix),        cmocka_unit_test(short_and_long_tails_agree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
