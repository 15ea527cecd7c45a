#!/usr/bin/env python3
"""bench_run.py - time the commands of scripts/bench.sh and print the table.

Usage: bench_run.py --plan PLAN --corpus FILE --docs N --runs R --md OUT
                    [--startup-runs 20] [--notes FILE] [--machine FILE]

PLAN is a TSV file, one command a line:

    name  kind  stdin-file  shell-command

kind is `filter` (a stopa filter or the pipeline), `baseline`, `part`
(a filter on a part of the stream, such as the documents of one language:
its MB/s and docs/s are those of its own standard input, the bytes of the
file and its `doc` lines), or `startup` (timed --startup-runs times,
reported in milliseconds). Each
command runs through /bin/sh with standard input from stdin-file and
standard output to /dev/null, once untimed as a warm-up (its output is
counted then: lines written) and then R times. Wall time comes from
time.perf_counter around the whole run; peak RSS from GNU time's %M
(/usr/bin/time wraps the shell; %M is the largest of the shell and the
processes it waited for, so for a pipeline the largest stage, not the sum).
Start-up rows exec the command directly (no shell, no time) for the timing
and run it once more under time for the RSS.

CPU s is the median user + system time of the command and every process
it waited for (os.wait4); MB per CPU s divides the row's MB by it. For a
one-thread row that is its speed on one core, which other tenants of a
shared machine move less than wall time; the report also gives `tag -j 1`
against the Python baseline by CPU time.

MB/s and docs/s divide the corpus size (10^6 bytes) and its document count
by the median wall time, for every row, so rows compare directly even where
a filter reads a pre-computed stream instead of the corpus. Ratios: the
speed of tag and of the pipeline divided by the speed of each baseline
(above 1: faster than the baseline).
"""

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time


TIME = "/usr/bin/time"  # GNU time: %M is the peak RSS of what it waited for


def run_once(cmd, stdin_path, stdout, rss_file, cpu=None):
    """Run cmd under sh; return (wall seconds, peak RSS KB, exit status);
    the CPU seconds (user + system, of every process it waited for) are
    appended to the list cpu when given."""
    if os.path.exists(TIME):
        argv = [TIME, "-f", "%M", "-o", rss_file, "/bin/sh", "-c", cmd]
    else:
        argv = ["/bin/sh", "-c", cmd]
    with open(stdin_path, "rb") as fin:
        t0 = time.perf_counter()
        p = subprocess.Popen(argv, stdin=fin, stdout=stdout)
        _, status, ru = os.wait4(p.pid, 0)
        t1 = time.perf_counter()
    rc = os.waitstatus_to_exitcode(status)
    if cpu is not None:
        cpu.append(ru.ru_utime + ru.ru_stime)
    rss = ru.ru_maxrss  # fallback: includes this Python process before exec
    if os.path.exists(TIME):
        try:
            with open(rss_file) as f:
                # the last line: time writes "Command exited with..." first
                # when the status is not 0
                rss = int(f.read().split()[-1])
        except (OSError, ValueError, IndexError):
            pass
    return t1 - t0, rss, rc


def run_direct(argv):
    """Start-up timing: exec argv itself (no shell, no time), stdin /dev/null."""
    with open(os.devnull, "rb") as fin, open(os.devnull, "wb") as fout:
        t0 = time.perf_counter()
        p = subprocess.Popen(argv, stdin=fin, stdout=fout)
        p.wait()
        return time.perf_counter() - t0, p.returncode


def count_output(cmd, stdin_path, tmpdir, rss_file):
    out = os.path.join(tmpdir, "warmup.out")
    with open(out, "wb") as f:
        t, rss, rc = run_once(cmd, stdin_path, f, rss_file)
    lines = 0
    size = os.path.getsize(out)
    with open(out, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            lines += block.count(b"\n")
    os.unlink(out)
    return lines, size, rc


def baselines_of(rows):
    return [r[0] for r in rows if r[1] == "baseline"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--plan", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--docs", type=int, required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--startup-runs", type=int, default=20)
    ap.add_argument("--md", required=True)
    ap.add_argument("--notes", help="file of notes (skipped steps) for the report")
    ap.add_argument("--machine", help="file describing the machine")
    args = ap.parse_args()

    corpus_mb = os.path.getsize(args.corpus) / 1e6
    tmpdir = os.path.dirname(os.path.abspath(args.md))
    plan = []
    with open(args.plan, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                name, kind, stdin_path, cmd = line.rstrip("\n").split("\t", 3)
                plan.append((name, kind, stdin_path, cmd))

    rows = []      # (name, kind, median s, MB/s, docs/s, rss KB, out lines, note)
    startups = []  # (name, median ms, rss KB)
    devnull = open(os.devnull, "wb")
    rss_file = os.path.join(tmpdir, "rss.txt")
    for name, kind, stdin_path, cmd in plan:
        sys.stderr.write("bench: %-22s %s\n" % (name, cmd))
        if kind == "startup":
            ts, rcs = [], set()
            argv = shlex.split(cmd)
            for _ in range(args.startup_runs):
                t, rc = run_direct(argv)
                ts.append(t)
                rcs.add(rc)
            _, rss, _ = run_once(cmd, stdin_path, devnull, rss_file)
            startups.append((name, statistics.median(ts) * 1000, rss, max(rcs)))
            continue
        lines, _, rc0 = count_output(cmd, stdin_path, tmpdir, rss_file)
        ts, rss, rcs, cpus = [], [], {rc0}, []
        for _ in range(args.runs):
            t, r, rc = run_once(cmd, stdin_path, devnull, rss_file, cpus)
            ts.append(t)
            rss.append(r)
            rcs.add(rc)
        med = statistics.median(ts)
        mb, docs = corpus_mb, args.docs
        if kind == "part":
            mb = os.path.getsize(stdin_path) / 1e6
            with open(stdin_path, "rb") as part:
                docs = sum(1 for ln in part if ln.startswith(b"doc\t"))
        note = ""
        bad = sorted(c for c in rcs if c not in (0,) and not (kind == "baseline" and c == 1))
        if bad:
            note = "exit %s" % ",".join(map(str, bad))
        if kind == "part":
            note = ("%.1f MB, %d documents of its own" % (mb, docs)) + ("; " + note if note else "")
        cpu = statistics.median(cpus) if cpus else 0.0
        rows.append((name, kind, med, mb / med, docs / med,
                     statistics.median(rss), lines, min(ts), max(ts), note, cpu, mb))
        sys.stderr.write("bench: %-22s median %.2f s (%.1f MB/s)%s\n"
                         % (name, med, mb / med, "  " + note if note else ""))

    speed = {r[0]: r[3] for r in rows}
    baselines = [r[0] for r in rows if r[1] == "baseline"]
    subjects = [n for n in speed if n == "tag" or n == "pipeline"]

    md = []
    md.append("# stopa benchmark results\n")
    if args.machine and os.path.exists(args.machine):
        md.append(open(args.machine, encoding="utf-8").read().rstrip() + "\n")
    md.append("Corpus: `%s`, %.1f MB, %d documents; %d timed runs each (median), "
              "after one untimed warm-up run.\n"
              % (args.corpus, corpus_mb, args.docs, args.runs))
    md.append("| command | median s | min–max s | MB/s | docs/s | peak RSS MB | output lines | CPU s | MB per CPU s | note |")
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for name, kind, med, mbs, dps, rss, lines, tmin, tmax, note, cpu, mb in rows:
        md.append("| %s | %.3f | %.3f–%.3f | %.1f | %.0f | %.1f | %d | %.3f | %s | %s |"
                  % (name.replace("|", "\\|"), med, tmin, tmax, mbs, dps, rss / 1024, lines, cpu,
                     "%.1f" % (mb / cpu) if cpu > 0 else "-", note))
    md.append("")
    # one core by CPU time: less moved by other tenants of a shared machine
    # than wall time (a single-threaded command's CPU time is its run time
    # without the waits)
    cpu_of = {r[0]: r[10] for r in rows}
    one = [n for n in ("tag -j 1",) if n in cpu_of and cpu_of[n] > 0]
    py = [b for b in baselines_of(rows) if b.startswith("python") and cpu_of.get(b, 0) > 0]
    if one and py:
        md.append("One core by CPU time (user + system, medians): `%s` %.3f s, `%s` %.3f s: "
                  "%.2f× the baseline.\n"
                  % (one[0], cpu_of[one[0]], py[0], cpu_of[py[0]], cpu_of[py[0]] / cpu_of[one[0]]))
    for name, ms, rss, rc in startups:
        md.append("Start-up, `%s`: median %.1f ms of %d runs, peak RSS %.1f MB%s."
                  % (name, ms, args.startup_runs, rss / 1024,
                     "" if rc == 0 else " (exit %d)" % rc))
    if startups:
        md.append("")
    if subjects and baselines:
        md.append("Speed ratios (MB/s of the row ÷ MB/s of the baseline; "
                  "above 1 = faster than the baseline):\n")
        md.append("| | " + " | ".join(baselines) + " |")
        md.append("|---|" + "---:|" * len(baselines))
        for s in subjects:
            md.append("| %s | %s |" % (s, " | ".join("%.3f" % (speed[s] / speed[b])
                                                     for b in baselines)))
        md.append("")
    if args.notes and os.path.exists(args.notes):
        notes = [l.rstrip("\n") for l in open(args.notes, encoding="utf-8") if l.strip()]
        if notes:
            md.append("Notes:\n")
            md.extend("- " + n for n in notes)
            md.append("")
    md.append("Commands:\n")
    for name, kind, stdin_path, cmd in plan:
        if stdin_path == os.devnull:
            md.append("- %s: `%s`" % (name, cmd))
        else:
            md.append("- %s: `%s` with standard input `%s`" % (name, cmd, stdin_path))
    text = "\n".join(md) + "\n"
    with open(args.md, "w", encoding="utf-8") as f:
        f.write(text)
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
