/* langid.c - Czech / English / undetermined (see langid.h) */
#include "langid.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

enum { L_CS = 1, L_SK = 2, L_EN = 4, L_DE = 8, L_PL = 16, L_ROM = 32,
       L_CS_ONLY = 64, L_SK_ONLY = 128 /* letters of one of the two only */ };

typedef struct {
    const char *w;
    int         mask;
} stopword;

/* folded stop words, sorted by bytes (generated once from word lists and
   reviewed; a word may belong to several languages) */
static const stopword stopwords[] = {
    {"a", 23}, {"about", 4}, {"aby", 3}, {"after", 4}, {"against", 4}, {"aj", 2},
    {"ako", 3}, {"al", 32}, {"ale", 19}, {"alebo", 2}, {"all", 4}, {"alla", 32}, {"als", 8},
    {"also", 4}, {"an", 4}, {"anche", 32}, {"and", 4}, {"ani", 3}, {"any", 4}, {"are", 4},
    {"as", 4}, {"at", 4}, {"au", 32}, {"auch", 8}, {"auf", 8}, {"aus", 8}, {"aux", 32},
    {"avec", 32}, {"avsak", 2}, {"be", 4}, {"because", 4}, {"been", 4}, {"behem", 1},
    {"bei", 8}, {"being", 4}, {"bereits", 8}, {"between", 4}, {"bol", 2}, {"bola", 2},
    {"boli", 2}, {"bolo", 2}, {"both", 4}, {"bude", 3}, {"budou", 1}, {"budu", 2},
    {"but", 4}, {"by", 23}, {"byl", 1}, {"byla", 1}, {"byli", 1}, {"bylo", 1}, {"byt", 3},
    {"był", 16}, {"była", 16}, {"było", 16}, {"były", 16}, {"będzie", 16}, {"can", 4},
    {"ce", 32}, {"che", 32}, {"ci", 2}, {"co", 3}, {"como", 32}, {"con", 32}, {"could", 4},
    {"coz", 1}, {"czy", 16}, {"dalsi", 3}, {"dans", 32}, {"das", 8}, {"dass", 8},
    {"dei", 32}, {"del", 32}, {"della", 32}, {"delle", 32}, {"dem", 8}, {"den", 8},
    {"der", 8}, {"des", 40}, {"di", 32}, {"did", 4}, {"die", 8}, {"diky", 1}, {"dla", 16},
    {"dnes", 3}, {"do", 23}, {"does", 4}, {"du", 32}, {"durch", 8}, {"during", 4},
    {"each", 4}, {"ein", 8}, {"eine", 8}, {"einem", 8}, {"einen", 8}, {"einer", 8},
    {"el", 32}, {"elle", 32}, {"en", 32}, {"er", 8}, {"es", 40}, {"est", 32}, {"este", 2},
    {"et", 32}, {"ete", 32}, {"for", 4}, {"from", 4}, {"fue", 32}, {"für", 8},
    {"gdzie", 16}, {"gegen", 8}, {"gli", 32}, {"ha", 32}, {"haben", 8}, {"had", 4},
    {"has", 4}, {"hat", 8}, {"hatte", 8}, {"have", 4}, {"he", 4}, {"her", 4}, {"his", 4},
    {"ho", 3}, {"however", 4}, {"i", 23}, {"iba", 2}, {"ich", 18}, {"if", 4}, {"ihr", 8},
    {"il", 32}, {"im", 8}, {"in", 4}, {"into", 4}, {"is", 4}, {"ist", 8}, {"it", 4},
    {"its", 4}, {"jak", 17}, {"jako", 17}, {"je", 3}, {"jego", 16}, {"jeho", 3},
    {"jej", 19}, {"jeji", 1}, {"jejich", 1}, {"jen", 1}, {"jest", 16}, {"jeste", 1},
    {"jeśli", 16}, {"ji", 1}, {"jiz", 1}, {"jsem", 1}, {"jsme", 1}, {"jsou", 1},
    {"jste", 1}, {"ju", 2}, {"już", 16}, {"k", 3}, {"kde", 3}, {"kdyz", 1}, {"ked", 2},
    {"ktera", 1}, {"ktere", 1}, {"ktereho", 1}, {"kterem", 1}, {"kteri", 1}, {"kterou", 1},
    {"ktery", 1}, {"kterych", 1}, {"kterym", 1}, {"ktora", 18}, {"ktore", 18},
    {"ktoreho", 2}, {"ktori", 2}, {"ktoru", 2}, {"ktory", 18}, {"ktorych", 2}, {"kvoli", 2},
    {"kvuli", 1}, {"la", 32}, {"las", 32}, {"le", 32}, {"lebo", 2}, {"len", 2}, {"les", 32},
    {"let", 1}, {"lo", 32}, {"los", 32}, {"ma", 3}, {"maji", 1}, {"maju", 2}, {"mal", 2},
    {"mala", 2}, {"mali", 2}, {"malo", 2}, {"many", 4}, {"mat", 2}, {"may", 4},
    {"medzi", 2}, {"mel", 1}, {"mela", 1}, {"meli", 1}, {"melo", 1}, {"mene", 1},
    {"menej", 2}, {"mezi", 1}, {"mit", 9}, {"między", 16}, {"mohou", 1}, {"more", 4},
    {"most", 4}, {"moze", 2}, {"mozu", 2}, {"może", 16}, {"można", 16}, {"muze", 1},
    {"na", 19}, {"nach", 8}, {"nad", 19}, {"nas", 3}, {"nebo", 1}, {"nebol", 2},
    {"nebola", 2}, {"nebolo", 2}, {"nebyl", 1}, {"nebyla", 1}, {"nebylo", 1}, {"nejen", 1},
    {"nekolik", 1}, {"nel", 32}, {"neni", 1}, {"new", 4}, {"nez", 1}, {"nicht", 8},
    {"nie", 18}, {"niekolko", 2}, {"no", 4}, {"noch", 8}, {"non", 32}, {"not", 4},
    {"nyni", 1}, {"o", 19}, {"od", 19}, {"oder", 8}, {"of", 4}, {"on", 4}, {"one", 4},
    {"only", 4}, {"ont", 32}, {"or", 4}, {"oraz", 16}, {"other", 4}, {"our", 4},
    {"over", 4}, {"par", 32}, {"para", 32}, {"pas", 32}, {"per", 32}, {"pero", 32},
    {"po", 19}, {"pocas", 2}, {"pod", 19}, {"podczas", 16}, {"podla", 2}, {"podle", 1},
    {"por", 32}, {"pour", 32}, {"pouze", 1}, {"povedal", 2}, {"prave", 3}, {"pre", 2},
    {"pred", 3}, {"preto", 2}, {"pretoze", 2}, {"pri", 3}, {"pro", 1}, {"proti", 3},
    {"proto", 1}, {"protoze", 1}, {"przed", 16}, {"przez", 16}, {"que", 32}, {"qui", 32},
    {"rekl", 1}, {"rokov", 2}, {"roku", 19}, {"rovnez", 1}, {"s", 3}, {"sa", 2},
    {"said", 4}, {"sdelil", 1}, {"se", 33}, {"seit", 8}, {"she", 4}, {"sich", 8},
    {"sie", 24}, {"sind", 8}, {"się", 16}, {"sme", 2}, {"so", 4}, {"som", 2}, {"some", 4},
    {"sono", 32}, {"sowie", 8}, {"ste", 2}, {"su", 34}, {"such", 4}, {"sur", 32},
    {"sus", 32}, {"sve", 1}, {"svoje", 2}, {"svojich", 2}, {"svoju", 2}, {"svou", 1},
    {"svych", 1}, {"są", 16}, {"ta", 3}, {"tak", 3}, {"take", 1}, {"także", 16},
    {"tato", 1}, {"teda", 2}, {"tedy", 1}, {"tego", 16}, {"ten", 3}, {"tento", 1},
    {"teraz", 2}, {"tez", 1}, {"też", 16}, {"than", 4}, {"that", 4}, {"the", 4},
    {"their", 4}, {"them", 4}, {"then", 4}, {"there", 4}, {"these", 4}, {"they", 4},
    {"this", 4}, {"those", 4}, {"ti", 3}, {"tie", 3}, {"tiez", 2}, {"tim", 1}, {"to", 23},
    {"tohoto", 1}, {"tom", 3}, {"tomto", 1}, {"toto", 1}, {"two", 4}, {"ty", 1},
    {"tylko", 16}, {"tym", 2}, {"tyto", 1}, {"un", 32}, {"una", 32}, {"und", 8},
    {"under", 4}, {"une", 32}, {"unter", 8}, {"us", 4}, {"uvedl", 1}, {"uvedla", 1},
    {"uviedol", 2}, {"uz", 3}, {"v", 3}, {"vas", 3}, {"vdaka", 2}, {"ve", 1}, {"viac", 2},
    {"vice", 1}, {"vo", 2}, {"vom", 8}, {"von", 8}, {"vsak", 3}, {"vsechny", 1},
    {"vsetky", 2}, {"w", 16}, {"was", 4}, {"we", 4}, {"werden", 8}, {"were", 4},
    {"what", 4}, {"when", 4}, {"which", 4}, {"while", 4}, {"who", 4}, {"wie", 8},
    {"will", 4}, {"wir", 8}, {"wird", 8}, {"with", 4}, {"więc", 16}, {"would", 4},
    {"wurde", 8}, {"y", 32}, {"you", 4}, {"z", 19}, {"za", 19}, {"zadne", 1}, {"zadny", 1},
    {"zatial", 2}, {"zatim", 1}, {"zda", 1}, {"ze", 16}, {"ziadne", 2}, {"ziadny", 2},
    {"zo", 2}, {"został", 16}, {"została", 16}, {"zu", 8}, {"zum", 8}, {"zur", 8},
    {"über", 8}, {"że", 16},
};

static int cmp_word(const void *key, const void *elem)
{
    return strcmp((const char *)key, ((const stopword *)elem)->w);
}

static int lookup(const char *w)
{
    const stopword *s = bsearch(w, stopwords, sizeof stopwords / sizeof stopwords[0],
                                sizeof stopwords[0], cmp_word);
    return s ? s->mask : 0;
}

/* Czech and Slovak letters with diacritics folded to ASCII (lower case
   input); 0 = keep */
static char fold_cp(int32_t cp)
{
    switch (cp) {
    case 0xE1: return 'a';  case 0xE9: return 'e';  case 0xED: return 'i';
    case 0xF3: return 'o';  case 0xFA: return 'u';  case 0xFD: return 'y';
    case 0x10D: return 'c'; case 0x10F: return 'd'; case 0x11B: return 'e';
    case 0x148: return 'n'; case 0x159: return 'r'; case 0x161: return 's';
    case 0x165: return 't'; case 0x17E: return 'z'; case 0x16F: return 'u';
    case 0xF4: return 'o';  case 0x13E: return 'l'; case 0x13A: return 'l';
    case 0x155: return 'r';
    default: return 0;
    }
}

/* which languages a letter points to */
static int letter_langs(int32_t cp)
{
    switch (cp) {
    case 0x11B: case 0x159: case 0x16F:
        return L_CS | L_CS_ONLY;
    case 0x10D: case 0x161: case 0x17E: case 0xFD: case 0xE1: case 0xED:
    case 0xE9: case 0xFA: case 0x148: case 0x165: case 0x10F:
        return L_CS | L_SK;
    case 0xF4: case 0x13E: case 0x13A: case 0x155:
        return L_SK | L_SK_ONLY;
    case 0xE4:
        return L_SK | L_SK_ONLY | L_DE;
    case 0x105: case 0x119: case 0x142: case 0x15B: case 0x17A: case 0x17C:
    case 0x107: case 0x144:
        return L_PL;
    case 0xDF: case 0xF6: case 0xFC:
        return L_DE;
    case 0xE0: case 0xE8: case 0xEA: case 0xE7: case 0xF1: case 0xF2:
    case 0xF9: case 0xE2: case 0xEE: case 0xFB: case 0xEB: case 0xEF:
        return L_ROM;
    default:
        return 0;
    }
}

static int ends_with(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n > k + 1 && memcmp(w + n - k, suf, k) == 0;
}

static void add(stp_langid_scores *sc, int mask, double v)
{
    if (mask & L_CS) sc->cs += v;
    if (mask & L_SK) sc->sk += v;
    if (mask & L_EN) sc->en += v;
    if (mask & L_DE) sc->de += v;
    if (mask & L_PL) sc->pl += v;
    if (mask & L_ROM) sc->rom += v;
    if (mask & (L_CS | L_SK)) sc->csk += v;
    if ((mask & (L_CS | L_SK)) == (L_CS | L_SK)) sc->shared += v;
}

static void score_word(stp_langid_scores *sc, const char *w, size_t n, int letters)
{
    sc->words++;
    int m = lookup(w);
    if (m)
        add(sc, m, 1.0);
    /* letters: half a point per language per word */
    if (letters) {
        add(sc, letters & (L_EN | L_DE | L_PL | L_ROM), 0.5);
        if (letters & (L_CS | L_SK)) {
            sc->csk += 0.5;
            if (letters & L_CS_ONLY)
                sc->cs += 0.5;
            if (letters & L_SK_ONLY)
                sc->sk += 0.5;
        }
    }
    if (ends_with(w, n, "ych") || ends_with(w, n, "eho") || ends_with(w, n, "emu")
        || ends_with(w, n, "ovi") || ends_with(w, n, "nost")) {
        sc->csk += 0.25;
        sc->cs += 0.25;
        sc->sk += 0.25;
        sc->shared += 0.25;
    }
    /* endings that tell Czech from Slovak when diacritics are missing:
       zjisteni / zistenie, pozaduji / pozaduju, jsou budou / su budu,
       policie informace / policia informacie */
    if (ends_with(w, n, "eni") || ends_with(w, n, "ani") || ends_with(w, n, "uji")
        || ends_with(w, n, "eji") || ends_with(w, n, "ou") || ends_with(w, n, "ace")) {
        sc->csk += 0.25;
        sc->cs += 0.5;
    }
    if (ends_with(w, n, "nie") || ends_with(w, n, "tie") || ends_with(w, n, "uju")
        || ends_with(w, n, "aju") || ends_with(w, n, "cia")) {
        sc->csk += 0.25;
        sc->sk += 0.5;
    }
    if (ends_with(w, n, "ing") || ends_with(w, n, "tion"))
        sc->en += 0.25;
}

stp_lang stp_langid(const char *s, size_t n, stp_langid_scores *out)
{
    stp_langid_scores sc;
    memset(&sc, 0, sizeof sc);
    if (n > STP_LANGID_WINDOW) {
        n = STP_LANGID_WINDOW;
        while (n < STP_LANGID_WINDOW + 64 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n++;
    }
    char w[40];
    size_t wl = 0;
    int too_long = 0, letters = 0;
    size_t i = 0;
    while (i <= n) {
        int32_t cp = -1;
        if (i < n) {
            unsigned char c = (unsigned char)s[i];
            if (c < 0x80) {
                cp = c;
                i++;
            } else {
                utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                                      (utf8proc_ssize_t)(n - i), &cp);
                i += k > 0 ? (size_t)k : 1;
                if (k <= 0)
                    cp = -1;
            }
        } else {
            i++;
        }
        int is_letter;
        if (cp < 0x80)
            is_letter = cp >= 0 && ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
        else {
            int cat = utf8proc_category(cp);
            is_letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
        }
        if (is_letter) {
            int32_t lc = cp < 0x80 ? (cp | 0x20) : utf8proc_tolower(cp);
            char f = lc < 0x80 ? (char)lc : fold_cp(lc);
            if (lc >= 0x80)
                letters |= letter_langs(lc);
            if (f) {
                if (wl + 1 < sizeof w)
                    w[wl++] = f;
                else
                    too_long = 1;
            } else {
                utf8proc_uint8_t tmp[4];
                utf8proc_ssize_t k = utf8proc_encode_char(lc, tmp);
                if (wl + (size_t)k < sizeof w) {
                    memcpy(w + wl, tmp, (size_t)k);
                    wl += (size_t)k;
                } else {
                    too_long = 1;
                }
            }
            continue;
        }
        if (wl) {
            w[wl] = 0;
            if (!too_long)
                score_word(&sc, w, wl, letters);
            else
                sc.words++;
        }
        wl = 0;
        too_long = 0;
        letters = 0;
    }
    if (out)
        *out = sc;
    /* the family first: Czech-Slovak against the others */
    double fam[5] = { sc.csk, sc.en, sc.de, sc.pl, sc.rom };
    int best = 0;
    for (int k = 1; k < 5; k++)
        if (fam[k] > fam[best])
            best = k;
    double second = 0;
    for (int k = 0; k < 5; k++)
        if (k != best && fam[k] > second)
            second = fam[k];
    if (fam[best] < 2.0 || fam[best] < 1.3 * second)
        return STP_LANG_UND;
    if (best == 1)
        return STP_LANG_EN;
    if (best != 0)
        return STP_LANG_UND;
    /* Czech or Slovak: only what differs between them counts */
    double cs_only = sc.cs - sc.shared, sk_only = sc.sk - sc.shared;
    if (cs_only - sk_only >= 1.0 && cs_only >= 2.0 * sk_only)
        return STP_LANG_CS;
    return STP_LANG_UND;
}
