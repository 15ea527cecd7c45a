# a broken line is reported with file and line and skipped; the rest goes on
printf "%s\n" "{\"id\":\"a\",\"text\":\"First.\"}" "{\"id\":\"b\",\"text\":\"Broken" "" "[\"not\", \"an object\"]" "{\"id\":\"c\"}" "{\"id\":\"d\",\"text\":\"Last.\"}" >in.jsonl
normalize -f jsonl in.jsonl
