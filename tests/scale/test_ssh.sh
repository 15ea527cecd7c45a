#!/bin/sh
# test_ssh.sh - scripts/stopa-run through GNU parallel over real SSH.
#
# Starts OpenSSH's sshd on a free loopback port with a host key, a user key
# and a config made here, declares two "hosts" on it (127.0.0.1 and
# localhost, two job slots each), runs the runner over a generated corpus
# of 4,000 documents in 20 files, in shared-file-system mode and in
# transfer mode (inputs sent, outputs returned, binaries and models sent
# as base files, big files cut into line chunks), and checks that each
# merged output is byte-identical to one `normalize FILES | tag | relate`
# run and that both hosts ran shards. A missing sshd, ssh or parallel is a
# failure: scripts/install-deps.sh installs them.
set -u
ROOT=$(pwd)
RUN=$ROOT/scripts/stopa-run
fail() { echo "FAIL: $*" >&2; exit 1; }

: "${STOPA_BIN:?STOPA_BIN must name the directory of the binaries}"
BIN=$(cd "$STOPA_BIN" && pwd) || fail "no directory $STOPA_BIN"
for p in normalize tag relate; do
    [ -x "$BIN/$p" ] || fail "$BIN/$p is missing (build first)"
done
for t in /usr/sbin/sshd ssh ssh-keygen parallel rsync python3; do
    command -v "$t" >/dev/null 2>&1 || fail "$t is not installed (run scripts/install-deps.sh)"
done

T=$(mktemp -d "${TMPDIR:-/tmp}/stopa-ssh.XXXXXX") || fail "mktemp"
cleanup() {
    if [ -f "$T/sshd.pid" ]; then kill "$(cat "$T/sshd.pid")" 2>/dev/null; fi
    rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP
export HOME="$T/home"
mkdir -p "$HOME/.parallel" && touch "$HOME/.parallel/will-cite"

# keys and sshd config
ssh-keygen -q -t ed25519 -N '' -C stopa-test-host -f "$T/host_key" || fail "ssh-keygen host"
ssh-keygen -q -t ed25519 -N '' -C stopa-test-user -f "$T/user_key" || fail "ssh-keygen user"
cp "$T/user_key.pub" "$T/authorized_keys"
# sshd wants its privilege separation directory when run as root
[ "$(id -u)" -eq 0 ] && mkdir -p /run/sshd

start_sshd() {
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    cat >"$T/sshd_config" <<EOF
Port $port
ListenAddress 127.0.0.1
HostKey $T/host_key
AuthorizedKeysFile $T/authorized_keys
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
StrictModes no
UsePAM no
PermitRootLogin prohibit-password
PidFile $T/sshd.pid
LogLevel VERBOSE
MaxStartups 100:30:200
MaxSessions 100
EOF
    /usr/sbin/sshd -f "$T/sshd_config" -D -E "$T/sshd.log" &
    cat >"$T/ssh_config" <<EOF
Host h1
    HostName 127.0.0.1
Host h2
    HostName localhost
    AddressFamily inet
Host *
    Port $port
    User $(id -un)
    IdentityFile $T/user_key
    IdentitiesOnly yes
    BatchMode yes
    StrictHostKeyChecking no
    UserKnownHostsFile $T/known_hosts
    LogLevel ERROR
EOF
    i=0
    while [ $i -lt 50 ]; do
        if ssh -F "$T/ssh_config" h1 true 2>/dev/null && ssh -F "$T/ssh_config" h2 true 2>/dev/null; then
            return 0
        fi
        sleep 0.2
        i=$((i + 1))
    done
    return 1
}
start_sshd || { cat "$T/sshd.log" >&2; fail "sshd did not start on port $port"; }

# the corpus: 20 files of 200 documents, and the single-process reference
cd "$T" || fail "cd"
sh "$ROOT/tests/scale/corpus.sh" corpus 20 200 || fail "corpus"
LC_ALL=C
export LC_ALL
"$BIN/normalize" -f jsonl corpus/* | "$BIN/tag" | "$BIN/relate" >ref.tsv 2>ref.err
ndoc=$(grep -c '^doc	' ref.tsv)
[ "$ndoc" -eq 4000 ] || fail "the reference run wrote $ndoc doc records, not 4000"

printf '%s\n' "2/ssh -F $T/ssh_config h1" "2/ssh -F $T/ssh_config h2" >"$T/sshlogins"

# 1. shared file system: same paths on every host
"$RUN" -f jsonl --bin "$BIN" -S "2/ssh -F $T/ssh_config h1" -S "2/ssh -F $T/ssh_config h2" \
    --keep -w work1 -o out1.tsv corpus >run1.out 2>run1.err
rc=$?
[ $rc -eq 0 ] || { cat run1.err >&2; fail "shared-fs run: exit $rc"; }
[ -s run1.out ] && fail "the runner wrote to stdout with -o"
cmp ref.tsv out1.tsv || fail "shared-fs run: output differs from the single-process run"
awk -F'\t' 'NR > 1 && $7 != 0 { bad = 1 } END { exit bad }' work1/joblog || fail "a job failed in work1/joblog"
for h in h1 h2; do
    grep -q "ssh_config $h	" work1/joblog || fail "shared-fs run: no shard ran on $h (joblog: $(cut -f2 work1/joblog | sort | uniq -c))"
done
[ "$(wc -l <work1/plan)" -eq 20 ] || fail "shared-fs run: expected 20 shards"

# 2. transfer mode, hosts from --slf, files cut into chunks of 150 lines:
# inputs are sent, outputs returned; nothing read from the shared tree
"$RUN" -f jsonl --bin "$BIN" --slf "$T/sshlogins" --transfer --remote-dir "$T/remote" \
    --lines 150 ${STOPA_TEST_MODELS:+-m "$STOPA_TEST_MODELS"} --keep -w work2 corpus >out2.tsv 2>run2.err
rc=$?
[ $rc -eq 0 ] || { cat run2.err >&2; fail "transfer run: exit $rc"; }
cmp ref.tsv out2.tsv || fail "transfer run: output differs from the single-process run"
[ "$(wc -l <work2/plan)" -eq 40 ] || fail "transfer run: expected 40 shards (20 files in 2 chunks), got $(wc -l <work2/plan)"
for h in h1 h2; do
    grep -q "ssh_config $h	" work2/joblog || fail "transfer run: no shard ran on $h"
done
# the scratch directory on the hosts was cleaned (only empty dirs may stay)
[ -z "$(find "$T/remote" -type f 2>/dev/null)" ] || fail "transfer run left files in the remote dir: $(find "$T/remote" -type f | head -3)"
grep -q 'Accepted publickey' "$T/sshd.log" || fail "sshd log shows no login"

echo "ok: 4000 documents over ssh (shared fs, and transfer with line chunks) identical to one process"
exit 0
