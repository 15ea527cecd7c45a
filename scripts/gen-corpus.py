#!/usr/bin/env python3
"""gen-corpus.py - deterministic synthetic Czech/English cyber-news archive.

Usage:
    scripts/gen-corpus.py [--size 60M] [--seed 1] [--format jsonl|jsonl.gz|text]
                          [--out FILE|DIR] [--per-dir N]
                          [--gazetteer DIR] [--dict-dir DIR]

Writes documents until the uncompressed output reaches --size bytes (K, M, G
suffixes are powers of 1024; the last document may overshoot by a few KB).
About half the documents are Czech and half English. Every document mixes
filler sentences (words drawn with a Zipf distribution from the hunspell
dictionaries, a sample of stems expanded with their suffix rules) with
sentences from templates that mention entities (Czech ones in the case the
template needs, from a small table of inflected forms, plus base forms of
aliases from models/gazetteer/*.tsv), state relations (attacked, claimed,
blamed, condemned, exploited, supported) and carry indicators (CVE ids,
defanged domains, IPs, hashes).

Formats:
    jsonl     one JSON object a line: id, date, source, text (no lang: the
              reader detects it); paragraphs separated by "\\n\\n" in text.
              To --out FILE, or standard output.
    jsonl.gz  the same, gzip-compressed with a fixed header (mtime 0, no
              name), so equal seeds give byte-identical files. --size counts
              the uncompressed bytes.
    text      a directory (--out DIR, required) of plain UTF-8 files, one
              document per file, DIR/NNNN/<id>.txt with --per-dir documents
              (default 1000) per numbered subdirectory; date and source are
              not kept. --size counts the text bytes.

The output depends only on the seed, the size, this script, the gazetteer
files and the hunspell dictionaries: the same inputs give the same bytes.
Memory use does not grow with --size (documents are written as made).
Python 3 standard library only.
"""

import argparse
import bisect
import datetime
import gzip
import itertools
import json
import os
import re
import sys

import random

PROG = "gen-corpus"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def die(msg, code=2):
    sys.stderr.write("%s: %s\n" % (PROG, msg))
    sys.exit(code)


def parse_size(s):
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?\s*", s)
    if not m:
        raise argparse.ArgumentTypeError("bad size %r (e.g. 60M, 2G, 500K)" % s)
    mult = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]
    n = int(float(m.group(1)) * mult)
    if n <= 0:
        raise argparse.ArgumentTypeError("size must be positive")
    return n


# ---------------------------------------------------------------- vocabulary

FUNC_CS = ("a v se na je že to s z do o k i jako ale po pro by za který"
           " jsou také podle už od bylo byl při jeho které než jak tak"
           " bude jen když může mezi však nebo podle kde až podle proti"
           " ještě všechny před tento této roce let další uvedl podle"
           " proto jejich bez podle více").split()
FUNC_EN = ("the of and to in a is that for on was with as it by at from"
           " be this have are has said an not which or its were but their"
           " been after also had more than who will one about two they"
           " over into other new would some could when last year since"
           " most such there while").split()


def load_affixes(path):
    """SFX rules of a hunspell .aff: {flag: [(strip, add, regex or None)]}."""
    rules = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            p = line.split()
            if len(p) < 5 or p[0] != "SFX":
                continue
            flag, strip, add, cond = p[1], p[2], p[3], p[4]
            if strip == "0":
                strip = ""
            add = add.split("/", 1)[0]
            if add == "0":
                add = ""
            if cond == ".":
                rx = None
            else:
                try:
                    rx = re.compile("(?:%s)$" % cond)
                except re.error:
                    continue
            rules.setdefault(flag, []).append((strip, add, rx))
    return rules


def load_vocab(dic_path, aff_path, rng, n_stems, func_words):
    """Word list in Zipf rank order and its cumulative weights."""
    words = []
    try:
        with open(dic_path, encoding="utf-8", errors="replace") as f:
            next(f, None)  # entry count
            for line in f:
                line = line.rstrip("\n")
                w, _, flags = line.partition("/")
                # lower-case alphabetic words only: proper nouns and
                # abbreviations would fight the gazetteer
                if len(w) < 2 or not w.isalpha() or not w.islower():
                    continue
                words.append((w, flags.split()[0] if flags else ""))
    except OSError as e:
        die("cannot read %s: %s (install hunspell-cs and hunspell-en-us)"
            % (dic_path, e.strerror))
    rules = load_affixes(aff_path) if os.path.exists(aff_path) else {}
    words.sort()
    stems = rng.sample(words, min(n_stems, len(words)))
    # short stems are more frequent in real text: rank by length plus noise
    keyed = sorted(((len(w) + rng.random() * 6.0, w, fl) for w, fl in stems))
    # how many trailing characters each flag's conditions can look at
    span = {}
    for flag, rl in rules.items():
        span[flag] = max(max(len(strip), len(re.findall(r"\[[^]]*\]|.", rx.pattern[3:-2]))
                             if rx else 0) for strip, _, rx in rl) + 1
    cache = {}
    seen = set(func_words)
    ranked = list(func_words)
    for _, w, fl in keyed:
        forms = [w]
        for flag in fl:
            rl = rules.get(flag)
            if not rl:
                continue
            # conditions only look at the word's end: cache the rules that
            # apply per (flag, ending)
            k = span[flag]
            key = (flag, w[-k:]) if len(w) > k else None
            ok = cache.get(key) if key else None
            if ok is None:
                ok = [(strip, add) for strip, add, rx in rl
                      if w.endswith(strip) and (rx is None or rx.search(w))]
                if key:
                    cache[key] = ok
            for strip, add in ok:
                forms.append(w[: len(w) - len(strip)] + add)
        # keep a handful of forms per stem, in a seeded order
        uniq = list(dict.fromkeys(forms))
        if len(uniq) > 6:
            uniq = [uniq[0]] + rng.sample(uniq[1:], 5)
        for fw in uniq:
            if fw not in seen and fw.isalpha():
                seen.add(fw)
                ranked.append(fw)
    cum = list(itertools.accumulate(1.0 / (r + 2.7) for r in range(len(ranked))))
    return ranked, cum


# ------------------------------------------------------------------ entities

CASES = ("nom", "gen", "dat", "acc", "loc", "ins")

# Czech entities with their six case forms (nom gen dat acc loc ins). The
# role says which template slots they fill: T target, G blaming/condemning
# body, S state, P person, R product.
CS_TABLE = [
    ("T", "Česká televize|České televize|České televizi|Českou televizi|České televizi|Českou televizí"),
    ("T", "Český rozhlas|Českého rozhlasu|Českému rozhlasu|Český rozhlas|Českém rozhlasu|Českým rozhlasem"),
    ("T", "Česká pošta|České pošty|České poště|Českou poštu|České poště|Českou poštou"),
    ("T", "Ministerstvo vnitra|Ministerstva vnitra|Ministerstvu vnitra|Ministerstvo vnitra|Ministerstvu vnitra|Ministerstvem vnitra"),
    ("T", "Ministerstvo obrany|Ministerstva obrany|Ministerstvu obrany|Ministerstvo obrany|Ministerstvu obrany|Ministerstvem obrany"),
    ("T", "Poslanecká sněmovna|Poslanecké sněmovny|Poslanecké sněmovně|Poslaneckou sněmovnu|Poslanecké sněmovně|Poslaneckou sněmovnou"),
    ("T", "Senát|Senátu|Senátu|Senát|Senátu|Senátem"),
    ("T", "Česká spořitelna|České spořitelny|České spořitelně|Českou spořitelnu|České spořitelně|Českou spořitelnou"),
    ("T", "Komerční banka|Komerční banky|Komerční bance|Komerční banku|Komerční bance|Komerční bankou"),
    ("T", "Česká národní banka|České národní banky|České národní bance|Českou národní banku|České národní bance|Českou národní bankou"),
    ("T", "České dráhy|Českých drah|Českým drahám|České dráhy|Českých drahách|Českými drahami"),
    ("T", "Správa železnic|Správy železnic|Správě železnic|Správu železnic|Správě železnic|Správou železnic"),
    ("T", "Letiště Praha|Letiště Praha|Letišti Praha|Letiště Praha|Letišti Praha|Letištěm Praha"),
    ("T", "Nemocnice Benešov|Nemocnice Benešov|Nemocnici Benešov|Nemocnici Benešov|Nemocnici Benešov|Nemocnicí Benešov"),
    ("T", "Fakultní nemocnice Brno|Fakultní nemocnice Brno|Fakultní nemocnici Brno|Fakultní nemocnici Brno|Fakultní nemocnici Brno|Fakultní nemocnicí Brno"),
    ("T", "Pražská burza|Pražské burzy|Pražské burze|Pražskou burzu|Pražské burze|Pražskou burzou"),
    ("G", "Národní úřad pro kybernetickou a informační bezpečnost|Národního úřadu pro kybernetickou a informační bezpečnost|Národnímu úřadu pro kybernetickou a informační bezpečnost|Národní úřad pro kybernetickou a informační bezpečnost|Národním úřadu pro kybernetickou a informační bezpečnost|Národním úřadem pro kybernetickou a informační bezpečnost"),
    ("G", "NÚKIB|NÚKIBu|NÚKIBu|NÚKIB|NÚKIBu|NÚKIBem"),
    ("G", "Bezpečnostní informační služba|Bezpečnostní informační služby|Bezpečnostní informační službě|Bezpečnostní informační službu|Bezpečnostní informační službě|Bezpečnostní informační službou"),
    ("G", "Vojenské zpravodajství|Vojenského zpravodajství|Vojenskému zpravodajství|Vojenské zpravodajství|Vojenském zpravodajství|Vojenským zpravodajstvím"),
    ("G", "Národní centrála proti organizované kriminalitě|Národní centrály proti organizované kriminalitě|Národní centrále proti organizované kriminalitě|Národní centrálu proti organizované kriminalitě|Národní centrále proti organizované kriminalitě|Národní centrálou proti organizované kriminalitě"),
    ("G", "Ministerstvo zahraničních věcí|Ministerstva zahraničních věcí|Ministerstvu zahraničních věcí|Ministerstvo zahraničních věcí|Ministerstvu zahraničních věcí|Ministerstvem zahraničních věcí"),
    ("G", "Evropská unie|Evropské unie|Evropské unii|Evropskou unii|Evropské unii|Evropskou unií"),
    ("G", "Severoatlantická aliance|Severoatlantické aliance|Severoatlantické alianci|Severoatlantickou alianci|Severoatlantické alianci|Severoatlantickou aliancí"),
    ("S", "Rusko|Ruska|Rusku|Rusko|Rusku|Ruskem"),
    ("S", "Česká republika|České republiky|České republice|Českou republiku|České republice|Českou republikou"),
    ("S", "Česko|Česka|Česku|Česko|Česku|Českem"),
    ("S", "Ukrajina|Ukrajiny|Ukrajině|Ukrajinu|Ukrajině|Ukrajinou"),
    ("S", "Čína|Číny|Číně|Čínu|Číně|Čínou"),
    ("S", "Írán|Íránu|Íránu|Írán|Íránu|Íránem"),
    ("S", "Severní Korea|Severní Koreje|Severní Koreji|Severní Koreu|Severní Koreji|Severní Koreou"),
    ("S", "Německo|Německa|Německu|Německo|Německu|Německem"),
    ("P", "Jan Lipavský|Jana Lipavského|Janu Lipavskému|Jana Lipavského|Janu Lipavském|Janem Lipavským"),
    ("P", "Lukáš Kintr|Lukáše Kintra|Lukáši Kintrovi|Lukáše Kintra|Lukáši Kintrovi|Lukášem Kintrem"),
    ("P", "Petr Fiala|Petra Fialy|Petru Fialovi|Petra Fialu|Petru Fialovi|Petrem Fialou"),
    ("P", "Vít Rakušan|Víta Rakušana|Vítu Rakušanovi|Víta Rakušana|Vítu Rakušanovi|Vítem Rakušanem"),
    ("P", "Petr Pavel|Petra Pavla|Petru Pavlovi|Petra Pavla|Petru Pavlovi|Petrem Pavlem"),
    ("R", "Microsoft Outlook|Microsoft Outlooku|Microsoft Outlooku|Microsoft Outlook|Microsoft Outlooku|Microsoft Outlookem"),
]

# Czech slots that accept T also accept G and S bodies as targets.
SLOT_TYPES = {
    "A": ("ACTOR",),
    "T": ("INSTITUTION", "AGENCY", "STATE"),
    "G": ("AGENCY",),
    "S": ("STATE",),
    "P": ("PERSON",),
    "R": ("PRODUCT",),
    "M": ("MALWARE",),
}
TABLE_ROLES = {"A": (), "T": ("T", "G", "S"), "G": ("G",), "S": ("S",),
               "P": ("P",), "R": ("R",), "M": ()}

# Fallback names when models/gazetteer is absent, so the script still works.
FALLBACK = {
    "ACTOR": ["APT28", "Fancy Bear", "NoName057(16)", "Killnet", "Sandworm",
              "APT31", "Turla", "Lazarus Group", "Gamaredon", "Anonymous Sudan"],
    "INSTITUTION": ["ČSOB", "ČTK", "Česká televize", "Letiště Praha"],
    "AGENCY": ["NÚKIB", "BIS", "GRU", "FSB", "NATO", "Europol", "CISA"],
    "STATE": ["Russia", "Czechia", "Ukraine", "China", "Rusko", "Česko"],
    "PERSON": ["Jan Lipavský", "Josep Borrell", "Jens Stoltenberg"],
    "PRODUCT": ["Microsoft Outlook", "Microsoft Exchange", "Ivanti Connect Secure"],
    "MALWARE": ["X-Agent", "DDoSia", "Industroyer", "NotPetya"],
}


def load_gazetteer(gdir):
    """{(type, lang): [aliases]} with lang in cs/en, curated rows first."""
    out = {}
    files = []
    if os.path.isdir(gdir):
        files = sorted(f for f in os.listdir(gdir) if f.endswith(".tsv"))
    # curated (hand-written) files before the MISP import, so Zipf ranks
    # favour the names news actually uses
    files.sort(key=lambda f: (f.endswith("-misp.tsv"), f))
    for fn in files:
        with open(os.path.join(gdir, fn), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                p = line.rstrip("\n").split("\t")
                if len(p) < 6:
                    continue
                _id, typ, _canon, alias, lang, flags = p[:6]
                # ambiguous aliases and lower-case ones (demonyms, "premiér
                # Fiala") do not fit the noun slots of the templates
                if "ambig" in flags.split(",") or not alias or alias[0].islower():
                    continue
                langs = ("cs", "en") if lang == "any" else (lang,)
                for lg in langs:
                    lst = out.setdefault((typ, lg), [])
                    lst.append(alias)
    for typ, names in FALLBACK.items():
        for lg in ("cs", "en"):
            if not out.get((typ, lg)):
                out[(typ, lg)] = list(names)
    for k in out:
        out[k] = list(dict.fromkeys(out[k]))
    return out


class Picker:
    """Zipf choice over a fixed list (first items most frequent)."""

    def __init__(self, items, s=1.0, q=1.5):
        self.items = items
        self.cum = list(itertools.accumulate(
            1.0 / (r + q) ** s for r in range(len(items))))

    def __call__(self, rng):
        x = rng.random() * self.cum[-1]
        return self.items[bisect.bisect_right(self.cum, x)]


# ----------------------------------------------------------------- templates

# {X} or {X.case}: an entity slot (A actor, T target, G agency, S state,
# P person, R product, M malware); {CVE} {DOM} {IP} {HASH} {URL} indicators;
# {DAY} a weekday, {N} a number. Czech case slots other than nom take the
# inflected table; nom slots take table nominatives or gazetteer aliases.
TEMPLATES_CS = [
    "Proruská hackerská skupina {A} zaútočila na weby {T.gen}.",
    "Skupina {A} se přihlásila k útoku na {T.acc}.",
    "Za útokem na {T.acc} podle {G.gen} stojí skupina {A}.",
    "{G.nom} odsuzuje kybernetické útoky skupiny {A} proti {T.dat}.",
    "DDoS útoky skupiny {A} {DAY} vyřadily z provozu weby {T.gen}.",
    "Útočníci ze skupiny {A} zneužili zranitelnost {CVE} v produktu {R.nom}.",
    "Podle {G.gen} za kampaní stojí skupina {A} napojená na {S.acc}.",
    "{P.nom} ostře odsuzuje útok skupiny {A} na {T.acc}.",
    "{G.nom} vyjadřuje podporu {S.dat} po sérii kybernetických útoků.",
    "Škodlivý kód {M} podle analytiků {G.gen} používá skupina {A}.",
    "{P.nom} v rozhovoru pro {T.acc} uvádí, že útoky řídí {S.nom}.",
    "Phishingová kampaň cílila na zaměstnance {T.gen}, za ní podle {G.gen} stojí {A}.",
    "Ransomware {M} zašifroval data {T.gen} a útočníci žádají výkupné.",
    "Na {T.acc} opakovaně útočí hackeři ze skupiny {A}.",
    "Vyšetřování vede {G.nom} ve spolupráci s {G.ins}.",
    "Útok na {T.acc} se podle {G.gen} podařilo odrazit během {N} hodin.",
    "Útočníci používali doménu {DOM} a IP adresu {IP}.",
    "Vzorek s hashem {HASH} komunikoval se serverem {URL}.",
    "{G.nom} varuje před zranitelností {CVE}, kterou aktivně zneužívá {A}.",
    "Podle {P.gen} je za útoky na {T.acc} zodpovědné {S.nom}.",
    "Skupina {A}, kterou podle expertů podporuje {S.nom}, cílí na {T.acc}.",
    "Weby {T.gen} byly {DAY} několik hodin nedostupné.",
    "O útoku na {T.acc} informoval {P.nom} na tiskové konferenci v {T.loc}.",
]

TEMPLATES_EN = [
    "{A} attacked {T} with DDoS.",
    "The pro-Russian group {A} claimed responsibility for the attack on {T}.",
    "{G} said {A} was responsible for the campaign against {T}.",
    "{A}, backed by {S}, exploited {CVE} in {R}.",
    "{G} strongly condemns the cyber attacks carried out by {A}.",
    "{S} pledged support to {S} after the attacks on its networks.",
    "According to {G}, the {M} malware was deployed against {T}.",
    "{P} said the attack on {T} was attributed to {A}, a group linked to {S}.",
    "{A} hit the websites of {T} on {DAY}.",
    "Hackers from {A} breached {T} using phishing e-mails.",
    "{T} confirmed a ransomware attack and {G} is investigating.",
    "The attackers used the domain {DOM} and the address {IP}.",
    "Researchers at {G} published indicators, including the hash {HASH}.",
    "{G} blamed {S} for the intrusion into {T}.",
    "{A} exploited a flaw in {R} to steal e-mails of {T} staff.",
    "The group {A} used {M} to wipe servers of {T}.",
    "{P} condemned the attack and said {S} would face consequences.",
    "Payloads were downloaded from {URL} over {N} days.",
    "{G} warned that {A} is actively exploiting {CVE}.",
    "Services of {T} were unavailable for {N} hours on {DAY}.",
]

DAYS_CS = ["v pondělí", "v úterý", "ve středu", "ve čtvrtek", "v pátek",
           "v sobotu", "v neděli"]
DAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
TLDS = ["ru", "com", "net", "org", "cz", "info", "top", "xyz"]
SOURCES_CS = ["ceskenoviny.cz", "irozhlas.cz", "novinky.cz", "idnes.cz",
              "ct24.ceskatelevize.cz", "seznamzpravy.cz", "denik.cz",
              "aktualne.cz", "lupa.cz", "zive.cz"]
SOURCES_EN = ["therecord.media", "bleepingcomputer.com", "reuters.com",
              "securityweek.com", "theregister.com", "darkreading.com",
              "cyberscoop.com", "euractiv.com", "politico.eu", "wired.com"]
SLOT_RE = re.compile(r"\{([A-Z]+)(?:\.([a-z]+))?\}")


class Lang:
    def __init__(self, code, rng, vocab, gaz, templates):
        self.code = code
        self.words, self.cum = vocab
        self.templates = templates
        self.tpl_pick = Picker(templates, s=0.3)
        self.slots = {}
        for role, types in SLOT_TYPES.items():
            names = []
            table = []
            if code == "cs":
                table = [forms.split("|") for r, forms in CS_TABLE
                         if r in TABLE_ROLES[role]]
                names = [f[0] for f in table]
            for t in types:
                names.extend(gaz.get((t, code), []))
            names = list(dict.fromkeys(names))
            # keep the head of the list (table, curated files) in front,
            # shuffle the long tail so every type contributes to it
            head, tail = names[:40], names[40:]
            rng.shuffle(tail)
            names = head + tail
            self.slots[role] = (Picker(names, s=1.1, q=2.0),
                                Picker(table, s=0.8) if table else None)

    def entity(self, rng, role, case):
        names, table = self.slots[role]
        if case and case != "nom" and table is not None:
            return table(rng)[CASES.index(case)]
        return names(rng)


def make_filler(rng, lg, out):
    n = 5 + int(rng.expovariate(1 / 9.0))
    if n > 40:
        n = 40
    ws = rng.choices(lg.words, cum_weights=lg.cum, k=n)
    if n > 8 and rng.random() < 0.5:
        k = rng.randrange(3, n - 3)
        ws[k] = ws[k] + ","
    if rng.random() < 0.08:
        ws.insert(rng.randrange(1, n), str(rng.randrange(2, 2026)))
    s = " ".join(ws)
    out.append(s[0].upper() + s[1:] + ("?" if rng.random() < 0.03 else "."))


def indicator(rng, kind):
    if kind == "CVE":
        return "CVE-%d-%d" % (rng.randrange(2014, 2026), rng.randrange(1000, 50000))
    if kind == "IP":
        ip = "%d.%d.%d.%d" % (rng.randrange(11, 224), rng.randrange(256),
                              rng.randrange(256), rng.randrange(1, 255))
        return ip.replace(".", "[.]") if rng.random() < 0.3 else ip
    if kind in ("DOM", "URL"):
        host = "%s-%s.%s" % (rng.choice(("update", "secure", "cdn", "login", "mail", "news")),
                             "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6)),
                             rng.choice(TLDS))
        if kind == "URL":
            host = "%s://%s/%s" % (rng.choice(("http", "https", "hxxp", "hxxps")), host,
                                   rng.choice(("gate.php", "upd", "a/b.js", "load")))
        return host.replace(".", "[.]", 1) if rng.random() < 0.4 else host
    if kind == "HASH":
        return "%0*x" % (64, rng.getrandbits(256))
    return str(rng.randrange(2, 48))


def make_template(rng, lg, out):
    tpl = lg.tpl_pick(rng)

    def fill(m):
        role, case = m.group(1), m.group(2)
        if role == "DAY":
            return rng.choice(DAYS_CS if lg.code == "cs" else DAYS_EN)
        if role in ("CVE", "IP", "DOM", "URL", "HASH", "N"):
            return indicator(rng, role)
        return lg.entity(rng, role, case)

    s = SLOT_RE.sub(fill, tpl)
    out.append(s[0].upper() + s[1:])


def make_doc(rng, lg):
    paras = []
    for _ in range(rng.randrange(3, 9)):
        sents = []
        for _ in range(rng.randrange(2, 7)):
            if rng.random() < 0.25:
                make_template(rng, lg, sents)
            else:
                make_filler(rng, lg, sents)
        paras.append(" ".join(sents))
    return "\n\n".join(paras)


def iso_date(rng):
    # a day within the 11 years from 2015-01-01
    d = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(11 * 365))
    return d.isoformat()


def generate(args, sink):
    rng = random.Random(args.seed)
    vrng = random.Random("vocab-%d" % args.seed)
    gaz = load_gazetteer(args.gazetteer)
    dd = args.dict_dir
    langs = {
        "cs": Lang("cs", vrng, load_vocab(os.path.join(dd, "cs_CZ.dic"),
                                          os.path.join(dd, "cs_CZ.aff"),
                                          vrng, args.stems, FUNC_CS),
                   gaz, TEMPLATES_CS),
        "en": Lang("en", vrng, load_vocab(os.path.join(dd, "en_US.dic"),
                                          os.path.join(dd, "en_US.aff"),
                                          vrng, args.stems, FUNC_EN),
                   gaz, TEMPLATES_EN),
    }
    written = 0
    n = 0
    while written < args.size:
        n += 1
        code = "cs" if rng.random() < 0.5 else "en"
        doc = {
            "id": "syn-%d-%07d" % (args.seed, n),
            "date": iso_date(rng),
            "source": "https://%s/a/%d" % (rng.choice(SOURCES_CS if code == "cs" else SOURCES_EN),
                                          rng.randrange(10 ** 6, 10 ** 7)),
            "text": make_doc(rng, langs[code]),
        }
        written += sink(doc)
    return n, written


def main():
    ap = argparse.ArgumentParser(prog=PROG, description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="\n".join(__doc__.split("\n")[2:]))
    ap.add_argument("--size", type=parse_size, default=parse_size("60M"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--format", choices=("jsonl", "jsonl.gz", "text"), default="jsonl")
    ap.add_argument("--out", help="output file (jsonl, jsonl.gz) or directory (text)")
    ap.add_argument("--per-dir", type=int, default=1000,
                    help="text format: documents per numbered subdirectory")
    ap.add_argument("--gazetteer", default=os.path.join(ROOT, "models", "gazetteer"))
    ap.add_argument("--dict-dir", default="/usr/share/hunspell")
    ap.add_argument("--stems", type=int, default=20000,
                    help="dictionary stems sampled per language")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    if args.per_dir < 1:
        ap.error("--per-dir must be at least 1")

    closers = []
    if args.format == "text":
        if not args.out:
            ap.error("--format text needs --out DIR")
        try:
            os.makedirs(args.out, exist_ok=True)
        except OSError as e:
            die("cannot create %s: %s" % (args.out, e.strerror))
        state = {"n": 0}

        def sink(doc):
            i = state["n"]
            state["n"] += 1
            sub = os.path.join(args.out, "%04d" % (i // args.per_dir))
            if i % args.per_dir == 0:
                os.makedirs(sub, exist_ok=True)
            data = (doc["text"] + "\n").encode("utf-8")
            with open(os.path.join(sub, doc["id"] + ".txt"), "wb") as f:
                f.write(data)
            return len(data)
    else:
        if args.out and args.out != "-":
            try:
                raw = open(args.out, "wb")
            except OSError as e:
                die("cannot write %s: %s" % (args.out, e.strerror))
            closers.append(raw)
        else:
            raw = sys.stdout.buffer
        if args.format == "jsonl.gz":
            gz = gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0,
                               compresslevel=6)
            closers.insert(0, gz)
            out = gz
        else:
            out = raw
        buf = []
        state = {"b": 0}

        def sink(doc):
            line = (json.dumps(doc, ensure_ascii=False) + "\n").encode("utf-8")
            buf.append(line)
            state["b"] += len(line)
            if state["b"] >= 1 << 20:
                out.write(b"".join(buf))
                buf.clear()
                state["b"] = 0
            return len(line)

    try:
        n, written = generate(args, sink)
        if args.format != "text":
            out.write(b"".join(buf))
        for c in closers:
            c.close()
        if args.format != "text":
            sys.stdout.flush()
    except BrokenPipeError:
        # quiet end under `| head`
        try:
            sys.stdout = None
        finally:
            os._exit(0)
    except OSError as e:
        die("write failed: %s" % e.strerror)
    if not args.quiet:
        sys.stderr.write("%s: %d documents, %d bytes (uncompressed)\n"
                         % (PROG, n, written))


if __name__ == "__main__":
    main()
