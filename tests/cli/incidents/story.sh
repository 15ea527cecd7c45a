# the stream of tests/incidents/story.tsv: the same DDoS told five times in
# Czech and English is one incident; the same group's attack five weeks
# later is another; APT28's 2023 campaign told three times is one
incidents "$CASES/../../incidents/story.tsv"
