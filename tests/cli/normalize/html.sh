normalize --html "$CASES/fx.html" | sed "s|$CASES/||"
