#!/bin/sh
# bench-memory.sh [MB] [BUILD_DIR] - peak RSS of each filter on a stream of
# MB megabytes of small documents (default 1000) and on one document of
# MB megabytes: tests/reliability/test_memory.sh at benchmark size. Note:
# tag needs about 8x the size of one document (1 GB document: ~8 GB);
# see docs/RELIABILITY.md.
set -eu
cd "$(dirname "$0")/.."
mb=${1:-1000}
dir=${2:-build}
STOPA_MEM_MB=$mb STOPA_BIN=$PWD/$dir/bin STOPA_BUILD=$PWD/$dir sh tests/reliability/test_memory.sh
