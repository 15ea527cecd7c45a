/* test_sent.c - sentence splitter: abbreviations, ordinals, initials,
 * quotes, paragraphs, the token bound */
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
#include "sent.h"

typedef struct {
    stp_lang    lang;
    const char *text;
    const char *want; /* the sentences' texts joined by " | " */
} sent_case;

static const sent_case CASES[] = {
    /* Czech */
    { STP_LANG_CS, "Útok začal 3. května 2024 v Praze. Pak skončil.",
      "Útok začal 3. května 2024 v Praze. | Pak skončil." },
    { STP_LANG_CS, "Jmenován byl 1. náměstek ministra. Další zpráva.",
      "Jmenován byl 1. náměstek ministra. | Další zpráva." },
    { STP_LANG_CS, "Zisk v 1. čtvrtletí vzrostl. Ztráta ne.",
      "Zisk v 1. čtvrtletí vzrostl. | Ztráta ne." },
    { STP_LANG_CS, "Ministr J. Lipavský útok odsoudil.", "Ministr J. Lipavský útok odsoudil." },
    { STP_LANG_CS, "Šéf diplomacie Josep B. Borrell to řekl. Rusko mlčí.",
      "Šéf diplomacie Josep B. Borrell to řekl. | Rusko mlčí." },
    { STP_LANG_CS, "Útočníci použili např. phishing a tzv. ransomware. NÚKIB varoval.",
      "Útočníci použili např. phishing a tzv. ransomware. | NÚKIB varoval." },
    { STP_LANG_CS, "Firma Alfa s.r.o. podala žalobu. Soud ji zamítl.",
      "Firma Alfa s.r.o. podala žalobu. | Soud ji zamítl." },
    { STP_LANG_CS, "Škoda dosáhla 3,5 mil. Kč. Policie pátrá.",
      "Škoda dosáhla 3,5 mil. Kč. | Policie pátrá." },
    { STP_LANG_CS, "Útoky, phishing, malware atd. Další věta začíná zde.",
      "Útoky, phishing, malware atd. | Další věta začíná zde." },
    { STP_LANG_CS, "Dne 3. 5. 2024 došlo k útoku. Nikdo nebyl zraněn.",
      "Dne 3. 5. 2024 došlo k útoku. | Nikdo nebyl zraněn." },
    { STP_LANG_CS, "Mluvčí řekl: „Útok trval dvě hodiny.“ Pak odešel.",
      "Mluvčí řekl: „Útok trval dvě hodiny.“ | Pak odešel." },
    { STP_LANG_CS, "Kdo za tím stojí? Zatím nevíme! Vyšetřování pokračuje.",
      "Kdo za tím stojí? | Zatím nevíme! | Vyšetřování pokračuje." },
    { STP_LANG_CS, "Verze 2.3.4 opravuje chybu. Aktualizujte.",
      "Verze 2.3.4 opravuje chybu. | Aktualizujte." },
    { STP_LANG_CS, "Podle zákona č. 181/2014 Sb. je to povinné.",
      "Podle zákona č. 181/2014 Sb. je to povinné." },
    { STP_LANG_CS, "Na adrese https://nukib.cz/a.html je varování. Přečtěte si ho.",
      "Na adrese https://nukib.cz/a.html je varování. | Přečtěte si ho." },
    { STP_LANG_CS, "Titulek bez tečky\n\nPrvní odstavec textu.",
      "Titulek bez tečky | První odstavec textu." },
    { STP_LANG_CS, "Ing. Jan Novák, Ph.D., vede odd. kybernetiky. Byl tam.",
      "Ing. Jan Novák, Ph.D., vede odd. kybernetiky. | Byl tam." },
    { STP_LANG_CS, "Útok (viz výše.) skončil. Dobře.", "Útok (viz výše.) skončil. | Dobře." },
    { STP_LANG_CS, "Stalo se to v r. 2022. Od té doby nic.",
      "Stalo se to v r. 2022. | Od té doby nic." },
    { STP_LANG_CS, "Čekali jsme... a pak nic. Konec.", "Čekali jsme... a pak nic. | Konec." },
    { STP_LANG_CS, "Weby např. V Praze nešly. Pak ano.", "Weby např. V Praze nešly. | Pak ano." },
    { STP_LANG_CS, "Žalovala ji firma Beta a.s. Ta se brání.",
      "Žalovala ji firma Beta a.s. | Ta se brání." },
    { STP_LANG_CS, "Vypukla II. světová válka. Karel IV. Byl to král.",
      "Vypukla II. světová válka. | Karel IV. | Byl to král." },
    { STP_LANG_CS, "Za útokem stojí gen. Ivanov a plk. Petrov. Tak praví zpráva.",
      "Za útokem stojí gen. Ivanov a plk. Petrov. | Tak praví zpráva." },
    /* English */
    { STP_LANG_EN, "He said \"no.\" Then he left.", "He said \"no.\" | Then he left." },
    { STP_LANG_EN, "The U.S. President spoke on Monday. Nothing changed.",
      "The U.S. President spoke on Monday. | Nothing changed." },
    { STP_LANG_EN, "Mr. Smith met Dr. Jones. They talked.",
      "Mr. Smith met Dr. Jones. | They talked." },
    { STP_LANG_EN, "Acme Inc. The company was hacked.", "Acme Inc. | The company was hacked." },
    { STP_LANG_EN, "Microsoft Corp. said it was fixed.", "Microsoft Corp. said it was fixed." },
    { STP_LANG_EN, "The rate rose 3.5 percent. Analysts were surprised.",
      "The rate rose 3.5 percent. | Analysts were surprised." },
    { STP_LANG_EN, "Tools, e.g. Mimikatz, were used. It worked.",
      "Tools, e.g. Mimikatz, were used. | It worked." },
    { STP_LANG_EN, "It happened in 2023. The group returned.",
      "It happened in 2023. | The group returned." },
    { STP_LANG_EN, "See example.com. Then report.", "See example.com. | Then report." },
    { STP_LANG_EN, "Why? Because! Fine.", "Why? | Because! | Fine." },
    { STP_LANG_EN, "He left (finally.) We stayed.", "He left (finally.) | We stayed." },
    { STP_LANG_EN, "It was founded on Jan. 5 by J. R. Smith. He sold it.",
      "It was founded on Jan. 5 by J. R. Smith. | He sold it." },
    { STP_LANG_EN, "Wait... what happened?", "Wait... what happened?" },
    { STP_LANG_EN, "Attacks on the U.S. The report says more.",
      "Attacks on the U.S. | The report says more." },
    { STP_LANG_EN, "No. 10 Downing Street replied.", "No. 10 Downing Street replied." },
    { STP_LANG_EN, "Thanks to Prof. The Hague's team.", "Thanks to Prof. The Hague's team." },
    { STP_LANG_EN, "It fell in World War II. The war ended.",
      "It fell in World War II. | The war ended." },
    { STP_LANG_EN, "Meet at 10 a.m. The talks start then.",
      "Meet at 10 a.m. | The talks start then." },
    { STP_LANG_EN, "The end.", "The end." },
    { STP_LANG_EN, "", "" },
    { STP_LANG_EN, "  \n\n ", "" },
    { STP_LANG_EN, "APT28's tools.Then nothing.", "APT28's tools.Then nothing." },
    { STP_LANG_EN, "One.\nTwo lines\nstill one.\n\nNew paragraph", "One. | Two lines\nstill one. | New paragraph" },
};

static void run_case(const sent_case *c)
{
    stp_sentencer s;
    stp_buf got = {0};
    stp_sent_init(&s, c->text, strlen(c->text), c->lang);
    const stp_token *t;
    size_t n;
    int r;
    while ((r = stp_sent_next(&s, &t, &n)) == 1) {
        assert_true(n > 0);
        if (got.len)
            stp_buf_puts(&got, " | ");
        stp_buf_put(&got, c->text + t[0].b0, t[n - 1].b1 - t[0].b0);
    }
    assert_int_equal(r, 0);
    assert_int_equal(stp_sent_next(&s, &t, &n), 0); /* stays at the end */
    stp_sent_finish(&s);
    if (got.len != strlen(c->want) || (got.len && memcmp(got.p, c->want, got.len) != 0))
        fail_msg("\"%s\"\n   got: %.*s\n  want: %s", c->text, (int)got.len, got.p ? got.p : "",
                 c->want);
    stp_buf_free(&got);
}

static void cases(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++)
        run_case(&CASES[i]);
}

/* every token of the text appears in exactly one sentence, in order */
static void covers_all_tokens(void **state)
{
    (void)state;
    const char *text = "Dne 1. 2. přišel útok. NÚKIB (tj. úřad) varoval! Proč? \"Nevím.\" Konec";
    stp_tokenizer tz;
    stp_token k;
    size_t total = 0;
    stp_tok_init(&tz, text, strlen(text), STP_LANG_CS);
    while (stp_tok_next(&tz, &k))
        total++;
    stp_sentencer s;
    stp_sent_init(&s, text, strlen(text), STP_LANG_CS);
    const stp_token *t;
    size_t n, seen = 0, last_end = 0;
    int nsent = 0;
    while (stp_sent_next(&s, &t, &n) == 1) {
        assert_true(t[0].b0 >= last_end);
        for (size_t i = 1; i < n; i++)
            assert_true(t[i].b0 >= t[i - 1].b1);
        last_end = t[n - 1].b1;
        seen += n;
        nsent++;
    }
    stp_sent_finish(&s);
    assert_int_equal(seen, total);
    assert_int_equal(nsent, 5);
}

/* a text without any sentence end is cut at STP_SENT_MAX_TOKENS */
static void bounded(void **state)
{
    (void)state;
    size_t words = STP_SENT_MAX_TOKENS * 2 + 10;
    char *text = malloc(words * 2 + 1);
    assert_non_null(text);
    for (size_t i = 0; i < words; i++) {
        text[2 * i] = 'a';
        text[2 * i + 1] = ' ';
    }
    text[words * 2] = '\0';
    stp_sentencer s;
    stp_sent_init(&s, text, words * 2, STP_LANG_EN);
    const stp_token *t;
    size_t n, seen = 0;
    int nsent = 0;
    while (stp_sent_next(&s, &t, &n) == 1) {
        assert_true(n <= STP_SENT_MAX_TOKENS);
        seen += n;
        nsent++;
    }
    stp_sent_finish(&s);
    assert_int_equal(seen, words);
    assert_int_equal(nsent, 3);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(cases),
        cmocka_unit_test(covers_all_tokens),
        cmocka_unit_test(bounded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
