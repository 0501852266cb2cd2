#!/usr/bin/env python3
"""Two person files with a known truth, for linkage at scale (up to 1,000,000 × 1,000,000).

Usage: python3 gen.py N OUT_DIR [--seed S] [--match-fraction F]

Writes OUT_DIR/left.csv and OUT_DIR/right.csv (N rows each, header `id,given,family,dob`,
UTF-8, `\\n`, minimal quoting) and OUT_DIR/truth.csv (`left_id,right_id,corruptions`, one
row per true pair). Plain Python 3 standard library, seeded (`random.Random`, default seed 1):
the same arguments give the same bytes.

Ids: left rows are L0 … L{N-1}. Right row i is, with probability F (default 0.5), a copy of
left row i with id R{i} (the true pair L{i} ↔ R{i}), otherwise a new person with id X{i}
(no true partner). The right file is shuffled. The only true links are the L{i} ↔ R{i}
pairs; any other pair counts as false, even when two different persons happen to look
identical (common name, same date of birth), which can occur at this scale.

Persons. 35 % Maghrebi, 65 % European (Belgium nl/fr, France, the Netherlands, Spain, the UK,
a few Italian, Portuguese and German names).
- Maghrebi given and family names: the hand-written tables of data/names/make_dev.py (216
  given names, 211 family names, each with its spellings per transcription convention: fr, es,
  nl, en, ma). A person gets one convention (fr 26, es 17, nl 17, en 15, ma 20) and the forms
  of that convention, the most usual form most often. Given names weighted by the frequency
  class of their key in crates/malines-names/data/name_frequencies.tsv (weight 2^class, class
  4 when absent); a few very common family names weighted ×4.
- European given names: the names of crates/malines-names/data/name_frequencies.tsv (derived
  from Jörg Michael's nam_dict.txt, GB/ES/FR/BE/NL and Arabia/Persia columns, GFDL), drawn
  with weight 2^class (class 1 rare … 13 extremely common; the scale is logarithmic), so that
  common names are common (joined compounds such as AbdelAziz are left out). Family names: data/names/make_dev.py's EURO_FAMILY plus the lists
  below (written from general knowledge of common surnames), weight ∝ 1/(rank+3) within a
  country, countries weighted.
- Date of birth: uniform over 1940-01-01 … 2007-12-31, ISO `YYYY-MM-DD`.
The full-name and family-name exclusions of make_dev.py (FORBIDDEN_FULL, FORBIDDEN_FAMILY:
names of known suspects and of well-known people) are applied. No sanctions list was used.

Corruption of a true copy: 0, 1, 2 or 3 corruptions (weights 20, 50, 25, 5), each one of
- typo (45): one substitution (keyboard neighbour), insertion, deletion or transposition of
  adjacent letters in the given or the family name;
- variant (20): another spelling of the same name (Mohamed → Muhammad / Mohammed,
  Khalid → Jalid, Youssef → Joessef, François → Francois, Van den Broeck → Vandenbroeck …),
  a typo instead when the name has no other spelling;
- dob_typo (12): day and month swapped (when both ≤ 12 and different), else day ± 1..2 or the
  month's last digit changed; the date stays a valid calendar date;
- dob_year (8): year only (`YYYY`);
- swap (10): given and family name exchanged;
- dob_missing (5): empty date of birth.
truth.csv lists them per pair, joined by `+` (`none` for an exact copy).
"""
import argparse
import csv
import datetime
import importlib.util
import os
import random
import sys
import time
import unicodedata
from itertools import accumulate

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FREQ = os.path.join(ROOT, "crates", "malines-names", "data", "name_frequencies.tsv")
MAKE_DEV = os.path.join(ROOT, "data", "names", "make_dev.py")

MAGHREBI_SHARE = 0.35
CONVENTIONS = ["fr", "es", "nl", "en", "ma"]
CONVENTION_W = [26, 17, 17, 15, 20]
N_CORRUPTIONS = [0, 1, 2, 3]
N_CORRUPTIONS_W = [20, 50, 25, 5]
KINDS = ["typo", "variant", "dob_typo", "dob_year", "swap", "dob_missing"]
KINDS_W = [45, 20, 12, 8, 10, 5]
DOB_FIRST = datetime.date(1940, 1, 1).toordinal()
DOB_LAST = datetime.date(2007, 12, 31).toordinal()
COMMON_MAGHREBI_FAMILY = ["Alaoui", "El Idrissi", "Benali", "Bennani", "El Amrani", "Tahiri",
                          "Bouzid", "Chaib", "Ziani", "Hajji", "Cherif", "Belkacem"]

# Common European family names, most common first within each country (general knowledge).
EURO_FAMILY_EXTRA = {
    "fr": "Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel "
          "Lefebvre Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert "
          "Fontaine Rousseau Vincent Muller Lefèvre Faure André Mercier Blanc Guérin Boyer "
          "Garnier Chevalier François Legrand Gauthier Garcia Perrin Robin Clément Morin "
          "Nicolas Henry Roussel Mathieu Gautier Masson Marchand Duval Denis Dumont Marie "
          "Lemaire Noël Meyer Dufour Meunier Brun Blanchard Giraud Joly Rivière Lucas Brunet "
          "Gaillard Barbier Arnaud Martinez Gérard Roche Renard Schmitt Roy Leroux Colin "
          "Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix Olivier "
          "Philippe Bourgeois Pierre Benoît Rey Leclerc Payet Rolland Leclercq Guillaume "
          "Lecomte Lopez Jean Dupuy Guillot Hubert Berger Carpentier Sanchez Dupuis Moulin",
    "be_fr": "Dubois Lambert Dupont Martin Simon Laurent Leclercq Renard Mathieu Lejeune "
             "Collignon Denis Lemaire François Henry Hubert Leroy Dumont Lecomte Gilson "
             "Thiry Wauters Fontaine Noël Jacquet Lemaître Remy Bodart Colin Charlier Delvaux "
             "Gillet Pirard Lecocq Piette Masson Dubuisson Goffin Bertrand Hardy",
    "be_nl": "Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De Smet "
             "Dubois Hermans Aerts Michiels Smets Pauwels Lemmens Van Damme Stevens De Vos "
             "Claeys Martens Verhaegen Van de Velde Desmet Vermeulen Cools Coppens Segers "
             "Verbeke Van den Broeck Van Dyck Hendrickx Dumont Van Acker De Clercq De Backer "
             "Verstraete Van Hecke Leclercq Geerts Vandenberghe Bogaerts Declercq Verheyen "
             "Smet Vanhove Dewulf Roels Van Hoof Baert Mahieu Moens Vercammen Luyten",
    "nl": "de Jong Jansen de Vries van den Berg van Dijk Bakker Janssen Visser Smit Meijer "
          "de Boer Mulder de Groot Bos Vos Peters Hendriks van Leeuwen Dekker Brouwer de Wit "
          "Dijkstra Smits de Graaf van der Meer van der Linden Kok Jacobs de Haan Vermeulen "
          "van den Heuvel van der Veen van den Broek de Bruijn de Bruin van der Heijden "
          "Schouten van Beek Willems van Vliet van de Ven Hoekstra Maas Verhoeven Koster "
          "van Dam van der Wal Prins Blom Huisman Peeters de Jonge Kuipers van Veen Post "
          "Kuiper Veenstra Kramer van den Brink Scholten van Wijk Postma Martens Vink",
    "es": "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín "
          "Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro "
          "Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez "
          "Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés "
          "Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León "
          "Márquez Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco Diez Caballero",
    "uk": "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts "
          "Robinson Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris "
          "Clarke Patel Jackson Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee "
          "King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price "
          "Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell "
          "Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh",
    "it": "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno "
          "Gallo Conti De Luca Costa Giordano Mancini Rizzo Lombardi Moretti",
    "pt": "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa "
          "Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho",
    "de": "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann "
          "Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann",
}
COUNTRY_W = {"be_nl": 18, "be_fr": 13, "fr": 22, "nl": 14, "es": 14, "uk": 9, "it": 4,
             "pt": 3, "de": 3}
# Multi-word names in the lists above (split on spaces otherwise).
MULTI = ["de Jong", "de Vries", "van den Berg", "van Dijk", "de Boer", "de Groot", "van Leeuwen",
         "de Wit", "de Graaf", "van der Meer", "van der Linden", "de Haan", "van den Heuvel",
         "van der Veen", "van den Broek", "de Bruijn", "de Bruin", "van der Heijden", "van Beek",
         "van Vliet", "van de Ven", "van Dam", "van der Wal", "de Jonge", "van Veen",
         "van den Brink", "van Wijk", "De Smet", "Van Damme", "De Vos", "Van de Velde",
         "Van den Broeck", "Van Dyck", "Van Acker", "De Clercq", "De Backer", "Van Hecke",
         "Van Hoof", "De Luca"]
PARTICLES = {"de", "van", "den", "der", "la", "le", "du", "del", "los"}

AZERTY = ["azertyuiop", "qsdfghjklm", "wxcvbn"]
QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def load_make_dev():
    spec = importlib.util.spec_from_file_location("malines_make_dev", MAKE_DEV)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_frequencies():
    names, weights = [], []
    with open(FREQ, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, cls = line.rstrip("\n").split("\t")
            if any(c.isupper() for c in name[1:]):
                continue  # joined compounds of the dictionary (AbdelAziz, MaríadelMar)
            names.append(name)
            weights.append(2.0 ** int(cls))
    return names, weights


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def split_names(text):
    """Space-separated names, keeping the multi-word ones of MULTI together."""
    for m in sorted(MULTI, key=len, reverse=True):
        text = text.replace(m, m.replace(" ", "_"))
    return [w.replace("_", " ") for w in text.split()]


def euro_variants(name):
    """Other spellings of a European name: without accents; particles capitalised, lower-case
    or glued (van den Berg / Van den Berg / Vandenberg)."""
    out = []
    plain = strip_accents(name)
    if plain != name:
        out.append(plain)
    words = name.split()
    if len(words) > 1 and words[0].lower() in PARTICLES:
        flip = words[0][0].swapcase() + words[0][1:]
        out.append(" ".join([flip] + words[1:]))
        glued = "".join(words)
        out.append(glued[0].upper() + glued[1:].lower())
    return [v for v in dict.fromkeys(out) if v != name]


class Tables:
    """Name pools (values, cumulative weights) and spelling variants."""

    def __init__(self):
        md = load_make_dev()
        forbidden_family = {strip_accents(x).lower() for x in md.FORBIDDEN_FAMILY}
        self.forbidden_full = {(g, f) for g, f in md.FORBIDDEN_FULL}
        freq_names, freq_w = load_frequencies()
        freq_class = dict(zip(freq_names, freq_w))

        # Maghrebi given: (key, {conv: forms}) weighted by the frequency of the key.
        self.mg = [(k, e.v) for k, e in md.G.items()]
        self.mg_cum = list(accumulate(freq_class.get(k, 16.0) for k, _ in self.mg))
        self.mf = [(k, e.v) for k, e in md.F.items()
                   if strip_accents(k).lower() not in forbidden_family]
        self.mf_cum = list(accumulate(4.0 if k in COMMON_MAGHREBI_FAMILY else 1.0
                                      for k, _ in self.mf))

        # European given: the frequency table.
        self.eg = freq_names
        self.eg_cum = list(accumulate(freq_w))

        # European family: per country lists, EURO_FAMILY entries of make_dev appended.
        per_country = {c: split_names(t) for c, t in EURO_FAMILY_EXTRA.items()}
        for k, e in md.EF.items():
            for c in e.countries:
                per_country.setdefault(c, [])
                if k not in per_country[c]:
                    per_country[c].append(k)
        weight = {}
        for c, names in per_country.items():
            cw = COUNTRY_W.get(c, 1)
            total = sum(1 / (r + 3) for r in range(len(names)))
            for r, n in enumerate(names):
                if strip_accents(n).lower() in forbidden_family:
                    continue
                weight[n] = weight.get(n, 0.0) + cw * (1 / (r + 3)) / total
        self.ef = sorted(weight)
        self.ef_cum = list(accumulate(weight[n] for n in self.ef))

        # Variants: every Latin spelling of a Maghrebi entry is a variant of the others;
        # make_dev's European entries list their own; otherwise euro_variants().
        self.variants = {}
        for table in (md.G, md.F):
            for e in table.values():
                forms = []
                for conv in CONVENTIONS:
                    forms += [x for x in e.v[conv] if x not in forms]
                for x in forms:
                    self.variants.setdefault(x, [])
                    self.variants[x] += [y for y in forms if y != x
                                         and y not in self.variants[x]]
        for table in (md.EG, md.EF):
            for e in table.values():
                forms = e.v["eu"]
                for x in forms:
                    self.variants.setdefault(x, [])
                    self.variants[x] += [y for y in forms if y != x
                                         and y not in self.variants[x]]

    def variant_of(self, name, rng):
        vs = self.variants.get(name)
        if vs is None:
            vs = euro_variants(name)
            self.variants[name] = vs
        return rng.choice(vs) if vs else None


def usual_form(forms, rng):
    """The first (most usual) form most often."""
    w = [4, 2.5, 1.5, 1.2, 1, 1, 1, 1, 1, 1, 1, 1][:len(forms)]
    return rng.choices(forms, weights=w, k=1)[0]


def new_person(t, rng):
    """(given, family, dob_ordinal, keyboard)."""
    dob = rng.randint(DOB_FIRST, DOB_LAST)
    if rng.random() < MAGHREBI_SHARE:
        conv = rng.choices(CONVENTIONS, weights=CONVENTION_W, k=1)[0]
        for _ in range(100):
            gk, gv = rng.choices(t.mg, cum_weights=t.mg_cum, k=1)[0]
            fk, fv = rng.choices(t.mf, cum_weights=t.mf_cum, k=1)[0]
            if (gk, fk) not in t.forbidden_full:
                break
        kb = AZERTY if conv in ("fr", "ma") else QWERTY
        return usual_form(gv[conv], rng), usual_form(fv[conv], rng), dob, kb
    given = rng.choices(t.eg, cum_weights=t.eg_cum, k=1)[0]
    family = rng.choices(t.ef, cum_weights=t.ef_cum, k=1)[0]
    return given, family, dob, (AZERTY if rng.random() < 0.4 else QWERTY)


def neighbour(c, kb, rng):
    low = c.lower()
    for r, row in enumerate(kb):
        i = row.find(low)
        if i >= 0:
            cands = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            for rr in (r - 1, r + 1):
                if 0 <= rr < len(kb) and i < len(kb[rr]):
                    cands.append(kb[rr][i])
            out = rng.choice(cands)
            return out.upper() if c.isupper() else out
    return rng.choice("aeiou")


def typo(name, kb, rng):
    """One substitution, insertion, deletion or transposition at a letter of `name`."""
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    if not letters:
        return name
    for _ in range(10):
        op = rng.randrange(4)
        i = rng.choice(letters)
        if op == 0:
            out = name[:i] + neighbour(name[i], kb, rng) + name[i + 1:]
        elif op == 1:
            c = neighbour(name[i], kb, rng).lower() if rng.random() < 0.5 else name[i].lower()
            out = name[:i + 1] + c + name[i + 1:]
        elif op == 2:
            if len(letters) < 4:
                continue
            out = name[:i] + name[i + 1:]
        else:
            if i + 1 >= len(name) or not name[i + 1].isalpha() or name[i] == name[i + 1]:
                continue
            a, b = name[i], name[i + 1]
            if i == 0:  # keep the capital in front
                a, b = a.lower(), b.upper()
            out = name[:i] + b + a + name[i + 2:]
        if out != name and out.strip():
            return out
    return name


def days_in(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def dob_typo(y, m, d, rng):
    if d <= 12 and d != m and rng.random() < 0.5:
        return y, d, m
    if rng.random() < 0.6:
        for _ in range(10):
            nd = d + rng.choice((-2, -1, 1, 2))
            if 1 <= nd <= days_in(y, m):
                return y, m, nd
    for _ in range(10):
        tens = m // 10
        nm = tens * 10 + rng.randrange(10)
        if 1 <= nm <= 12 and nm != m and d <= days_in(y, nm):
            return y, nm, d
    return y, m, d + (1 if d < days_in(y, m) else -1)


def corrupt(t, person, rng):
    """Right-hand copy of a left person: (given, family, dob_text, kinds)."""
    given, family, dob, kb = person
    date = datetime.date.fromordinal(dob)
    y, m, d = date.year, date.month, date.day
    dob_text = f"{y:04d}-{m:02d}-{d:02d}"
    n = rng.choices(N_CORRUPTIONS, weights=N_CORRUPTIONS_W, k=1)[0]
    kinds = rng.choices(KINDS, weights=KINDS_W, k=n)
    done = []
    for kind in kinds:
        if kind == "variant":
            which = rng.random() < 0.5
            v = t.variant_of(given if which else family, rng)
            if v is None:
                kind = "typo"
            elif which:
                given = v
            else:
                family = v
        if kind == "typo":
            if rng.random() < 0.5:
                given = typo(given, kb, rng)
            else:
                family = typo(family, kb, rng)
        elif kind == "swap":
            given, family = family, given
        elif kind in ("dob_typo", "dob_year", "dob_missing"):
            if any(k.startswith("dob") for k in done):
                kind = "typo"
                given = typo(given, kb, rng)
            elif kind == "dob_typo":
                y, m, d = dob_typo(y, m, d, rng)
                dob_text = f"{y:04d}-{m:02d}-{d:02d}"
            elif kind == "dob_year":
                dob_text = f"{y:04d}"
            else:
                dob_text = ""
        done.append(kind)
    return given, family, dob_text, done


def iso(ordinal):
    return datetime.date.fromordinal(ordinal).isoformat()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--match-fraction", type=float, default=0.5)
    args = ap.parse_args()
    t0 = time.perf_counter()
    rng = random.Random(args.seed)
    tables = Tables()
    os.makedirs(args.out_dir, exist_ok=True)
    left_path = os.path.join(args.out_dir, "left.csv")
    right_path = os.path.join(args.out_dir, "right.csv")
    truth_path = os.path.join(args.out_dir, "truth.csv")

    right_rows = []
    matched = 0
    with open(left_path, "w", newline="", encoding="utf-8") as lf, \
            open(truth_path, "w", newline="", encoding="utf-8") as tf:
        lw = csv.writer(lf, lineterminator="\n")
        tw = csv.writer(tf, lineterminator="\n")
        lw.writerow(["id", "given", "family", "dob"])
        tw.writerow(["left_id", "right_id", "corruptions"])
        lbuf, tbuf = [], []
        for i in range(args.n):
            person = new_person(tables, rng)
            lbuf.append((f"L{i}", person[0], person[1], iso(person[2])))
            if rng.random() < args.match_fraction:
                g, f, dob, kinds = corrupt(tables, person, rng)
                right_rows.append((f"R{i}", g, f, dob))
                tbuf.append((f"L{i}", f"R{i}", "+".join(kinds) or "none"))
                matched += 1
            else:
                other = new_person(tables, rng)
                right_rows.append((f"X{i}", other[0], other[1], iso(other[2])))
            if len(lbuf) >= 50_000:
                lw.writerows(lbuf)
                tw.writerows(tbuf)
                lbuf, tbuf = [], []
        lw.writerows(lbuf)
        tw.writerows(tbuf)
    rng.shuffle(right_rows)
    with open(right_path, "w", newline="", encoding="utf-8") as rf:
        rw = csv.writer(rf, lineterminator="\n")
        rw.writerow(["id", "given", "family", "dob"])
        rw.writerows(right_rows)
    print(f"gen.py: {args.n} left, {args.n} right rows, {matched} true pairs "
          f"(seed {args.seed}) in {time.perf_counter() - t0:.1f}s -> {args.out_dir}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
