normalize </dev/null
