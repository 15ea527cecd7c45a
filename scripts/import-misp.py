#!/usr/bin/env python3
"""Regenerate the MISP actor gazetteer of stopa.

usage: import-misp.py [--check] [--models DIR] [--dict-dir DIR] [THREAT_ACTOR_JSON]

Reads the MISP galaxy cluster threat-actor.json (default:
models/sources/misp-galaxy/threat-actor.json, an unmodified copy of
MISP's file kept in the repository so that the check runs anywhere) and
writes
  MODELS/gazetteer/actors-misp.tsv       one row per kept alias
  MODELS/attributes/actors-misp.tsv      country, sponsor, misp-uuid
  MODELS/gazetteer/ambiguous-misp.tsv    report (comment lines only) of the
                                         aliases that were dropped or moved
--check  writes into a temporary directory and compares with MODELS; exit 1
         (and a short diff on stderr) when they differ.

The rules (ids, slugs, shared aliases, short aliases, dictionary words) are
described in models/README.md. Output is deterministic: the same input gives
the same bytes. Python 3 standard library only.
"""
import difflib
import json
import os
import re
import sys
import tempfile
import unicodedata

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DEFAULT_JSON = os.path.join(REPO, "models", "sources", "misp-galaxy", "threat-actor.json")
CURATED_ATTRS = "attributes/actors-curated.tsv"
OUT_FILES = ["gazetteer/actors-misp.tsv", "attributes/actors-misp.tsv", "gazetteer/ambiguous-misp.tsv"]

# cfr-suspected-state-sponsor (free text in MISP) -> state id.  "Unknown" and
# anything not listed here give no sponsor row (and a warning on stderr).
SPONSOR = {
    "china": "cn", "people's republic of china": "cn",
    "russian federation": "ru", "russia": "ru",
    "iran (islamic republic of)": "ir", "iran": "ir",
    "korea (democratic people's republic of)": "kp", "north korea": "kp",
    "korea (republic of)": "kr", "south korea": "kr",
    "united states": "us", "us": "us", "usa": "us",
    "palestine": "ps", "pakistan": "pk", "india": "in", "belarus": "by",
    "france": "fr", "united arab emirates": "ae", "vietnam": "vn", "viet nam": "vn",
    "spain": "es", "israel": "il", "lebanon": "lb", "united kingdom": "gb",
    "turkey": "tr", "ukraine": "ua", "syria": "sy", "egypt": "eg",
}


def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-")


def alias_key(alias):
    return " ".join(re.split(r"[^0-9a-z\u00c0-\uffff]+", fold(alias))).strip()


def load_dict(path):
    words = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for i, line in enumerate(f):
            if i == 0 and line.strip().isdigit():
                continue
            w = line.rstrip("\n").split("/", 1)[0].split("\t", 1)[0].strip()
            if w and w == w.lower() and any(c.isalpha() for c in w):
                words.add(w)
    return words


def is_words(nm, dicts):
    """True when every word of nm, lower-cased, is an ordinary (lower-case)
    word of the Czech or English hunspell dictionary."""
    toks = [t.strip(".,;:!?\"'()") for t in nm.lower().split(" ")]
    return all(t and (t in dicts["cs"] or t in dicts["en"]) for t in toks)


def clean(s):
    return re.sub(r"\s+", " ", s).strip()


def curated_countries(models):
    """Ids that models/attributes/actors-curated.tsv (by hand) gives a country."""
    ids = set()
    try:
        with open(os.path.join(models, CURATED_ATTRS), encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if not line.startswith("#") and len(cols) == 3 and cols[1] == "country":
                    ids.add(cols[0])
    except FileNotFoundError:
        pass
    return ids


def generate(data, dicts, curated=frozenset()):
    """Return {relative path: text} for the three output files; `curated`:
    ids whose country the curated attribute file gives."""
    values = data["values"]
    # --- ids: slug(value); colliding slugs get -<first 8 hex of uuid> -------
    by_slug = {}
    for a in values:
        by_slug.setdefault(slug(a["value"]) or "x", []).append(a)
    actors = []
    for s, group in by_slug.items():
        group.sort(key=lambda a: (a["value"], a["uuid"]))
        for i, a in enumerate(group):
            base = s if s != "x" else "x-" + a["uuid"][:8]
            aid = "actor:" + (base if i == 0 else base + "-" + a["uuid"][:8].lower())
            actors.append((aid, a))
    actors.sort(key=lambda x: x[0])

    # --- candidate aliases per actor ------------------------------------
    report = []  # (alias, reason, ids)
    cand = {}    # aid -> list of alias strings (value first)
    for aid, a in actors:
        names = [clean(a["value"])] + [clean(s) for s in a.get("meta", {}).get("synonyms", []) or []]
        out, seen = [], set()
        for nm in names:
            if not nm or nm in seen:
                continue
            seen.add(nm)
            k = alias_key(nm)
            if len(nm) <= 2 or len(k.replace(" ", "")) <= 2:
                report.append((nm, "dropped:short", [aid]))
                continue
            if k.replace(" ", "").isdigit():
                report.append((nm, "dropped:number", [aid]))
                continue
            out.append(nm)
        cand[aid] = out

    # --- aliases shared by several actors (same collision key) ------------
    owners = {}
    for aid, _ in actors:
        for nm in cand[aid]:
            owners.setdefault(alias_key(nm), set()).add(aid)
    canon_of, canon_sq = {}, {}
    for aid, a in actors:
        k = alias_key(clean(a["value"]))
        canon_of.setdefault(k, set()).add(aid)
        canon_sq.setdefault(k.replace(" ", ""), set()).add(aid)
    # MISP's own "similar" links between entries (either direction)
    aid_of = {a["uuid"].lower(): aid for aid, a in actors}
    similar = set()
    for aid, a in actors:
        for r in a.get("related", []) or []:
            other = aid_of.get(str(r.get("dest-uuid", "")).lower())
            if r.get("type") == "similar" and other and other != aid:
                similar.add(frozenset((aid, other)))
    keep = {}
    extra = {}   # aid -> spellings of a key it keeps that only other owners wrote
    for k, ids in owners.items():
        if len(ids) < 2:
            continue
        forms = sorted({nm for aid in ids for nm in cand[aid] if alias_key(nm) == k})
        cids = canon_of.get(k, set()) & ids
        if len(cids) != 1:
            # "Arid Viper" is the canonical value "AridViper" written apart
            cids = canon_sq.get(k.replace(" ", ""), set()) & ids
        why = "kept:"
        if len(cids) != 1 and all(frozenset((x, y)) in similar for x in ids for y in ids if x < y):
            # MISP links every owner to every other as "similar", i.e. holds
            # them for one group: the entry with the most aliases keeps it
            most = max(len(cand[aid]) for aid in ids)
            cids = {aid for aid in ids if len(cand[aid]) == most}
            why = "similar:"
        if len(cids) == 1:
            keep[k] = next(iter(cids))
            extra.setdefault(keep[k], []).extend(nm for nm in forms if nm not in cand[keep[k]])
            report.append((" | ".join(forms), why + keep[k], sorted(ids)))
        else:
            keep[k] = None
            report.append((" | ".join(forms), "dropped:shared", sorted(ids)))

    gaz = ["# generated by scripts/import-misp.py, do not edit",
           "# source: MISP galaxy %s (version %s, uuid %s)" % (data.get("name", "?"), data.get("version", "?"), data.get("uuid", "?")),
           "#id\ttype\tcanonical\talias\tlang\tflags"]
    attrs = ["# generated by scripts/import-misp.py, do not edit", "#id\tkey\tvalue"]
    warn = []
    for aid, a in actors:
        canon = clean(a["value"])
        rows = 0
        names = list(cand[aid]) + extra.get(aid, [])
        for nm in list(names):
            # an ALL-CAPS name made of ordinary words (COZY BEAR, STRONTIUM)
            # would only match in capitals once it carries `case`; add the
            # title-case spelling news uses (Cozy Bear, Strontium)
            if nm.isupper() and is_words(nm, dicts):
                t = " ".join(w[:1] + w[1:].lower() for w in nm.split(" "))
                if t not in names:
                    names.append(t)
        for nm in names:
            k = alias_key(nm)
            if k in keep and keep[k] != aid:
                continue
            fl = ["case"] if is_words(nm, dicts) else []
            gaz.append("\t".join([aid, "ACTOR", canon, nm, "any", ",".join(fl) or "-"]))
            rows += 1
        if rows == 0:
            # every name was dropped: keep the entity findable by its canonical
            # value, flagged ambig so the matcher needs context for it
            gaz.append("\t".join([aid, "ACTOR", canon, canon, "any", "ambig,case"]))
        meta = a.get("meta", {}) or {}
        c = (meta.get("country") or "").strip().lower()
        if re.match(r"^[a-z]{2}$", c):
            attrs.append("%s\tcountry\t%s" % (aid, c))
        elif aid not in curated:
            attrs.append("%s\tcountry\tunknown" % aid)
        sp = (meta.get("cfr-suspected-state-sponsor") or "").strip()
        if sp and sp.lower() != "unknown":
            st = SPONSOR.get(sp.lower())
            if st:
                attrs.append("%s\tsponsor\tstate:%s" % (aid, st))
            else:
                warn.append("import-misp: %s: unmapped sponsor %r" % (aid, sp))
        attrs.append("%s\tmisp-uuid\t%s" % (aid, a["uuid"].lower()))

    rep = ["# generated by scripts/import-misp.py, do not edit",
           "# MISP aliases that were not imported as given. Every line is a comment so",
           "# that gazetteer loaders skip this file. Columns after '# ':",
           "# alias(es)\tresolution\tactor ids",
           "#   kept:ID         shared by several actors; it is the canonical value of",
           "#                   exactly one (ID; spaces aside), so only that actor keeps it,",
           "#                   in every spelling the owners give",
           "#   similar:ID      shared by actors that MISP relates to each other as",
           "#                   'similar' (all pairs): ID, the one with most aliases, keeps it",
           "#   dropped:shared  shared by several actors, none of the above: dropped",
           "#                   from all of them",
           "#   dropped:short   1-2 characters;  dropped:number  digits only"]
    for nm, why, ids in sorted(report, key=lambda r: (r[1].split(":")[0], alias_key(r[0]), r[0], r[1])):
        rep.append("# %s\t%s\t%s" % (nm, why, ",".join(ids)))
    return ({OUT_FILES[0]: "\n".join(gaz) + "\n", OUT_FILES[1]: "\n".join(attrs) + "\n",
             OUT_FILES[2]: "\n".join(rep) + "\n"}, warn)


def main(argv):
    check = False
    models = os.path.join(REPO, "models")
    dict_dir = "/usr/share/hunspell"
    src = None
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--check":
            check = True
        elif a == "--models" and args:
            models = args.pop(0)
        elif a == "--dict-dir" and args:
            dict_dir = args.pop(0)
        elif a in ("-h", "--help"):
            print(__doc__.strip())
            return 0
        elif a.startswith("-"):
            print("import-misp: unknown option %s" % a, file=sys.stderr)
            return 2
        elif src is None:
            src = a
        else:
            print("import-misp: one input file only", file=sys.stderr)
            return 2
    src = src or DEFAULT_JSON
    try:
        with open(src, encoding="utf-8") as f:
            data = json.load(f)
        dicts = {"cs": load_dict(os.path.join(dict_dir, "cs_CZ.dic")),
                 "en": load_dict(os.path.join(dict_dir, "en_US.dic"))}
    except (OSError, ValueError) as e:
        print("import-misp: %s" % e, file=sys.stderr)
        return 2
    out, warn = generate(data, dicts, curated_countries(models))
    for w in warn:
        print(w, file=sys.stderr)
    if check:
        bad = 0
        with tempfile.TemporaryDirectory() as tmp:
            for rel, text in out.items():
                p = os.path.join(tmp, rel)
                os.makedirs(os.path.dirname(p), exist_ok=True)
                with open(p, "w", encoding="utf-8", newline="\n") as f:
                    f.write(text)
                cur = os.path.join(models, rel)
                try:
                    with open(cur, encoding="utf-8", newline="") as f:
                        have = f.read()
                except OSError:
                    have = None
                if have != text:
                    bad += 1
                    print("import-misp: %s is out of date (run scripts/import-misp.py)" % cur, file=sys.stderr)
                    if have is not None:
                        d = list(difflib.unified_diff(have.splitlines(), text.splitlines(), cur, "generated", lineterm="", n=0))
                        for line in d[:20]:
                            print(line, file=sys.stderr)
        return 1 if bad else 0
    for rel, text in out.items():
        p = os.path.join(models, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
