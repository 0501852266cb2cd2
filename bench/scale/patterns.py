#!/usr/bin/env python3
"""What a frequency analysis of encodings shows: how often each given-name pattern (bits
0-319 of the filter) occurs in a file written by `malines encode`, next to how often each
given name occurs in the clear file it came from.

Usage: python3 patterns.py CLEAR.csv ENCODED.csv [N]   (N: how many of the commonest to show)
"""
import base64
import collections
import csv
import sys


def main():
    clear, encoded = sys.argv[1], sys.argv[2]
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    patterns = collections.Counter()
    with open(encoded, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            patterns[base64.b64decode(row["filter"])[:40]] += 1
    with open(clear, newline="", encoding="utf-8") as f:
        names = collections.Counter(row["given"] for row in csv.DictReader(f))
    total = sum(patterns.values())
    print(f"people {total}; distinct given-name patterns {len(patterns)}; "
          f"distinct given names as written {len(names)}")
    print("commonest patterns:", [c for _, c in patterns.most_common(top)])
    print("commonest names:   ", names.most_common(top))
    share = sum(c for _, c in patterns.most_common(top)) / max(total, 1)
    print(f"share of people in the {top} commonest patterns: {share:.3f}")


if __name__ == "__main__":
    main()
