#!/bin/sh
# test_evaluate.sh - check scripts/evaluate.py on tiny hand-made gold and
# system files (tests/eval/gold.tsv, tests/eval/system.tsv) whose scores are
# known by hand:
#   entities: 4 gold, 4 system in gold docs (a 5th system one is in a doc
#     not in gold and must be ignored); one span is cut short (NÚKI) and one
#     id is wrong (apt29): exact 3/4, overlap 4/4, id 2/4
#   relations: 3 gold, 2 distinct system (one duplicated with another
#     qualifier; first record wins): P 2/2, R 2/3, F1 0.8; with the
#     qualifier only 1 matches: relq P 0.5 R 0.333
# Run from the repository root (ctest does) or from anywhere.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ev="python3 $root/scripts/evaluate.py"
T=$(mktemp -d "${TMPDIR:-/tmp}/stopa-eval.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT INT TERM
fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }

# expect_line PATTERN DESCRIPTION: output must hold a line matching the ERE
expect_line() {
    if grep -Eq "$1" "$T/out"; then ok "$2"; else bad "$2 (no line /$1/)"; fi
}

$ev --gold "$here/gold.tsv" "$here/system.tsv" --errors >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" -eq 0 ] && ok "exit 0 without floors" || bad "exit $rc without floors"
expect_line '^ent\.exact +0\.750 +0\.750 +0\.750 +4 +4 +3$' "ent.exact P=R=F1=0.75"
expect_line '^ent\.overlap +1\.000 +1\.000 +1\.000 +4 +4 +4$' "ent.overlap all matched"
expect_line '^ent\.id +0\.500 +0\.500 +0\.500 +4 +4 +2$' "ent.id 2 of 4"
expect_line '^ent\.exact cs +0\.500 +0\.500 +0\.500 ' "ent.exact per language (cs)"
expect_line '^AGENCY +0\.000 +0\.000 +0\.000 +1 +1 +0$' "per-type row AGENCY"
expect_line '^rel +1\.000 +0\.667 +0\.800 +3 +2 +2$' "rel P=1.0 R=0.667 F1=0.8"
expect_line '^relq +0\.500 +0\.333 +0\.400 +3 +2 +1$' "relq with qualifier"
expect_line '^rel en +1\.000 +0\.500 +0\.667 ' "rel per language (en)"
expect_line '^BLAMED +0\.000 +0\.000 +0\.000 +1 +0 +0$' "per-predicate row BLAMED"
expect_line '^en +1 +0 +2 +2 +2 +1$' "counts per language, foreign doc ignored"
expect_line '^ent MISS	t-cs-001	14	19	AGENCY	agency:cz-nukib	NÚKIB	APT28 napadlo \[\[NÚKIB\]\]\.$' "--errors lists the missed entity in its sentence"
expect_line '^ent FALSE	t-cs-001	14	18	AGENCY	agency:cz-nukib	NÚKI	APT28 napadlo \[\[NÚKI\]\]B\.$' "--errors lists the false entity in its sentence"
expect_line '^ent WRONG-ID	t-en-001	0	5	ACTOR	actor:apt28	APT28	\[\[APT28\]\] hit Czechia\.$' "--errors lists the wrong id in its sentence"
expect_line '^rel MISS	t-en-001	BLAMED	agency:cz-nukib	actor:apt28	' "--errors lists the missed relation"
if grep -q 'zz-other' "$T/out"; then bad "records of docs not in gold were scored"; else ok "docs not in gold ignored"; fi

# floors: met
printf '# comment\nrel.p\t1.0\nrel.r\t0.66\nent.exact.f1\t0.75\nent.overlap.f1.ACTOR\t1.0\nrel.f1.cs\t1.0\n' >"$T/floors-ok"
$ev --gold "$here/gold.tsv" --floors "$T/floors-ok" "$here/system.tsv" >"$T/out" 2>&1
rc=$?
[ "$rc" -eq 0 ] && ok "floors met -> exit 0" || bad "floors met but exit $rc"
# floors: not met
printf 'rel.r\t0.7\nent.id.f1\t0.5\nent.exact.f1.AGENCY\t0.1\n' >"$T/floors-bad"
$ev --gold "$here/gold.tsv" --floors "$T/floors-bad" "$here/system.tsv" >"$T/out" 2>&1
rc=$?
[ "$rc" -eq 1 ] && ok "floor not met -> exit 1" || bad "floor not met but exit $rc"
expect_line '^FLOOR NOT MET: rel\.r = 0\.667 < 0\.700$' "names the failed floor rel.r"
expect_line '^FLOOR NOT MET: ent\.exact\.f1\.AGENCY' "names the failed floor ent.exact.f1.AGENCY"
if grep -q 'FLOOR NOT MET: ent.id.f1' "$T/out"; then bad "ent.id.f1 0.5 >= 0.5 reported"; else ok "a value equal to its floor passes"; fi
# unknown metric
printf 'rel.f2\t0.1\n' >"$T/floors-unknown"
$ev --gold "$here/gold.tsv" --floors "$T/floors-unknown" "$here/system.tsv" >"$T/out" 2>&1
rc=$?
[ "$rc" -eq 2 ] && ok "unknown metric -> exit 2" || bad "unknown metric but exit $rc"

# gold as a split directory (index.tsv + per-doc .gold.tsv), system on stdin
mkdir "$T/split"
printf 'id\tlang\tdate\tsource\nt-cs-001\tcs\t\t\nt-en-001\ten\t\t\n' >"$T/split/index.tsv"
grep '	t-cs-001	' "$here/gold.tsv" | grep -v '^doc' >"$T/split/t-cs-001.gold.tsv"
grep '	t-en-001	' "$here/gold.tsv" | grep -v '^doc' >"$T/split/t-en-001.gold.tsv"
$ev --gold "$T/split" <"$here/system.tsv" >"$T/out" 2>&1
rc=$?
[ "$rc" -eq 0 ] && ok "split directory gold -> exit 0" || bad "split directory gold exit $rc"
expect_line '^rel +1\.000 +0\.667 +0\.800 +3 +2 +2$' "split directory gives the same rel scores"
expect_line '^ent\.exact +0\.750 +0\.750 +0\.750 +4 +4 +3$' "split directory gives the same ent scores"

# --errors with a split directory: the text of an entity error comes from
# <id>.txt; only the mention's sentence is shown, cut to 100 characters
# each side of the mention ("...") when the sentence is longer
mkdir "$T/ctx"
printf 'id\tlang\tdate\tsource\nc-en-001\ten\t\t\n' >"$T/ctx/index.tsv"
long="The agency said that the attack on the ministry had been prepared for many months by a group"
printf 'It began on Friday. The NUKIB said APT28 did it!\n\n%s and that Sandworm %s and that %s.' \
    "$long" "$long" "$long" >"$T/ctx/c-en-001.txt"
# offsets: NUKIB 24-29, APT28 35-40; Sandworm 103 characters into its
# paragraph's one sentence, 186 before its end
sw=$(python3 -c 'import sys; t = open(sys.argv[1], encoding="utf-8").read(); print(t.index("Sandworm"))' "$T/ctx/c-en-001.txt")
printf 'ent\tc-en-001\t24\t29\tAGENCY\tagency:cz-nukib\tNUKIB\tgold\nent\tc-en-001\t%d\t%d\tACTOR\tactor:sandworm\tSandworm\tgold\n' \
    "$sw" $((sw + 8)) >"$T/ctx/c-en-001.gold.tsv"
printf 'ent\tc-en-001\t35\t40\tACTOR\tactor:apt28\tAPT28\texact\n' >"$T/ctx/system.tsv"
$ev --gold "$T/ctx" --errors "$T/ctx/system.tsv" >"$T/out" 2>&1
expect_line '^ent MISS	c-en-001	24	29	AGENCY	agency:cz-nukib	NUKIB	The \[\[NUKIB\]\] said APT28 did it!$' "--errors: the sentence of a missed entity, from <id>.txt"
expect_line '^ent FALSE	c-en-001	35	40	ACTOR	actor:apt28	APT28	The NUKIB said \[\[APT28\]\] did it!$' "--errors: the sentence of a false entity, from the gold text"
expect_line '^ent MISS	c-en-001	[0-9]+	[0-9]+	ACTOR	actor:sandworm	Sandworm	\.\.\.e agency said that the attack on the ministry had been prepared for many months by a group and that \[\[Sandworm\]\] The agency said that the attack on the ministry had been prepared for many months by a group and th\.\.\.$' \
    "--errors: a long sentence cut to 100 characters each side"

# the real dev gold scored against itself is perfect
if [ -f "$root/corpora/dev/index.tsv" ]; then
    cat "$root"/corpora/dev/*.gold.tsv >"$T/self.tsv"
    $ev --gold "$root/corpora/dev" "$T/self.tsv" >"$T/out" 2>&1
    expect_line '^rel +1\.000 +1\.000 +1\.000 ' "dev gold against itself: rel F1 1.0"
    expect_line '^ent\.id +1\.000 +1\.000 +1\.000 ' "dev gold against itself: ent.id F1 1.0"
fi

[ "$fail" -eq 0 ] && echo "PASS" || echo "FAILED"
exit "$fail"
