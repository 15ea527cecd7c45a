python3 -c "print('{\"id\":\"x\",\"a\":' + '[' * 1000000)" | normalize -f jsonl; echo "status $?" 
