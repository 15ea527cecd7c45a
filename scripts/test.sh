#!/bin/sh
# test.sh - install dependencies, build, and run every test (ctest).
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh build
ctest --test-dir build --output-on-failure -j "$(nproc)"
