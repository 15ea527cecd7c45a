relate </dev/null
