//! Typed identifiers of SPEC §3, validated and normalised.
//!
//! The normalised strings are HMAC-keyed and compared across Belgium, France, Spain and Morocco
//! (SPEC §4), so the same real identifier written in different national habits must give the
//! same string, and a wrong one must be refused with a reason a person can act on.
//!
//! Every function here is total: it never panics, whatever `&str` it is given, and it refuses an
//! over-long input before doing any real work. Errors carry a reason phrase meant to follow a
//! field name ("phone: is not a valid number for region MA"); they echo at most a single
//! offending character or a short code, never the whole input.

mod country;
mod crypto;
mod device;
mod iban;
mod net;
mod phone;
mod plate;
mod social;

pub use country::country;
pub use crypto::crypto_address;
pub use device::{imei, imsi};
pub use iban::iban;
pub use net::{domain, email, ip};
pub use phone::phone;
pub use plate::{document_number, vehicle_plate};
pub use social::social_account;

/// Result of a normaliser.
pub type Result<T> = std::result::Result<T, IdentError>;

/// Why a value was refused.
///
/// `Display` is a reason phrase meant to follow a field name, e.g.
/// "phone: is not a valid number for region MA" — lowercase, no field name, no trailing dot.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdentError {
    /// Nothing left once surrounding white space is removed.
    #[error("is empty")]
    Empty,
    /// Longer than the sane maximum for this kind of identifier.
    #[error("is too long (at most {max} characters)")]
    TooLong {
        /// The maximum, in characters.
        max: usize,
    },
    /// A character that this kind of identifier cannot contain.
    #[error("contains a character that is not allowed here: {found:?}")]
    BadCharacter {
        /// The first offending character.
        found: char,
    },
    /// The wrong number of significant characters.
    #[error("has {found} characters where {expected} are expected")]
    BadLength {
        /// What was expected, e.g. "28 (MA)" or "14 to 16".
        expected: String,
        /// How many there were, after separators were removed.
        found: usize,
    },
    /// A check digit or checksum does not match: a typo, most likely.
    #[error("fails its {what} check, so it was probably mistyped")]
    BadChecksum {
        /// Which check failed, e.g. "IBAN mod-97".
        what: &'static str,
    },
    /// Not an assigned ISO 3166-1 alpha-2 code.
    #[error("{code:?} is not an ISO 3166-1 country code")]
    UnknownCountry {
        /// The code as given (two ASCII letters, upper-cased).
        code: String,
    },
    /// Any other reason, already phrased for a person.
    #[error("{reason}")]
    Invalid {
        /// The reason phrase.
        reason: String,
    },
}

impl IdentError {
    fn invalid(reason: impl Into<String>) -> Self {
        Self::Invalid {
            reason: reason.into(),
        }
    }
}

/// Trims `raw` and refuses it if empty or longer than `max` characters.
///
/// Counting stops at `max + 1`, so an enormous input costs no more than a short one.
fn bounded(raw: &str, max: usize) -> Result<&str> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(IdentError::Empty);
    }
    if s.chars().nth(max).is_some() {
        return Err(IdentError::TooLong { max });
    }
    Ok(s)
}

/// Invisible formatting characters that copy-paste (from PDFs, web pages and right-to-left
/// text) scatters into identifiers: zero-width spaces and joiners, bidi marks, embeddings,
/// overrides and isolates, the BOM, and the Arabic tatweel (a pure elongation stroke).
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{061C}'
            | '\u{FEFF}'
            | '\u{0640}'
    )
}

/// Dashes and hyphens of every kind people type or paste between groups of characters.
fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}'
    )
}

/// Arabic-Indic (U+0660…) and Eastern Arabic-Indic (U+06F0…) digits, as typed on Arabic and
/// Persian keyboards, mapped to ASCII digits; any other character is returned unchanged.
fn fold_digit(c: char) -> char {
    let base = match c {
        '\u{0660}'..='\u{0669}' => 0x0660,
        '\u{06F0}'..='\u{06F9}' => 0x06F0,
        _ => return c,
    };
    char::from_u32(u32::from(c) - base + u32::from(b'0')).unwrap_or(c)
}

/// The Luhn (mod 10) check digit for `digits` (ASCII digits only; anything else counts as 0).
fn luhn_check_digit(digits: &str) -> u8 {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b.wrapping_sub(b'0') % 10);
            if i % 2 == 0 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    // `sum % 10` is at most 9, so the result fits a digit.
    u8::try_from((10 - sum % 10) % 10).unwrap_or(0)
}

/// Property-test settings shared by this module's tests: no regression files are written
/// (failures print their minimal input, to be pinned as a unit test).
#[cfg(test)]
fn proptest_config() -> proptest::prelude::ProptestConfig {
    proptest::prelude::ProptestConfig {
        failure_persistence: None,
        ..proptest::prelude::ProptestConfig::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_trims_and_limits() {
        assert_eq!(bounded("  ab \t", 2), Ok("ab"));
        assert_eq!(bounded(" \n ", 2), Err(IdentError::Empty));
        assert_eq!(bounded("abc", 2), Err(IdentError::TooLong { max: 2 }));
        // Counted in characters, not bytes.
        assert_eq!(bounded("éé", 2), Ok("éé"));
    }

    #[test]
    fn luhn_known_values() {
        assert_eq!(luhn_check_digit("7992739871"), 3);
        assert_eq!(luhn_check_digit("49015420323751"), 8);
    }

    #[test]
    fn arabic_digits_fold() {
        let s: String = "٠١٢٣٤٥٦٧٨٩۰۹".chars().map(fold_digit).collect();
        assert_eq!(s, "012345678909");
    }

    #[test]
    fn error_phrases_read_after_a_field_name() {
        let cases = [
            (IdentError::Empty, "is empty"),
            (
                IdentError::TooLong { max: 64 },
                "is too long (at most 64 characters)",
            ),
            (
                IdentError::BadCharacter { found: '\u{202E}' },
                "contains a character that is not allowed here: '\\u{202e}'",
            ),
            (
                IdentError::BadLength {
                    expected: "28 (MA)".into(),
                    found: 27,
                },
                "has 27 characters where 28 (MA) are expected",
            ),
            (
                IdentError::BadChecksum {
                    what: "IBAN mod-97",
                },
                "fails its IBAN mod-97 check, so it was probably mistyped",
            ),
            (
                IdentError::UnknownCountry { code: "ZZ".into() },
                "\"ZZ\" is not an ISO 3166-1 country code",
            ),
        ];
        for (err, text) in cases {
            assert_eq!(err.to_string(), text);
        }
    }
}
