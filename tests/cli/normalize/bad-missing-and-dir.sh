# a missing file and a directory are reported; the other file goes on
mkdir adir
normalize missing.txt adir "$CASES/fx-en.txt" >out; rc=$?
cut -f2,5 out | sed "s|$CASES/||"
exit $rc
