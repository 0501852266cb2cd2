//! Field-level validation errors and the small checks shared by every model type.

use std::fmt;

/// One refused field: which field, and why. Its `Display` reads `field: reason`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldError {
    /// Dotted path of the field, e.g. `persons[0].birth_date`.
    pub field: String,
    /// Why it was refused, as a phrase that follows the field name.
    pub reason: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            reason: reason.into(),
        }
    }

    /// The same error under a parent path: `persons[2]` + `birth_date`.
    pub fn under(mut self, parent: &str) -> Self {
        if !parent.is_empty() {
            self.field = format!("{parent}.{}", self.field);
        }
        self
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.reason)
    }
}

/// Longest free-text field we accept, in characters.
pub const MAX_TEXT: usize = 500;
/// Longest name-like field (a name, an alias, a place), in characters.
pub const MAX_NAME: usize = 200;
/// Most entries in a list field (aliases, offences, nationalities, team).
pub const MAX_LIST: usize = 100;

/// Collects field errors while a whole record is checked, so that one report lists them all.
#[derive(Debug, Default)]
pub struct Errors(Vec<FieldError>);

impl Errors {
    pub fn push(&mut self, field: &str, reason: impl Into<String>) {
        self.0.push(FieldError::new(field, reason));
    }

    pub fn extend_under(&mut self, parent: &str, errors: Vec<FieldError>) {
        self.0.extend(errors.into_iter().map(|e| e.under(parent)));
    }

    /// Keeps the value if it is `Ok`, records the error under `field` otherwise.
    pub fn take<T, E: fmt::Display>(
        &mut self,
        field: &str,
        r: std::result::Result<T, E>,
    ) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.push(field, e.to_string());
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn into_vec(self) -> Vec<FieldError> {
        self.0
    }

    /// `Ok(value)` if nothing was recorded, else every recorded error.
    pub fn finish<T>(self, value: impl FnOnce() -> Option<T>) -> Result<T, Vec<FieldError>> {
        if self.0.is_empty() {
            // Every `take` succeeded, so every `Option` the builder unwraps is `Some`; a `None`
            // here would be a bug in the builder, reported as an error rather than a panic.
            value().ok_or_else(|| vec![FieldError::new("record", "incomplete record")])
        } else {
            Err(self.0)
        }
    }
}

/// Reads yes or no, in the languages of the members: empty means yes.
pub fn yes_no(s: &str) -> Result<bool, String> {
    match s.trim().to_lowercase().as_str() {
        "" | "yes" | "y" | "true" | "1" | "oui" | "si" | "sí" | "ja" => Ok(true),
        "no" | "n" | "false" | "0" | "non" | "nee" => Ok(false),
        other => Err(format!("shared: '{other}' is not yes or no")),
    }
}

/// Trims a free-text field and checks its length and characters.
///
/// Control characters are refused (they have no place in a name or a title and can hide text
/// in a terminal or a log); an empty result is `None`.
pub fn text(raw: &str, max: usize) -> Result<Option<String>, String> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let n = t.chars().count();
    if n > max {
        return Err(format!("is too long ({n} characters, at most {max})"));
    }
    if t.chars().any(char::is_control) {
        return Err("contains control characters".into());
    }
    // Direction overrides, embeddings and isolates can make text display as something else
    // than it is (a reversed name, a hidden part): refused. Zero-width spaces and byte-order
    // marks pasted from documents carry nothing: removed.
    if t.chars()
        .any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
    {
        return Err("contains a text-direction control character".into());
    }
    let cleaned: String = t
        .chars()
        .filter(|c| !matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}'))
        .collect();
    let t = cleaned.trim();
    if t.is_empty() {
        return Ok(None);
    }
    // Collapse runs of whitespace so that "Ben  Ali" and "Ben Ali" are stored alike.
    Ok(Some(t.split_whitespace().collect::<Vec<_>>().join(" ")))
}

/// Like [`text`] but the field must not be empty.
pub fn required_text(raw: &str, max: usize) -> Result<String, String> {
    text(raw, max)?.ok_or_else(|| "is required".to_string())
}

/// Validates each entry of a list field, dropping empty entries and duplicates (keeping order).
pub fn text_list(raw: &[String], max: usize) -> Result<Vec<String>, String> {
    if raw.len() > MAX_LIST {
        return Err(format!(
            "has too many entries ({}, at most {MAX_LIST})",
            raw.len()
        ));
    }
    let mut out: Vec<String> = Vec::with_capacity(raw.len());
    for (i, r) in raw.iter().enumerate() {
        match text(r, max) {
            Ok(Some(t)) => {
                if !out.contains(&t) {
                    out.push(t);
                }
            }
            Ok(None) => {}
            Err(e) => return Err(format!("entry {}: {e}", i + 1)),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_trims_and_collapses_whitespace() {
        assert_eq!(text("  Ben   Ali ", 50), Ok(Some("Ben Ali".into())));
        assert_eq!(text("   ", 50), Ok(None));
    }

    #[test]
    fn text_refuses_control_characters_and_overlong_input() {
        assert_eq!(
            text("a\u{0007}b", 50),
            Err("contains control characters".into())
        );
        assert_eq!(
            text("abcdef", 5),
            Err("is too long (6 characters, at most 5)".into())
        );
    }

    #[test]
    fn text_refuses_direction_overrides_and_drops_zero_width_spaces() {
        assert_eq!(text("Ben\u{200B}Ali", 50), Ok(Some("BenAli".into())));
        assert_eq!(
            text("Ali \u{202E}ffo", 50),
            Err("contains a text-direction control character".into())
        );
    }

    #[test]
    fn text_list_drops_empties_and_duplicates() {
        let l = vec!["a".into(), " ".into(), "b".into(), "a ".into()];
        assert_eq!(text_list(&l, 10), Ok(vec!["a".into(), "b".into()]));
    }

    #[test]
    fn field_error_nests_under_parent() {
        let e = FieldError::new("birth_date", "is not a date").under("persons[1]");
        assert_eq!(e.to_string(), "persons[1].birth_date: is not a date");
    }
}
