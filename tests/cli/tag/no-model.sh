mkdir empty && tag -m empty </dev/null
