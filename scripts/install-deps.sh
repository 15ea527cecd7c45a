#!/bin/sh
# install-deps.sh - install what stopa builds and tests with, from Debian.
#
# Safe to run again: packages already present are left alone, and nothing
# is downloaded when all are there. Needs root (or sudo) only to install.
set -eu
PKGS="build-essential cmake pkg-config python3 gzip
libutf8proc-dev libstemmer-dev libhunspell-dev hunspell-cs hunspell-en-us
zlib1g-dev libcmocka-dev"
# extra tools some tests and benchmarks use: sanitizer runtime, valgrind
PKGS="$PKGS clang libclang-rt-14-dev valgrind parallel openssh-server openssh-client rsync groff-base man-db"
# Graphviz draws stopa-plot's graph.svg (tests/cli/stopa-plot/graph-svg);
# gnuplot (the build without X) its timeline.svg from timeline.gp
# (tests/cli/stopa-plot/timeline-gnuplot)
PKGS="$PKGS graphviz gnuplot-nox"
missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "install-deps: installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
