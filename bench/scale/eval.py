#!/usr/bin/env python3
"""Precision and recall of a links file against gen.py's id convention.

Usage: python3 eval.py LINKS.csv [TRUTH.csv] [--json]

LINKS.csv: header starting `left_id,right_id` (further columns ignored), one linked pair per
row. A pair is true when it is L{i} ↔ R{i} (either order); every other pair is false. Repeated
pairs count once.

TRUTH.csv (gen.py's truth.csv: left_id,right_id,corruptions) gives the number of true pairs
(recall's denominator) and the recall per corruption kind. Default: truth.csv in the folder of
LINKS.csv, else in the current folder. Without it, only precision is printed.

Prints one line `precision P recall R f1 F pairs N true_pairs T found TP`, then (with a truth
file) recall per kind of corruption; --json prints one JSON object instead.
"""
import csv
import json
import os
import sys
from collections import Counter


def read_links(path):
    pairs = set()
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        header = next(r, None)
        if header is None or header[:2] != ["left_id", "right_id"]:
            sys.exit(f"eval.py: {path}: header must start with left_id,right_id, got {header}")
        for row in r:
            a, b = row[0], row[1]
            if a[:1] != "L" and b[:1] == "L":
                a, b = b, a
            pairs.add((a, b))
    return pairs


def is_true(a, b):
    return a[:1] == "L" and b[:1] == "R" and a[1:] == b[1:] and a[1:].isdigit()


def find_truth(links_path, given):
    if given:
        return given
    for folder in (os.path.dirname(os.path.abspath(links_path)), os.getcwd()):
        p = os.path.join(folder, "truth.csv")
        if os.path.exists(p):
            return p
    return None


def main():
    args = [a for a in sys.argv[1:] if a != "--json"]
    as_json = "--json" in sys.argv[1:]
    if not args or len(args) > 2:
        sys.exit(__doc__)
    links = read_links(args[0])
    found = {a for a, b in links if is_true(a, b)}
    tp = len(found)
    n = len(links)
    out = {"pairs": n, "found": tp, "precision": tp / n if n else 0.0}
    truth = find_truth(args[0], args[1] if len(args) > 1 else None)
    per_kind = {}
    if truth:
        total, hit = Counter(), Counter()
        with open(truth, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                kinds = set(row["corruptions"].split("+"))
                ok = row["left_id"] in found
                for k in kinds:
                    total[k] += 1
                    hit[k] += ok
                total["(all)"] += 1
                hit["(all)"] += ok
        t = total["(all)"]
        out.update(true_pairs=t, recall=tp / t if t else 0.0,
                   f1=2 * tp / (n + t) if n + t else 0.0, truth=truth)
        per_kind = {k: {"pairs": total[k], "recall": hit[k] / total[k]}
                    for k in sorted(total) if k != "(all)"}
        out["recall_by_corruption"] = per_kind
    if as_json:
        print(json.dumps(out))
        return
    if truth:
        print(f"precision {out['precision']:.4f} recall {out['recall']:.4f} f1 {out['f1']:.4f} "
              f"pairs {n} true_pairs {out['true_pairs']} found {tp}")
        for k, v in per_kind.items():
            print(f"  recall {k:12s} {v['recall']:.4f}  ({v['pairs']} pairs with it)")
    else:
        print(f"precision {out['precision']:.4f} recall n/a (no truth.csv) pairs {n} found {tp}")


if __name__ == "__main__":
    main()
