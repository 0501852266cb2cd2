"""Peer: Splink 4 (DuckDB backend) on the clear files, names and date of birth only.

Model (the usual Splink 4 recipe, cf. its FEBRL4 example):
- comparisons: `NameComparison` on given_name and on surname (exact, Jaro-Winkler >= 0.92,
  >= 0.88, >= 0.70, else); `DateOfBirthComparison` on date_of_birth (exact,
  Damerau-Levenshtein <= 1, within 1 month, 1 year, 10 years, else; FEBRL's invalid calendar
  dates still reach the string levels). The dates are handed to Splink as `YYYY-MM-DD`
  (dashes inserted, nothing else changed): Splink 4.0.17 ignores `datetime_format` in the
  date-difference levels of `DateOfBirthComparison` and always parses `%Y-%m-%d`, so with
  `YYYYMMDD` those three levels would never fire.
- prediction blocking: exact given_name, or exact surname, or exact date_of_birth;
- prior: `estimate_probability_two_random_records_match` from the exact match on all three
  (recall 0.6);
- u: `estimate_u_using_random_sampling(max_pairs=1e7, seed=1)`;
- m: expectation maximisation on two blocking rules (block on date_of_birth: trains the
  names; block on surname: trains given_name and date_of_birth).
Every pair with a match probability >= t is a link; t is the value that maximises F1 over
every distinct probability the model produced (the predict call keeps pairs >= 0.001).
Wall seconds: settings, training and one prediction, not the sweep.
"""
import time

import numpy as np
import pandas as pd

import febrl


def run(a_csv, b_csv):
    import splink
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    cols = ["rec_id", "given_name", "surname", "date_of_birth"]
    dfs = []
    for path in (a_csv, b_csv):
        df = pd.read_csv(path, dtype=str, keep_default_na=False)[cols]
        dob = df["date_of_birth"]
        df["date_of_birth"] = dob.where(dob.str.len() != 8,
                                        dob.str[:4] + "-" + dob.str[4:6] + "-" + dob.str[6:])
        dfs.append(df.replace("", None))

    t0 = time.perf_counter()
    settings = SettingsCreator(
        link_type="link_only",
        unique_id_column_name="rec_id",
        comparisons=[
            cl.NameComparison("given_name"),
            cl.NameComparison("surname"),
            cl.DateOfBirthComparison("date_of_birth", input_is_string=True,
                                     invalid_dates_as_null=False),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("given_name"), block_on("surname"), block_on("date_of_birth")],
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
    )
    linker = Linker(dfs, settings, db_api=DuckDBAPI(), set_up_basic_logging=False)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("given_name", "surname", "date_of_birth")], recall=0.6)
    linker.training.estimate_u_using_random_sampling(max_pairs=1e7, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("date_of_birth"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("surname"))
    pred = linker.inference.predict(threshold_match_probability=0.001).as_pandas_dataframe()
    wall = time.perf_counter() - t0

    left = np.where(pred["source_dataset_l"] < pred["source_dataset_r"],
                    pred["rec_id_l"], pred["rec_id_r"])
    right = np.where(pred["source_dataset_l"] < pred["source_dataset_r"],
                     pred["rec_id_r"], pred["rec_id_l"])
    # Make sure 'left' is A (the -org file) whatever Splink named the two inputs.
    swap = np.char.endswith(left.astype(str), "-org") == False  # noqa: E712
    left, right = np.where(swap, right, left), np.where(swap, left, right)
    prob = pred["match_probability"].to_numpy(dtype=float)
    true = np.array([febrl.is_true(l, r) for l, r in zip(left, right)])

    order = np.argsort(-prob, kind="stable")
    prob_s, true_s = prob[order], true[order]
    tp = np.cumsum(true_s)
    n = np.arange(1, len(prob_s) + 1)
    # Cut only where the probability changes: all ties are in or out together.
    last = np.r_[prob_s[1:] != prob_s[:-1], True]
    f1 = np.where(last, 2 * tp / (n + febrl.TRUE_LINKS), -1.0)
    k = int(np.argmax(f1))
    t = float(prob_s[k])
    keep = prob >= t
    p, r, f, npairs = febrl.scores(zip(left[keep], right[keep]))
    return [dict(label=f"Splink {splink.__version__}, match probability >= t", precision=p,
                 recall=r, f1=f, threshold=f"{t:.4g} (best)", pairs=npairs, wall=wall)]
