#!/bin/sh
# demo.sh - install dependencies, build, and run the whole pipeline on the
# bundled sample corpus with the bundled models; records go to stdout:
# doc, ent and rel records of each document, then the incident records.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh build >&2
PATH="$PWD/build/bin:$PATH"
# the records of every document (doc, ent, rel), then the incidents
normalize --format jsonl corpora/sample/docs.jsonl | tag | relate | incidents --pass
