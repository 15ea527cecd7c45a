tag </dev/null
