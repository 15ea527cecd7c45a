#!/bin/sh
# make-seeds.sh BUILD_DIR - (re)make the seed corpora tests/fuzz/seeds/<target>/
# from corpora/ and hand-made inputs. Needs the binaries of BUILD_DIR
# (normalize, tag, relate, stopa-model). Seeds are small (< 4 KB each).
# The first byte of most targets' inputs is a selector (see each fuzz_*.c).
set -eu
cd "$(dirname "$0")/../.."
B=${1:?usage: make-seeds.sh BUILD_DIR}/bin
S=tests/fuzz/seeds
rm -rf "$S"
mkdir -p "$S"
for t in rec normalize token stem ioc model lexicon relate tag input dicforms; do mkdir -p "$S/fuzz_$t"; done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# a small stream: the sample corpus through the pipeline
head -3 corpora/sample/docs.jsonl >"$tmp/docs.jsonl"
"$B/normalize" -f jsonl "$tmp/docs.jsonl" | "$B/tag" | "$B/relate" >"$tmp/stream.tsv"
cs=$(grep -m1 '^doc' "$tmp/stream.tsv" | cut -f6 | head -c 1500)
en=$(grep '^doc' "$tmp/stream.tsv" | grep -m1 "	en	" | cut -f6 | head -c 1500 || true)
[ -n "$en" ] || en="Russia's GRU unit 26165, known as APT28 or Fancy Bear, attacked Czech ministries. NÚKIB said on Friday."

# fuzz_rec: single records of each kind, and bad ones
i=0
grep -m2 '^doc' "$tmp/stream.tsv" | head -c 2000 | while IFS= read -r l; do i=$((i+1)); printf '%s' "$l" >"$S/fuzz_rec/doc$i"; done
grep -m3 '^ent' "$tmp/stream.tsv" | while IFS= read -r l; do i=$((i+1)); printf '%s' "$l" >"$S/fuzz_rec/ent$i"; done
grep -m3 '^rel' "$tmp/stream.tsv" | while IFS= read -r l; do i=$((i+1)); printf '%s' "$l" >"$S/fuzz_rec/rel$i"; done
printf 'doc\tx\ten\t\t\ta\\tb\\nc\\\\d\\re' >"$S/fuzz_rec/escapes"
printf 'doc\tx\ten\t\t\tbad \\q escape\\' >"$S/fuzz_rec/bad-escape"
printf 'ent\td\t18446744073709551615\t99999999999999999999\tACTOR\ta\tb\texact' >"$S/fuzz_rec/big-offsets"
printf 'rel\td\tBLAMED\ta\tb\t\t0.5e3\t1\t2\tt\te\t3' >"$S/fuzz_rec/rel-conf"

# fuzz_normalize: byte 0 = format (0 text, 1 html, 2 tsv, 3 jsonl) | 4 force lang
printf '\000%s' "$cs" >"$S/fuzz_normalize/text-cs"
printf '\000Caf\303\251 \300\200 \355\240\200 \364\220\200\200 \377 trunc \342\202' >"$S/fuzz_normalize/text-badutf8"
printf '\000line one\r\rline two\r\nhy-\nphen &amp; &#x10D; &scaron;\000nul' >"$S/fuzz_normalize/text-cr-nul"
printf '\001<html><head><style>x{}</style><script>a<b</script></head><body><p>APT28 &lt;b&gt;</p><br><td>x</td><!-- c --></body>' >"$S/fuzz_normalize/html"
printf '\002id\tdate\tlang\ttext\nd1\t3. kv\304\233tna 2024\tcs\tText \\t tab\nd2\t\t\tmissing\nd3\tMay 3, 2024\ten\tx\ty\n' >"$S/fuzz_normalize/tsv-header"
printf '\002d1\tplain text\nd2\n\tno id\n' >"$S/fuzz_normalize/tsv-default"
head -2 corpora/sample/docs.jsonl | head -c 3000 | { printf '\003'; cat; } >"$S/fuzz_normalize/jsonl-sample"
printf '\003{"id":1,"text":"a\\u010d\\ud83d\\ude00\\ud800x","date":"Fri, 03 May 2024 10:00:00 +0200","lang":"cze","url":"http://x"}\n{"text":[1,{"a":[[]]}]}\n{"id":"x","text":"y",}\n[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]\n' >"$S/fuzz_normalize/jsonl-odd"

# fuzz_token, fuzz_tag: byte 0 = language (0 und, 1 cs, 2 en)
printf '\001%s' "$cs" >"$S/fuzz_token/cs"
printf '\002%s' "$en" >"$S/fuzz_token/en"
printf '\000U.S. e.g. t\303\275m. nap\305\231. 3. kv\304\233tna 2024 J. Lipavsk\303\275 \342\200\246 "Q?" (x). NoName057(16) hxxp://a[.]b/c Czechia'"'"'s pro-Russian 3.5 1,5 ...\n\nNew para' >"$S/fuzz_token/mixed"
cp "$S/fuzz_token/cs" "$S/fuzz_tag/cs"; cp "$S/fuzz_token/en" "$S/fuzz_tag/en"; cp "$S/fuzz_token/mixed" "$S/fuzz_tag/mixed"
printf '\001Rusko a \304\214esk\303\241 republika; \304\214esk\303\251 televizi napadla skupina Fancy Bear, GRU i gru; Outlook a Microsoft Outlooku; X-Agent x-agent; Jan Lipavsk\303\275' >"$S/fuzz_tag/inflected"

# fuzz_stem: byte 0 = language, then one word
n=0
for w in "\001ministerstva" "\001\304\215esk\303\251" "\001skupinou" "\002attacked" "\002Czechia's" "\000running" "\001NoName057" "\001\303\272to\304\215n\303\255k\305\257m" "\002\377\376"; do
    n=$((n+1)); printf "$w" >"$S/fuzz_stem/w$n"
done

# fuzz_ioc
printf 'CVE-2023-23397 hxxps://evil[.]example[.]com/a?b=1 10.0.0.1 2001:db8::1 a[at]b[.]cz 44d88612fea8a8f36de82e1278abb02f version 1.2.3.4 report.pdf U.S. end.It ASP.NET x(dot)onion' >"$S/fuzz_ioc/mixed"
printf '%s' "$en" >"$S/fuzz_ioc/en"
printf 'fe80::1%%eth0 ::ffff:1.2.3.4 1::2::3 256.1.1.1 01.2.3.4 [2001:db8:0:0:0:0:2:1] http://[::1]:80/ xn--bcher-kva.example' >"$S/fuzz_ioc/edge"

# fuzz_model: byte 0 = flags (1 fix size and CRC, 2 fix counts too), then a model
"$B/stopa-model" compile -o "$tmp/m.model" tests/cli/tag/models/gazetteer/small.tsv
printf '\000' | cat - "$tmp/m.model" >"$S/fuzz_model/small"
printf '\003' | cat - "$tmp/m.model" >"$S/fuzz_model/small-fixed"
printf '\001' | cat - "$tmp/m.model" | head -c 100 >"$S/fuzz_model/truncated"

# fuzz_lexicon: byte 0 = 0 gazetteer TSV, 1 trigger lexicon TSV
printf '\000' | cat - tests/cli/tag/models/gazetteer/small.tsv >"$S/fuzz_lexicon/gaz"
printf '\000#c\nactor:x\tACTOR\tX\tXyz\tany\nactor:y\tNOPE\tY\tY\tcs\t-\n' >"$S/fuzz_lexicon/gaz-bad"
for f in models/triggers/*.tsv; do
    printf '\001' | cat - "$f" | head -c 3000 >"$S/fuzz_lexicon/trig-$(basename "$f" .tsv)"
done

# fuzz_relate: record streams
head -c 4000 "$tmp/stream.tsv" >"$S/fuzz_relate/stream"
grep -v '^rel' "$tmp/stream.tsv" | head -c 4000 >"$S/fuzz_relate/no-rel"
printf 'doc\td1\ten\t\t\tAPT28 attacked the ministry. The group was blamed by NUKIB.\nent\td1\t0\t5\tACTOR\tactor:apt28\tAPT28\texact\nent\td1\t19\t27\tINSTITUTION\tinst:m\tministry\tfold\nent\td1\t51\t56\tAGENCY\tagency:cz-nukib\tNUKIB\tfold\nent\td1\t5\t0\tSTATE\tstate:ru\tx\tfold\nent\tother\t0\t1\tSTATE\ts\tx\tfold\ndoc\td2\tcs\t\t\t\n' >"$S/fuzz_relate/hand"

# fuzz_input: byte 0 = 0 line by line, 1 whole; gzip members and damage
printf 'a\nbb\r\n\nlast' >"$tmp/plain"
gzip -c "$tmp/plain" >"$tmp/p.gz"
printf '\000' | cat - "$tmp/p.gz" >"$S/fuzz_input/gzip"
printf '\001' | cat - "$tmp/p.gz" "$tmp/p.gz" >"$S/fuzz_input/gzip-two-members"
printf '\000' | cat - "$tmp/p.gz" | head -c 20 >"$S/fuzz_input/gzip-truncated"
printf '\000\037\213garbage after the magic' >"$S/fuzz_input/gzip-garbage"
printf '\000' | cat - "$tmp/plain" >"$S/fuzz_input/plain"
# fuzz_dicforms: .aff text, a NUL byte, .dic text
printf 'SET UTF-8\nSFX A Y 2\nSFX A a y a\nSFX A a ou/B [^h]a\nSFX B Y 1\nSFX B 0 ch ou\nPFX N Y 1\nPFX N 0 ne .\n\0003\nPraha/A\nžena/AN\nxylofon\n' >"$S/fuzz_dicforms/small"
printf 'SET UTF-8\nSFX \303\251 Y 1 # two-byte flag\nSFX \303\251 \303\275 \303\251ho \303\275\n\0001\nmlad\303\275/\303\251\n' >"$S/fuzz_dicforms/utf8-flag"
if [ -r /usr/share/hunspell/cs_CZ.aff ]; then
    { head -c 3000 /usr/share/hunspell/cs_CZ.aff; printf '\000'; head -c 800 /usr/share/hunspell/cs_CZ.dic; } >"$S/fuzz_dicforms/cs-head"
fi
echo "seeds: $(find "$S" -type f | wc -l) files, $(du -sk "$S" | cut -f1) KB"
