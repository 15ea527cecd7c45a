# documents in any order give byte-identical output: split the stream at
# doc records and feed it reversed, rotated and interleaved
awk -v d="$T" '/^doc\t/{n++} {print > (d "/part" sprintf("%03d", n))}' "$CASES/../../incidents/story.tsv"
incidents "$CASES/../../incidents/story.tsv" > forward
ls part* > names
cat $(sort -r names) | incidents > reversed
cat $(tail -n +5 names) $(head -n 4 names) | incidents > rotated
cat $(awk 'NR % 2 == 0' names) $(awk 'NR % 2 == 1' names) | incidents - > interleaved
incidents $(sort -r names) > as-files
for f in reversed rotated interleaved as-files; do
    cmp -s forward $f && echo "$f same" || echo "$f differs"
done
wc -l < forward
