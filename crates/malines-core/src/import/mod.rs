//! Import of cases from CSV and JSON files (formats in `docs/import.md`).
//!
//! An import is all or nothing (SPEC §3, §9): the whole file is parsed and validated first,
//! every problem is collected with its line, field and reason, and only a file without any
//! problem is handed to the store, which writes it in one transaction.

mod csv;
mod json;

use std::fmt;

use serde::Serialize;

use crate::model::{CaseDraft, RawCase, ValidationContext};
use crate::validate::FieldError;

/// The two file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    /// Guesses the format from a file name's extension.
    pub fn from_path(path: &std::path::Path) -> Option<Self> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "csv" | "txt" => Some(Self::Csv),
            "json" => Some(Self::Json),
            _ => None,
        }
    }
}

/// One problem in an import file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowError {
    /// 1-based line in the file where the row or object starts.
    pub line: usize,
    /// The case the problem belongs to, when known.
    pub case_ref: Option<String>,
    /// The column (CSV) or the path inside the file (JSON).
    pub field: String,
    pub reason: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}: {}", self.line, self.field, self.reason)?;
        if let Some(c) = &self.case_ref {
            write!(f, " (case {c})")?;
        }
        Ok(())
    }
}

/// Every problem found in a file; nothing of it may be written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rejected {
    pub errors: Vec<RowError>,
}

/// Largest file accepted, in bytes: a case file is small; a larger file is a mistake.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// Parses and validates a whole file. Either every case is valid, or nothing is returned but
/// the list of every problem.
pub fn parse(
    bytes: &[u8],
    format: Format,
    ctx: &ValidationContext,
) -> Result<Vec<CaseDraft>, Rejected> {
    let reject = |line, field: &str, reason: String| Rejected {
        errors: vec![RowError {
            line,
            case_ref: None,
            field: field.into(),
            reason,
        }],
    };
    if bytes.len() > MAX_FILE_BYTES {
        return Err(reject(
            0,
            "file",
            format!(
                "is too large ({} bytes, at most {MAX_FILE_BYTES})",
                bytes.len()
            ),
        ));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.strip_prefix('\u{feff}').unwrap_or(t),
        Err(e) => {
            let line = 1 + bytes
                .iter()
                .take(e.valid_up_to())
                .filter(|b| **b == b'\n')
                .count();
            return Err(reject(line, "file", "is not valid UTF-8 text".into()));
        }
    };
    let (located, mut errors) = match format {
        Format::Csv => csv::read(text),
        Format::Json => json::read(text),
    };
    if located.is_empty() && errors.is_empty() {
        return Err(reject(1, "file", "holds no case".into()));
    }
    match validate_all(located, ctx) {
        Ok(drafts) if errors.is_empty() => Ok(drafts),
        Ok(_) => {
            errors.sort_by_key(|e| e.line);
            Err(Rejected { errors })
        }
        Err(Rejected { errors: more }) => {
            errors.extend(more);
            errors.sort_by_key(|e| e.line);
            Err(Rejected { errors })
        }
    }
}

/// A raw case with the lines its parts came from.
#[derive(Debug)]
struct Located {
    case: RawCase,
    lines: LineMap,
}

/// Maps a path inside a case (`persons[2].birth_date`) to the file line where that part of
/// the case was written, by longest matching prefix.
#[derive(Debug, Default)]
struct LineMap {
    /// `(prefix, line)`; the empty prefix is the case itself.
    entries: Vec<(String, usize)>,
    /// Whether reported fields keep the full path (JSON) or only what follows the located
    /// prefix (CSV, where the prefix is a row and the rest is a column).
    full_paths: bool,
    /// A prefix prepended to full paths (`cases[3].`).
    path_prefix: String,
}

impl LineMap {
    fn add(&mut self, prefix: String, line: usize) {
        self.entries.push((prefix, line));
    }

    fn locate(&self, field: &str) -> (usize, String) {
        let mut best: Option<&(String, usize)> = None;
        for e in &self.entries {
            let matches = e.0.is_empty()
                || field == e.0
                || field
                    .strip_prefix(e.0.as_str())
                    .is_some_and(|rest| rest.starts_with('.'));
            if matches && best.is_none_or(|b| e.0.len() > b.0.len()) {
                best = Some(e);
            }
        }
        let (prefix, line) = best.map_or(("", 0), |(p, l)| (p.as_str(), *l));
        let field = if self.full_paths {
            format!("{}{field}", self.path_prefix)
        } else {
            let rest = field.strip_prefix(prefix).unwrap_or(field);
            rest.strip_prefix('.').unwrap_or(rest).to_string()
        };
        (line, field)
    }
}

fn validate_all(
    located: Vec<Located>,
    ctx: &ValidationContext,
) -> Result<Vec<CaseDraft>, Rejected> {
    let mut errors = Vec::new();
    let mut drafts: Vec<CaseDraft> = Vec::with_capacity(located.len());
    let mut first_line: Vec<(String, usize)> = Vec::new();
    for Located { case, lines } in located {
        let case_ref = Some(case.reference.trim().to_string()).filter(|s| !s.is_empty());
        match CaseDraft::validate(&case, ctx) {
            Ok(d) => {
                let line = lines.locate("").0;
                let key = d.case.reference.to_string();
                if let Some((_, first)) = first_line.iter().find(|(r, _)| *r == key) {
                    errors.push(RowError {
                        line,
                        case_ref,
                        field: "reference".into(),
                        reason: format!("case '{key}' already appears at line {first}"),
                    });
                } else {
                    first_line.push((key, line));
                    drafts.push(d);
                }
            }
            Err(field_errors) => errors.extend(field_errors.into_iter().map(
                |FieldError { field, reason }| {
                    let (line, field) = lines.locate(&field);
                    RowError {
                        line,
                        case_ref: case_ref.clone(),
                        field,
                        reason,
                    }
                },
            )),
        }
    }
    if errors.is_empty() {
        Ok(drafts)
    } else {
        errors.sort_by_key(|e| e.line);
        Err(Rejected { errors })
    }
}

/// 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    1 + text
        .as_bytes()
        .iter()
        .take(offset)
        .filter(|b| **b == b'\n')
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::Country;
    use proptest::prelude::*;
    use time::macros::date;

    /// Each reported problem as (line, field), for assertions.
    pub(super) fn located(e: &Rejected) -> Vec<(usize, &str)> {
        e.errors
            .iter()
            .map(|e| (e.line, e.field.as_str()))
            .collect()
    }

    pub(super) fn ctx() -> ValidationContext {
        ValidationContext::new(Country::parse("BE").unwrap(), date!(2026 - 11 - 29))
    }

    #[test]
    fn line_map_picks_the_longest_prefix() {
        let mut m = LineMap::default();
        m.add(String::new(), 2);
        m.add("persons[0]".into(), 5);
        m.add("persons[10]".into(), 9);
        assert_eq!(m.locate("title"), (2, "title".into()));
        assert_eq!(m.locate("persons[0].birth_date"), (5, "birth_date".into()));
        assert_eq!(m.locate("persons[10].sex"), (9, "sex".into()));
    }

    #[test]
    fn refuses_non_utf8_and_empty_files() {
        let e = parse(b"record,case_ref\n\xff", Format::Csv, &ctx()).unwrap_err();
        assert_eq!(e.errors[0].line, 2);
        assert_eq!(e.errors[0].reason, "is not valid UTF-8 text");
        let e = parse(b"[]", Format::Json, &ctx()).unwrap_err();
        assert_eq!(e.errors[0].reason, "holds no case");
    }

    proptest! {
        #[test]
        fn never_panics_on_arbitrary_csv(s in "\\PC*") {
            let _ = parse(s.as_bytes(), Format::Csv, &ctx());
        }

        #[test]
        fn never_panics_on_arbitrary_json(s in "\\PC*") {
            let _ = parse(s.as_bytes(), Format::Json, &ctx());
        }

        #[test]
        fn never_panics_on_csv_shaped_input(
            rows in proptest::collection::vec(
                (prop_oneof!["case", "person", "identifier", "organisation", "x"], "[A-Z0-9-]{0,6}", "\\PC{0,12}", "\\PC{0,12}"),
                0..8)
        ) {
            let mut s = String::from("record,case_ref,title,opened_on\n");
            for (r, c, t, o) in rows {
                s.push_str(&format!("{r},{c},\"{}\",{o}\n", t.replace('"', "")));
            }
            let _ = parse(s.as_bytes(), Format::Csv, &ctx());
        }
    }
}
