/* langid.c - Czech / English / undetermined (see langid.h) */
#include "langid.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

enum { L_CS = 1, L_SK = 2, L_EN = 4, L_DE = 8, L_PL = 16, L_ROM = 32,
       L_CS_ONLY = 64, L_SK_ONLY = 128 /* letters of one of the two only */ };

typedef struct {
    const char   *w;
    unsigned char len;
    unsigned char mask;
} stopword;

#define STOP_SLOTS 1024

/* folded stop words in an open-addressing hash table: FNV-1a over the
   bytes, linear probing, empty slots {0}. Generated once from the word
   lists (cs, sk, en, de, pl, Romance) and reviewed; a word may belong to
   several languages. */
static const stopword stopwords[STOP_SLOTS] = {
    {0, 0, 0}, {"niekolko", 8, 2}, {"pretoze", 7, 2}, {"tie", 3, 3}, {0, 0, 0}, {0, 0, 0},
    {"jej", 3, 19}, {"co", 2, 3}, {"these", 5, 4}, {"zatial", 6, 2}, {"mene", 4, 1},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"som", 3, 2}, {0, 0, 0}, {"it", 2, 4}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {"do", 2, 23}, {"gli", 3, 32}, {0, 0, 0}, {"so", 2, 4}, {0, 0, 0},
    {0, 0, 0}, {"than", 4, 4}, {"les", 3, 32}, {"protoze", 7, 1}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {"einen", 5, 8}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"to", 2, 23}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"kterou", 6, 1}, {"dalsi", 5, 3}, {"byla", 4, 1},
    {"ktori", 5, 2}, {"ktorych", 7, 2}, {"le", 2, 32}, {"para", 4, 32}, {"those", 5, 4},
    {"two", 3, 4}, {"what", 4, 4}, {0, 0, 0}, {"einer", 5, 8}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {"oder", 4, 8}, {"teda", 4, 2}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"could", 5, 4}, {"kterych", 7, 1}, {"roku", 4, 19}, {0, 0, 0}, {"się", 4, 16},
    {"kterym", 6, 1}, {"że", 3, 16}, {0, 0, 0}, {0, 0, 0}, {"elle", 4, 32}, {0, 0, 0},
    {"iba", 3, 2}, {0, 0, 0}, {"prave", 5, 3}, {0, 0, 0}, {"any", 3, 4}, {"are", 3, 4},
    {0, 0, 0}, {"viac", 4, 2}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"ten", 3, 3}, {0, 0, 0},
    {"jego", 4, 16}, {"take", 4, 1}, {0, 0, 0}, {"sa", 2, 2}, {0, 0, 0}, {"ma", 2, 3},
    {"uviedol", 7, 2}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"haben", 5, 8}, {"ktera", 5, 1}, {0, 0, 0}, {"ta", 2, 3}, {"their", 5, 4},
    {"of", 2, 4}, {"zadny", 5, 1}, {0, 0, 0}, {"budu", 4, 2}, {"lo", 2, 32}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"nejen", 5, 1}, {"jiz", 3, 1}, {"nyni", 4, 1},
    {"some", 4, 4}, {"from", 4, 4}, {0, 0, 0}, {"tak", 3, 3}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"auch", 4, 8},
    {"be", 2, 4}, {0, 0, 0}, {"jeśli", 6, 16}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {"not", 3, 4}, {"sowie", 5, 8}, {0, 0, 0}, {"as", 2, 4},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"by", 2, 23},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"you", 3, 4}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"byt", 3, 3}, {0, 0, 0}, {0, 0, 0},
    {"como", 4, 32}, {0, 0, 0}, {"hatte", 5, 8}, {"między", 7, 16}, {"est", 3, 32},
    {0, 0, 0}, {0, 0, 0}, {"que", 3, 32}, {"teraz", 5, 2}, {0, 0, 0}, {"można", 6, 16},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"che", 3, 32}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"aus", 3, 8}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"ale", 3, 19}, {"alla", 4, 32}, {"już", 4, 16},
    {"vsechny", 7, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"coz", 3, 1}, {0, 0, 0},
    {"aby", 3, 3}, {"della", 5, 32}, {"his", 3, 4}, {"noch", 4, 8}, {"los", 3, 32},
    {"v", 1, 3}, {"while", 5, 4}, {"mela", 4, 1}, {"über", 5, 8}, {0, 0, 0}, {"tyto", 4, 1},
    {"budou", 5, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"tez", 3, 1}, {"aux", 3, 32},
    {"einem", 5, 8}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"jeste", 5, 1}, {"ktoreho", 7, 2},
    {"oraz", 4, 16}, {"ci", 2, 2}, {"which", 5, 4}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {"pour", 4, 32}, {0, 0, 0}, {0, 0, 0}, {"k", 1, 3}, {0, 0, 0},
    {"pod", 3, 19}, {0, 0, 0}, {"di", 2, 32}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"została", 8, 16}, {0, 0, 0}, {"uvedla", 6, 1}, {0, 0, 0}, {0, 0, 0}, {"ich", 3, 18},
    {0, 0, 0}, {0, 0, 0}, {"kvoli", 5, 2}, {0, 0, 0}, {"ktery", 5, 1}, {"sie", 3, 24},
    {"ti", 2, 3}, {"they", 4, 4}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"bylo", 4, 1}, {0, 0, 0}, {0, 0, 0}, {"zu", 2, 8}, {0, 0, 0}, {0, 0, 0}, {"im", 2, 8},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"dnes", 4, 3}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"czy", 3, 16}, {0, 0, 0}, {"mit", 3, 9}, {"bol", 3, 2}, {0, 0, 0}, {0, 0, 0},
    {"when", 4, 4}, {0, 0, 0}, {0, 0, 0}, {"said", 4, 4}, {"jeho", 4, 3}, {0, 0, 0},
    {"ein", 3, 8}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {"each", 4, 4}, {"ho", 2, 3}, {"moze", 4, 2}, {0, 0, 0},
    {"a", 1, 23}, {"jste", 4, 1}, {"ktereho", 7, 1}, {"une", 3, 32}, {"tohoto", 6, 1},
    {"were", 4, 4}, {"aj", 2, 2}, {"most", 4, 4}, {"podla", 5, 2}, {"svou", 4, 1},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"gegen", 5, 8}, {"nas", 3, 3}, {"preto", 5, 2},
    {0, 0, 0}, {"kde", 3, 3}, {"did", 3, 4}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"ktore", 5, 18}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {"con", 3, 32}, {0, 0, 0}, {"toto", 4, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"vas", 3, 3}, {"vo", 2, 2}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"jejich", 6, 1},
    {"muze", 4, 1}, {"pro", 3, 1}, {0, 0, 0}, {"ktory", 5, 18}, {0, 0, 0}, {0, 0, 0},
    {"there", 5, 4}, {"such", 4, 4}, {0, 0, 0}, {"tego", 4, 16}, {0, 0, 0}, {"would", 5, 4},
    {0, 0, 0}, {0, 0, 0}, {"can", 3, 4}, {"este", 4, 2}, {0, 0, 0}, {"meli", 4, 1},
    {"es", 2, 40}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"der", 3, 8}, {"jsem", 4, 1}, {"du", 2, 32}, {0, 0, 0}, {"von", 3, 8}, {0, 0, 0},
    {"then", 4, 4}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"bolo", 4, 2},
    {"ji", 2, 1}, {"ked", 3, 2}, {"sono", 4, 32}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"ihr", 3, 8}, {"s", 1, 3}, {"or", 2, 4}, {"zatim", 5, 1}, {"may", 3, 4},
    {"tomto", 5, 1}, {"at", 2, 4}, {0, 0, 0}, {"en", 2, 32}, {0, 0, 0}, {"her", 3, 4},
    {"will", 4, 4}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"dei", 3, 32}, {"mel", 3, 1},
    {0, 0, 0}, {0, 0, 0}, {"lebo", 4, 2}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {"bude", 4, 3}, {0, 0, 0}, {"however", 7, 4}, {"ako", 3, 3}, {"tento", 5, 1},
    {0, 0, 0}, {"tiez", 4, 2}, {0, 0, 0}, {0, 0, 0}, {"dass", 4, 8}, {"per", 3, 32},
    {"pred", 4, 3}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"does", 4, 4}, {0, 0, 0}, {0, 0, 0}, {"ist", 3, 8},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"tato", 4, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {"i", 1, 23}, {"svoju", 5, 2}, {"qui", 3, 32}, {"auf", 3, 8},
    {0, 0, 0}, {"after", 5, 4}, {0, 0, 0}, {"też", 4, 16}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"vice", 4, 1}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"avsak", 5, 2}, {0, 0, 0},
    {0, 0, 0}, {"la", 2, 32}, {0, 0, 0}, {"more", 4, 4}, {"nebylo", 6, 1}, {"she", 3, 4},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {"jak", 3, 17}, {"podczas", 7, 16}, {"one", 3, 4}, {"na", 2, 19},
    {"nel", 3, 32}, {"was", 3, 4}, {0, 0, 0}, {0, 0, 0}, {"other", 5, 4}, {"avec", 4, 32},
    {"only", 4, 4}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"non", 3, 32},
    {"mat", 3, 2}, {0, 0, 0}, {"vsetky", 6, 2}, {"zum", 3, 8}, {"tedy", 4, 1},
    {"ha", 2, 32}, {"nekolik", 7, 1}, {0, 0, 0}, {0, 0, 0}, {"if", 2, 4}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"jest", 4, 16}, {"over", 4, 4}, {"new", 3, 4}, {"więc", 5, 16}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {"mohou", 5, 1}, {"ktere", 5, 1}, {0, 0, 0}, {"sich", 4, 8},
    {0, 0, 0}, {"mala", 4, 2}, {"the", 3, 4}, {"pouze", 5, 1}, {"vdaka", 5, 2},
    {"zadne", 5, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"za", 2, 19}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {"nebola", 6, 2}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"vom", 3, 8},
    {"ty", 2, 1}, {"kterem", 6, 1}, {0, 0, 0}, {0, 0, 0}, {"nez", 3, 1}, {"fue", 3, 32},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {"about", 5, 4}, {"das", 3, 8}, {0, 0, 0}, {"pocas", 5, 2},
    {"także", 6, 16}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {"del", 3, 32}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {"jen", 3, 1}, {"sus", 3, 32}, {0, 0, 0}, {"bola", 4, 2},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"nebol", 5, 2}, {"un", 2, 32}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {"były", 5, 16}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"maju", 4, 2}, {0, 0, 0},
    {"el", 2, 32}, {0, 0, 0}, {"gdzie", 5, 16}, {"zo", 2, 2}, {"byl", 3, 1}, {"par", 3, 32},
    {"with", 4, 4}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"ktoru", 5, 2}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"nicht", 5, 8}, {0, 0, 0},
    {0, 0, 0}, {"po", 2, 19}, {"this", 4, 4}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {"during", 6, 4}, {0, 0, 0}, {"mezi", 4, 1}, {"sind", 4, 8},
    {0, 0, 0}, {0, 0, 0}, {"sdelil", 6, 1}, {"who", 3, 4}, {0, 0, 0}, {"pero", 4, 32},
    {"had", 3, 4}, {"był", 4, 16}, {0, 0, 0}, {"ce", 2, 32}, {"mal", 3, 2}, {0, 0, 0},
    {"ju", 2, 2}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"in", 2, 4},
    {"o", 1, 19}, {0, 0, 0}, {0, 0, 0}, {"both", 4, 4}, {"durch", 5, 8}, {0, 0, 0},
    {"se", 2, 33}, {"and", 3, 4}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"für", 4, 8}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"rokov", 5, 2},
    {"może", 5, 16}, {"było", 5, 16}, {"mali", 4, 2}, {"svych", 5, 1}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"jeji", 4, 1}, {"behem", 5, 1},
    {"zda", 3, 1}, {"jsme", 4, 1}, {0, 0, 0}, {0, 0, 0}, {"been", 4, 4}, {"dla", 3, 16},
    {"ve", 2, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"als", 3, 8}, {"pri", 3, 3},
    {"bei", 3, 8}, {0, 0, 0}, {"under", 5, 4}, {0, 0, 0}, {"nebyl", 5, 1}, {"anche", 5, 32},
    {"die", 3, 8}, {"diky", 4, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"proti", 5, 3}, {0, 0, 0}, {0, 0, 0}, {"melo", 4, 1}, {"ete", 3, 32}, {0, 0, 0},
    {0, 0, 0}, {"uz", 2, 3}, {0, 0, 0}, {0, 0, 0}, {"una", 3, 32}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {"an", 2, 4}, {"przed", 5, 16}, {"został", 7, 16}, {0, 0, 0},
    {0, 0, 0}, {"tom", 3, 3}, {"kvuli", 5, 1}, {"boli", 4, 2}, {"neni", 4, 1}, {0, 0, 0},
    {"seit", 4, 8}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"svoje", 5, 2}, {"y", 1, 32},
    {"była", 5, 16}, {"por", 3, 32}, {"rekl", 4, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"et", 2, 32}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"against", 7, 4}, {0, 0, 0},
    {"nebolo", 6, 2}, {"des", 3, 40}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"being", 5, 4}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"len", 3, 2}, {0, 0, 0},
    {"eine", 4, 8}, {"zur", 3, 8}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"delle", 5, 32}, {"is", 2, 4}, {"nie", 3, 18}, {"alebo", 5, 2}, {"są", 3, 16},
    {0, 0, 0}, {"au", 2, 32}, {0, 0, 0}, {"ani", 3, 3}, {0, 0, 0}, {0, 0, 0},
    {"menej", 5, 2}, {0, 0, 0}, {0, 0, 0}, {"into", 4, 4}, {"den", 3, 8}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"wird", 4, 8}, {"ont", 3, 32},
    {"that", 4, 4}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {"w", 1, 16}, {0, 0, 0}, {"wie", 3, 8}, {"our", 3, 4}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {"bereits", 7, 8}, {"jsou", 4, 1}, {"unter", 5, 8}, {0, 0, 0},
    {"dans", 4, 32}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"tylko", 5, 16}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"also", 4, 4}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {"las", 3, 32}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"because", 7, 4},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {"ste", 3, 2}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"tim", 3, 1}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {"wir", 3, 8}, {"povedal", 7, 2}, {"between", 7, 4}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"il", 2, 32}, {"tym", 3, 2}, {0, 0, 0}, {"sve", 3, 1}, {0, 0, 0}, {0, 0, 0},
    {"maji", 4, 1}, {"podle", 5, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"sme", 3, 2}, {"kdyz", 4, 1}, {0, 0, 0}, {0, 0, 0},
    {"but", 3, 4}, {0, 0, 0}, {"malo", 4, 2}, {"nebo", 4, 1}, {"for", 3, 4}, {"od", 2, 19},
    {"ktora", 5, 18}, {"byli", 4, 1}, {"nach", 4, 8}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {"und", 3, 8}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"many", 4, 4}, {"vsak", 4, 3}, {0, 0, 0}, {0, 0, 0},
    {"jako", 4, 17}, {0, 0, 0}, {0, 0, 0}, {"we", 2, 4}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"z", 1, 19}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"proto", 5, 1}, {0, 0, 0},
    {"svojich", 7, 2}, {0, 0, 0}, {0, 0, 0}, {"he", 2, 4}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"będzie", 7, 16}, {"wurde", 5, 8},
    {"al", 2, 32}, {"werden", 6, 8}, {"hat", 3, 8}, {"ziadne", 6, 2}, {"all", 3, 4},
    {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"je", 2, 3}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"kteri", 5, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"on", 2, 4}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {"przez", 5, 16}, {"su", 2, 34}, {"er", 2, 8}, {"ziadny", 6, 2},
    {"ze", 2, 16}, {"its", 3, 4}, {"us", 2, 4}, {0, 0, 0}, {0, 0, 0}, {"dem", 3, 8},
    {"rovnez", 6, 1}, {"uvedl", 5, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {"has", 3, 4},
    {"them", 4, 4}, {"sur", 3, 32}, {"pre", 3, 2}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"nebyla", 6, 1}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {"medzi", 5, 2}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0},
    {0, 0, 0}, {"mozu", 4, 2}, {0, 0, 0}, {"let", 3, 1}, {"have", 4, 4}, {"nad", 3, 19},
    {"no", 2, 4}, {"pas", 3, 32}, {0, 0, 0},
};

#define STOP_MAXLEN 8   /* bytes of the longest stop word */
#define FNV_INIT 2166136261u
#define FNV_STEP(h, c) (((h) ^ (unsigned char)(c)) * 16777619u)

static int lookup(const char *w, size_t n, uint32_t h)
{
    for (uint32_t i = h & (STOP_SLOTS - 1);; i = (i + 1) & (STOP_SLOTS - 1)) {
        const stopword *e = &stopwords[i];
        if (!e->w)
            return 0;
        if (e->len == n && memcmp(e->w, w, n) == 0)
            return e->mask;
    }
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

/* w ends with the literal suf and has at least two letters before it */
#define ENDS(w, n, suf) ((n) > sizeof(suf) && memcmp((w) + (n) - (sizeof(suf) - 1), suf, sizeof(suf) - 1) == 0)

/* scores in quarter points while counting (integers are cheaper) */
typedef struct {
    int cs, sk, en, de, pl, rom, csk, shared;
} acc;

static void add(acc *sc, int mask, int v)
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

static void score_word(acc *sc, const char *w, size_t n, uint32_t h, int letters)
{
    int m = n <= STOP_MAXLEN ? lookup(w, n, h) : 0;
    if (m)
        add(sc, m, 4);
    /* letters: half a point per language per word */
    if (letters) {
        add(sc, letters & (L_EN | L_DE | L_PL | L_ROM), 2);
        if (letters & (L_CS | L_SK)) {
            sc->csk += 2;
            if (letters & L_CS_ONLY)
                sc->cs += 2;
            if (letters & L_SK_ONLY)
                sc->sk += 2;
        }
    }
    /* endings: -ych -eho -emu -ovi -nost are Czech or Slovak; -eni -ani
       -uji -eji -ou -ace against -nie -tie -uju -aju -cia tell Czech from
       Slovak when diacritics are missing (zjisteni / zistenie, pozaduji /
       pozaduju, budou / budu, informace / informacia); -ing -tion English */
    int both = 0, cs = 0, sk = 0, en = 0;
    switch (w[n - 1]) {
    case 'h': both = ENDS(w, n, "ych"); break;
    case 'o': both = ENDS(w, n, "eho"); break;
    case 't': both = ENDS(w, n, "nost"); break;
    case 'u':
        both = ENDS(w, n, "emu");
        cs = ENDS(w, n, "ou");
        sk = ENDS(w, n, "uju") || ENDS(w, n, "aju");
        break;
    case 'i':
        both = ENDS(w, n, "ovi");
        cs = ENDS(w, n, "eni") || ENDS(w, n, "ani") || ENDS(w, n, "uji") || ENDS(w, n, "eji");
        break;
    case 'e':
        cs = ENDS(w, n, "ace");
        sk = ENDS(w, n, "nie") || ENDS(w, n, "tie");
        break;
    case 'a': sk = ENDS(w, n, "cia"); break;
    case 'g': en = ENDS(w, n, "ing"); break;
    case 'n': en = ENDS(w, n, "tion"); break;
    default: break;
    }
    if (both) {
        sc->csk += 1;
        sc->cs += 1;
        sc->sk += 1;
        sc->shared += 1;
    }
    if (cs) {
        sc->csk += 1;
        sc->cs += 2;
    }
    if (sk) {
        sc->csk += 1;
        sc->sk += 2;
    }
    if (en)
        sc->en += 1;
}

/* lower-case ASCII letters, 0 for anything else */
static const char ascii_letter[128] = {
    ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g',
    ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
    ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u',
    ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
    ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g',
    ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n',
    ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u',
    ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
};

#define WORD_MAX 40

/* 1 when the evidence so far already decides, by a wide margin: the rest
   of the window need not be read (most documents stop after 32 or 64
   words) */
static int decided_early(const acc *q)
{
    int fam[5] = { q->csk, q->en, q->de, q->pl, q->rom };
    int best = 0, second = 0;
    for (int k = 1; k < 5; k++)
        if (fam[k] > fam[best])
            best = k;
    for (int k = 0; k < 5; k++)
        if (k != best && fam[k] > second)
            second = fam[k];
    if (fam[best] < 48 || fam[best] < 3 * second)
        return 0;
    if (best != 0)
        return 1;
    int cs_only = q->cs - q->shared, sk_only = q->sk - q->shared;
    return (cs_only - sk_only >= 16 && cs_only >= 4 * sk_only)
        || (sk_only - cs_only >= 16 && sk_only >= 4 * cs_only);
}

/* the lower case of a code point in U+00C0..U+017F without a table
   lookup: 0 for the two signs (multiplication, division), -1 where the
   general path must decide (dotted I, kra, n-apostrophe, long s) */
static int32_t latin_lower(int32_t cp)
{
    if (cp == 0xD7 || cp == 0xF7)
        return 0;
    if (cp <= 0xFF)
        return cp <= 0xDE ? cp + 0x20 : cp;
    if (cp == 0x130 || cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F)
        return -1;
    if (cp == 0x178)
        return 0xFF;
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
        return (cp & 1) ? cp + 1 : cp;   /* odd upper, even lower */
    return (cp & 1) ? cp : cp + 1;       /* even upper, odd lower */
}

stp_lang stp_langid(const char *s, size_t n, stp_langid_scores *out)
{
    acc q;
    int words = 0;
    memset(&q, 0, sizeof q);
    if (n > STP_LANGID_WINDOW) {
        n = STP_LANGID_WINDOW;
        while (n < STP_LANGID_WINDOW + 64 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n++;
    }
    const unsigned char *u = (const unsigned char *)s;
    char w[WORD_MAX];
    size_t wl = 0;
    uint32_t h = FNV_INIT;
    int too_long = 0, letters = 0;
    size_t i = 0;
    for (;;) {
        /* the ASCII letters of a word */
        while (i < n && u[i] < 0x80 && ascii_letter[u[i]]) {
            char f = ascii_letter[u[i++]];
            if (wl + 1 < WORD_MAX) {
                w[wl++] = f;
                h = FNV_STEP(h, f);
            } else {
                too_long = 1;
            }
        }
        int is_letter = 0;
        int32_t cp = -1, lc = -1;
        if (i + 1 < n && u[i] >= 0xC3 && u[i] <= 0xC5 && (u[i + 1] & 0xC0) == 0x80) {
            /* Latin-1 and Latin Extended-A: the letters of cs, sk, pl, de */
            cp = ((u[i] & 0x1F) << 6) | (u[i + 1] & 0x3F);
            i += 2;
            lc = latin_lower(cp);
            if (lc > 0)
                is_letter = 1;
            else if (lc < 0)
                goto general;
        } else if (i < n && u[i] >= 0x80) {
            utf8proc_ssize_t k = utf8proc_iterate(u + i, (utf8proc_ssize_t)(n - i), &cp);
            i += k > 0 ? (size_t)k : 1;
general:
            if (cp >= 0) {
                int cat = utf8proc_category(cp);
                is_letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
                lc = is_letter ? utf8proc_tolower(cp) : -1;
            }
        } else if (i < n) {
            i++;  /* an ASCII non-letter */
        }
        if (is_letter) {
            char f = lc < 0x80 ? (char)lc : fold_cp(lc);
            letters |= letter_langs(lc);
            utf8proc_uint8_t tmp[4];
            utf8proc_ssize_t k = 1;
            if (f)
                tmp[0] = (utf8proc_uint8_t)f;
            else
                k = utf8proc_encode_char(lc, tmp);
            if (wl + (size_t)k < WORD_MAX) {
                for (utf8proc_ssize_t q = 0; q < k; q++) {
                    w[wl++] = (char)tmp[q];
                    h = FNV_STEP(h, tmp[q]);
                }
            } else {
                too_long = 1;
            }
            continue;
        }
        if (wl) {
            words++;
            if (!too_long)
                score_word(&q, w, wl, h, letters);
            if ((words & 31) == 0 && decided_early(&q))
                break;
        }
        wl = 0;
        h = FNV_INIT;
        too_long = 0;
        letters = 0;
        if (i >= n)
            break;
    }
    stp_langid_scores sc = {
        q.cs / 4.0, q.sk / 4.0, q.en / 4.0, q.de / 4.0, q.pl / 4.0, q.rom / 4.0,
        q.csk / 4.0, q.shared / 4.0, words,
    };
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
