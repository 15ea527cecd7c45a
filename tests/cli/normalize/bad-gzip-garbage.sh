# gzip magic followed by garbage; the other file still goes through
printf "\037\213\010\000garbage that is not deflate data at all" >junk.gz
normalize junk.gz "$CASES/fx-en.txt" >out; rc=$?
cut -f2 out
exit $rc
