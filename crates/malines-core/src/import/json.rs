//! The JSON import format: `{"cases": [...]}` or a bare array of cases, each case holding its
//! persons, organisations and identifiers (see `docs/import.md`).
//!
//! Each object is parsed from its own slice of the file (`RawValue`), so every problem is
//! reported at the line where its object starts, with its path (`cases[1].persons[0].sex`).

use serde::Deserialize;
use serde_json::value::RawValue;

use super::{LineMap, Located, RowError, line_of};
use crate::model::{RawCase, RawIdentifier, RawOrganisation, RawPerson};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Document<'a> {
    #[serde(borrow)]
    cases: Vec<&'a RawValue>,
}

type Shallow<'a> = RawCase<&'a RawValue, &'a RawValue, &'a RawValue>;

pub(super) fn read(text: &str) -> (Vec<Located>, Vec<RowError>) {
    let mut errors = Vec::new();
    let cases: Vec<&RawValue> = if text.trim_start().starts_with('[') {
        match serde_json::from_str(text) {
            Ok(c) => c,
            Err(e) => return (Vec::new(), vec![syntax(&e, 1, "file")]),
        }
    } else {
        match serde_json::from_str::<Document<'_>>(text) {
            Ok(d) => d.cases,
            Err(e) => return (Vec::new(), vec![syntax(&e, 1, "file")]),
        }
    };

    let mut located = Vec::with_capacity(cases.len());
    for (i, raw) in cases.iter().enumerate() {
        let path = format!("cases[{i}]");
        let line = line_at(text, raw);
        let shallow: Shallow<'_> = match serde_json::from_str(raw.get()) {
            Ok(c) => c,
            Err(e) => {
                errors.push(syntax(&e, line, &path));
                continue;
            }
        };
        let mut lines = LineMap {
            full_paths: true,
            path_prefix: format!("{path}."),
            ..LineMap::default()
        };
        lines.add(String::new(), line);
        let mut ok = true;
        let mut persons = Vec::with_capacity(shallow.persons.len());
        for (j, p) in shallow.persons.iter().enumerate() {
            let sub = format!("persons[{j}]");
            match parse_at::<RawPerson<&RawValue>>(text, p, &path, &sub, &mut lines) {
                Ok(person) => match children(text, &person.identifiers, &path, &sub, &mut lines) {
                    Ok(ids) => persons.push(RawPerson {
                        subject_ref: person.subject_ref,
                        family_names: person.family_names,
                        given_names: person.given_names,
                        original_script_name: person.original_script_name,
                        aliases: person.aliases,
                        birth_date: person.birth_date,
                        place_of_birth: person.place_of_birth,
                        nationalities: person.nationalities,
                        sex: person.sex,
                        residence: person.residence,
                        shared: person.shared,
                        identifiers: ids,
                    }),
                    Err(e) => {
                        errors.extend(e);
                        ok = false;
                    }
                },
                Err(e) => {
                    errors.push(e);
                    ok = false;
                }
            }
        }
        let mut organisations = Vec::with_capacity(shallow.organisations.len());
        for (j, o) in shallow.organisations.iter().enumerate() {
            let sub = format!("organisations[{j}]");
            match parse_at::<RawOrganisation<&RawValue>>(text, o, &path, &sub, &mut lines) {
                Ok(org) => match children(text, &org.identifiers, &path, &sub, &mut lines) {
                    Ok(ids) => organisations.push(RawOrganisation {
                        subject_ref: org.subject_ref,
                        name: org.name,
                        aliases: org.aliases,
                        shared: org.shared,
                        identifiers: ids,
                    }),
                    Err(e) => {
                        errors.extend(e);
                        ok = false;
                    }
                },
                Err(e) => {
                    errors.push(e);
                    ok = false;
                }
            }
        }
        let identifiers = match children(text, &shallow.identifiers, &path, "", &mut lines) {
            Ok(ids) => ids,
            Err(e) => {
                errors.extend(e);
                ok = false;
                Vec::new()
            }
        };
        if !ok {
            continue;
        }
        let case = RawCase {
            reference: shallow.reference,
            title: shallow.title,
            offences: shallow.offences,
            legal_qualification: shallow.legal_qualification,
            terrorism_type: shallow.terrorism_type,
            group_affiliation: shallow.group_affiliation,
            stage: shallow.stage,
            status: shallow.status,
            opened_on: shallow.opened_on,
            review_due: shallow.review_due,
            decided_on: shallow.decided_on,
            team: shallow.team,
            persons,
            organisations,
            identifiers,
        };
        located.push(Located { case, lines });
    }
    (located, errors)
}

/// Parses the identifiers under `parent` (`persons[0]`, or `""` for the case's own).
fn children(
    text: &str,
    raws: &[&RawValue],
    case_path: &str,
    parent: &str,
    lines: &mut LineMap,
) -> Result<Vec<RawIdentifier>, Vec<RowError>> {
    let mut out = Vec::with_capacity(raws.len());
    let mut errors = Vec::new();
    for (k, raw) in raws.iter().enumerate() {
        let sub = if parent.is_empty() {
            format!("identifiers[{k}]")
        } else {
            format!("{parent}.identifiers[{k}]")
        };
        match parse_at::<RawIdentifier>(text, raw, case_path, &sub, lines) {
            Ok(id) => out.push(id),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Parses one object and records the line where it starts.
fn parse_at<'a, T: Deserialize<'a>>(
    text: &str,
    raw: &'a RawValue,
    case_path: &str,
    sub: &str,
    lines: &mut LineMap,
) -> Result<T, RowError> {
    let line = line_at(text, raw);
    lines.add(sub.to_string(), line);
    serde_json::from_str(raw.get()).map_err(|e| syntax(&e, line, &format!("{case_path}.{sub}")))
}

/// Line where a borrowed slice of `text` starts.
fn line_at(text: &str, raw: &RawValue) -> usize {
    // `raw` borrows from `text`, so its address lies inside `text`'s.
    let offset = (raw.get().as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
    line_of(text, offset)
}

fn syntax(e: &serde_json::Error, base_line: usize, path: &str) -> RowError {
    // serde_json's message ends with " at line L column C"; the line is reported separately.
    let msg = e.to_string();
    let reason = match msg.rfind(" at line ") {
        Some(i) => msg.get(..i).unwrap_or(&msg).to_string(),
        None => msg,
    };
    RowError {
        line: base_line + e.line().saturating_sub(1),
        case_ref: None,
        field: path.to_string(),
        reason,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Format, parse, tests::ctx, tests::located};

    const GOOD: &str = r#"{
  "cases": [
    {
      "reference": "FR-PNAT-2024-3",
      "title": "Filière de Trappes",
      "opened_on": "2024-02-01",
      "persons": [
        {
          "ref": "P1",
          "family_names": "Benali",
          "given_names": "Youssef",
          "birth_date": "1991",
          "identifiers": [
            { "type": "phone", "value": "+33 6 12 34 56 78" }
          ]
        }
      ],
      "identifiers": [
        { "type": "iban", "value": "FR14 2004 1010 0505 0001 3M02 606" }
      ]
    }
  ]
}"#;

    #[test]
    fn reads_nested_cases() {
        let drafts = parse(GOOD.as_bytes(), Format::Json, &ctx()).unwrap();
        assert_eq!(drafts[0].identifiers.len(), 2);
        assert_eq!(drafts[0].identifiers[0].identifier.value, "+33612345678");
        assert_eq!(
            drafts[0].identifiers[1].identifier.value,
            "FR1420041010050500013M02606"
        );
    }

    #[test]
    fn errors_carry_the_line_and_path_of_their_object() {
        let bad = GOOD
            .replace("\"1991\"", "\"2023-02-30\"")
            .replace("FR14", "FR15");
        let e = parse(bad.as_bytes(), Format::Json, &ctx()).unwrap_err();
        let got = located(&e);
        assert_eq!(
            got,
            vec![
                (8, "cases[0].persons[0].birth_date"),
                (19, "cases[0].identifiers[0].value")
            ],
            "{e:?}"
        );
    }

    #[test]
    fn unknown_fields_and_syntax_errors_name_their_place() {
        let bad = GOOD.replace("\"given_names\"", "\"given_name\"");
        let e = parse(bad.as_bytes(), Format::Json, &ctx()).unwrap_err();
        assert_eq!(e.errors[0].field, "cases[0].persons[0]");
        assert!(
            e.errors[0].reason.starts_with("unknown field `given_name`"),
            "{e:?}"
        );
        assert_eq!(e.errors[0].line, 11);

        let e = parse(b"{\"cases\": [ {\"reference\": } ]}", Format::Json, &ctx()).unwrap_err();
        assert_eq!(e.errors[0].field, "file");
        assert_eq!(e.errors[0].line, 1);
    }

    #[test]
    fn shared_takes_booleans_and_words() {
        let s = r#"[{"reference": "X-1", "title": "T", "opened_on": "2024-01-01",
                     "persons": [{"family_names": "A", "shared": "no"},
                                 {"family_names": "B", "shared": false},
                                 {"family_names": "C", "shared": "oui"}]}]"#;
        let d = parse(s.as_bytes(), Format::Json, &ctx()).unwrap();
        let shared: Vec<bool> = d[0].persons.iter().map(|p| p.shared).collect();
        assert_eq!(shared, [false, false, true]);
        let bad = s.replace("\"oui\"", "\"maybe\"");
        let e = parse(bad.as_bytes(), Format::Json, &ctx()).unwrap_err();
        assert!(
            e.errors[0].reason.contains("'maybe' is not yes or no"),
            "{e:?}"
        );
    }

    #[test]
    fn a_bare_array_is_accepted() {
        let s = r#"[{"reference": "X-1", "title": "T", "opened_on": "2024-01-01"}]"#;
        assert_eq!(parse(s.as_bytes(), Format::Json, &ctx()).unwrap().len(), 1);
    }
}
