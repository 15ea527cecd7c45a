printf 'doc\tx\ten\t\t\tt\n' >s.tsv
if [ "$(id -u)" = 0 ]; then ln -s /proc/self/mem secret.tsv; else printf 'doc\ty\ten\t\t\tt\n' >secret.tsv; chmod 000 secret.tsv; fi
tag secret.tsv s.tsv >out.tsv; s=$?; <out.tsv cut -f2; exit $s
