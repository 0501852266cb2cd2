"""Peer: clkhash 0.18 CLKs + anonlink 0.15 Dice candidate search (and greedy one-to-one solve).

`run(a_csv, b_csv, schema_fn)` returns two result rows:
- all pairs with Dice >= t, t swept over 0.50, 0.51, ..., 0.95, the t with the best F1 kept;
- anonlink's greedy one-to-one solution of the candidates >= t, same sweep, best F1 kept
  (see _sweep for how the sweep avoids searching at 0.50 when it does not need to).
Wall seconds: encoding both files (one process) + one candidate search at the kept t
(+ the greedy solve for the one-to-one row). The sweep itself is not timed.
"""
import csv
import time

import anonlink
import numpy as np
from clkhash import clk

import febrl
from clk_schema import SECRET

GRID = [round(0.50 + 0.01 * i, 2) for i in range(46)]  # 0.50 .. 0.95
LOWER_BOUNDS = [0.70, 0.60, 0.50]


def _read_ids(path):
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        header = next(r)
        return header, [row[0] for row in r]


def encode(path, schema_fn, secret):
    header, ids = _read_ids(path)
    schema = schema_fn(header)
    with open(path, newline="", encoding="utf-8") as f:
        clks = clk.generate_clk_from_csv(f, secret, schema, progress_bar=False, max_workers=1)
    return ids, clks


def _search(clks_a, clks_b, t):
    return anonlink.candidate_generation.find_candidate_pairs(
        [clks_a, clks_b], anonlink.similarities.dice_coefficient, t)


def _all_pairs(cands, ids_a, ids_b):
    sims, _dsets, (rec_a, rec_b) = cands
    return [(ids_a[i], ids_b[j]) for i, j in zip(rec_a, rec_b)]


def _one_to_one(cands, ids_a, ids_b):
    groups = anonlink.solving.greedy_solve(cands)
    return [(ids_a[i], ids_b[j]) for i, j in anonlink.solving.pairs_from_groups(groups)]


def _sweep(clks_a, clks_b, ids_a, ids_b):
    """Best t of the grid for each row kind (the highest t when several tie).

    One candidate search at a lower bound serves every t above it: all pairs >= t is a filter
    of it; for the greedy one-to-one, anonlink's greedy solver takes candidates in decreasing
    similarity, so its solution at t is its solution at the bound restricted to similarities
    >= t, and one solve serves all t. The bound starts at 0.70 and goes down to 0.60, then
    0.50, only while a best t sits on it (a search at 0.50 returns most of the 25 million pairs
    when all fields are hashed, and the greedy solve of those takes a minute). The reported
    figures come from a fresh search (and solve) at the chosen t, not from this shortcut.
    """
    ent_a = np.array([int(febrl.entity(i)) for i in ids_a])
    ent_b = np.array([int(febrl.entity(i)) for i in ids_b])
    for lo in LOWER_BOUNDS:
        grid = sorted((t for t in GRID if t >= lo), reverse=True)  # ties: highest t wins
        sims, dsets, (rec_a, rec_b) = _search(clks_a, clks_b, lo)
        sims = np.asarray(sims, dtype=float)
        ra, rb = np.asarray(rec_a, dtype=np.int64), np.asarray(rec_b, dtype=np.int64)
        true = ent_a[ra] == ent_b[rb]
        best_all = max(grid, key=lambda t: _f1(sims >= t, true))
        pairs = list(anonlink.solving.pairs_from_groups(anonlink.solving.greedy_solve(
            (sims.tolist(), dsets, (rec_a, rec_b)))))
        sim_of = dict(zip(zip(ra.tolist(), rb.tolist()), sims.tolist()))
        sol_sim = np.array([sim_of[p] for p in pairs])
        sol_true = np.array([ent_a[i] == ent_b[j] for i, j in pairs])
        best_one = max(grid, key=lambda t: _f1(sol_sim >= t, sol_true))
        if best_all > lo and best_one > lo:
            break
    return best_all, best_one


def _f1(mask, true):
    n = int(mask.sum())
    tp = int(true[mask].sum())
    return 2 * tp / (n + febrl.TRUE_LINKS)


def run(a_csv, b_csv, schema_fn, secret=SECRET):
    t0 = time.perf_counter()
    ids_a, clks_a = encode(a_csv, schema_fn, secret)
    ids_b, clks_b = encode(b_csv, schema_fn, secret)
    t_enc = time.perf_counter() - t0
    best_all, best_one = _sweep(clks_a, clks_b, ids_a, ids_b)
    rows = []
    for label, pick, t in (("all pairs >= t", _all_pairs, best_all),
                           ("greedy one-to-one", _one_to_one, best_one)):
        t1 = time.perf_counter()
        pairs = pick(_search(clks_a, clks_b, t), ids_a, ids_b)
        wall = t_enc + time.perf_counter() - t1
        p, r, f, n = febrl.scores(pairs)
        rows.append(dict(label=label, precision=p, recall=r, f1=f, threshold=f"{t:.2f} (best)",
                         pairs=n, wall=wall))
    return rows
