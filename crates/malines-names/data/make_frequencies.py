#!/usr/bin/env python3
"""Builds name_frequencies.tsv from Jörg Michael's first-name dictionary (nam_dict.txt).

Source: "nam_dict.txt", © 2007-2008 Jörg Michael, published with the `gender` program in c't
magazine (heise) and redistributed in the PyPI package gender-guesser 0.4.0
(gender_guesser/data/nam_dict.txt), under the GNU Free Documentation License 1.2 or later.
It gives, for ~48,000 first names, a frequency class per country from 1 (rare) to 13
(extremely common), on a logarithmic scale. The derived table is under the same licence.

We keep the countries whose spelling conventions Malines meets (Spain, France, Belgium, the
Netherlands, Great Britain) and "Arabia/Persia" (the dictionary's column for Arabic names),
and write, per name, the highest class among them. Usage:

    python3 make_frequencies.py PATH/TO/nam_dict.txt > name_frequencies.tsv
"""
import sys

COUNTRIES = ["Great Britain", "Spain", "France", "Belgium", "the Netherlands", "Arabia/Persia"]


def columns(lines):
    """Column of each country, read from the '|' drawn under its name in the header."""
    cols = {}
    for i, line in enumerate(lines):
        for c in COUNTRIES:
            if line.startswith("#") and line.rstrip("$ \r\n").strip("# ").strip() == c:
                bar = lines[i + 1].index("|")
                cols[c] = bar
    missing = [c for c in COUNTRIES if c not in cols]
    if missing:
        sys.exit(f"countries not found in header: {missing}")
    return cols


def main(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    cols = columns(lines)
    best = {}
    for line in lines:
        if not line or line.startswith("#") or line.startswith("="):
            continue
        if len(line) > 29 and line[29] == "+":
            continue  # duplicate entry with expanded umlauts
        name = line[3:29].strip().replace("+", "")
        if not name or " " in name:
            continue
        cls = 0
        for c, col in cols.items():
            ch = line[col] if col < len(line) else " "
            if ch.strip():
                cls = max(cls, int(ch, 16))
        if cls >= 2:
            best[name] = max(best.get(name, 0), cls)
    print("# name\tclass (1 = rare … 13 = extremely common); derived from nam_dict.txt")
    print("# (c) 2007-2008 Joerg Michael, GNU Free Documentation License 1.2 or later;")
    print("# see crates/malines-names/data/make_frequencies.py")
    for name in sorted(best):
        print(f"{name}\t{best[name]}")


if __name__ == "__main__":
    main(sys.argv[1])
