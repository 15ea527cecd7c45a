#!/bin/bash
# merge.sh WORK [-o FILE] - merge the shard outputs of a Slurm run of
# stopa.sbatch in shard order (input order), after listing the shards that
# failed or reported bad input. Refuses (exit 2) while any shard output
# is missing, and prints the sbatch command that runs those shards again.
set -u
W=${1:?usage: merge.sh WORK [-o FILE]}
shift
[ -f "$W/plan" ] || { echo "merge.sh: $W: no plan" >&2; exit 2; }
plan_runner=""
# shellcheck disable=SC1091
. "$W/config" 2>/dev/null || true
RUN=${STOPA_RUN:-${plan_runner:-$(dirname "$0")/../stopa-run}}
n=$(wc -l <"$W/plan")
missing="" worst=0 i=0
while [ "$i" -lt "$n" ]; do
    k=$(printf '%06d' "$i")
    st=$(cat "$W/log/$k.status" 2>/dev/null || echo "not run")
    if [ ! -f "$W/out/$k.tsv" ]; then
        missing="$missing${missing:+,}$i"
        echo "merge.sh: shard $i ($(sed -n "$((i + 1))p" "$W/plan" | cut -f3)): $st; see $W/log/$k.err" >&2
    else
        case $st in bad-input*)
            worst=1
            echo "merge.sh: shard $i ($(sed -n "$((i + 1))p" "$W/plan" | cut -f3)): some input was bad: ${st#bad-input }" >&2;;
        esac
    fi
    i=$((i + 1))
done
if [ -n "$missing" ]; then
    echo "merge.sh: run them again: sbatch --array=$missing $(dirname "$0")/stopa.sbatch $W" >&2
    exit 2
fi
"$RUN" -w "$W" --merge "$@" || exit 2
exit "$worst"
