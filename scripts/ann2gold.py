#!/usr/bin/env python3
"""Regenerate plain text and gold records from the annotated corpus sources.

usage: ann2gold.py [--check-gazetteer] [CORPORA_DIR]

For every split directory under CORPORA_DIR (default: corpora/ beside this
script's parent) that has a src/ folder of *.ann files (format: see
corpora/README.md), writes

    <split>/<id>.txt        the plain, already-normalised text
    <split>/<id>.gold.tsv   the gold `ent` and `rel` records (DESIGN.md format)
    <split>/index.tsv       id lang date source (with a header line)

and, for the split named `sample`, <split>/docs.jsonl (id, date, source,
text: no lang, so that normalize detects it) and <split>/gold.tsv (all gold
records of the split in one file) instead of per-document files.
Finally writes CORPORA_DIR/STATS.md.

Every source is validated: normalised text (NFC, straight quotes, hyphen-minus
dashes, single spaces, no trailing spaces), known entity types and id
prefixes, known predicates with the argument types DESIGN.md allows, a
qualifier from the closed list, and an evidence sentence that holds the
subject, the object and the trigger. Problems are printed as
`file:line: reason` on standard error and the exit status is 1.

--check-gazetteer   also list the gold entity ids (non-pattern) that are not
                    found in models/gazetteer/*.tsv (informational)

Python 3 standard library only.
"""
import glob
import json
import os
import re
import shlex
import sys
import unicodedata

PREFIX_TYPE = {"actor": "ACTOR", "state": "STATE", "agency": "AGENCY",
               "inst": "INSTITUTION", "person": "PERSON", "product": "PRODUCT",
               "malware": "MALWARE"}
PATTERN_TYPES = {"VULN", "IP", "DOMAIN", "URL", "HASH", "EMAIL"}
ALL_TYPES = set(PREFIX_TYPE.values()) | PATTERN_TYPES
ID_RE = re.compile(r"^(actor|state|agency|inst|person|product|malware):[a-z0-9]+(-[a-z0-9]+)*$")

# predicate -> (allowed subject types, allowed object types)
PREDICATES = {
    "TARGETED": ({"ACTOR"}, {"INSTITUTION", "AGENCY", "STATE"}),
    "CLAIMED": ({"ACTOR"}, {"INSTITUTION", "AGENCY", "STATE"}),
    "ATTRIBUTED_TO": ({"ACTOR"}, {"STATE", "AGENCY"}),
    "BLAMED": ({"AGENCY", "STATE", "PERSON"}, {"ACTOR", "STATE"}),
    "EXPLOITED": ({"ACTOR"}, {"PRODUCT", "VULN"}),
    "CONDEMNED": ({"AGENCY", "STATE", "PERSON"}, {"ACTOR", "STATE"}),
    "SUPPORTED": ({"AGENCY", "STATE"}, {"STATE"}),
}
QUALIFIERS = {"ddos", "phishing", "ransomware", "espionage", "defacement",
              "leak", "wiper", ""}
QUALIFIED = {"TARGETED", "CLAIMED"}

# [[surface|id]]  [[surface|TYPE]]  [[surface|id|TYPE]]
ENT_RE = re.compile(r"\[\[([^|\n]+?)\|([^|\]\n]+)(?:\|([A-Z]+))?\]\]")
# {{surface|id}}: a coreferent word (no ent record) usable as a relation argument
COREF_RE = re.compile(r"\{\{([^|\n]+?)\|([^}\n]+)\}\}")
MARK_RE = re.compile(ENT_RE.pattern + "|" + COREF_RE.pattern)

BAD_CHARS = {
    "\u201c": "curly quote", "\u201d": "curly quote", "\u201e": "low quote",
    "\u201a": "low quote", "\u2018": "curly apostrophe", "\u2019": "curly apostrophe",
    "\u00ab": "guillemet", "\u00bb": "guillemet", "\u2013": "en dash",
    "\u2014": "em dash", "\u2012": "dash", "\u2010": "hyphen", "\u2011": "hyphen",
    "\u2212": "minus sign", "\u00a0": "no-break space", "\u202f": "narrow no-break space",
    "\u2009": "thin space", "\u2026": "ellipsis character", "\t": "tab", "\r": "CR",
    "\u00ad": "soft hyphen", "\u200b": "zero-width space", "\ufeff": "BOM",
}

# Abbreviations after which a period does not end a sentence.
ABBREV = {"tzv", "mj", "např", "resp", "tj", "č", "sv", "st", "gen", "plk",
          "mr", "mrs", "ms", "dr", "prof", "ing", "mgr", "u.s", "e.g", "i.e",
          "vs", "no", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "min",
          "max", "atd", "apod", "aj", "odst", "písm", "zák", "sb"}
UPPER = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
BREAK_RE = re.compile(r"(?<=[.!?])(\"?)( +)(?=[\"(]?[" + UPPER + "0-9])")


def refang(value):
    v = value.strip()
    v = re.sub(r"(?i)^hxxp", "http", v)
    v = re.sub(r"(?i)^fxp", "ftp", v)
    for a, b in (("[.]", "."), ("(.)", "."), ("[dot]", "."), ("(dot)", "."),
                 ("[:]", ":"), ("[@]", "@"), ("[at]", "@"), ("(at)", "@"),
                 ("[/]", "/"), ("[://]", "://")):
        v = v.replace(a, b)
    return v.lower()


def type_of(eid):
    return PREFIX_TYPE.get(eid.split(":", 1)[0])


def sentences(text):
    """(start, end) spans of the sentences of text: paragraphs split at
    sentence-final punctuation followed by a space and an upper-case letter,
    a digit or an opening quote/parenthesis, unless the word before the
    period is a known abbreviation or a single capital (an initial)."""
    spans = []
    pos = 0
    for para in text.split("\n\n"):
        pstart = pos
        pos += len(para) + 2
        s = 0
        for m in BREAK_RE.finditer(para):
            cut = m.end(1)
            before = para[s:m.start()].rstrip("\"")
            if before.endswith("."):
                word = re.split(r"[\s(\"]", before[:-1])[-1]
                if word.lower() in ABBREV or len(word) == 1 and word.isalpha():
                    continue
            spans.append((pstart + s, pstart + cut))
            s = m.end()
        if s < len(para):
            spans.append((pstart + s, pstart + len(para)))
    return spans


def esc(v):
    return (str(v).replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))


class Problems:
    def __init__(self):
        self.n = 0

    def __call__(self, where, msg):
        self.n += 1
        print("%s: %s" % (where, msg), file=sys.stderr)


def parse_ann(path, problems):
    """Return dict(id, lang, date, source, text, ents, corefs, rels) or None."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    meta = {}
    rels = []
    paras = []
    cur = []
    for ln, line in enumerate(raw.split("\n"), 1):
        where = "%s:%d" % (path, ln)
        if line.startswith("#"):
            continue
        if line.startswith("@"):
            key, _, val = line[1:].partition(" ")
            val = val.strip()
            if key == "rel":
                try:
                    parts = shlex.split(val)
                except ValueError as e:
                    problems(where, "bad @rel line: %s" % e)
                    continue
                opts = {}
                pos = []
                for p in parts:
                    k, eq, v = p.partition("=")
                    if eq and k in ("in", "subj_at", "obj_at"):
                        opts[k] = v
                    else:
                        pos.append(p)
                if len(pos) != 5:
                    problems(where, "@rel needs PRED SUBJ OBJ QUAL TRIGGER (QUAL '-' if empty), got %d fields" % len(pos))
                    continue
                pred, subj, obj, qual, trig = pos
                rels.append(dict(pred=pred, subj=subj, obj=obj,
                                 qual="" if qual == "-" else qual,
                                 trigger=trig, opts=opts, where=where))
            elif key in ("id", "lang", "date", "source"):
                meta[key] = val
            else:
                problems(where, "unknown directive @%s" % key)
            continue
        if line.strip() == "":
            if cur:
                paras.append(cur)
                cur = []
            continue
        if line != line.strip() and line.rstrip() != line:
            problems(where, "trailing whitespace")
        cur.append((ln, line.strip()))
    if cur:
        paras.append(cur)
    for k in ("id", "lang", "date"):
        if k not in meta:
            problems(path, "missing @%s" % k)
            return None
    meta.setdefault("source", "")
    # Build the text, resolving marks.
    text_parts = []
    ents = []
    corefs = []
    out = 0
    for pi, para in enumerate(paras):
        if pi:
            text_parts.append("\n\n")
            out += 2
        for li, (ln, line) in enumerate(para):
            if li:
                text_parts.append(" ")
                out += 1
            where = "%s:%d" % (path, ln)
            last = 0
            for m in MARK_RE.finditer(line):
                plain = line[last:m.start()]
                text_parts.append(plain)
                out += len(plain)
                if m.group(1) is not None:
                    surface, a, b = m.group(1), m.group(2), m.group(3)
                    if a in PATTERN_TYPES and b is None:
                        typ, eid = a, None
                    elif b is not None:
                        typ, eid = b, a
                    else:
                        typ, eid = type_of(a), a
                    if typ not in ALL_TYPES:
                        problems(where, "unknown type or id prefix in %r" % m.group(0))
                        typ = typ or "?"
                    if typ in PATTERN_TYPES:
                        if eid is None or eid in PATTERN_TYPES:
                            eid = surface.upper() if typ == "VULN" else refang(surface)
                    else:
                        if not ID_RE.match(eid or ""):
                            problems(where, "bad entity id %r" % eid)
                        elif type_of(eid) != typ:
                            problems(where, "id %s does not fit type %s" % (eid, typ))
                    ents.append(dict(start=out, end=out + len(surface), type=typ,
                                     id=eid, surface=surface, where=where))
                else:
                    surface, eid = m.group(4), m.group(5)
                    if not ID_RE.match(eid) and not eid.startswith("CVE-"):
                        problems(where, "bad coreference id %r" % eid)
                    corefs.append(dict(start=out, end=out + len(surface), id=eid,
                                       surface=surface, where=where))
                text_parts.append(surface)
                out += len(surface)
                last = m.end()
            rest = line[last:]
            if "[[" in rest or "]]" in rest or "{{" in rest or "}}" in rest:
                problems(where, "unbalanced or malformed mark: %r" % rest)
            text_parts.append(rest)
            out += len(rest)
    text = "".join(text_parts)
    meta.update(text=text, ents=ents, corefs=corefs, rels=rels, path=path)
    check_text(meta, problems)
    return meta


def check_text(doc, problems):
    t = doc["text"]
    where = doc["path"]
    if unicodedata.normalize("NFC", t) != t:
        problems(where, "text is not NFC")
    for ch, name in BAD_CHARS.items():
        if ch in t:
            problems(where, "text holds a %s (U+%04X)" % (name, ord(ch)))
    if "  " in t:
        problems(where, "double space at offset %d" % t.index("  "))
    if "\n\n\n" in t or t != t.strip():
        problems(where, "bad blank lines or outer whitespace")
    for line in t.split("\n"):
        if line != line.strip():
            problems(where, "line with leading/trailing space: %r" % line[:40])


def resolve_rels(doc, problems):
    """Attach evidence sentence, subject/object starts and check types."""
    text = doc["text"]
    sents = sentences(text)
    ent_types = {}
    for e in doc["ents"]:
        ent_types.setdefault(e["id"], e["type"])
    mentions = doc["ents"] + doc["corefs"]
    out = []
    seen = set()
    for r in doc["rels"]:
        w = r["where"]
        pred = r["pred"]
        if pred not in PREDICATES:
            problems(w, "unknown predicate %s" % pred)
            continue
        st, ot = ent_types.get(r["subj"]), ent_types.get(r["obj"])
        if st is None:
            problems(w, "subject %s is never tagged in the document" % r["subj"])
            continue
        if ot is None:
            problems(w, "object %s is never tagged in the document" % r["obj"])
            continue
        ok_s, ok_o = PREDICATES[pred]
        if st not in ok_s:
            problems(w, "%s subject must be %s, %s is %s" % (pred, "/".join(sorted(ok_s)), r["subj"], st))
        if ot not in ok_o:
            problems(w, "%s object must be %s, %s is %s" % (pred, "/".join(sorted(ok_o)), r["obj"], ot))
        if r["qual"] not in QUALIFIERS:
            problems(w, "unknown qualifier %r" % r["qual"])
        if r["qual"] and pred not in QUALIFIED:
            problems(w, "qualifier only for TARGETED/CLAIMED")
        key = (pred, r["subj"], r["obj"])
        if key in seen:
            problems(w, "duplicate relation %s %s %s" % key)
            continue
        seen.add(key)
        found = None
        for s, e in sents:
            sent = text[s:e]
            if r["trigger"] not in sent:
                continue
            if "in" in r["opts"] and r["opts"]["in"] not in sent:
                continue
            sm = [m for m in mentions if m["id"] == r["subj"] and s <= m["start"] and m["end"] <= e]
            om = [m for m in mentions if m["id"] == r["obj"] and s <= m["start"] and m["end"] <= e]
            if sm and om:
                found = (s, e, sm, om)
                break
        if not found:
            problems(w, "no sentence holds subject %s, object %s and trigger %r%s" % (
                r["subj"], r["obj"], r["trigger"],
                (" and %r" % r["opts"]["in"]) if "in" in r["opts"] else ""))
            continue
        s, e, sm, om = found

        def pick(ms, at):
            if at:
                for m in ms:
                    if m["surface"] == at:
                        return m
                problems(w, "no argument mention %r in the evidence sentence" % at)
            return ms[0]
        sub = pick(sm, r["opts"].get("subj_at"))
        ob = pick(om, r["opts"].get("obj_at"))
        out.append(dict(pred=pred, subj=r["subj"], obj=r["obj"], qual=r["qual"],
                        sstart=sub["start"], ostart=ob["start"],
                        trigger=r["trigger"], evidence=text[s:e]))
    return out


def load_gazetteer_ids(root):
    ids = set()
    for f in glob.glob(os.path.join(root, "models", "gazetteer", "*.tsv")):
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                ids.add(line.split("\t", 1)[0])
    return ids


def main(argv):
    check_gaz = False
    args = []
    for a in argv[1:]:
        if a == "--check-gazetteer":
            check_gaz = True
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        elif a.startswith("-"):
            print("ann2gold.py: unknown option %s" % a, file=sys.stderr)
            return 2
        else:
            args.append(a)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    cdir = args[0] if args else os.path.join(root, "corpora")
    problems = Problems()
    stats = {}
    used_ids = {}
    splits = sorted(d for d in os.listdir(cdir) if os.path.isdir(os.path.join(cdir, d, "src")))
    order = {"dev": 0, "test": 1, "sample": 2}
    splits.sort(key=lambda d: (order.get(d, 9), d))
    for split in splits:
        sdir = os.path.join(cdir, split)
        docs = []
        for path in sorted(glob.glob(os.path.join(sdir, "src", "*.ann"))):
            d = parse_ann(path, problems)
            if d is None:
                continue
            base = os.path.basename(path)[:-4]
            if d["id"] != base:
                problems(path, "@id %s differs from the file name" % d["id"])
            if d["lang"] not in ("cs", "en"):
                problems(path, "lang must be cs or en")
            if not re.match(r"^%s-%s-\d{3}$" % (re.escape(split), d["lang"]), d["id"]):
                problems(path, "id %s does not follow %s-%s-NNN" % (d["id"], split, d["lang"]))
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", d["date"]):
                problems(path, "date is not YYYY-MM-DD")
            nwords = len(d["text"].split())
            d["words"] = nwords
            if split != "sample" and not 150 <= nwords <= 400:
                problems(path, "%d words (150-400 expected)" % nwords)
            for e in d["ents"]:
                if d["text"][e["start"]:e["end"]] != e["surface"]:
                    problems(e["where"], "internal: surface mismatch")
                if e["type"] not in PATTERN_TYPES:
                    used_ids.setdefault(e["id"], set()).add(d["id"])
            d["rrels"] = resolve_rels(d, problems)
            docs.append(d)
        # Write outputs.
        for old in glob.glob(os.path.join(sdir, "*.gold.tsv")) + glob.glob(os.path.join(sdir, "*.txt")):
            os.remove(old)
        per_doc = split != "sample"
        all_lines = []
        for d in docs:
            lines = []
            for e in sorted(d["ents"], key=lambda e: (e["start"], e["end"])):
                lines.append("\t".join(esc(x) for x in (
                    "ent", d["id"], e["start"], e["end"], e["type"], e["id"], e["surface"], "gold")))
            for r in d["rrels"]:
                lines.append("\t".join(esc(x) for x in (
                    "rel", d["id"], r["pred"], r["subj"], r["obj"], r["qual"], 1,
                    r["sstart"], r["ostart"], r["trigger"], r["evidence"])))
            all_lines.extend(lines)
            if per_doc:
                with open(os.path.join(sdir, d["id"] + ".txt"), "w", encoding="utf-8", newline="\n") as f:
                    f.write(d["text"] + "\n")
                with open(os.path.join(sdir, d["id"] + ".gold.tsv"), "w", encoding="utf-8", newline="\n") as f:
                    f.write("".join(l + "\n" for l in lines))
        with open(os.path.join(sdir, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
            f.write("id\tlang\tdate\tsource\n")
            for d in docs:
                f.write("\t".join(esc(x) for x in (d["id"], d["lang"], d["date"], d["source"])) + "\n")
        if not per_doc:
            with open(os.path.join(sdir, "docs.jsonl"), "w", encoding="utf-8", newline="\n") as f:
                for d in docs:
                    f.write(json.dumps({"id": d["id"], "date": d["date"], "source": d["source"],
                                        "text": d["text"]}, ensure_ascii=False) + "\n")
            with open(os.path.join(sdir, "gold.tsv"), "w", encoding="utf-8", newline="\n") as f:
                f.write("".join(l + "\n" for l in all_lines))
        for d in docs:
            st = stats.setdefault((split, d["lang"]), dict(docs=0, words=0, ents=0, rels=0, norel=0, types={}, preds={}))
            st["docs"] += 1
            st["words"] += d["words"]
            st["ents"] += len(d["ents"])
            st["rels"] += len(d["rrels"])
            st["norel"] += 0 if d["rrels"] else 1
            for e in d["ents"]:
                st["types"][e["type"]] = st["types"].get(e["type"], 0) + 1
            for r in d["rrels"]:
                st["preds"][r["pred"]] = st["preds"].get(r["pred"], 0) + 1
    write_stats(cdir, splits, stats)
    if check_gaz:
        known = load_gazetteer_ids(root)
        missing = sorted(i for i in used_ids if i not in known)
        print("# gold entity ids not found in models/gazetteer/*.tsv: %d of %d" % (len(missing), len(used_ids)))
        for i in missing:
            print("%s\t%s" % (i, ",".join(sorted(used_ids[i]))))
    return 1 if problems.n else 0


def write_stats(cdir, splits, stats):
    types = ["ACTOR", "STATE", "AGENCY", "INSTITUTION", "PERSON", "PRODUCT", "MALWARE",
             "VULN", "IP", "DOMAIN", "URL", "HASH", "EMAIL"]
    preds = list(PREDICATES)
    L = ["# Corpus statistics", "",
         "Generated by `scripts/ann2gold.py`; do not edit.", "",
         "| split | lang | documents | words | entities | relations | docs without relations |",
         "|---|---|---:|---:|---:|---:|---:|"]
    for split in splits:
        tot = dict(docs=0, words=0, ents=0, rels=0, norel=0)
        for lang in ("cs", "en"):
            st = stats.get((split, lang))
            if not st:
                continue
            L.append("| %s | %s | %d | %d | %d | %d | %d |" % (split, lang, st["docs"], st["words"], st["ents"], st["rels"], st["norel"]))
            for k in tot:
                tot[k] += st[k]
        L.append("| %s | all | %d | %d | %d | %d | %d |" % (split, tot["docs"], tot["words"], tot["ents"], tot["rels"], tot["norel"]))
    L += ["", "## Entities per type", "",
          "| split | lang | " + " | ".join(types) + " |",
          "|---|---|" + "---:|" * len(types)]
    for split in splits:
        for lang in ("cs", "en"):
            st = stats.get((split, lang))
            if st:
                L.append("| %s | %s | " % (split, lang) + " | ".join(str(st["types"].get(t, 0)) for t in types) + " |")
    L += ["", "## Relations per predicate", "",
          "| split | lang | " + " | ".join(preds) + " |",
          "|---|---|" + "---:|" * len(preds)]
    for split in splits:
        for lang in ("cs", "en"):
            st = stats.get((split, lang))
            if st:
                L.append("| %s | %s | " % (split, lang) + " | ".join(str(st["preds"].get(p, 0)) for p in preds) + " |")
    with open(os.path.join(cdir, "STATS.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
