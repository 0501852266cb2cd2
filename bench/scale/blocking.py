#!/usr/bin/env python3
"""Recall lost to blocking: the share of true pairs (gen.py's L{i} <-> R{i}) whose encodings
share no blocking key, read from two files written by `malines encode`.

Usage: python3 blocking.py LEFT.enc.csv RIGHT.enc.csv

Prints one line: `true_pairs T kept K lost L recall_kept R`.
"""
import csv
import sys


def keys(path):
    out = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out[row["id"]] = set(row["blocks"].split(";")) if row["blocks"] else set()
    return out


def main():
    left, right = keys(sys.argv[1]), keys(sys.argv[2])
    true = kept = 0
    for rid, rk in right.items():
        if not rid.startswith("R"):
            continue
        lk = left.get("L" + rid[1:])
        if lk is None:
            continue
        true += 1
        kept += bool(lk & rk)
    print(f"true_pairs {true} kept {kept} lost {true - kept} recall_kept {kept / max(true, 1):.4f}")


if __name__ == "__main__":
    main()
