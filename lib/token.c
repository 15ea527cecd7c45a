/* token.c - tokeniser for Czech and English news text
 *
 * One pass, no allocation. ASCII is classified by comparisons, anything
 * else by utf8proc's general category. A token's end is found first; its
 * flags and code-point length come from one walk over its bytes
 * (tok_finish), so the scanners below deal in byte positions only.
 */
#include "token.h"
#include "fold.h"

#include <pthread.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---- character classes ------------------------------------------------ */

/* ASCII classes for the fast paths: A_BREAK marks bytes after which a word
 * or number certainly ends with nothing special to check (space, most
 * punctuation); the others ('.', '-', ':', '@', '(', '[', '\'', ...) and
 * all non-ASCII bytes send the scan down the general path */
enum { A_UP = 1, A_LO = 2, A_DIG = 4, A_HEX = 8, A_SP = 16, A_BREAK = 32 };
static const unsigned char ACL[128] = {
    32,32,32,32,32,32,32,32,32,48,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,
    32,32,48,32,32,32,32,32,32,0,0,32,32,0,32,0,0,32,12,12,12,12,12,12,12,12,12,12,0,32,32,32,
    32,32,0,9,9,9,9,9,9,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,32,32,0,32,10,10,10,10,10,
    10,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,32,32,32,32
};

enum { K_SPACE, K_NL, K_LETTER, K_MARK, K_DIGIT, K_PUNCT, K_SYM, K_FORMAT };

static inline int a_upper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int a_lower(int c) { return c >= 'a' && c <= 'z'; }
static inline int a_alpha(int c) { return a_upper(c) || a_lower(c); }
static inline int a_digit(int c) { return c >= '0' && c <= '9'; }
static inline int a_alnum(int c) { return a_alpha(c) || a_digit(c); }
static inline int a_hex(int c)
{
    return a_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static inline int a_lc(int c) { return a_upper(c) ? c + 32 : c; }

static int ucls(int32_t cp)
{
    if (cp == 0x85 || cp == 0x2028 || cp == 0x2029)
        return K_NL;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
        return K_LETTER;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        return K_MARK;
    case UTF8PROC_CATEGORY_ND:
        return K_DIGIT;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
        return K_PUNCT;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_CC:
        return K_SPACE;
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
        return K_NL;
    case UTF8PROC_CATEGORY_CF:
        return K_FORMAT;
    default:
        return K_SYM;
    }
}

static int acls(int c)
{
    if (a_alpha(c))
        return K_LETTER;
    if (a_digit(c))
        return K_DIGIT;
    if (c == '\n' || c == '\r' || c == '\v' || c == '\f')
        return K_NL;
    if (c == ' ' || c == '\t' || c < 0x20 || c == 0x7F)
        return K_SPACE;
    switch (c) {
    case '$': case '%': case '&': case '+': case '<': case '=': case '>':
    case '^': case '`': case '|': case '~': case '#': case '*': case '@':
        return K_SYM;
    default:
        return K_PUNCT;
    }
}

/* the code point at s[i] (U+FFFD for an invalid byte), its length in *l */
static inline int32_t cp_at(const char *s, size_t n, size_t i, size_t *l)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *l = 1;
        return c;
    }
    size_t j = i;
    int32_t cp = stp_utf8_next(s, n, &j);
    *l = j - i;
    return cp;
}

static inline int cls_at(const char *s, size_t n, size_t i, size_t *l)
{
    if (i >= n) {
        *l = 0;
        return -1;
    }
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *l = 1;
        return acls(c);
    }
    /* U+00C0..U+027F: Latin letters but for × and ÷ */
    if (c >= 0xC3 && c <= 0xC9 && i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
        *l = 2;
        if (c == 0xC3 && ((unsigned char)s[i + 1] == 0x97 || (unsigned char)s[i + 1] == 0xB7))
            return K_SYM;
        return K_LETTER;
    }
    return ucls(cp_at(s, n, i, l));
}

static inline int is_wordc(int k) { return k == K_LETTER || k == K_MARK || k == K_DIGIT; }

/* the class of the code point that ends at s[i] (exclusive) */
static int cls_before(const char *s, size_t i)
{
    if (i == 0)
        return -1;
    size_t j = i - 1;
    while (j > 0 && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80)
        j--;
    size_t l;
    int k = cls_at(s, i, j, &l);
    return j + l == i ? k : K_SYM;
}

/* ---- abbreviations --------------------------------------------------- */

enum {
    AB_CS  = 1,
    AB_EN  = 2,
    AB_NUM = 4, /* only before a number: "No. 5", "Jan. 5", "r. 2020" */
    AB_END = 8  /* may end a sentence: "atd.", "Inc.", "U.S.", "s.r.o." */
};

typedef struct {
    const char *s; /* lower case, final dot included */
    size_t      n;
    int         fl;
} abbrev;

#define AB(s, fl) { s, sizeof(s) - 1, fl }

static const abbrev ABBREVS[] = {
    /* Czech */
    AB("např.", AB_CS), AB("tzv.", AB_CS), AB("mj.", AB_CS), AB("atd.", AB_CS | AB_END),
    AB("atp.", AB_CS | AB_END), AB("resp.", AB_CS), AB("tj.", AB_CS), AB("tzn.", AB_CS),
    AB("s.r.o.", AB_CS | AB_END), AB("a.s.", AB_CS | AB_END), AB("spol.", AB_CS | AB_END), AB("k.s.", AB_CS | AB_END),
    AB("v.o.s.", AB_CS | AB_END), AB("o.p.s.", AB_CS | AB_END), AB("z.s.", AB_CS | AB_END), AB("č.", AB_CS),
    AB("čís.", AB_CS), AB("odd.", AB_CS), AB("odst.", AB_CS), AB("písm.", AB_CS),
    AB("sb.", AB_CS | AB_END), AB("str.", AB_CS), AB("obr.", AB_CS), AB("tab.", AB_CS),
    AB("kap.", AB_CS), AB("ing.", AB_CS), AB("mgr.", AB_CS), AB("bc.", AB_CS),
    AB("doc.", AB_CS), AB("judr.", AB_CS), AB("mudr.", AB_CS), AB("phdr.", AB_CS),
    AB("rndr.", AB_CS), AB("paeddr.", AB_CS), AB("csc.", AB_CS | AB_END), AB("drsc.", AB_CS | AB_END),
    AB("ph.d.", AB_CS | AB_EN | AB_END), AB("dr.", AB_CS | AB_EN), AB("prof.", AB_CS | AB_EN),
    AB("gen.", AB_CS | AB_EN), AB("genmjr.", AB_CS), AB("genpor.", AB_CS),
    AB("arm.", AB_CS), AB("plk.", AB_CS), AB("pplk.", AB_CS), AB("mjr.", AB_CS),
    AB("kpt.", AB_CS), AB("npor.", AB_CS), AB("por.", AB_CS), AB("rtm.", AB_CS),
    AB("tis.", AB_CS | AB_END), AB("mil.", AB_CS | AB_END), AB("mld.", AB_CS | AB_END), AB("bil.", AB_CS | AB_END),
    AB("apod.", AB_CS | AB_END), AB("aj.", AB_CS | AB_END), AB("popř.", AB_CS), AB("příp.", AB_CS),
    AB("min.", AB_CS | AB_END), AB("max.", AB_CS | AB_END), AB("hod.", AB_CS | AB_END), AB("ul.", AB_CS),
    AB("nám.", AB_CS), AB("sv.", AB_CS), AB("st.", AB_CS | AB_EN), AB("zn.", AB_CS),
    AB("vč.", AB_CS), AB("cca.", AB_CS), AB("tel.", AB_CS), AB("př.", AB_CS),
    AB("zák.", AB_CS), AB("nar.", AB_CS), AB("zvl.", AB_CS), AB("předs.", AB_CS),
    AB("místopředs.", AB_CS), AB("ml.", AB_CS), AB("pí.", AB_CS), AB("p.", AB_CS),
    AB("tr.", AB_CS), AB("ods.", AB_CS), AB("rozh.", AB_CS), AB("sp.", AB_CS),
    AB("zkr.", AB_CS), AB("angl.", AB_CS), AB("lat.", AB_CS), AB("čes.", AB_CS),
    AB("s.", AB_CS | AB_NUM), AB("r.", AB_CS | AB_NUM),
    /* English */
    AB("mr.", AB_EN), AB("mrs.", AB_EN), AB("ms.", AB_EN), AB("inc.", AB_EN | AB_END),
    AB("ltd.", AB_EN | AB_END), AB("corp.", AB_EN | AB_END), AB("co.", AB_EN | AB_END), AB("e.g.", AB_EN),
    AB("i.e.", AB_EN), AB("etc.", AB_EN | AB_CS | AB_END), AB("vs.", AB_EN | AB_CS),
    AB("u.s.", AB_EN | AB_END), AB("u.k.", AB_EN | AB_END), AB("e.u.", AB_EN | AB_END), AB("u.n.", AB_EN | AB_END),
    AB("a.m.", AB_EN | AB_END), AB("p.m.", AB_EN | AB_END), AB("jan.", AB_EN | AB_NUM),
    AB("feb.", AB_EN), AB("mar.", AB_EN | AB_NUM), AB("apr.", AB_EN), AB("jun.", AB_EN),
    AB("jul.", AB_EN), AB("aug.", AB_EN), AB("sep.", AB_EN), AB("sept.", AB_EN),
    AB("oct.", AB_EN), AB("nov.", AB_EN), AB("dec.", AB_EN), AB("col.", AB_EN),
    AB("sen.", AB_EN), AB("rep.", AB_EN), AB("no.", AB_EN | AB_NUM), AB("nos.", AB_EN | AB_NUM),
    AB("lt.", AB_EN), AB("maj.", AB_EN), AB("capt.", AB_EN), AB("sgt.", AB_EN),
    AB("gov.", AB_EN), AB("pres.", AB_EN), AB("jr.", AB_EN | AB_END), AB("sr.", AB_EN | AB_END),
    AB("approx.", AB_EN), AB("dept.", AB_EN), AB("est.", AB_EN), AB("fig.", AB_EN),
    AB("al.", AB_EN), AB("ave.", AB_EN), AB("mt.", AB_EN), AB("adm.", AB_EN),
    AB("brig.", AB_EN), AB("cmdr.", AB_EN), AB("supt.", AB_EN), AB("vol.", AB_EN),
    AB("pp.", AB_EN), AB("cf.", AB_EN), AB("viz.", AB_EN), AB("gov't.", AB_EN),
};

static int lang_bits(stp_lang lang)
{
    return lang == STP_LANG_CS ? AB_CS : lang == STP_LANG_EN ? AB_EN : AB_CS | AB_EN;
}

/* a cheap first test, as most words before a dot are no abbreviation: bit
 * m of ab_filter[c] says some entry starts with byte c and is m bytes
 * long. Built once, read-only afterwards. */
static uint16_t ab_filter[256];
static pthread_once_t ab_once = PTHREAD_ONCE_INIT;

#define NABBREVS (sizeof ABBREVS / sizeof ABBREVS[0])
/* the entries by first byte, in table order within each byte:
   ab_order[ab_start[c] .. ab_start[c + 1]) */
static uint16_t ab_start[257];
static uint16_t ab_order[NABBREVS];

static void ab_filter_init(void)
{
    for (size_t k = 0; k < NABBREVS; k++) {
        unsigned char c = (unsigned char)ABBREVS[k].s[0];
        if (ABBREVS[k].n < 16)
            ab_filter[c] |= (uint16_t)(1u << ABBREVS[k].n);
        ab_start[c + 1]++;
    }
    for (size_t c = 0; c < 256; c++)
        ab_start[c + 1] += ab_start[c];
    uint16_t fill[256];
    memcpy(fill, ab_start, sizeof fill);
    for (size_t k = 0; k < NABBREVS; k++)
        ab_order[fill[(unsigned char)ABBREVS[k].s[0]]++] = (uint16_t)k;
}

/* the table entry for s[0..n) (final dot included), or NULL */
static const abbrev *abbrev_find(const char *s, size_t n, stp_lang lang)
{
    char low[24];
    size_t m = 0;
    if (n < 2 || n > 16 || s[n - 1] != '.')
        return NULL;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            low[m++] = (char)a_lc(c);
            i++;
        } else {
            int32_t cp = stp_utf8_next(s, n, &i);
            int32_t f = stp_fold_cp(cp, STP_FOLD_CASE);
            if (m + 4 >= sizeof low)
                return NULL;
            m += (size_t)stp_utf8_put(low + m, f);
        }
        if (m + 4 >= sizeof low)
            return NULL;
    }
    pthread_once(&ab_once, ab_filter_init);
    if (m > 15 || !(ab_filter[(unsigned char)low[0]] & (1u << m)))
        return NULL;
    int bits = lang_bits(lang);
    unsigned char c0 = (unsigned char)low[0];
    for (size_t k = ab_start[c0]; k < ab_start[c0 + 1]; k++) {
        const abbrev *a = &ABBREVS[ab_order[k]];
        if (a->n == m && (a->fl & bits) && memcmp(a->s, low, m) == 0)
            return a;
    }
    return NULL;
}

int stp_tok_is_abbrev(const char *s, size_t n, stp_lang lang)
{
    return abbrev_find(s, n, lang) != NULL;
}

/* ---- top-level domains ------------------------------------------------ */

/* ISO 3166 country codes in use as ccTLDs, plus uk, eu, ac, su */
static const char CCTLDS[] =
    "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi "
    "bj bm bn bo br bs bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv "
    "cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ga gd "
    "ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il "
    "im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc "
    "li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu "
    "mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl "
    "pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn "
    "so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz "
    "ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw ";

/* generic TLDs common in news and in threat reports; file extensions such
 * as pdf, exe, zip or js are deliberately not here */
static const char *const GTLDS[] = {
    "com", "net", "org", "info", "gov", "edu", "mil", "int", "biz", "app", "dev",
    "xyz", "online", "site", "top", "club", "onion", "pro", "name", "mobi", "asia",
    "tel", "travel", "jobs", "museum", "aero", "coop", "cat", "arpa", "shop",
    "store", "tech", "cloud", "live", "news", "blog", "link", "click", "space",
    "website", "email", "icu", "vip", "win", "bid", "loan", "men", "work", "life",
    "world", "today", "digital", "agency", "media", "network", "security",
    "systems", "solutions", "services", "support", "host", "hosting", "press",
    "wiki", "lol", "fun", "buzz", "page", "ltd", "group", "company", "global",
    "zone", "one", "run", "tools", "best", "ninja", "guru", "center", "city",
    "cyou", "rest", "sbs", "cfd", "bond", "quest", "monster", "lat", "bar",
    "party", "review", "trade", "date", "faith", "racing", "science", "stream",
    "download", "gdn", "kim", "eus", "cyber", "microsoft", "google", "amazon",
    "apple", "africa", "berlin", "london", "moscow", "tokyo", "nyc", "paris",
    "wien", "gmbh", "inc", "llc", "law", "bank", "money", "finance", "capital",
    "help", "chat", "social", "community", "studio", "design", "art", "games",
    "video", "tv", "mail", "cc", "ws", "su",
    "example", "test", "invalid", "localhost", "local", "internal", "lan",
};

/* file extensions: never a TLD, unless a path follows (zip and mov are
 * TLDs too: "evil.zip/x") */
static int is_file_ext(const char *s, size_t n)
{
    static const char *const EXT[] = { "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
                                       "exe", "dll", "zip", "rar", "7z", "js", "html", "htm",
                                       "php", "jpg", "jpeg", "png", "gif", "txt", "csv",
                                       "json", "xml", "mov", "mp4", "bat", "ps1", "vbs",
                                       "lnk", "iso", "msi", "sh", "py", "bin", "dat",
                                       "tmp", "log", "wav", "mp3" };
    for (size_t k = 0; k < sizeof EXT / sizeof EXT[0]; k++) {
        size_t m = strlen(EXT[k]);
        if (m != n)
            continue;
        size_t i = 0;
        while (i < n && a_lc((unsigned char)s[i]) == EXT[k][i])
            i++;
        if (i == n)
            return 1;
    }
    return 0;
}

static int is_tld(const char *s, size_t n)
{
    char low[12];
    if (n < 2 || n > 10)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (!a_alpha((unsigned char)s[i]))
            return 0;
        low[i] = (char)a_lc((unsigned char)s[i]);
    }
    if (n == 2) {
        for (const char *p = CCTLDS; *p; p += 3)
            if (p[0] == low[0] && p[1] == low[1])
                return 1;
        return 0;
    }
    for (size_t k = 0; k < sizeof GTLDS / sizeof GTLDS[0]; k++)
        if (GTLDS[k][0] == low[0] && strlen(GTLDS[k]) == n && memcmp(GTLDS[k], low, n) == 0)
            return 1;
    return 0;
}

/* ---- indicator scanners ----------------------------------------------- */
/* Each takes the text and a start position and returns the end of what
 * it recognised, or 0 (no token starts at 0 and ends there). */

static int lc_prefix(const char *s, size_t n, size_t i, const char *lit)
{
    size_t m = strlen(lit);
    if (n - i < m)
        return 0;
    for (size_t k = 0; k < m; k++)
        if (a_lc((unsigned char)s[i + k]) != lit[k])
            return 0;
    return (int)m;
}

/* a dot between labels, maybe defanged: . [.] (.) {.} [dot] (dot) */
static size_t dot_sep(const char *s, size_t n, size_t i)
{
    if (i >= n)
        return 0;
    if (s[i] == '.')
        return 1;
    static const char *const SEPS[] = { "[.]", "(.)", "{.}", "[dot]", "(dot)", "{dot}" };
    if (s[i] != '[' && s[i] != '(' && s[i] != '{')
        return 0;
    for (size_t k = 0; k < sizeof SEPS / sizeof SEPS[0]; k++) {
        int m = lc_prefix(s, n, i, SEPS[k]);
        if (m)
            return (size_t)m;
    }
    return 0;
}

static size_t dns_label(const char *s, size_t n, size_t i)
{
    size_t j = i;
    while (j < n && (a_alnum((unsigned char)s[j]) || s[j] == '-' || s[j] == '_'))
        j++;
    while (j > i && (s[j - 1] == '-' || s[j - 1] == '_'))
        j--;
    if (j == i || !a_alnum((unsigned char)s[i]) || j - i > 63)
        return 0;
    return j - i;
}

static int url_char(int c)
{
    return c > 0x20 && c < 0x7F && c != '"' && c != '<' && c != '>' && c != '`'
        && c != '\\' && c != '^' && c != '{' && c != '}' && c != '|';
}

/* the rest of a URL from i (after the host or the scheme): printable ASCII
 * and non-ASCII letters, then trailing punctuation and unbalanced closing
 * brackets given back to the text */
static size_t url_rest(const char *s, size_t n, size_t i)
{
    size_t j = i;
    while (j < n) {
        unsigned char c = (unsigned char)s[j];
        if (c < 0x80) {
            if (!url_char(c))
                break;
            j++;
        } else {
            size_t l;
            int k = cls_at(s, n, j, &l);
            if (!is_wordc(k))
                break;
            j += l;
        }
    }
    for (;;) {
        if (j <= i)
            return i;
        char c = s[j - 1];
        if (strchr(".,;:!?'*", c)) {
            j--;
            continue;
        }
        if (c == ')' || c == ']') {
            char open = c == ')' ? '(' : '[';
            int bal = 0;
            for (size_t k = i; k < j; k++)
                bal += s[k] == open ? 1 : s[k] == c ? -1 : 0;
            if (bal < 0) {
                j--;
                continue;
            }
        }
        return j;
    }
}

/* a domain name from i: labels and dots (maybe defanged), the last label a
 * known TLD. The longest such prefix wins ("example.com.Then" stops after
 * com). A TLD must be lower case, or two upper-case letters: so that
 * "attack.It" (a missing space) and "ASP.NET" are not domains. Once a dot
 * was defanged ("update-mail[.]example") no prose is meant: any last label
 * of letters will do. */
static size_t scan_domain(const char *s, size_t n, size_t i)
{
    size_t best = 0, j = i;
    int labels = 0, alpha_label = 0, defanged = 0, letters_only;
    for (;;) {
        size_t l = dns_label(s, n, j);
        if (!l)
            break;
        labels++;
        int has_alpha = 0, all_lower = 1, all_upper = 1;
        letters_only = 1;
        for (size_t k = j; k < j + l; k++) {
            unsigned char c = (unsigned char)s[k];
            has_alpha |= a_alpha(c);
            letters_only &= a_alpha(c);
            if (a_upper(c))
                all_lower = 0;
            if (a_lower(c))
                all_upper = 0;
        }
        alpha_label |= has_alpha;
        int path = j + l + 1 < n && s[j + l] == '/' && url_char((unsigned char)s[j + l + 1]);
        if (labels >= 2 && alpha_label && (path || !is_file_ext(s + j, l))
            && ((is_tld(s + j, l) && (all_lower || (all_upper && l == 2)))
                || (path && (l == 3 && (lc_prefix(s, n, j, "zip") || lc_prefix(s, n, j, "mov"))))
                || (defanged && letters_only && l >= 2 && l <= 24)))
            best = j + l;
        j += l;
        size_t d = dot_sep(s, n, j);
        defanged |= d > 1;
        if (!d || j + d >= n || !a_alnum((unsigned char)s[j + d]))
            break;
        j += d;
    }
    /* not followed by more word: "example.comx" is not a domain */
    if (best && best < n) {
        size_t l;
        int k = cls_at(s, n, best, &l);
        if (is_wordc(k) || s[best] == '-' || s[best] == '@')
            return 0;
    }
    return best;
}

/* after a host: ":port" and a path make it a URL without a scheme */
static size_t host_tail(const char *s, size_t n, size_t j)
{
    if (j + 1 < n && s[j] == ':' && a_digit((unsigned char)s[j + 1])) {
        size_t k = j + 1;
        while (k < n && a_digit((unsigned char)s[k]) && k - j <= 5)
            k++;
        if (k >= n || !a_alnum((unsigned char)s[k]))
            j = k;
    }
    if (j + 1 < n && s[j] == '/' && url_char((unsigned char)s[j + 1]))
        j = url_rest(s, n, j);
    return j;
}

static size_t scan_url(const char *s, size_t n, size_t i)
{
    static const char *const SCHEMES[] = { "https", "http", "hxxps", "hxxp", "hxxxs",
                                           "ftps", "ftp", "sftp", "fxp", "fxps" };
    size_t j = 0;
    for (size_t k = 0; k < sizeof SCHEMES / sizeof SCHEMES[0]; k++) {
        int m = lc_prefix(s, n, i, SCHEMES[k]);
        if (m) {
            j = i + (size_t)m;
            break;
        }
    }
    if (!j)
        return 0;
    static const char *const SEPS[] = { "://", "[://]", "[:]//", "(:)//", "[:/]/" };
    size_t k0 = j;
    for (size_t k = 0; k < sizeof SEPS / sizeof SEPS[0]; k++) {
        int m = lc_prefix(s, n, j, SEPS[k]);
        if (m) {
            j += (size_t)m;
            break;
        }
    }
    if (j == k0 || j >= n || !url_char((unsigned char)s[j]))
        return 0;
    size_t e = url_rest(s, n, j);
    return e > j ? e : 0;
}

static size_t scan_email(const char *s, size_t n, size_t i)
{
    size_t j = i;
    while (j < n && (a_alnum((unsigned char)s[j]) || strchr("._%+-", s[j]) ) && s[j])
        j++;
    while (j > i && s[j - 1] == '.')
        j--;
    if (j == i || j >= n)
        return 0;
    size_t at = 0;
    static const char *const ATS[] = { "@", "[@]", "(@)", "[at]", "(at)", "{at}" };
    for (size_t k = 0; k < sizeof ATS / sizeof ATS[0]; k++) {
        int m = lc_prefix(s, n, j, ATS[k]);
        if (m) {
            at = (size_t)m;
            break;
        }
    }
    if (!at)
        return 0;
    return scan_domain(s, n, j + at);
}

static size_t scan_ipv4(const char *s, size_t n, size_t i)
{
    size_t j = i;
    for (int part = 0; part < 4; part++) {
        if (part) {
            size_t d = dot_sep(s, n, j);
            if (!d)
                return 0;
            j += d;
        }
        unsigned v = 0;
        size_t k = j;
        while (k < n && a_digit((unsigned char)s[k]) && k - j < 4)
            v = v * 10 + (unsigned)(s[k++] - '0');
        if (k == j || k - j > 3 || v > 255)
            return 0;
        j = k;
    }
    /* not part of a longer dotted number or word */
    if (j < n && (a_alnum((unsigned char)s[j])
                  || (s[j] == '.' && j + 1 < n && a_digit((unsigned char)s[j + 1]))))
        return 0;
    if (j + 1 < n && s[j] == '/' && a_digit((unsigned char)s[j + 1])) { /* CIDR */
        size_t k = j + 1;
        unsigned v = 0;
        while (k < n && a_digit((unsigned char)s[k]) && k - j < 4)
            v = v * 10 + (unsigned)(s[k++] - '0');
        if (v <= 32 && (k >= n || !a_alnum((unsigned char)s[k])))
            return k;
    }
    return host_tail(s, n, j);
}

/* IPv6: hex groups and colons with one "::", or eight groups; so that
 * times (10:30:45) do not qualify */
static size_t scan_ipv6(const char *s, size_t n, size_t i)
{
    size_t j = i, end = 0;
    int groups = 0, dbl = 0;
    for (;;) {
        size_t k = j;
        while (k < n && a_hex((unsigned char)s[k]) && k - j <= 4)
            k++;
        if (k - j > 4)
            return 0;
        if (k == j)
            break; /* nothing after "::" */
        groups++;
        end = j = k;
        if (j + 1 < n && s[j] == ':' && s[j + 1] == ':') {
            if (dbl)
                return 0;
            dbl = 1;
            end = j += 2;
            continue;
        }
        if (j + 1 < n && s[j] == ':' && a_hex((unsigned char)s[j + 1])) {
            j++;
            continue;
        }
        break;
    }
    if (groups > 8 || (!dbl && groups != 8) || (dbl && groups < 2))
        return 0;
    if (end < n && (a_alnum((unsigned char)s[end]) || s[end] == ':'))
        return 0;
    return end;
}

/* CVE-2023-23397 */
static size_t scan_cve(const char *s, size_t n, size_t i)
{
    if (!lc_prefix(s, n, i, "cve-"))
        return 0;
    size_t j = i + 4, k = j;
    while (k < n && a_digit((unsigned char)s[k]))
        k++;
    if (k - j != 4 || k >= n || s[k] != '-')
        return 0;
    j = ++k;
    while (k < n && a_digit((unsigned char)s[k]))
        k++;
    if (k - j < 4 || (k < n && a_alnum((unsigned char)s[k])))
        return 0;
    return k;
}

/* the indicator starting at i (an ASCII letter or digit), or 0 */
static size_t scan_ioc(const char *s, size_t n, size_t i)
{
    size_t r = i;
    int hex = 1;
    while (r < n && a_alnum((unsigned char)s[r])) {
        hex &= a_hex((unsigned char)s[r]);
        r++;
    }
    size_t run = r - i;
    if (r >= n)
        goto hash;
    {
        size_t l;
        int k = cls_at(s, n, r, &l);
        if (k == K_LETTER || k == K_MARK || k == K_DIGIT)
            return 0; /* a word going on in non-ASCII letters */
    }
    size_t e = 0;
    switch (s[r]) {
    case ':':
        if (run <= 5 && (e = scan_url(s, n, i)))
            return e;
        if (hex && (e = scan_ipv6(s, n, i)))
            return e;
        break;
    case '[':
        if (run <= 5 && (e = scan_url(s, n, i)))
            return e;
        /* fall through */
    case '.':
        if (s[r] == '.' && (r + 1 >= n || !a_alnum((unsigned char)s[r + 1])))
            break; /* "word. ": nothing follows the dot */
        /* fall through */
    case '(': case '{': case '@': case '-': case '_': case '%': case '+':
        if (s[r] == '-' && run == 3 && (e = scan_cve(s, n, i)))
            return e;
        if ((e = scan_email(s, n, i)))
            return e;
        if (a_digit((unsigned char)s[i]) && (e = scan_ipv4(s, n, i)))
            return e;
        if ((e = scan_domain(s, n, i)))
            return host_tail(s, n, e);
        break;
    default:
        break;
    }
hash:
    if (hex && (run == 32 || run == 40 || run == 64 || run == 128))
        return r;
    return 0;
}

/* ---- words and numbers ------------------------------------------------ */

static inline int is_apos(const char *s, size_t n, size_t i, size_t *l)
{
    if (i < n && s[i] == '\'') {
        *l = 1;
        return 1;
    }
    if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80
        && (unsigned char)s[i + 2] == 0x99) { /* U+2019 */
        *l = 3;
        return 1;
    }
    return 0;
}

static inline int is_hyphen(const char *s, size_t n, size_t i, size_t *l)
{
    if (i < n && s[i] == '-') {
        *l = 1;
        return 1;
    }
    if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80
        && ((unsigned char)s[i + 2] == 0x90 || (unsigned char)s[i + 2] == 0x91)) {
        *l = 3; /* U+2010, U+2011 */
        return 1;
    }
    return 0;
}

/* 's (or ’s) not followed by a letter: a possessive */
static size_t poss_len(const char *s, size_t n, size_t i)
{
    size_t l, l2;
    if (!is_apos(s, n, i, &l) || i + l >= n || (s[i + l] != 's' && s[i + l] != 'S'))
        return 0;
    int k = cls_at(s, n, i + l + 1, &l2);
    if (k == K_LETTER || k == K_MARK || k == K_DIGIT)
        return 0;
    return l + 1;
}

/* letters, marks and digits, with inner hyphens and apostrophes */
static size_t scan_word(const char *s, size_t n, size_t i, int *hyphen)
{
    size_t j = i;
    int last_digit = 0, letters = 0;
    for (;;) {
        /* ASCII fast path */
        while (j < n && a_alnum((unsigned char)s[j])) {
            last_digit = a_digit((unsigned char)s[j]);
            letters |= !last_digit;
            j++;
        }
        if (j >= n)
            break;
        size_t l, l2;
        int k = cls_at(s, n, j, &l);
        if (is_wordc(k)) {
            last_digit = k == K_DIGIT;
            letters |= k != K_DIGIT;
            j += l;
            continue;
        }
        if (k == K_FORMAT && is_wordc(cls_at(s, n, j + l, &l2))) {
            j += l; /* soft hyphen, zero-width joiner inside a word */
            continue;
        }
        if (is_hyphen(s, n, j, &l) && is_wordc(cls_at(s, n, j + l, &l2))) {
            *hyphen = 1;
            j += l;
            continue;
        }
        if (s[j] == '_' && j + 1 < n && a_alnum((unsigned char)s[j + 1])) {
            j++; /* NUKIB_CZ, user_name */
            continue;
        }
        if (is_apos(s, n, j, &l) && !poss_len(s, n, j)
            && cls_at(s, n, j + l, &l2) == K_LETTER) {
            j += l; /* O'Brien, don't */
            continue;
        }
        if (s[j] == '(' && last_digit && letters) { /* NoName057(16) */
            size_t k2 = j + 1;
            while (k2 < n && a_digit((unsigned char)s[k2]))
                k2++;
            if (k2 > j + 1 && k2 < n && s[k2] == ')') {
                j = k2 + 1;
                last_digit = 0;
                continue;
            }
        }
        break;
    }
    return j;
}

/* digits with inner . , : between digits (3.5, 1,5, 2.3.4, 10:30) */
static size_t scan_number(const char *s, size_t n, size_t i)
{
    size_t j = i;
    for (;;) {
        while (j < n && a_digit((unsigned char)s[j]))
            j++;
        if (j + 1 < n && (s[j] == '.' || s[j] == ',' || s[j] == ':')
            && a_digit((unsigned char)s[j + 1])) {
            j++;
            continue;
        }
        return j;
    }
}

/* abbreviations with inner dots: s.r.o., U.S., e.g., Ph.D. Segments of up
 * to three letters; a known one, or single letters only (U.S.A.). */
static size_t scan_dotted(const char *s, size_t n, size_t i, stp_lang lang)
{
    size_t j = i, best = 0;
    int segs = 0, singles = 1;
    while (j < n && segs < 6) {
        size_t k = j, l;
        int letters = 0;
        while (k < n && cls_at(s, n, k, &l) == K_LETTER && letters < 4) {
            k += l;
            letters++;
        }
        if (!letters || letters > 3 || k >= n || s[k] != '.')
            break;
        segs++;
        singles &= letters == 1;
        j = k + 1;
        if (segs >= 2 && (singles || abbrev_find(s + i, j - i, lang)))
            best = j;
        if (j < n && s[j] == ' ')
            break;
    }
    if (!best)
        return 0;
    /* not followed by a letter: "a.s.a" is not one */
    size_t l;
    if (best < n && is_wordc(cls_at(s, n, best, &l)))
        return 0;
    return best;
}

/* ---- the tokeniser ----------------------------------------------------- */

void stp_tok_init(stp_tokenizer *t, const char *text, size_t len, stp_lang lang)
{
    t->text = text;
    t->len = len;
    t->pos = 0;
    t->cp = 0;
    t->lang = lang;
}

/* the case of a letter in U+00C0..U+017F (Latin-1 and Latin Extended-A,
 * which Czech needs): 1 upper, 0 lower */
static inline int latin_upper(int32_t cp)
{
    if (cp < 0x100)
        return cp < 0xDF;
    if (cp < 0x138)
        return !(cp & 1);
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F)
        return 0;
    if (cp < 0x149 || (cp >= 0x179 && cp < 0x17F))
        return cp & 1;
    return cp == 0x178 || !(cp & 1);
}

/* code points, case and digits of the token's bytes */
static void tok_finish(stp_tokenizer *t, stp_token *tok)
{
    const char *s = t->text;
    size_t i = tok->b0, cps = 0;
    int ascii = 1, upper = 0, lower = 0, digit = 0, first = -1, plain = 1;
    while (i < tok->b1) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (a_upper(c)) {
                upper = 1;
                if (first < 0)
                    first = 1;
            } else if (a_lower(c)) {
                lower = 1;
                if (first < 0)
                    first = 0;
            } else if (a_digit(c)) {
                digit = 1;
            } else {
                plain = 0;
            }
            i++;
        } else {
            ascii = 0;
            int32_t cp = stp_utf8_next(s, tok->b1, &i);
            if (cp >= 0xC0 && cp < 0x180 && cp != 0xD7 && cp != 0xF7) {
                int up = latin_upper(cp);
                upper |= up;
                lower |= !up;
                if (first < 0)
                    first = up;
                cps++;
                continue;
            }
            plain = 0;
            utf8proc_category_t cat = utf8proc_category(cp);
            if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) {
                upper = 1;
                if (first < 0)
                    first = 1;
            } else if (cat == UTF8PROC_CATEGORY_LL) {
                lower = 1;
                if (first < 0)
                    first = 0;
            } else if (cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_LM) {
                if (first < 0)
                    first = 0;
            } else if (cat == UTF8PROC_CATEGORY_ND) {
                digit = 1;
            }
        }
        cps++;
    }
    tok->c0 = t->cp;
    tok->c1 = t->cp + cps;
    if (ascii)
        tok->flags |= STP_TF_ASCII;
    if (upper && !lower)
        tok->flags |= STP_TF_UPPER;
    if (first == 1)
        tok->flags |= STP_TF_CAP;
    if (digit)
        tok->flags |= STP_TF_DIGIT;
    if (plain)
        tok->flags |= STP_TF_PLAIN;
    t->pos = tok->b1;
    t->cp = tok->c1;
}

/* does a number follow s[i..) after spaces? */
static int number_follows(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i < n && a_digit((unsigned char)s[i]);
}

int stp_tok_next(stp_tokenizer *t, stp_token *tok)
{
    const char *s = t->text;
    size_t n = t->len, i = t->pos, cp = t->cp;
    unsigned flags = i == 0 ? STP_TF_SPACE : 0;
    int lines = 0;

    /* white space; a blank line is a paragraph break */
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t') {
            flags |= STP_TF_SPACE;
            i++;
            cp++;
            continue;
        }
        if (c == '\n' || c == '\r') {
            flags |= STP_TF_SPACE | STP_TF_NEWLINE;
            if (!(c == '\n' && i > 0 && s[i - 1] == '\r'))
                lines++;
            i++;
            cp++;
            continue;
        }
        if (c < 0x80 && !(ACL[c] & A_BREAK))
            break; /* letters, digits, . - ' ( [ ... */
        size_t l;
        int k = cls_at(s, n, i, &l);
        if (k == K_SPACE || k == K_NL) {
            flags |= STP_TF_SPACE;
            if (k == K_NL) {
                flags |= STP_TF_NEWLINE;
                lines += (c == 0xE2 && (unsigned char)s[i + 2] == 0xA9) ? 2 : 1; /* U+2029 */
            }
        } else if (k == K_FORMAT) {
            /* zero-width characters between tokens belong to none */
        } else {
            break;
        }
        i += l;
        cp++;
    }
    if (lines >= 2)
        flags |= STP_TF_PARA;
    t->pos = i;
    t->cp = cp;
    if (i >= n)
        return 0;

    tok->b0 = i;

    /* fast path: a run of ASCII letters and digits and of the Latin letters
     * U+00C0..U+017F (Czech), ended by a space or a punctuation mark that
     * needs no second look: the general path would find the same token
     * (scan_ioc gives up on a run that goes on in non-ASCII letters) */
    unsigned char c0 = (unsigned char)s[i];
    if (c0 < 0x80 ? (ACL[c0] & (A_UP | A_LO | A_DIG)) != 0 : (c0 >= 0xC3 && c0 <= 0xC5)) {
        size_t j = i, nx = 0;
        unsigned bits = 0, allhex = A_HEX;
#if defined(__SSE2__)
        /* an ASCII word shorter than 16 bytes, ended by an ASCII byte (most
           words): its end and classes from sixteen bytes at once, no branch
           per byte; anything else goes the byte-by-byte way below */
        if (c0 < 0x80 && n - i >= 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            __m128i lc = _mm_or_si128(v, _mm_set1_epi8(0x20));
            __m128i let = _mm_and_si128(_mm_cmpgt_epi8(lc, _mm_set1_epi8('a' - 1)),
                                        _mm_cmplt_epi8(lc, _mm_set1_epi8('z' + 1)));
            __m128i dig = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                        _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
            unsigned mlet = (unsigned)_mm_movemask_epi8(let);
            unsigned mdig = (unsigned)_mm_movemask_epi8(dig);
            unsigned stop = ~(mlet | mdig) & 0xFFFFu;
            if (stop) {
                unsigned p = (unsigned)__builtin_ctz(stop);
                if ((unsigned char)s[i + p] < 0x80) {
                    unsigned keep = (1u << p) - 1;
                    unsigned mup = (unsigned)_mm_movemask_epi8(
                        _mm_and_si128(let, _mm_cmplt_epi8(v, _mm_set1_epi8('a'))));
                    bits = (mup & keep ? A_UP : 0) | (mlet & ~mup & keep ? A_LO : 0)
                         | (mdig & keep ? A_DIG : 0);
                    allhex = 0;   /* no hash is shorter than 16 bytes */
                    j = i + p;
                }
            }
        }
        if (j == i)
#endif
        while (j < n) {
            unsigned char b = (unsigned char)s[j];
            if (b < 0x80) {
                if (!(ACL[b] & (A_UP | A_LO | A_DIG)))
                    break;
                bits |= ACL[b];
                allhex &= ACL[b];
                j++;
                continue;
            }
            if (b < 0xC3 || b > 0xC5 || j + 1 >= n)
                break;
            unsigned char b2 = (unsigned char)s[j + 1];
            if ((b2 & 0xC0) != 0x80 || (b == 0xC3 && (b2 == 0x97 || b2 == 0xB7)))
                break;   /* not a continuation byte; x and / signs */
            bits |= latin_upper(((b & 0x1F) << 6) | (b2 & 0x3F)) ? A_UP : A_LO;
            allhex = 0;
            nx++;
            j += 2;
        }
        unsigned char c2 = j < n ? (unsigned char)s[j] : ' ';
        if (c2 < 0x80 && (ACL[c2] & A_BREAK)
            && !(c2 == ',' && j + 1 < n && a_digit((unsigned char)s[j + 1]))) {
            size_t m = j - i - nx;
            tok->b1 = j;
            tok->c0 = cp;
            tok->c1 = cp + m;
            if (!(bits & (A_UP | A_LO)))
                tok->kind = STP_TOK_NUM;
            else if (allhex && (m == 32 || m == 40 || m == 64 || m == 128))
                tok->kind = STP_TOK_IOC;
            else
                tok->kind = STP_TOK_WORD;
            flags |= STP_TF_PLAIN | (nx ? 0 : STP_TF_ASCII);
            if (bits & A_DIG)
                flags |= STP_TF_DIGIT;
            if ((bits & A_UP) && !(bits & A_LO))
                flags |= STP_TF_UPPER;
            if (bits & A_UP) {
                size_t f = i;
                while (a_digit((unsigned char)s[f]))
                    f++;
                unsigned char b = (unsigned char)s[f];
                if (b < 0x80 ? a_upper(b)
                             : latin_upper((((unsigned)b & 0x1F) << 6) | ((unsigned char)s[f + 1] & 0x3F)))
                    flags |= STP_TF_CAP;
            }
            tok->flags = (uint16_t)flags;
            t->pos = j;
            t->cp = cp + m;
            return 1;
        }
    }

    tok->kind = STP_TOK_PUNCT;
    size_t e = 0, l = 1;
    unsigned char c = (unsigned char)s[i];
    int k = c < 0x80 ? acls(c) : cls_at(s, n, i, &l);

    if (c < 0x80 && a_alnum(c) && (e = scan_ioc(s, n, i))) {
        tok->kind = STP_TOK_IOC;
    } else if (k == K_LETTER || k == K_MARK || k == K_DIGIT) {
        int hyphen = 0;
        if (k == K_DIGIT && c < 0x80) {
            e = scan_number(s, n, i);
            size_t l2, d = i;
            while (d < e && a_digit((unsigned char)s[d]))
                d++;
            int k2 = cls_at(s, n, e, &l2);
            if ((k2 == K_LETTER || k2 == K_MARK || (e < n && s[e] == '_')) && d == e)
                e = scan_word(s, n, i, &hyphen); /* 5G, 3CX, 10th */
            else
                tok->kind = STP_TOK_NUM; /* 1.5bn: the number, then bn */
        }
        if (tok->kind != STP_TOK_NUM) {
            tok->kind = STP_TOK_WORD;
            size_t d = scan_dotted(s, n, i, t->lang);
            if (d) {
                const abbrev *a = abbrev_find(s + i, d - i, t->lang);
                e = d;
                /* U.S.A., J.R.R.: may end a sentence unless listed otherwise */
                flags |= STP_TF_ABBREV | (!a || (a->fl & AB_END) ? STP_TF_ABBREV_END : 0);
            } else {
                e = scan_word(s, n, i, &hyphen);
                if (hyphen)
                    flags |= STP_TF_HYPHEN;
                else if (e < n && s[e] == '.') {
                    const abbrev *a = abbrev_find(s + i, e + 1 - i, t->lang);
                    if (a && (!(a->fl & AB_NUM) || number_follows(s, n, e + 1))) {
                        e++;
                        flags |= STP_TF_ABBREV | (a->fl & AB_END ? STP_TF_ABBREV_END : 0);
                    }
                }
            }
        }
    } else if ((e = poss_len(s, n, i)) && is_wordc(cls_before(s, i))) {
        e += i;
        tok->kind = STP_TOK_POSS;
    } else if (c == '.') {
        e = i + 1;
        if (i + 2 < n && s[i + 1] == '.' && s[i + 2] == '.') {
            e = i + 3;
            while (e < n && s[e] == '.')
                e++;
        }
    } else if (c < 0x80) {
        e = i + 1;
        tok->kind = k == K_SYM ? STP_TOK_SYM : STP_TOK_PUNCT;
    } else {
        e = i + l;
        if (k == K_PUNCT) {
            tok->kind = STP_TOK_PUNCT;
        } else {
            /* a symbol; an emoji keeps its modifiers, variation selectors
             * and zero-width-joined parts */
            tok->kind = STP_TOK_SYM;
            int32_t c1 = cp_at(s, n, i, &l);
            if (c1 >= 0x1F1E6 && c1 <= 0x1F1FF && e < n) { /* a flag: two regional indicators */
                size_t l2;
                int32_t c2 = cp_at(s, n, e, &l2);
                if (c2 >= 0x1F1E6 && c2 <= 0x1F1FF)
                    e += l2;
            }
            while (e < n) {
                size_t l2;
                int32_t nx = cp_at(s, n, e, &l2);
                if (nx == 0xFE0F || nx == 0xFE0E || (nx >= 0x1F3FB && nx <= 0x1F3FF)
                    || nx == 0x20E3 || (nx >= 0xE0020 && nx <= 0xE007F)) {
                    e += l2;
                } else if (nx == 0x200D && e + l2 < n) {
                    size_t l3;
                    int32_t after = cp_at(s, n, e + l2, &l3);
                    if (ucls(after) != K_SYM)
                        break;
                    e += l2 + l3;
                } else {
                    break;
                }
            }
        }
    }
    tok->b1 = e;
    tok->flags = (uint16_t)flags;
    tok_finish(t, tok);
    return 1;
}
