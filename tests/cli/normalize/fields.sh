# field names changed by options
printf "%s\n" "{\"uid\": \"u1\", \"body\": \"Text &amp; more\", \"published\": \"3 May 2024\", \"link\": \"http://x.cz/1\", \"language\": \"en\", \"text\": \"ignored\", \"source\": \"ignored\"}" >f.jsonl
normalize -f jsonl --id-field uid --text-field=body --date-field published --source-field link --lang-field language f.jsonl
