"""Encoding speed: clkhash 0.18 CLKs against `malines encode`, same CSV. See README.md.

Usage: encoding.py N DATA_DIR
Environment: MALINES_BIN (the malines binary), PEERS_ONLY=1 (clkhash only).
Prints one Markdown table on standard output; progress goes to standard error.
"""
import csv
import datetime
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "bench", "quality"))

import clk_schema  # noqa: E402  (the names + dob schema of bench/quality)

HEADER = ["rec_id", "given_name", "surname", "date_of_birth"]
COLUMNS = "id=rec_id,given=given_name,family=surname,dob=date_of_birth"


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def records(n, folder):
    """folder/records-N.csv: the left file of bench/scale/gen.py (seed 1) with FEBRL's column
    names and dates as FEBRL writes them (YYYYMMDD)."""
    path = os.path.join(folder, f"records-{n}.csv")
    if os.path.exists(path):
        return path
    os.makedirs(folder, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        subprocess.check_call([sys.executable, os.path.join(ROOT, "bench", "scale", "gen.py"),
                               str(n), tmp, "--seed", "1"])
        with open(os.path.join(tmp, "left.csv"), newline="", encoding="utf-8") as f, \
                open(path + ".tmp", "w", newline="", encoding="utf-8") as g:
            r = csv.reader(f)
            next(r)
            w = csv.writer(g, lineterminator="\n")
            w.writerow(HEADER)
            for rid, given, family, dob in r:
                w.writerow([rid, given, family, dob.replace("-", "")])
    os.replace(path + ".tmp", path)
    return path


def clkhash_run(path, out, workers):
    """Seconds to read the CSV, hash every row and write `id,clk` (base64) lines."""
    from clkhash import clk
    from clkhash.serialization import serialize_bitarray

    t0 = time.perf_counter()
    with open(path, newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
        ids = [row[0] for row in csv.reader(f)]
    schema = clk_schema.names_dob(header)
    with open(path, newline="", encoding="utf-8") as f:
        clks = clk.generate_clk_from_csv(f, clk_schema.SECRET, schema, progress_bar=False,
                                         max_workers=workers)
    with open(out, "w", encoding="utf-8") as g:
        g.write("id,clk\n")
        for i, c in zip(ids, clks):
            g.write(f"{i},{serialize_bitarray(c)}\n")
    assert len(clks) == len(ids)
    return time.perf_counter() - t0


def malines_run(malines, path, out, key, env_extra):
    env = dict(os.environ, **env_extra)
    for p in (out,):
        if os.path.exists(p):
            os.remove(p)
    t0 = time.perf_counter()
    rc = subprocess.call([malines, "encode", "--input", path, "--columns", COLUMNS,
                          "--secret", key, "--out", out, "--bad-rows", "fail"], env=env)
    wall = time.perf_counter() - t0
    if rc != 0:
        raise RuntimeError(f"malines encode exited {rc}")
    return wall


def main():
    n, folder = int(sys.argv[1]), sys.argv[2]
    path = records(n, folder)
    with open(path, newline="", encoding="utf-8") as f:
        count = sum(1 for _ in f) - 1
    rows = []  # (tool, seconds)
    import clkhash
    v = clkhash.__version__
    log(f"clkhash {v}, one process ...")
    rows.append((f"clkhash {v}, one process (`max_workers=1`)",
                 clkhash_run(path, os.path.join(folder, "clk-1.csv"), 1)))
    log(f"clkhash {v}, {os.cpu_count()} processes ...")
    rows.append((f"clkhash {v}, {os.cpu_count()} processes (`max_workers=None`, its default)",
                 clkhash_run(path, os.path.join(folder, "clk-n.csv"), None)))
    if os.environ.get("PEERS_ONLY") != "1":
        malines = os.environ.get("MALINES_BIN") or os.path.join(ROOT, "target/release/malines")
        key = os.path.join(folder, "secret.json")
        if os.path.exists(key):
            os.remove(key)
        try:
            rc = subprocess.call([malines, "secret", "new", key])
        except OSError as e:
            rc = str(e)
        for label, extra in (("malines encode, `RAYON_NUM_THREADS=1`", {"RAYON_NUM_THREADS": "1"}),
                             ("malines encode, default threads", {})):
            log(label + " ...")
            try:
                if rc != 0:
                    raise RuntimeError(f"malines secret new failed: {rc}")
                rows.append((label, malines_run(malines, path, os.path.join(folder, "m.enc.csv"),
                                                key, extra)))
            except (RuntimeError, OSError) as e:
                log(f"  failed: {e}")
                rows.append((label, None))

    base = count / rows[0][1]
    print("| tool | records | seconds | records/s | ratio to clkhash, one process |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for tool, s in rows:
        if s is None:
            print(f"| {tool} | {count} | failed | – | – |")
        else:
            print(f"| {tool} | {count} | {s:.2f} | {count / s:,.0f} | {count / s / base:.2f}x |")
    print()
    print(f"Records: the left file of `bench/scale/gen.py {n} DIR --seed 1` as "
          f"rec_id,given_name,surname,date_of_birth (YYYYMMDD). clkhash: the names + dob schema "
          f"of bench/quality/clk_schema.py (FEBRL tutorial: 1024 bits, name bigrams, dob "
          f"positional digits), timed from reading the CSV to writing id,base64 lines, "
          f"interpreter start and imports excluded. Malines: the whole `malines encode` process.")
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    print(f"Malines {commit}; {os.cpu_count()} cores; "
          f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d}."
          + (" PEERS_ONLY=1: Malines not run." if os.environ.get("PEERS_ONLY") == "1" else ""))


if __name__ == "__main__":
    main()
