"""Writes two files of random 1024-bit filters (128 bytes each) for bench/kernel.

About 30 % of bits set (the density of CLK-style name encodings); every tenth right filter is
a near copy of a left one (8 bits flipped), so there are matches. Deterministic (seed 1).
Usage: gen.py N OUT_DIR  →  OUT_DIR/left-N.bin, OUT_DIR/right-N.bin
"""
import os
import random
import sys

n = int(sys.argv[1])
out = sys.argv[2]
rng = random.Random(1)


def rnd():
    return bytes(sum(1 << b for b in range(8) if rng.random() < 0.30) for _ in range(128))


left = [rnd() for _ in range(n)]
right = []
for j in range(n):
    if j % 10 == 0:
        f = bytearray(left[j % n])
        f[(j * 8) % 128] ^= 0xFF
        right.append(bytes(f))
    else:
        right.append(rnd())
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, f"left-{n}.bin"), "wb") as fh:
    fh.write(b"".join(left))
with open(os.path.join(out, f"right-{n}.bin"), "wb") as fh:
    fh.write(b"".join(right))
