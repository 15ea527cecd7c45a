python3 -c "print('{\"id\":\"e\",\"text\":\"' + '\\\\u010d' * 2000000 + '\"}')" | normalize -f jsonl >out; rc=$?
cut -f6 out | wc -c
exit $rc
