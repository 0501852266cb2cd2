//! Scoring a CSV of name pairs, as `malines names compare` does: every input row is written
//! back with a `score` column appended (and, on request, the canonical forms and the
//! evidence). The header must hold `name_a` and `name_b`; `dob_a` and `dob_b` are used when
//! present; every other column is kept as it is. A row whose name is empty or not UTF-8 gets
//! an empty score and a warning; nothing in the input can stop the run but a missing column.

use std::collections::HashMap;
use std::io::Write;

use malines_names::name::{self, BirthDate, CanonicalName};

/// What to write besides the score.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Append `canonical_a`, `canonical_b` and `evidence`.
    pub explain: bool,
}

/// Why the file as a whole could not be scored.
#[derive(Debug, thiserror::Error)]
pub enum PairsError {
    #[error("cannot read the header: {0}")]
    Header(String),
    #[error("the header must hold name_a and name_b columns")]
    MissingColumns,
    #[error("cannot write the output: {0}")]
    Write(String),
}

/// What a run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub rows: usize,
    /// Rows written without a score (empty or unreadable name) or skipped (unreadable row).
    pub unscored: usize,
}

/// Most distinct names kept canonical in memory before the cache is emptied.
const CACHE_LIMIT: usize = 1_000_000;

/// Checks that `input` has a readable header holding `name_a` and `name_b`, before anything
/// is written anywhere.
pub fn check_header(input: &[u8]) -> Result<(), PairsError> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let header = reader
        .byte_headers()
        .map_err(|e| PairsError::Header(e.to_string()))?;
    let has = |n: &str| {
        header
            .iter()
            .any(|h| String::from_utf8_lossy(h).trim().eq_ignore_ascii_case(n))
    };
    if has("name_a") && has("name_b") {
        Ok(())
    } else {
        Err(PairsError::MissingColumns)
    }
}

/// Scores every row of `input` into `out`; `warn` receives one message per problem, each
/// starting with the row's line number.
pub fn score_pairs<W: Write>(
    input: &[u8],
    out: W,
    opts: Options,
    warn: &mut dyn FnMut(String),
) -> Result<Summary, PairsError> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let header = reader
        .byte_headers()
        .map_err(|e| PairsError::Header(e.to_string()))?
        .clone();
    let col = |n: &str| {
        header
            .iter()
            .position(|h| String::from_utf8_lossy(h).trim().eq_ignore_ascii_case(n))
    };
    let (Some(ia), Some(ib)) = (col("name_a"), col("name_b")) else {
        return Err(PairsError::MissingColumns);
    };
    let (da, db) = (col("dob_a"), col("dob_b"));
    let write_err = |e: csv::Error| PairsError::Write(e.to_string());

    let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(out);
    let width = header.len();
    let mut head = header.clone();
    head.push_field(b"score");
    if opts.explain {
        for c in ["canonical_a", "canonical_b", "evidence"] {
            head.push_field(c.as_bytes());
        }
    }
    writer.write_byte_record(&head).map_err(write_err)?;

    let mut cache: HashMap<String, CanonicalName> = HashMap::new();
    let mut summary = Summary::default();
    for result in reader.byte_records() {
        let mut record = match result {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                warn(format!("line {line}: unreadable row skipped ({e})"));
                summary.unscored += 1;
                continue;
            }
        };
        summary.rows += 1;
        let line = record.position().map_or(0, |p| p.line());
        if record.len() > width {
            // More cells than the header: the score column would land under another
            // column's name (often an unquoted "FAMILY, Given"). Written back, not scored.
            warn(format!(
                "line {line}: {} cells where the header has {width} (quote names holding commas); no score",
                record.len()
            ));
            summary.unscored += 1;
            writer.write_byte_record(&record).map_err(write_err)?;
            continue;
        }
        while record.len() < width {
            record.push_field(b"");
        }
        let text = |i: usize| record.get(i).map(std::str::from_utf8);
        let mut name_of = |i: usize, col: &str| -> Option<String> {
            match text(i) {
                Some(Ok(s)) if !s.trim().is_empty() => Some(s.to_string()),
                Some(Err(_)) => {
                    warn(format!("line {line}: {col} is not valid UTF-8; no score"));
                    None
                }
                _ => {
                    warn(format!("line {line}: {col} is empty; no score"));
                    None
                }
            }
        };
        let (na, nb) = (name_of(ia, "name_a"), name_of(ib, "name_b"));
        let mut dob_of = |i: Option<usize>, col: &str| -> Option<BirthDate> {
            let s = i.and_then(text).and_then(Result::ok)?.trim();
            if s.is_empty() {
                return None;
            }
            let d = BirthDate::parse(s);
            if d.is_none() {
                warn(format!(
                    "line {line}: {col} '{s}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD); ignored"
                ));
            }
            d
        };
        let (dob_a, dob_b) = (dob_of(da, "dob_a"), dob_of(db, "dob_b"));
        let mut extra: Vec<String> = vec![String::new()];
        if opts.explain {
            extra.extend([String::new(), String::new(), String::new()]);
        }
        if let (Some(x), Some(y)) = (na, nb) {
            if cache.len() > CACHE_LIMIT {
                cache.clear();
            }
            let cx = cache
                .entry(x.clone())
                .or_insert_with(|| name::canonicalise(&x))
                .clone();
            let cy = cache
                .entry(y.clone())
                .or_insert_with(|| name::canonicalise(&y))
                .clone();
            if cx.is_empty() || cy.is_empty() {
                warn(format!("line {line}: a name holds no letters; no score"));
                summary.unscored += 1;
            } else {
                let c = name::compare_people(&cx, &cy, dob_a.as_ref(), dob_b.as_ref());
                extra = vec![format!("{:.4}", c.score)];
                if opts.explain {
                    extra.extend([cx.canonical(), cy.canonical(), evidence(&c)]);
                }
            }
        } else {
            summary.unscored += 1;
        }
        for e in &extra {
            record.push_field(e.as_bytes());
        }
        writer.write_byte_record(&record).map_err(write_err)?;
    }
    writer
        .flush()
        .map_err(|e| PairsError::Write(e.to_string()))?;
    Ok(summary)
}

fn evidence(c: &name::Comparison) -> String {
    let mut ev: Vec<String> = c
        .pairs
        .iter()
        .map(|p| format!("{}~{} {:.2}", p.a, p.b, p.similarity))
        .collect();
    if !c.unpaired_a.is_empty() || !c.unpaired_b.is_empty() {
        ev.push(format!(
            "unpaired {}|{}",
            c.unpaired_a.join(" "),
            c.unpaired_b.join(" ")
        ));
    }
    if let Some(d) = c.dob {
        ev.push(format!("dob {}", d.label()));
    }
    ev.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn run(input: &str, explain: bool) -> (String, Vec<String>, Summary) {
        let mut out = Vec::new();
        let mut warnings = Vec::new();
        let s = score_pairs(input.as_bytes(), &mut out, Options { explain }, &mut |w| {
            warnings.push(w)
        })
        .unwrap();
        (String::from_utf8(out).unwrap(), warnings, s)
    }

    #[test]
    fn appends_a_score_and_keeps_the_rest() {
        let (out, warnings, s) = run(
            "x,name_a,name_b\n1,Khalid Idrissi,Jalid Idrisi\n2,,b\n",
            false,
        );
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "x,name_a,name_b,score");
        assert!(
            lines[1].starts_with("1,Khalid Idrissi,Jalid Idrisi,0.9"),
            "{out}"
        );
        assert_eq!(lines[2], "2,,b,");
        assert_eq!(warnings, ["line 3: name_a is empty; no score"]);
        assert_eq!(
            s,
            Summary {
                rows: 2,
                unscored: 1
            }
        );
    }

    #[test]
    fn rows_longer_than_the_header_are_not_scored() {
        let (out, warnings, s) = run(
            "name_a,name_b\nEL IDRISSI, Khalid,Khalid El Idrissi\n",
            false,
        );
        assert_eq!(
            out.lines().nth(1),
            Some("EL IDRISSI, Khalid,Khalid El Idrissi")
        );
        assert!(
            warnings[0].contains("3 cells where the header has 2"),
            "{warnings:?}"
        );
        assert_eq!(s.unscored, 1);
    }

    #[test]
    fn explains_on_request() {
        let (out, _, _) = run("name_a,name_b\nAbdel Kader,Abdelkader\n", true);
        assert!(
            out.contains("abdkader,abdkader,abdkader~abdkader 1.00"),
            "{out}"
        );
    }

    #[test]
    fn a_missing_column_is_the_only_fatal_error() {
        let mut out = Vec::new();
        let r = score_pairs(b"a,b\n1,2\n", &mut out, Options::default(), &mut |_| {});
        assert!(matches!(r, Err(PairsError::MissingColumns)));
    }

    proptest! {
        #[test]
        fn never_panics(body in "\\PC{0,200}") {
            let input = format!("name_a,name_b,dob_a\n{body}");
            let mut out = Vec::new();
            let _ = score_pairs(input.as_bytes(), &mut out, Options { explain: true }, &mut |_| {});
        }
    }
}
