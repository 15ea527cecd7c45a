/* test_ioc.c - indicators by pattern: kinds, values, spans, non-indicators */
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
#include "ioc.h"

/* classify s; check kind and value */
static void check(const char *s, int kind, const char *value)
{
    stp_buf v = {0};
    int k = stp_ioc_classify(s, strlen(s), &v);
    if (k != kind) {
        print_error("classify(%s) = %d, expected %d\n", s, k, kind);
        fail();
    }
    if (value) {
        assert_non_null(stp_buf_cstr(&v));
        assert_string_equal(v.p, value);
    }
    stp_buf_free(&v);
}

static void cve_and_hashes(void **state)
{
    (void)state;
    check("CVE-2023-23397", STP_IOC_CVE, "CVE-2023-23397");
    check("cve-2024-3400", STP_IOC_CVE, "CVE-2024-3400");
    check("CVE-2024-123", STP_IOC_NONE, NULL);
    check("CVE-24-12345", STP_IOC_NONE, NULL);
    check("D41D8CD98F00B204E9800998ECF8427E", STP_IOC_HASH, "d41d8cd98f00b204e9800998ecf8427e");
    check("da39a3ee5e6b4b0d3255bfef95601890afd80709", STP_IOC_HASH, NULL);
    check("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", STP_IOC_HASH, NULL);
    check("cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
          "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e", STP_IOC_HASH, NULL);
    /* wrong length, not hex */
    check("d41d8cd98f00b204e9800998ecf8427", STP_IOC_NONE, NULL);
    check("g41d8cd98f00b204e9800998ecf8427e", STP_IOC_NONE, NULL);
}

static void addresses(void **state)
{
    (void)state;
    check("192.168.1.1", STP_IOC_IPV4, "192.168.1.1");
    check("8.8.8.8", STP_IOC_IPV4, "8.8.8.8");
    check("192[.]168[.]1[.]1", STP_IOC_IPV4, "192.168.1.1");
    check("256.1.1.1", STP_IOC_NONE, NULL);
    check("1.2.3.4.5", STP_IOC_NONE, NULL);
    check("2024.05.03", STP_IOC_NONE, NULL);
    check("01.2.3.4", STP_IOC_NONE, NULL);
    check("10.0.1", STP_IOC_NONE, NULL);
    check("2001:db8::1", STP_IOC_IPV6, "2001:db8::1");
    check("2001:0DB8:0000:0000:0000:0000:0000:0001", STP_IOC_IPV6, "2001:db8::1");
    check("::1", STP_IOC_IPV6, "::1");
    check("fe80::", STP_IOC_IPV6, "fe80::");
    check("2001:db8:0:0:1:0:0:1", STP_IOC_IPV6, "2001:db8::1:0:0:1");
    check("::ffff:192.0.2.1", STP_IOC_IPV6, "::ffff:c000:201");
    check("2001:db8::1::2", STP_IOC_NONE, NULL);
    check("12:30:45", STP_IOC_NONE, NULL);
    check("1:2:3:4:5:6:7:8:9", STP_IOC_NONE, NULL);
    check("2001:db8:::1", STP_IOC_NONE, NULL);
}

static void names(void **state)
{
    (void)state;
    check("example.com", STP_IOC_DOMAIN, "example.com");
    check("Seznam.cz", STP_IOC_DOMAIN, "seznam.cz");
    check("evil[.]example[.]ru", STP_IOC_DOMAIN, "evil.example.ru");
    check("evil(.)com", STP_IOC_DOMAIN, "evil.com");
    check("evil[dot]onion", STP_IOC_DOMAIN, "evil.onion");
    check("report.pdf", STP_IOC_NONE, NULL);
    check("setup.sh", STP_IOC_NONE, NULL);
    check("3.5", STP_IOC_NONE, NULL);
    check("U.S", STP_IOC_NONE, NULL);
    check("sentence.It", STP_IOC_NONE, NULL);
    check("ASP.NET", STP_IOC_NONE, NULL);
    check("hxxp://evil[.]com/a/B.php?x=1", STP_IOC_URL, "http://evil.com/a/B.php?x=1");
    check("hXXps://Evil.COM/Path", STP_IOC_URL, "https://evil.com/Path");
    check("https://1.2.3.4:8080/x", STP_IOC_URL, "https://1.2.3.4:8080/x");
    check("http://[2001:db8::1]/x", STP_IOC_URL, "http://[2001:db8::1]/x");
    check("http://nothing", STP_IOC_NONE, NULL);
    check("evil.com/payload.exe", STP_IOC_URL, "evil.com/payload.exe");
    check("John.Doe@Example.com", STP_IOC_EMAIL, "john.doe@example.com");
    check("info[at]nukib[.]cz", STP_IOC_EMAIL, "info@nukib.cz");
    check("a@b@c.com", STP_IOC_NONE, NULL);
    /* reserved documentation TLDs, plain and defanged; a defanged name takes
     * any letter TLD, a plain one only a known TLD */
    check("login-portal.example", STP_IOC_DOMAIN, "login-portal.example");
    check("cdn.payroll-check[.]test", STP_IOC_DOMAIN, "cdn.payroll-check.test");
    check("hxxps://tax-refund[.]example/form", STP_IOC_URL, "https://tax-refund.example/form");
    check("helpdesk[at]city-hall[.]example", STP_IOC_EMAIL, "helpdesk@city-hall.example");
    check("helpdesk@city-hall[.]example", STP_IOC_EMAIL, "helpdesk@city-hall.example");
    check("drop-zone[.]zz", STP_IOC_DOMAIN, "drop-zone.zz");
    check("drop-zone.zz", STP_IOC_NONE, NULL);
    check("drop-zone[.]z9", STP_IOC_NONE, NULL);
    check("@handle", STP_IOC_NONE, NULL);
    assert_true(stp_ioc_is_tld("CZ", 2));
    assert_true(stp_ioc_is_tld("onion", 5));
    assert_false(stp_ioc_is_tld("pdf", 3));
    assert_string_equal(stp_ioc_type(STP_IOC_CVE), "VULN");
    assert_string_equal(stp_ioc_type(STP_IOC_IPV6), "IP");
}

/* scan text; the hits as "KIND value [span]" lines */
static char *scan(const char *text)
{
    static char out[4096];
    size_t o = 0;
    stp_ioc_scanner sc;
    stp_ioc_hit h;
    stp_buf v = {0};
    stp_ioc_init(&sc, text, strlen(text));
    int r;
    out[0] = 0;
    while ((r = stp_ioc_next(&sc, &h, &v)) == 1) {
        o += (size_t)snprintf(out + o, sizeof out - o, "%s %.*s [%.*s]\n", stp_ioc_type(h.kind),
                              (int)v.len, v.p, (int)(h.b1 - h.b0), text + h.b0);
    }
    assert_int_equal(r, 0);
    stp_buf_free(&v);
    return out;
}

static void scanner_spans(void **state)
{
    (void)state;
    assert_string_equal(scan("The C2 was at hxxp://bad[.]example[.]com/gate.php, and 10.1.2.3."),
                        "URL http://bad.example.com/gate.php [hxxp://bad[.]example[.]com/gate.php]\n"
                        "IP 10.1.2.3 [10.1.2.3]\n");
    assert_string_equal(scan("(CVE-2023-23397) „evil.com“ <a@b.cz>"),
                        "VULN CVE-2023-23397 [CVE-2023-23397]\n"
                        "DOMAIN evil.com [evil.com]\n"
                        "EMAIL a@b.cz [a@b.cz]\n");
    assert_string_equal(scan("Update to version 1.2.3.4 or 10.0.1; see report.pdf on 2024.05.03."), "");
    assert_string_equal(scan("verze 4.3.2.1 a v 1.1.1.1"), "");
    /* a UNC path gives its host */
    assert_string_equal(scan("share \\\\198.51.100[.]9\\drop and \\\\files.example\\x$."),
                        "IP 198.51.100.9 [198.51.100[.]9]\n"
                        "DOMAIN files.example [files.example]\n");
    assert_string_equal(scan("host 1.2.3.4:443 and 10.0.0.0/8 and evil.com:8080"),
                        "IP 1.2.3.4 [1.2.3.4]\nIP 10.0.0.0 [10.0.0.0]\nDOMAIN evil.com [evil.com]\n");
    assert_string_equal(scan("the U.S. and e.g. Ph.D. a.s. s.r.o. 3.5 % (see http://x.org/a_(b))."),
                        "URL http://x.org/a_(b) [http://x.org/a_(b)]\n");
    assert_string_equal(scan("hash d41d8cd98f00b204e9800998ecf8427e,\nip 2001:db8::1."),
                        "HASH d41d8cd98f00b204e9800998ecf8427e [d41d8cd98f00b204e9800998ecf8427e]\n"
                        "IP 2001:db8::1 [2001:db8::1]\n");
    assert_string_equal(scan(""), "");
    assert_string_equal(scan("   \n"), "");
}

/* the block scanner (64 bytes at a time) against every separator and every
   mark at every offset of a block and across its end: the indicator is
   found with its exact span, and words around it give nothing */
static void scanner_at_every_offset(void **state)
{
    (void)state;
    static const char *const seps[] = { " ", "\t", "\n", "\v", "\f", "\r", "\xc2\xa0",
                                        "\xe2\x80\x89", "  " };
    static const char *const iocs[] = { "10.1.2.3", "evil.com", "a@b.cz", "[1.1.1.1]",
                                        "d41d8cd98f00b204e9800998ecf8427e", "(evil.org)",
                                        "hxxp://x[.]org/{a}", "CVE-2024-21413" };
    static const char *const vals[] = { "IP 10.1.2.3", "DOMAIN evil.com", "EMAIL a@b.cz",
                                        "IP 1.1.1.1", "HASH d41d8cd98f00b204e9800998ecf8427e",
                                        "DOMAIN evil.org", "URL http://x.org/{a}",
                                        "VULN CVE-2024-21413" };
    char text[512], want[256];
    for (size_t x = 0; x < sizeof iocs / sizeof *iocs; x++)
        for (size_t sp = 0; sp < sizeof seps / sizeof *seps; sp++)
            for (size_t off = 0; off < 140; off++) {
                /* words of 1..12 letters up to off, the separator, the
                   indicator, the separator, more words */
                size_t o = 0;
                for (size_t w = 0; o < off; w++) {
                    size_t len = 1 + (w * 7 + off) % 12;
                    for (size_t k = 0; k < len && o < off; k++)
                        text[o++] = (char)('a' + (w + k) % 26);
                    if (o < off)
                        text[o++] = ' ';
                }
                o += (size_t)snprintf(text + o, sizeof text - o, "%s%s%s", seps[sp], iocs[x], seps[sp]);
                for (size_t w = 0; w < 12; w++)
                    o += (size_t)snprintf(text + o, sizeof text - o, "slovo%zu ", w);
                const char *ioc = iocs[x];
                size_t b0 = off + strlen(seps[sp]) + (ioc[0] == '[' || ioc[0] == '(');
                size_t b1 = off + strlen(seps[sp]) + strlen(ioc) - (ioc[0] == '(' );
                if (ioc[0] == '[')
                    b1 = b0 + 7;
                snprintf(want, sizeof want, "%s [%.*s]\n", vals[x], (int)(b1 - b0), text + b0);
                const char *got = scan(text);
                if (strcmp(got, want) != 0) {
                    print_error("ioc %zu sep %zu off %zu: got '%s', want '%s'\n", x, sp, off, got, want);
                    fail();
                }
            }
}

static void long_input(void **state)
{
    (void)state;
    /* a chunk longer than the stack buffer of the refanger */
    char big[2000];
    memset(big, 'a', sizeof big);
    memcpy(big, "hxxp://x[.]com/", 15);
    stp_buf v = {0};
    assert_int_equal(stp_ioc_classify(big, sizeof big, &v), STP_IOC_URL);
    assert_int_equal(v.len, sizeof big - 2);
    stp_buf_free(&v);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(cve_and_hashes),
        cmocka_unit_test(addresses),
        cmocka_unit_test(names),
        cmocka_unit_test(scanner_spans),
        cmocka_unit_test(scanner_at_every_offset),
        cmocka_unit_test(long_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
