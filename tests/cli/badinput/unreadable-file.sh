# chmod 000 stops a normal user; root reads anyway, so as root the file is
# a link to /proc/self/mem, whose first page cannot be read (EIO)
printf 'x\n' >a.txt
printf 'secret\n' >secret.txt
if [ "$(id -u)" = 0 ]; then rm secret.txt; ln -s /proc/self/mem secret.txt; else chmod 000 secret.txt; fi
normalize secret.txt a.txt >out.tsv; s=$?; <out.tsv cut -f2; exit $s
