# hunspell is loaded with the gate's roots through a temporary file, which
# is gone once it is read; where none can be made ($TMPDIR missing) the
# whole dictionary is loaded and the records are the same, and so they are
# with the gate off (the whole dictionary, every word)
printf 'doc\td1\tcs\t\t\tNÚKIB varoval, že skupina APT28 zaútočila na Českou televizi a ministerstvu zahraničí.\n' >in.tsv
TMPDIR="$T" tag <in.tsv >a.tsv
TMPDIR="$T/none" tag <in.tsv >b.tsv
STOPA_STEM_GATE=0 tag <in.tsv >c.tsv
cmp a.tsv b.tsv && cmp a.tsv c.tsv && cat a.tsv
echo "temporary files left: $(ls "$T" | grep -c stopa-dic)"
