#!/usr/bin/env python3
"""Compare the Malines name matcher with two peers on a labelled pair file.

Usage: eval.py [PAIRS.csv]   (run through bench/names/run.sh, which sets up the venv)

PAIRS.csv needs a header with name_a,name_b,label; dob_a,dob_b and subset are optional.
Systems (all names only; dob is blanked):
  - Malines          `malines names compare` (binary from $MALINES_BIN or target/release)
  - Jaro-Winkler     rapidfuzz JaroWinkler.normalized_similarity on unidecode-folded names
  - logic-v2         nomenklatura LogicV2 with its default configuration
plus "Malines (name + dob)", which uses the dob columns and is NOT comparable with the others.
"""

import csv
import importlib.metadata
import itertools
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = ROOT / "data" / "names" / "dev.csv"

EUROPEAN_SUBSETS = {"european", "neg_european"}
SUBSET_ORDER = [
    "maghrebi_latin", "arabic_script", "order_swap", "particle", "compound",
    "missing_middle", "patronymic", "typo", "european",
    "neg_common_given", "neg_same_family", "neg_similar", "neg_rare_element",
    "neg_european", "neg_random",
]
ARABIC_RE = re.compile("[\u0600-\u06FF]")


def die(msg):
    print(f"eval.py: error: {msg}", file=sys.stderr)
    sys.exit(1)


# ---------------------------------------------------------------- data

def load(path):
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        cols = reader.fieldnames or []
        for need in ("name_a", "name_b", "label"):
            if need not in cols:
                die(f"{path}: header lacks column '{need}' (has: {','.join(cols)})")
        rows = []
        for i, r in enumerate(reader, start=2):
            lab = (r.get("label") or "").strip()
            if lab not in ("0", "1"):
                die(f"{path}: line {i}: label must be 0 or 1, got {lab!r}")
            rows.append({
                "name_a": r.get("name_a") or "",
                "name_b": r.get("name_b") or "",
                "dob_a": r.get("dob_a") or "",
                "dob_b": r.get("dob_b") or "",
                "label": int(lab),
                "subset": (r.get("subset") or "").strip(),
            })
    has_dob = "dob_a" in cols and "dob_b" in cols
    has_subset = "subset" in cols
    return rows, has_dob, has_subset


def to_float(s):
    """Empty or unparsable scores count as 0."""
    try:
        v = float(s)
    except (TypeError, ValueError):
        return 0.0
    return v if v == v else 0.0  # NaN -> 0


# ---------------------------------------------------------------- systems

def malines_bin():
    b = os.environ.get("MALINES_BIN") or str(ROOT / "target" / "release" / "malines")
    if not (os.path.isfile(b) and os.access(b, os.X_OK)):
        die(f"Malines binary not found or not executable: {b}\n"
            "  build it with `cargo build --release -p malines` in the repository root,\n"
            "  or set MALINES_BIN to its path")
    return b


def score_malines(rows, with_dob):
    """One `malines names compare` call over all pairs; returns (scores, unscored, stderr)."""
    binary = malines_bin()
    with tempfile.TemporaryDirectory(prefix="malines-bench-") as tmp:
        inp, out = os.path.join(tmp, "pairs.csv"), os.path.join(tmp, "scored.csv")
        with open(inp, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["id", "name_a", "name_b"] + (["dob_a", "dob_b"] if with_dob else []))
            for i, r in enumerate(rows):
                w.writerow([i, r["name_a"], r["name_b"]]
                           + ([r["dob_a"], r["dob_b"]] if with_dob else []))
        p = subprocess.run([binary, "names", "compare", "--in", inp, "--out", out],
                           capture_output=True, text=True)
        if p.returncode != 0:
            die(f"{binary} names compare exited with {p.returncode}:\n{p.stderr.strip()}")
        scores = [0.0] * len(rows)
        seen = set()
        unscored = 0
        with open(out, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                try:
                    i = int(r["id"])
                except (KeyError, TypeError, ValueError):
                    continue
                seen.add(i)
                if (r.get("score") or "").strip() == "":
                    unscored += 1
                scores[i] = to_float(r.get("score"))
        missing = len(rows) - len(seen)
    return scores, unscored + missing, p.stderr


def score_jw(rows):
    from rapidfuzz.distance import JaroWinkler
    from unidecode import unidecode

    def fold(s):
        return " ".join(unidecode(s).lower().split())

    out = []
    for r in rows:
        a, b = fold(r["name_a"]), fold(r["name_b"])
        out.append(JaroWinkler.normalized_similarity(a, b) if a and b else 0.0)
    return out


def score_logicv2(rows):
    from followthemoney import EntityProxy
    from nomenklatura.matching import LogicV2

    cfg = LogicV2.default_config()
    ids = itertools.count()  # nomenklatura caches by entity id: every entity gets a fresh one

    def ent(name):
        return EntityProxy.from_dict({"id": f"bench-{next(ids)}", "schema": "Person",
                                      "properties": {"name": [name]}})

    out = []
    for r in rows:
        if not r["name_a"].strip() or not r["name_b"].strip():
            out.append(0.0)
            continue
        try:
            out.append(to_float(LogicV2.compare(ent(r["name_a"]), ent(r["name_b"]), cfg).score))
        except Exception as e:  # robust: a crash on one pair scores it 0
            print(f"eval.py: logic-v2 failed on {r['name_a']!r} / {r['name_b']!r}: {e}",
                  file=sys.stderr)
            out.append(0.0)
    return out


# ---------------------------------------------------------------- metrics

def sweep(scores, labels):
    """Yield (threshold, tp, fp, fn) for every distinct score, predicting 1 when score >= t."""
    pos = sum(labels)
    pairs = sorted(zip(scores, labels), key=lambda x: -x[0])
    tp = fp = 0
    i = 0
    while i < len(pairs):
        t = pairs[i][0]
        while i < len(pairs) and pairs[i][0] == t:
            if pairs[i][1]:
                tp += 1
            else:
                fp += 1
            i += 1
        yield t, tp, fp, pos - tp


def best_f1(scores, labels):
    """(F1, threshold) at the threshold that maximises F1; highest threshold wins ties."""
    best = (None, None)
    if not sum(labels):
        return best
    for t, tp, fp, fn in sweep(scores, labels):
        f1 = 2 * tp / (2 * tp + fp + fn)
        if best[0] is None or f1 > best[0]:
            best = (f1, t)
    return best


def precision_at_recall(scores, labels, min_recall=0.9):
    """Best precision among thresholds whose recall is >= min_recall."""
    pos = sum(labels)
    if not pos:
        return None
    best = None
    for _, tp, fp, _ in sweep(scores, labels):
        if tp / pos >= min_recall:
            p = tp / (tp + fp)
            if best is None or p > best:
                best = p
    return best


def accuracy(scores, labels, t):
    if not labels:
        return None
    return sum((s >= t) == bool(l) for s, l in zip(scores, labels)) / len(labels)


# ---------------------------------------------------------------- report

def fmt(v, nd=3):
    return "n/a" if v is None else f"{v:.{nd}f}"


def versions():
    def v(pkg):
        try:
            return importlib.metadata.version(pkg)
        except importlib.metadata.PackageNotFoundError:
            return "?"

    def git(*args):
        try:
            return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True,
                                  text=True, check=True).stdout.strip()
        except Exception:
            return None

    head = git("rev-parse", "--short", "HEAD") or "?"
    dirty = git("status", "--porcelain", "--untracked-files=no", "--", "crates")
    if dirty:
        head += " (+ uncommitted changes under crates/)"
    return (f"rapidfuzz {v('rapidfuzz')}, nomenklatura {v('nomenklatura')}, "
            f"followthemoney {v('followthemoney')}, rigour {v('rigour')}, "
            f"unidecode {v('unidecode')}, Python {sys.version.split()[0]}; Malines {head}")


def main():
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DATA
    if not data.is_file():
        die(f"no such file: {data}")
    rows, has_dob, has_subset = load(data)
    if not rows:
        die(f"{data}: no rows")
    labels = [r["label"] for r in rows]
    malines_bin()  # fail early with a clear message

    systems = []  # (name, scores, seconds)
    t0 = time.perf_counter()
    s, unscored, _ = score_malines(rows, with_dob=False)
    systems.append(("Malines", s, time.perf_counter() - t0))
    t0 = time.perf_counter()
    systems.append(("Jaro-Winkler (folded)", score_jw(rows), time.perf_counter() - t0))
    t0 = time.perf_counter()
    systems.append(("nomenklatura logic-v2", score_logicv2(rows), time.perf_counter() - t0))
    dob_row = None
    if has_dob:
        t0 = time.perf_counter()
        s, unscored_dob, _ = score_malines(rows, with_dob=True)
        dob_row = ("Malines (name + dob) †", s, time.perf_counter() - t0)

    # sanity checks: identical folded names give JW 1.0; logic-v2 must vary
    jw = systems[1][1]
    for r, v in zip(rows, jw):
        if r["name_a"] and r["name_a"] == r["name_b"] and abs(v - 1.0) > 1e-9:
            print(f"eval.py: warning: JW({r['name_a']!r}, itself) = {v}", file=sys.stderr)
    for name, sc, _ in systems:
        if len(set(sc)) < 3:
            print(f"eval.py: warning: {name} gives fewer than 3 distinct scores", file=sys.stderr)

    groups = [("overall", lambda r: True)]
    if has_subset:
        groups.append(("maghrebi", lambda r: r["subset"] not in EUROPEAN_SUBSETS))
        groups.append(("european", lambda r: r["subset"] in EUROPEAN_SUBSETS))
    groups.append(("arabic_script",
                   lambda r: bool(ARABIC_RE.search(r["name_a"]) or ARABIC_RE.search(r["name_b"]))))
    masks = [(g, [f(r) for r in rows]) for g, f in groups]

    all_rows = systems + ([dob_row] if dob_row else [])
    print(f"## Name matching on `{data.name}` ({len(rows)} pairs, "
          f"{sum(labels)} positive, {len(rows) - sum(labels)} negative)\n")
    print("Best-threshold F1 (threshold in brackets; each group uses its own best threshold) "
          "and best precision at recall ≥ 0.9.\n")
    head = ["system"]
    for g, m in masks:
        n = sum(m)
        npos = sum(l for l, k in zip(labels, m) if k)
        head += [f"{g} F1 (n={n}, pos={npos})", f"{g} P@R≥0.9"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    overall_thr = {}
    for name, sc, _ in all_rows:
        cells = [name]
        for g, m in masks:
            gs = [s for s, k in zip(sc, m) if k]
            gl = [l for l, k in zip(labels, m) if k]
            f1, thr = best_f1(gs, gl)
            if g == "overall":
                overall_thr[name] = thr
            cells += [f"{fmt(f1)} ({fmt(thr, 4)})", fmt(precision_at_recall(gs, gl))]
        print("| " + " | ".join(cells) + " |")
    if dob_row:
        print("\n† uses the dob columns; the other rows are names only. Not comparable: "
              "shown only to see what dates add.")

    print("\nShare of pairs decided correctly at each system's overall best threshold.\n")
    head = ["subset", "label", "n"] + [n for n, _, _ in all_rows]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    if has_subset:
        present = {r["subset"] for r in rows}
        order = [s for s in SUBSET_ORDER if s in present] + sorted(present - set(SUBSET_ORDER))
        keyed = [(s, [r["subset"] == s for r in rows]) for s in order]
    else:
        keyed = [("(label 1)", [l == 1 for l in labels]), ("(label 0)", [l == 0 for l in labels])]
    for sub, m in keyed:
        sl = [l for l, k in zip(labels, m) if k]
        lab = "/".join(sorted({str(l) for l in sl}))
        cells = [sub, lab, str(len(sl))]
        for name, sc, _ in all_rows:
            gs = [s for s, k in zip(sc, m) if k]
            cells.append(fmt(accuracy(gs, sl, overall_thr[name])))
        print("| " + " | ".join(cells) + " |")

    print("\nThroughput on this run (information only: wall clock of the whole scoring call, "
          "including Malines' process start and CSV I/O; the Python peers run in one thread).\n")
    print("logic-v2's time includes importing followthemoney/nomenklatura and the one-off loading of "
          "rigour's name data on the first comparison (about 8 s on a 2-core machine), so its "
          "pairs/s grows with the number of pairs.\n")
    print("| system | pairs | seconds | pairs/s |")
    print("|---|---|---|---|")
    for name, _, secs in all_rows:
        print(f"| {name} | {len(rows)} | {secs:.2f} | {len(rows) / secs:,.0f} |")

    if unscored:
        print(f"\nMalines left {unscored} pair(s) without a score (counted as 0).")
    if dob_row and unscored_dob:
        print(f"Malines (name + dob) left {unscored_dob} pair(s) without a score (counted as 0).")
    print(f"\nVersions: {versions()}; data {data.name} ({len(rows)} rows).")


if __name__ == "__main__":
    main()
