#!/bin/sh
# build.sh [BUILD_DIR] [cmake options...] - configure and build stopa
set -eu
cd "$(dirname "$0")/.."
dir=${1:-build}
[ $# -gt 0 ] && shift
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DSTOPA_WERROR=ON "$@" >/dev/null
cmake --build "$dir" -j "$(nproc)"
