//! The CSV import format: one file, one row per case, person, organisation or identifier,
//! told apart by the `record` column (see `docs/import.md`).

use super::{LineMap, Located, RowError};
use crate::model::{RawCase, RawIdentifier, RawOrganisation, RawPerson};

/// Separator inside list cells (`aliases`, `offences`, `nationalities`, `team`).
const LIST_SEPARATOR: char = '|';

const CASE_COLUMNS: &[&str] = &[
    "title",
    "offences",
    "legal_qualification",
    "terrorism_type",
    "group_affiliation",
    "stage",
    "status",
    "opened_on",
    "review_due",
    "decided_on",
    "team",
];
const PERSON_COLUMNS: &[&str] = &[
    "ref",
    "family_names",
    "given_names",
    "original_script_name",
    "aliases",
    "birth_date",
    "place_of_birth",
    "nationalities",
    "sex",
    "residence",
    "shared",
];
const ORGANISATION_COLUMNS: &[&str] = &["ref", "name", "aliases", "shared"];
const IDENTIFIER_COLUMNS: &[&str] = &[
    "subject", "type", "value", "doc_type", "country", "platform", "shared",
];

/// Every column the format knows.
fn known_columns() -> Vec<&'static str> {
    let mut all = vec!["record", "case_ref"];
    for c in CASE_COLUMNS
        .iter()
        .chain(PERSON_COLUMNS)
        .chain(ORGANISATION_COLUMNS)
        .chain(IDENTIFIER_COLUMNS)
    {
        if !all.contains(c) {
            all.push(c);
        }
    }
    all
}

/// One row, as column name → trimmed cell.
struct Row<'a> {
    cells: Vec<(&'a str, &'a str)>,
}

impl<'a> Row<'a> {
    fn get(&self, column: &str) -> &'a str {
        self.cells
            .iter()
            .find(|(c, _)| *c == column)
            .map_or("", |(_, v)| v.trim())
    }

    fn opt(&self, column: &str) -> Option<String> {
        Some(self.get(column).to_string()).filter(|s| !s.is_empty())
    }

    fn list(&self, column: &str) -> Vec<String> {
        self.get(column)
            .split(LIST_SEPARATOR)
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    }
}

struct Building {
    case: Option<(RawCase, usize)>,
    persons: Vec<(RawPerson, usize)>,
    organisations: Vec<(RawOrganisation, usize)>,
    identifiers: Vec<(RawIdentifier, usize)>,
    first_child_line: usize,
}

pub(super) fn read(text: &str) -> (Vec<Located>, Vec<RowError>) {
    let mut errors = Vec::new();
    let err = |line, case_ref: Option<&str>, field: &str, reason: String| RowError {
        line,
        case_ref: case_ref.map(str::to_string),
        field: field.into(),
        reason,
    };
    // French and Spanish spreadsheets export with ';': take it when the header has no ','.
    let header_line = text.lines().next().unwrap_or("");
    let delimiter = if header_line.contains(';') && !header_line.contains(',') {
        b';'
    } else {
        b','
    };
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_ascii_lowercase()).collect(),
        Err(e) => return (Vec::new(), vec![err(1, None, "header", csv_reason(&e))]),
    };
    let known = known_columns();
    for h in &headers {
        if !known.contains(&h.as_str()) {
            errors.push(err(
                1,
                None,
                h,
                format!("is not a known column (known: {})", known.join(", ")),
            ));
        }
    }
    for required in ["record", "case_ref"] {
        if !headers.iter().any(|h| h == required) {
            errors.push(err(
                1,
                None,
                required,
                "column is missing from the header".into(),
            ));
        }
    }
    for (i, h) in headers.iter().enumerate() {
        if headers.iter().take(i).any(|e| e == h) {
            errors.push(err(1, None, h, "column appears twice in the header".into()));
        }
    }
    if !errors.is_empty() {
        return (Vec::new(), errors);
    }

    // Cases in the order their first row appears; children may come before their case row.
    let mut order: Vec<String> = Vec::new();
    let mut building: Vec<Building> = Vec::new();
    // Case rows already reported as bad: their children need no second report.
    let mut rejected_cases: Vec<String> = Vec::new();
    for result in reader.records() {
        let record = match result {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                errors.push(err(line, None, "row", csv_reason(&e)));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        let row = Row {
            cells: headers
                .iter()
                .map(String::as_str)
                .zip(record.iter())
                .collect(),
        };
        if row.cells.iter().all(|(_, v)| v.trim().is_empty()) {
            continue;
        }
        let kind = row.get("record").to_ascii_lowercase();
        let case_ref = row.get("case_ref");
        if case_ref.is_empty() {
            errors.push(err(line, None, "case_ref", "is required".into()));
            continue;
        }
        let columns: &[&str] = match kind.as_str() {
            "case" => CASE_COLUMNS,
            "person" => PERSON_COLUMNS,
            "organisation" | "organization" => ORGANISATION_COLUMNS,
            "identifier" => IDENTIFIER_COLUMNS,
            "" => {
                errors.push(err(
                    line,
                    Some(case_ref),
                    "record",
                    "is required (case, person, organisation or identifier)".into(),
                ));
                continue;
            }
            other => {
                errors.push(err(
                    line,
                    Some(case_ref),
                    "record",
                    format!("'{other}' is not a record type (expected case, person, organisation or identifier)"),
                ));
                continue;
            }
        };
        let mut row_ok = true;
        for (column, value) in &row.cells {
            if !value.trim().is_empty()
                && !matches!(*column, "record" | "case_ref")
                && !columns.contains(column)
            {
                errors.push(err(
                    line,
                    Some(case_ref),
                    column,
                    format!("does not apply to a {kind} row"),
                ));
                row_ok = false;
            }
        }
        let shared = match parse_bool(row.get("shared")) {
            Ok(b) => b,
            Err(reason) => {
                errors.push(err(line, Some(case_ref), "shared", reason));
                row_ok = false;
                true
            }
        };
        if !row_ok {
            if kind == "case" {
                rejected_cases.push(case_ref.split_whitespace().collect::<Vec<_>>().join(" "));
            }
            continue;
        }
        let key = case_ref.split_whitespace().collect::<Vec<_>>().join(" ");
        let at = match order.iter().position(|r| *r == key) {
            Some(i) => i,
            None => {
                order.push(key);
                building.push(Building {
                    case: None,
                    persons: Vec::new(),
                    organisations: Vec::new(),
                    identifiers: Vec::new(),
                    first_child_line: line,
                });
                order.len() - 1
            }
        };
        let Some(b) = building.get_mut(at) else {
            continue;
        };
        match kind.as_str() {
            "case" => {
                if let Some((_, first)) = &b.case {
                    errors.push(err(
                        line,
                        Some(case_ref),
                        "case_ref",
                        format!("case '{case_ref}' already has a case row at line {first}"),
                    ));
                    continue;
                }
                b.case = Some((
                    RawCase {
                        reference: case_ref.to_string(),
                        title: row.get("title").to_string(),
                        offences: row.list("offences"),
                        legal_qualification: row.opt("legal_qualification"),
                        terrorism_type: row.opt("terrorism_type"),
                        group_affiliation: row.opt("group_affiliation"),
                        stage: row.opt("stage"),
                        status: row.opt("status"),
                        opened_on: row.get("opened_on").to_string(),
                        review_due: row.opt("review_due"),
                        decided_on: row.opt("decided_on"),
                        team: row.list("team"),
                        ..Default::default()
                    },
                    line,
                ));
            }
            "person" => b.persons.push((
                RawPerson {
                    subject_ref: row.opt("ref"),
                    family_names: row.get("family_names").to_string(),
                    given_names: row.get("given_names").to_string(),
                    original_script_name: row.opt("original_script_name"),
                    aliases: row.list("aliases"),
                    birth_date: row.opt("birth_date"),
                    place_of_birth: row.opt("place_of_birth"),
                    nationalities: row.list("nationalities"),
                    sex: row.opt("sex"),
                    residence: row.opt("residence"),
                    shared,
                    identifiers: Vec::new(),
                },
                line,
            )),
            "identifier" => b.identifiers.push((
                RawIdentifier {
                    kind: row.get("type").to_string(),
                    value: row.get("value").to_string(),
                    doc_type: row.opt("doc_type"),
                    country: row.opt("country"),
                    platform: row.opt("platform"),
                    subject: row.opt("subject"),
                    shared,
                },
                line,
            )),
            _ => b.organisations.push((
                RawOrganisation {
                    subject_ref: row.opt("ref"),
                    name: row.get("name").to_string(),
                    aliases: row.list("aliases"),
                    shared,
                    identifiers: Vec::new(),
                },
                line,
            )),
        }
    }

    let mut located = Vec::with_capacity(building.len());
    for (case_ref, b) in order.iter().zip(building) {
        let Some((mut case, line)) = b.case else {
            if rejected_cases.contains(case_ref) {
                continue;
            }
            errors.push(err(
                b.first_child_line,
                Some(case_ref),
                "case_ref",
                format!("no case row for '{case_ref}' in this file"),
            ));
            continue;
        };
        let mut lines = LineMap::default();
        lines.add(String::new(), line);
        for (i, (p, l)) in b.persons.into_iter().enumerate() {
            lines.add(format!("persons[{i}]"), l);
            case.persons.push(p);
        }
        for (i, (o, l)) in b.organisations.into_iter().enumerate() {
            lines.add(format!("organisations[{i}]"), l);
            case.organisations.push(o);
        }
        for (i, (id, l)) in b.identifiers.into_iter().enumerate() {
            lines.add(format!("identifiers[{i}]"), l);
            case.identifiers.push(id);
        }
        located.push(Located { case, lines });
    }
    (located, errors)
}

fn parse_bool(s: &str) -> Result<bool, String> {
    crate::validate::yes_no(s).map_err(|e| e.trim_start_matches("shared: ").to_string())
}

fn csv_reason(e: &::csv::Error) -> String {
    match e.kind() {
        ::csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("has {len} cells where the header has {expected_len}")
        }
        ::csv::ErrorKind::Utf8 { .. } => "is not valid UTF-8 text".into(),
        _ => "cannot be read as CSV".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Format, parse, tests::ctx, tests::located};

    const GOOD: &str = "\
record,case_ref,title,opened_on,ref,family_names,given_names,birth_date,type,value,subject,country,doc_type
case,BE-1,Cellule de Bruxelles-Nord,2024-01-10,,,,,,,,,
person,BE-1,,,P1,Ouazzani,Brahim,1989-09,,,,,
identifier,BE-1,,,,,,,phone,0470 12 34 56,P1,,
identifier,BE-1,,,,,,,identity_document,EH 123456,P1,BE,passport
";

    #[test]
    fn reads_a_case_with_its_subjects() {
        let drafts = parse(GOOD.as_bytes(), Format::Csv, &ctx()).unwrap();
        assert_eq!(drafts.len(), 1);
        let d = &drafts[0];
        assert_eq!(d.persons[0].family_names.as_deref(), Some("Ouazzani"));
        assert_eq!(d.identifiers.len(), 2);
        assert_eq!(d.identifiers[0].identifier.value, "+32470123456");
        assert_eq!(d.identifiers[1].identifier.value, "BE:passport:EH123456");
    }

    #[test]
    fn reports_every_bad_row_with_line_field_and_reason() {
        let bad = GOOD
            .replace("1989-09", "2023-02-30")
            .replace("0470 12 34 56", "12")
            + "identifier,BE-1,,,,,,,iban,BE68 5390 0754 7035,,,\n";
        let e = parse(bad.as_bytes(), Format::Csv, &ctx()).unwrap_err();
        let got = located(&e);
        assert_eq!(
            got,
            vec![(3, "birth_date"), (4, "value"), (6, "value")],
            "{e:?}"
        );
        assert!(e.errors[0].reason.contains("February 2023 has no day 30"));
        assert!(
            e.errors[2].reason.contains("mod-97"),
            "{}",
            e.errors[2].reason
        );
    }

    #[test]
    fn structural_problems_are_reported_too() {
        let bad = "record,case_ref,title,opened_on,family_names\n\
                   case,X-1,T,2024-01-01,Dupont\n\
                   person,X-2,,,Durand\n\
                   suspect,X-1,,,\n";
        let e = parse(bad.as_bytes(), Format::Csv, &ctx()).unwrap_err();
        let got = located(&e);
        assert_eq!(
            got,
            vec![(2, "family_names"), (3, "case_ref"), (4, "record")],
            "{e:?}"
        );
    }

    #[test]
    fn unknown_columns_are_named() {
        let e = parse(b"record,case_ref,titel\n", Format::Csv, &ctx()).unwrap_err();
        assert_eq!(e.errors[0].field, "titel");
        assert!(e.errors[0].reason.starts_with("is not a known column"));
    }

    #[test]
    fn semicolon_files_from_spreadsheets_are_read() {
        let s = "record;case_ref;title;opened_on\ncase;ES-9;Operación;2024-05-02\n";
        let drafts = parse(s.as_bytes(), Format::Csv, &ctx()).unwrap();
        assert_eq!(drafts[0].case.title, "Operación");
    }

    #[test]
    fn ragged_rows_are_reported() {
        let s = "record,case_ref,title,opened_on\ncase,ES-9,T\n";
        let e = parse(s.as_bytes(), Format::Csv, &ctx()).unwrap_err();
        assert_eq!(e.errors[0].line, 2);
        assert_eq!(e.errors[0].reason, "has 3 cells where the header has 4");
    }
}
