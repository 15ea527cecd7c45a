#!/usr/bin/env python3
"""Score stopa `ent` and `rel` records against gold records.

usage: evaluate.py --gold GOLD [--errors] [--floors FILE] [SYSTEM.tsv]

GOLD is a split directory (corpora/dev: every *.gold.tsv in it, languages
from its index.tsv) or one gold TSV file (record stream; languages from its
`doc` records or from the doc id, `dev-cs-001` -> cs). SYSTEM.tsv is the
output of `normalize | tag | relate` (standard input if omitted or `-`).
Only system records whose doc id is one of the gold documents are scored;
the gold documents are those in index.tsv (directory) or those named by any
record of the gold file.

Entities are scored three ways:
  exact    (doc, start, end, type) equal
  overlap  same doc and type, spans overlap (one-to-one, greedy by position)
  id       (doc, start, end, entity_id) equal
Relations (deduplicated) are scored by (doc, predicate, subject_id,
object_id) -- `rel` -- and, stricter, with the qualifier as well -- `relq`.

P = matched system items / system items, R = matched gold items / gold
items, F1 their harmonic mean. Where a denominator is 0, P (or R) is 1.0
if the other side is empty too, else 0.0.

Metric names (for --floors; values in [0,1]):
  ent.exact.{p,r,f1}  ent.overlap.{p,r,f1}  ent.id.{p,r,f1}
  rel.{p,r,f1}        relq.{p,r,f1}
each optionally followed by one of
  .cs / .en           language
  .<TYPE>             entity type (ent.*), e.g. ent.exact.f1.ACTOR
  .<PREDICATE>        predicate (rel, relq), e.g. rel.f1.TARGETED
e.g. `ent.exact.f1`, `rel.f1.cs`, `ent.id.r.en`, `rel.p.BLAMED`.

--floors FILE  lines `metric<TAB>floor` (blank lines and # comments
               skipped); exit status 1 if any measured value is below its
               floor, listing each such metric. An unknown metric name is a
               usage error (exit 2).
--errors       list missed gold items and false system hits: entities with
               their surface and the sentence around the mention (at most
               CONTEXT characters each side, the mention in [[ ]]; the text
               is the doc record's, or <id>.txt in a split directory),
               relations with their evidence sentence.

Exit status: 0 ok, 1 a floor not met, 2 usage error or unreadable input.
Python 3 standard library only.
"""
import glob
import os
import re
import sys

ENT_TYPES = ["ACTOR", "STATE", "AGENCY", "INSTITUTION", "PERSON", "PRODUCT",
             "MALWARE", "VULN", "IP", "DOMAIN", "URL", "HASH", "EMAIL"]
PREDICATES = ["TARGETED", "CLAIMED", "ATTRIBUTED_TO", "BLAMED", "EXPLOITED",
              "CONDEMNED", "SUPPORTED"]
LANGS = ["cs", "en"]


def die(msg, code=2):
    print("evaluate.py: %s" % msg, file=sys.stderr)
    sys.exit(code)


def unesc(s):
    if "\\" not in s:
        return s
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            out.append({"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}.get(n, "\\" + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def read_records(f, name):
    """Yield (lineno, fields) of a record stream."""
    for ln, line in enumerate(f, 1):
        line = line.rstrip("\n").rstrip("\r")
        if not line or line.startswith("#"):
            continue
        yield ln, [unesc(x) for x in line.split("\t")]


class Data:
    def __init__(self):
        self.ents = {}     # (doc, start, end, type, id) -> surface
        self.rels = {}     # (doc, pred, subj, obj) -> (qualifier, evidence)
        self.docs = set()
        self.lang = {}
        self.text = {}     # doc -> text (doc records, <id>.txt of a split)

    def add(self, fields, where):
        kind = fields[0]
        try:
            if kind == "doc":
                self.docs.add(fields[1])
                if len(fields) > 2 and fields[2] in LANGS:
                    self.lang[fields[1]] = fields[2]
                if len(fields) > 5:
                    self.text.setdefault(fields[1], fields[5])
            elif kind == "ent":
                doc, start, end, typ, eid, surface = fields[1:7]
                key = (doc, int(start), int(end), typ, eid)
                self.ents.setdefault(key, surface)
            elif kind == "rel":
                doc, pred, subj, obj, qual = fields[1:6]
                evidence = fields[10] if len(fields) > 10 else ""
                self.rels.setdefault((doc, pred, subj, obj), (qual, evidence))
        except (ValueError, IndexError):
            print("evaluate.py: %s: malformed %s record, skipped" % (where, kind), file=sys.stderr)


def load_file(path, data):
    try:
        if path == "-":
            f = sys.stdin
        else:
            f = open(path, encoding="utf-8", errors="replace")
    except OSError as e:
        die("cannot read %s: %s" % (path, e))
    with f:
        for ln, fields in read_records(f, path):
            data.add(fields, "%s:%d" % (path, ln))


def load_gold(path):
    g = Data()
    if os.path.isdir(path):
        idx = os.path.join(path, "index.tsv")
        if os.path.exists(idx):
            with open(idx, encoding="utf-8") as f:
                for i, line in enumerate(f):
                    parts = line.rstrip("\n").split("\t")
                    if i == 0 and parts[0] == "id":
                        continue
                    if parts and parts[0]:
                        g.docs.add(parts[0])
                        if len(parts) > 1 and parts[1] in LANGS:
                            g.lang[parts[0]] = parts[1]
        files = sorted(glob.glob(os.path.join(path, "*.gold.tsv")))
        if not files and not g.docs:
            die("no *.gold.tsv or index.tsv in %s" % path)
        for fp in files:
            load_file(fp, g)
            base = os.path.basename(fp)[:-len(".gold.tsv")]
            g.docs.add(base)
        for doc in g.docs:
            txt = os.path.join(path, doc + ".txt")
            if doc not in g.text and os.path.isfile(txt):
                with open(txt, encoding="utf-8", errors="replace") as f:
                    g.text[doc] = f.read()
    elif os.path.isfile(path):
        load_file(path, g)
    else:
        die("gold %s not found" % path)
    for k in g.ents:
        g.docs.add(k[0])
    for k in g.rels:
        g.docs.add(k[0])
    return g


def lang_of(doc, gold, system):
    if doc in gold.lang:
        return gold.lang[doc]
    if doc in system.lang:
        return system.lang[doc]
    m = re.search(r"(?:^|[-_])(cs|en)(?:[-_]|$)", doc)
    return m.group(1) if m else "und"


def prf(tp_sys, n_sys, tp_gold, n_gold):
    p = tp_sys / n_sys if n_sys else (1.0 if n_gold == 0 else 0.0)
    r = tp_gold / n_gold if n_gold else (1.0 if n_sys == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def overlap_match(gold_items, sys_items):
    """One-to-one greedy matching of spans of the same doc and type.
    Items: (doc, start, end, type, id). Returns (matched sys set, matched gold set)."""
    by = {}
    for g in gold_items:
        by.setdefault((g[0], g[3]), []).append(g)
    for v in by.values():
        v.sort(key=lambda x: (x[1], x[2]))
    used = set()
    msys = set()
    for s in sorted(sys_items, key=lambda x: (x[0], x[1], x[2])):
        best = None
        for g in by.get((s[0], s[3]), []):
            if g in used:
                continue
            if g[1] < s[2] and s[1] < g[2]:
                ov = min(g[2], s[2]) - max(g[1], s[1])
                if best is None or ov > best[0]:
                    best = (ov, g)
        if best:
            used.add(best[1])
            msys.add(s)
    return msys, used


def evaluate(gold, system):
    """Return (metrics dict, detail dict for --errors, counts)."""
    docs = gold.docs
    sys_ents = [k for k in system.ents if k[0] in docs]
    sys_rels = [k for k in system.rels if k[0] in docs]
    gold_ents = list(gold.ents)
    gold_rels = list(gold.rels)
    L = lambda doc: lang_of(doc, gold, system)

    def key_exact(k):
        return (k[0], k[1], k[2], k[3])

    def key_id(k):
        return (k[0], k[1], k[2], k[4])

    metrics = {}
    detail = {}

    def score(name, g_items, s_items, match_sys, match_gold, groups):
        # groups: list of (suffix, predicate on item)
        for suffix, pred in groups:
            gi = [x for x in g_items if pred(x)]
            si = [x for x in s_items if pred(x)]
            tp_s = sum(1 for x in si if x in match_sys)
            tp_g = sum(1 for x in gi if x in match_gold)
            p, r, f = prf(tp_s, len(si), tp_g, len(gi))
            metrics["%s.p%s" % (name, suffix)] = p
            metrics["%s.r%s" % (name, suffix)] = r
            metrics["%s.f1%s" % (name, suffix)] = f
            metrics["%s.n%s" % (name, suffix)] = (len(gi), len(si), tp_g, tp_s)

    ent_groups = [("", lambda x: True)] + \
        [("." + l, (lambda l: lambda x: L(x[0]) == l)(l)) for l in LANGS] + \
        [("." + t, (lambda t: lambda x: x[3] == t)(t)) for t in ENT_TYPES]
    # exact
    gk = {key_exact(k) for k in gold_ents}
    sk = {key_exact(k) for k in sys_ents}
    ms = {k for k in sys_ents if key_exact(k) in gk}
    mg = {k for k in gold_ents if key_exact(k) in sk}
    score("ent.exact", gold_ents, sys_ents, ms, mg, ent_groups)
    detail["ent.exact"] = (ms, mg)
    # overlap
    ms, mg = overlap_match(gold_ents, sys_ents)
    score("ent.overlap", gold_ents, sys_ents, ms, mg, ent_groups)
    # id
    gk = {key_id(k) for k in gold_ents}
    sk = {key_id(k) for k in sys_ents}
    ms = {k for k in sys_ents if key_id(k) in gk}
    mg = {k for k in gold_ents if key_id(k) in sk}
    score("ent.id", gold_ents, sys_ents, ms, mg, ent_groups)
    detail["ent.id"] = (ms, mg)
    # relations
    rel_groups = [("", lambda x: True)] + \
        [("." + l, (lambda l: lambda x: L(x[0]) == l)(l)) for l in LANGS] + \
        [("." + p, (lambda p: lambda x: x[1] == p)(p)) for p in PREDICATES]
    gset, sset = set(gold_rels), set(sys_rels)
    ms = {k for k in sys_rels if k in gset}
    mg = {k for k in gold_rels if k in sset}
    score("rel", gold_rels, sys_rels, ms, mg, rel_groups)
    detail["rel"] = (ms, mg)
    ms = {k for k in sys_rels if k in gset and system.rels[k][0] == gold.rels[k][0]}
    mg = {k for k in gold_rels if k in sset and system.rels[k][0] == gold.rels[k][0]}
    score("relq", gold_rels, sys_rels, ms, mg, rel_groups)

    counts = {}
    for l in LANGS + ["und"]:
        nd = sum(1 for d in docs if L(d) == l)
        if nd or l != "und":
            counts[l] = dict(
                docs=nd,
                sys_docs=sum(1 for d in system.docs if d in docs and L(d) == l),
                gold_ents=sum(1 for k in gold_ents if L(k[0]) == l),
                sys_ents=sum(1 for k in sys_ents if L(k[0]) == l),
                gold_rels=sum(1 for k in gold_rels if L(k[0]) == l),
                sys_rels=sum(1 for k in sys_rels if L(k[0]) == l))
    return metrics, detail, counts, sys_ents, sys_rels


def table(metrics, rows, title, prefix_fmt):
    out = ["", title, "%-16s %7s %7s %7s %7s %7s %7s" % ("", "P", "R", "F1", "gold", "system", "match")]
    for label, name, suffix in rows:
        n = metrics.get("%s.n%s" % (name, suffix))
        if n is None:
            continue
        out.append("%-16s %7.3f %7.3f %7.3f %7d %7d %7d" % (
            label, metrics["%s.p%s" % (name, suffix)], metrics["%s.r%s" % (name, suffix)],
            metrics["%s.f1%s" % (name, suffix)], n[0], n[1], n[2]))
    return out


def report(metrics, counts):
    out = ["Documents and records per language",
           "%-6s %6s %8s %9s %9s %9s %9s" % ("lang", "docs", "sys_docs", "gold_ent", "sys_ent", "gold_rel", "sys_rel")]
    for l, c in counts.items():
        out.append("%-6s %6d %8d %9d %9d %9d %9d" % (l, c["docs"], c["sys_docs"], c["gold_ents"], c["sys_ents"], c["gold_rels"], c["sys_rels"]))
    rows = []
    for name in ("ent.exact", "ent.overlap", "ent.id"):
        rows += [(name, name, "")] + [("%s %s" % (name, l), name, "." + l) for l in LANGS]
    out += table(metrics, rows, "Entities (overall and per language)", None)
    for name in ("ent.exact", "ent.id"):
        out += table(metrics, [(t, name, "." + t) for t in ENT_TYPES
                               if metrics["%s.n.%s" % (name, t)][:2] != (0, 0)],
                     "Entities per type (%s)" % name, None)
    rows = []
    for name in ("rel", "relq"):
        rows += [(name, name, "")] + [("%s %s" % (name, l), name, "." + l) for l in LANGS]
    out += table(metrics, rows, "Relations (rel: doc,predicate,subject,object; relq: + qualifier)", None)
    out += table(metrics, [(p, "rel", "." + p) for p in PREDICATES], "Relations per predicate (rel)", None)
    print("\n".join(out))


CONTEXT = 100
SENTENCE_END = re.compile(r"[.!?][\"')]*\s|\n")


def context(text, start, end):
    """The sentence around text[start:end], the mention in [[ ]], cut to
    CONTEXT characters each side ("..." where cut); one line, TABs and line
    breaks as spaces. "" when the text is unknown or the span lies outside it."""
    if text is None or not 0 <= start <= end <= len(text):
        return ""
    left = 0
    for m in SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    m = SENTENCE_END.search(text, end)
    right = m.start() + (0 if text[m.start()] == "\n" else 1) if m else len(text)
    pre, post = "", ""
    if start - left > CONTEXT:
        left, pre = start - CONTEXT, "..."
    if right - end > CONTEXT:
        right, post = end + CONTEXT, "..."
    s = "%s%s[[%s]]%s%s" % (pre, text[left:start], text[start:end], text[end:right], post)
    return re.sub(r"[\t\r\n]", " ", s)


def errors(gold, system, detail, sys_ents, sys_rels):
    print("\nErrors")

    def ent_line(what, k, surface, first, second):
        text = first.text.get(k[0], second.text.get(k[0]))
        print("ent %s\t%s\t%d\t%d\t%s\t%s\t%s\t%s" % (what, k[0], k[1], k[2], k[3], k[4],
                                                    surface, context(text, k[1], k[2])))
    ms, mg = detail["ent.exact"]
    for k in sorted(set(gold.ents) - mg):
        ent_line("MISS", k, gold.ents[k], gold, system)
    for k in sorted(set(sys_ents) - ms):
        ent_line("FALSE", k, system.ents[k], system, gold)
    ms_id, mg_id = detail["ent.id"]
    for k in sorted(mg - mg_id):
        ent_line("WRONG-ID", k, gold.ents[k], gold, system)
    ms, mg = detail["rel"]
    for k in sorted(set(gold.rels) - mg):
        print("rel MISS\t%s\t%s\t%s\t%s\t%s" % (k + (gold.rels[k][1],)))
    for k in sorted(set(sys_rels) - ms):
        print("rel FALSE\t%s\t%s\t%s\t%s\t%s" % (k + (system.rels[k][1],)))


def check_floors(path, metrics):
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        die("cannot read floors %s: %s" % (path, e))
    failed = []
    with f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            if len(parts) != 2:
                die("%s:%d: expected `metric<TAB>floor`" % (path, ln))
            name, floor = parts
            try:
                floor = float(floor)
            except ValueError:
                die("%s:%d: floor %r is not a number" % (path, ln, floor))
            v = metrics.get(name)
            if v is None or isinstance(v, tuple):
                die("%s:%d: unknown metric %s" % (path, ln, name))
            if v + 1e-9 < floor:
                failed.append((name, v, floor))
    print("")
    if failed:
        for name, v, floor in failed:
            print("FLOOR NOT MET: %s = %.3f < %.3f" % (name, v, floor))
        return 1
    print("floors: all met (%s)" % path)
    return 0


def main(argv):
    gold_path = None
    floors = None
    show_errors = False
    system_path = None
    i = 1
    while i < len(argv):
        a = argv[i]
        if a == "--gold" and i + 1 < len(argv):
            gold_path = argv[i + 1]
            i += 1
        elif a.startswith("--gold="):
            gold_path = a.split("=", 1)[1]
        elif a == "--floors" and i + 1 < len(argv):
            floors = argv[i + 1]
            i += 1
        elif a.startswith("--floors="):
            floors = a.split("=", 1)[1]
        elif a == "--errors":
            show_errors = True
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        elif a.startswith("-") and a != "-":
            die("unknown option %s (see --help)" % a)
        elif system_path is None:
            system_path = a
        else:
            die("only one system file")
        i += 1
    if gold_path is None:
        die("--gold is required (see --help)")
    gold = load_gold(gold_path)
    system = Data()
    load_file(system_path or "-", system)
    metrics, detail, counts, sys_ents, sys_rels = evaluate(gold, system)
    report(metrics, counts)
    if show_errors:
        errors(gold, system, detail, sys_ents, sys_rels)
    if floors:
        return check_floors(floors, metrics)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
