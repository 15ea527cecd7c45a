# each kind of invalid UTF-8 becomes U+FFFD, with a warning naming doc and offset
printf "stray \200 byte\n" >stray.txt
printf "overlong \300\257 slash\n" >overlong.txt
printf "surrogate \355\240\200 here\n" >surrogate.txt
printf "too big \364\220\200\200 here\n" >toobig.txt
printf "cut at the end \342\202" >cut.txt
printf "latin-1 caf\351\n" >latin1.txt
normalize stray.txt overlong.txt surrogate.txt toobig.txt cut.txt latin1.txt | cut -f2,6
