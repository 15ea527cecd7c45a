#!/bin/sh
# demo.sh - install dependencies, build, and run the whole pipeline on the
# bundled sample corpus with the bundled models; records go to stdout.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh build >&2
PATH="$PWD/build/bin:$PATH"
normalize --format jsonl corpora/sample/docs.jsonl | tag | relate
