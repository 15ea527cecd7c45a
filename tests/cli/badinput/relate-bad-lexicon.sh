printf 'not\ta\tlexicon\trow\n' >lex.tsv; relate -L lex.tsv </dev/null; echo "status $?" 
