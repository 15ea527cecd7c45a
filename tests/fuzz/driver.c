/* driver.c - run a libFuzzer target on files, without libFuzzer
 *
 * Linked with one fuzz_*.c by tests/reliability/test_fuzz_regress.sh (gcc,
 * and with ASan+UBSan in the sanitizer build), so that every seed and every
 * input that once crashed (tests/fuzz/regress/<target>/) is run again by
 * ctest: a regression aborts or trips a sanitizer.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) {
            perror(argv[i]);
            return 2;
        }
        uint8_t *buf = NULL;
        size_t n = 0, cap = 0;
        for (;;) {
            if (n == cap) {
                cap = cap ? cap * 2 : 65536;
                uint8_t *p = realloc(buf, cap);
                if (!p)
                    return 2;
                buf = p;
            }
            size_t k = fread(buf + n, 1, cap - n, f);
            if (k == 0)
                break;
            n += k;
        }
        fclose(f);
        /* a copy of exactly n bytes, so that ASan sees reads past the end */
        uint8_t *exact = malloc(n ? n : 1);
        if (!exact)
            return 2;
        for (size_t j = 0; j < n; j++)
            exact[j] = buf[j];
        LLVMFuzzerTestOneInput(exact, n);
        free(exact);
        free(buf);
    }
    return 0;
}
