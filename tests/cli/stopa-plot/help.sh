# --help on standard output (the options: tests/man compares them with the
# man page), --version
plot=$CASES/../../../scripts/stopa-plot
COLUMNS=80 "$plot" --help > help
echo "status $?"
head -1 help
grep -oE '(^|[[:space:],[])--?[A-Za-z][A-Za-z-]*' help | sed -E 's/^[[:space:],[]//' | sort -u | tr '\n' ' '
echo
"$plot" --version
