# the real pipeline (normalize | tag | relate | incidents) on the 73 dev
# documents. APT28's espionage campaign against Czech institutions, told by
# eight Czech and English documents of 3-6 May 2024 (seven news reports and
# dev-cs-037, an open letter of 6 May; gold: TARGETED actor:apt28 in each of
# them), comes out as one incident with exactly those documents and Czechia
# among the victims; NoName057(16)'s DDoS attacks on
# the police, Prague Airport and parliament, told by dev-cs-001 (which says
# the group claimed them) and dev-en-001, as another. dev-en-005 also
# recalls APT28's 2015 break-in at the Bundestag ("in 2015"): that is a
# separate incident dated 2015, with dev-en-022 that tells it too. Printed:
# every incident of the attacker that holds any of the story's documents.
root=$CASES/../../..
python3 "$root/scripts/corpus2jsonl.py" "$root/corpora/dev" > dev.jsonl
normalize -f jsonl dev.jsonl > s1 && tag s1 > s2 && relate s2 > s3 && incidents s3 > inc ||
    { echo "pipeline failed"; exit 3; }
grep -c '^doc' s3
# story ATTACKER DOC...: id kind first last claimed n_docs doc_ids, and
# whether state:cz is a victim, of each incident of ATTACKER naming a DOC
story() {
    a=$1; shift
    awk -F'\t' -v a="$a" -v docs="$*" '
        BEGIN { n = split(docs, d, " "); for (i = 1; i <= n; i++) want[d[i]] = 1 }
        $1 == "incident" && $3 == a {
            m = split($12, ids, ","); hit = 0
            for (i = 1; i <= m; i++) if (ids[i] in want) hit = 1
            if (hit) print $2, $5, $6, $7, $8, $11, $12, ("," $4 "," ~ /,state:cz,/ ? "victim state:cz" : "")
        }' inc
}
story actor:apt28 dev-cs-001 dev-cs-003 dev-cs-004 dev-cs-037 dev-en-001 dev-en-003 dev-en-004 dev-en-005
story actor:noname057-16 dev-cs-001 dev-en-001
