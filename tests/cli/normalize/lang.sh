# --lang forces; a lang field is taken as given (cze -> cs, unknown -> und); else detected
printf "%s\n" "{\"id\": \"1\", \"text\": \"The attack on the ministry was claimed by the group.\", \"lang\": \"cze\"}" "{\"id\": \"2\", \"text\": \"The attack on the ministry was claimed by the group.\", \"lang\": \"de\"}" "{\"id\": \"3\", \"text\": \"The attack on the ministry was claimed by the group.\"}" "{\"id\": \"4\", \"text\": \"Útok na ministerstvo, ke kterému se přihlásila skupina, byl odražen.\", \"lang\": null}" >l.jsonl
normalize -f jsonl l.jsonl | cut -f2,3
normalize -f jsonl --lang en l.jsonl | cut -f3 | tr "\n" " "; echo
normalize -f jsonl --lang=und l.jsonl | cut -f3 | tr "\n" " "; echo
