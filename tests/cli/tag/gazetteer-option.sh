printf 'malware:x-agent\tMALWARE\tX-Agent\tX-Agent\tany\t-\n' >extra.tsv
printf 'doc\td1\ten\t\t\tAPT28 deployed X-Agent.\n' | tag -m "$CASES/models" -g extra.tsv --table
