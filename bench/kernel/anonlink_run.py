"""anonlink 0.15 find_candidate_pairs (dice, threshold) on the same filter files as Malines.
Usage: anonlink_run.py LEFT RIGHT THRESHOLD  →  prints "pairs seconds"."""
import sys
import time

import anonlink
from bitarray import bitarray


def read(path):
    data = open(path, "rb").read()
    out = []
    for i in range(0, len(data), 128):
        b = bitarray()
        b.frombytes(data[i:i + 128])
        out.append(b)
    return out


left, right = read(sys.argv[1]), read(sys.argv[2])
t = float(sys.argv[3])
start = time.perf_counter()
res = anonlink.candidate_generation.find_candidate_pairs(
    [left, right], anonlink.similarities.dice_coefficient, t)
print(len(res[0]), f"{time.perf_counter() - start:.3f}")
