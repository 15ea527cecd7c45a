#!/bin/sh
# corpus.sh DIR NFILES DOCS_PER_FILE - write a test corpus of small Czech and
# English news documents as JSONL into DIR (f00.jsonl, f01.jsonl.gz, ...).
# Every third file is gzip-compressed; odd files carry no "id" field, so
# their ids are made from the file name and line number. Deterministic.
set -eu
dir=$1 nfiles=$2 per=$3
mkdir -p "$dir"
i=0
while [ "$i" -lt "$nfiles" ]; do
    name=$(printf 'f%02d.jsonl' "$i")
    awk -v f="$i" -v per="$per" '
    BEGIN {
        cs[0] = "Skupina APT28 podle NÚKIB zaútočila na servery ministerstva zahraničí."
        cs[1] = "Hacktivisté NoName057(16) se přihlásili k útoku DDoS na weby České televize."
        cs[2] = "Národní úřad pro kybernetickou a informační bezpečnost (NÚKIB) varoval před phishingem."
        cs[3] = "Česká televize uvedla, že výpadek způsobil útok skupiny NoName057(16)."
        cs[4] = "Ministr Jan Lipavský odsoudil kampaň APT28, kterou řídí ruská GRU."
        en[0] = "NÚKIB says APT28 is responsible for the attack on the Czech foreign ministry."
        en[1] = "NoName057(16) claimed the DDoS attack on Czech Television websites."
        en[2] = "NATO strongly condemns the malicious cyber activity of APT28."
        en[3] = "Hackers exploited CVE-2023-23397 in Microsoft Outlook, the agency said."
        en[4] = "The EU pledged support to Czechia after the attacks on its banks."
        for (d = 1; d <= per; d++) {
            n = (f * per + d)
            t = (n % 2) ? "Zpráva " n ". " cs[n % 5] " " cs[(n + 2) % 5] : "Report " n ". " en[n % 5] " " en[(n + 3) % 5]
            day = sprintf("2024-%02d-%02d", n % 12 + 1, n % 28 + 1)
            if (f % 2 == 0)
                printf "{\"id\": \"t%05d\", \"date\": \"%s\", \"text\": \"%s\"}\n", n, day, t
            else
                printf "{\"date\": \"%s\", \"text\": \"%s\"}\n", day, t
        }
    }' </dev/null >"$dir/$name"
    [ $((i % 3)) -eq 1 ] && gzip -n "$dir/$name"
    i=$((i + 1))
done
