normalize -f jsonl "$CASES/fx.jsonl" | sed "s|$CASES/||"
