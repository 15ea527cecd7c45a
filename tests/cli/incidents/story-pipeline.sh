# the documents of tests/incidents/story.tsv through the real tag | relate |
# incidents (not its hand-made records): NoName057(16)'s DDoS told five
# times in Czech and English (a1-a5, reported 3-6 May 2024) is one
# incident; the same group's attack on the airport five weeks later (b1,
# b2) is another; printed: attacker, kind, first and last date, documents
grep '^doc' "$CASES/../../incidents/story.tsv" | tag | relate | incidents | cut -f3,5,6,7,11,12
