#!/usr/bin/env python3
"""build-streams.py - write the hand-made relate streams of tests/incidents/.

Each document below is written as relate would print it: the doc record,
the ent records of its mentions, then its rel records with the evidence
sentence. Offsets are code points into the text, computed here so that the
records stay consistent; the sentences, entities and relations are the
test's content. Run it after editing; the .tsv files are committed.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def doc(did, lang, date, source, sentences):
    """sentences: list of (text, mentions, rels); mentions: (surface, type, id);
    rels: (predicate, subject surface, object surface, qualifier, confidence, trigger)"""
    text = ""
    ents, rels = [], []
    for text_s, mentions, srels in sentences:
        base = len(text) + (1 if text else 0)
        text = text + (" " if text else "") + text_s
        pos = {}
        for surface, typ, eid in mentions:
            i = text_s.index(surface)
            pos[surface] = (base + i, eid)
            ents.append((base + i, base + i + len(surface), typ, eid, surface))
        for pred, s, o, q, conf, trig in srels:
            rels.append((pred, pos[s][1], pos[o][1], q, conf, pos[s][0], pos[o][0], trig, text_s))
    out = ["\t".join(["doc", did, lang, date, source, esc(text)])]
    for st, en, typ, eid, surface in sorted(ents):
        out.append("\t".join(["ent", did, str(st), str(en), typ, eid, esc(surface), "exact"]))
    for pred, s, o, q, conf, ss, os_, trig, ev in rels:
        out.append("\t".join(["rel", did, pred, s, o, q, conf, str(ss), str(os_), esc(trig), esc(ev)]))
    return "\n".join(out) + "\n"


NN = ("NoName057(16)", "ACTOR", "actor:noname057-16")
CSOB = ("ČSOB", "INSTITUTION", "inst:cz-csob")
BURZA_CS = ("Burzy cenných papírů Praha", "INSTITUTION", "inst:cz-burza-praha")
NUKIB = ("NÚKIB", "AGENCY", "agency:cz-nukib")

STORY = [
    # incident A: NoName057(16), DDoS on Czech banks and the stock exchange, Friday 3 May 2024
    doc("a1-cs", "cs", "2024-05-03", "https://example.cz/zpravy/a1", [
        ("Hackerská skupina NoName057(16) v pátek zaútočila DDoS útokem na weby ČSOB a Burzy cenných papírů Praha.",
         [NN, CSOB, BURZA_CS],
         [("TARGETED", "NoName057(16)", "ČSOB", "ddos", "0.90", "zaútočila DDoS útokem na"),
          ("TARGETED", "NoName057(16)", "Burzy cenných papírů Praha", "ddos", "0.85", "zaútočila DDoS útokem na")]),
        ("Weby byly několik hodin nedostupné.", [], []),
        ("Skupina NoName057(16) se k útoku na ČSOB přihlásila na svém kanálu na Telegramu.",
         [NN, CSOB],
         [("CLAIMED", "NoName057(16)", "ČSOB", "ddos", "0.80", "se k útoku na přihlásila")]),
    ]),
    doc("a2-en", "en", "2024-05-06", "https://example.com/news/a2", [
        ("Pro-Russian hacktivists NoName057(16) knocked the websites of ČSOB and Česká spořitelna offline on Friday with a DDoS attack.",
         [NN, CSOB, ("Česká spořitelna", "INSTITUTION", "inst:cz-ceska-sporitelna")],
         [("TARGETED", "NoName057(16)", "ČSOB", "ddos", "0.88", "knocked offline"),
          ("TARGETED", "NoName057(16)", "Česká spořitelna", "ddos", "0.88", "knocked offline")]),
        ("The Czech cyber-security agency NÚKIB blamed NoName057(16) for the outages.",
         [NUKIB, NN],
         [("BLAMED", "NÚKIB", "NoName057(16)", "", "0.75", "blamed")]),
    ]),
    doc("a3-cs", "cs", "2024-05-10", "https://example.cz/zpravy/a3", [
        ("Útok skupiny NoName057(16) na web Burzy cenných papírů Praha ze 3. května 2024 podle NÚKIB trval šest hodin.",
         [NN, BURZA_CS, NUKIB],
         [("TARGETED", "NoName057(16)", "Burzy cenných papírů Praha", "ddos", "0.82", "Útok na")]),
    ]),
    doc("a4-en", "en", "2024-05-04", "https://example.com/news/a4", [
        ("Yesterday, NoName057(16) claimed DDoS attacks on Czech banks including ČSOB.",
         [NN, CSOB],
         [("CLAIMED", "NoName057(16)", "ČSOB", "ddos", "0.84", "claimed attacks on")]),
    ]),
    doc("a5-en", "en", "2024-05-05", "https://example.com/news/a5", [
        ("NoName057(16) attacked ČSOB again on Saturday.",
         [NN, CSOB],
         [("TARGETED", "NoName057(16)", "ČSOB", "", "0.70", "attacked")]),
    ]),
    # incident B: the same group five weeks later, Prague Airport, Friday 7 June 2024
    doc("b1-cs", "cs", "2024-06-08", "https://example.cz/zpravy/b1", [
        ("Skupina NoName057(16) v pátek útočila DDoS útoky na web Letiště Praha.",
         [NN, ("Letiště Praha", "INSTITUTION", "inst:cz-letiste-praha")],
         [("TARGETED", "NoName057(16)", "Letiště Praha", "ddos", "0.86", "útočila DDoS útoky na")]),
    ]),
    doc("b2-en", "en", "2024-06-10", "https://example.com/news/b2", [
        ("NoName057(16) hit the website of Prague Airport with DDoS attacks on 7 June 2024.",
         [NN, ("Prague Airport", "INSTITUTION", "inst:cz-letiste-praha")],
         [("TARGETED", "NoName057(16)", "Prague Airport", "ddos", "0.87", "hit with DDoS attacks")]),
    ]),
    # incident C: APT28, espionage against the foreign ministry in 2023 (a year-only date)
    doc("c1-cs", "cs", "2024-05-03", "https://example.cz/zpravy/c1", [
        ("Skupina APT28 v roce 2023 napadla e-mailové schránky Ministerstva zahraničních věcí, uvedl ministr Jan Lipavský.",
         [("APT28", "ACTOR", "actor:apt28"), ("Ministerstva zahraničních věcí", "AGENCY", "agency:cz-mzv"),
          ("Jan Lipavský", "PERSON", "person:jan-lipavsky")],
         [("TARGETED", "APT28", "Ministerstva zahraničních věcí", "espionage", "0.83", "napadla")]),
        ("APT28 zneužila zranitelnost CVE-2023-23397 v aplikaci Microsoft Outlook.",
         [("APT28", "ACTOR", "actor:apt28"), ("CVE-2023-23397", "VULN", "CVE-2023-23397"),
          ("Microsoft Outlook", "PRODUCT", "product:microsoft-outlook")],
         [("EXPLOITED", "APT28", "CVE-2023-23397", "", "0.90", "zneužila zranitelnost"),
          ("EXPLOITED", "APT28", "Microsoft Outlook", "", "0.80", "zneužila zranitelnost v")]),
        ("Česko připsalo útok skupině APT28, kterou řídí ruská vojenská rozvědka GRU.",
         [("Česko", "STATE", "state:cz"), ("APT28", "ACTOR", "actor:apt28"), ("GRU", "AGENCY", "agency:ru-gru")],
         [("BLAMED", "Česko", "APT28", "", "0.85", "připsalo útok"),
          ("ATTRIBUTED_TO", "APT28", "GRU", "", "0.80", "kterou řídí")]),
    ]),
    doc("c2-en", "en", "2024-05-03", "https://example.com/news/c2", [
        ("The Czech foreign ministry said APT28 targeted its email accounts in 2023 by exploiting a flaw in Microsoft Outlook, CVE-2023-23397.",
         [("Czech foreign ministry", "AGENCY", "agency:cz-mzv"), ("APT28", "ACTOR", "actor:apt28"),
          ("Microsoft Outlook", "PRODUCT", "product:microsoft-outlook"), ("CVE-2023-23397", "VULN", "CVE-2023-23397")],
         [("TARGETED", "APT28", "Czech foreign ministry", "espionage", "0.81", "targeted"),
          ("EXPLOITED", "APT28", "CVE-2023-23397", "", "0.86", "exploiting a flaw")]),
        ("The EU's foreign policy chief Josep Borrell blamed APT28, a unit of Russia's GRU military intelligence.",
         [("EU", "AGENCY", "agency:eu"), ("Josep Borrell", "PERSON", "person:josep-borrell"),
          ("APT28", "ACTOR", "actor:apt28"), ("GRU", "AGENCY", "agency:ru-gru")],
         [("BLAMED", "Josep Borrell", "APT28", "", "0.78", "blamed"),
          ("ATTRIBUTED_TO", "APT28", "GRU", "", "0.74", "a unit of")]),
    ]),
    doc("c3-cs", "cs", "2024-05-04", "https://example.cz/zpravy/c3", [
        ("Skupina APT28 loni pronikla do e-mailů Ministerstva zahraničních věcí, potvrdil NÚKIB.",
         [("APT28", "ACTOR", "actor:apt28"), ("Ministerstva zahraničních věcí", "AGENCY", "agency:cz-mzv"), NUKIB],
         [("TARGETED", "APT28", "Ministerstva zahraničních věcí", "espionage", "0.79", "pronikla do")]),
        ("Podle NÚKIB za útokem stojí APT28.",
         [NUKIB, ("APT28", "ACTOR", "actor:apt28")],
         [("BLAMED", "NÚKIB", "APT28", "", "0.82", "za útokem stojí")]),
    ]),
    # incident D: a state blamed where no actor is named
    doc("d1-cs", "cs", "2024-03-20", "https://example.cz/zpravy/d1", [
        ("Ministerstvo zahraničí obvinilo Rusko z útoku na Českou poštu, ke kterému došlo 18. března 2024.",
         [("Ministerstvo zahraničí", "AGENCY", "agency:cz-mzv"), ("Rusko", "STATE", "state:ru"),
          ("Českou poštu", "INSTITUTION", "inst:cz-ceska-posta")],
         [("BLAMED", "Ministerstvo zahraničí", "Rusko", "", "0.77", "obvinilo z útoku")]),
        ("Rusko obvinění odmítlo.", [("Rusko", "STATE", "state:ru")], []),
    ]),
    # an undated document: its incident has no dates
    doc("u1-en", "en", "", "leaflet.txt", [
        ("Killnet claimed an attack on Czech Railways.",
         [("Killnet", "ACTOR", "actor:killnet"), ("Czech Railways", "INSTITUTION", "inst:cz-ceske-drahy")],
         [("CLAIMED", "Killnet", "Czech Railways", "", "0.72", "claimed an attack on")]),
    ]),
]

with open(os.path.join(HERE, "story.tsv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("".join(STORY))
