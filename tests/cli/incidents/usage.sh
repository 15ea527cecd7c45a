# usage errors exit 2 with a hint; --help and --version exit 0
incidents --window -3 </dev/null; echo "window $?"
incidents --min-docs 0 </dev/null; echo "min-docs $?"
incidents --bogus </dev/null; echo "bogus $?"
incidents --table --pass </dev/null; echo "table+pass $?"
incidents --help | grep -c -e '--window DAYS' -e '--min-docs N' -e '--table' -e '--pass'; echo "help $?"
incidents --version | grep -c '^incidents (stopa) '
incidents missing.tsv; echo "missing $?"
incidents </dev/null; echo "empty $?"
