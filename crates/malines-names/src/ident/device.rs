//! Mobile device and subscriber identities: IMEI (3GPP TS 23.003 §6.2) and IMSI (§2.2).

use super::{IdentError, Result, bounded, fold_digit, is_dash, is_invisible, luhn_check_digit};

/// Longest input accepted before any work is done.
const MAX_LEN: usize = 32;

/// Keeps the digits of `s`, dropping spaces, dashes, slashes and dots; refuses anything else.
fn digits_only(s: &str) -> Result<String> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().map(fold_digit) {
        match c {
            '0'..='9' => out.push(c),
            '/' | '.' => {}
            c if c.is_whitespace() || is_dash(c) || is_invisible(c) => {}
            found => return Err(IdentError::BadCharacter { found }),
        }
    }
    Ok(out)
}

/// Normalises an IMEI to its 15 digits, Luhn check digit included.
///
/// - 14 digits (TAC + serial, as some tools print it): the check digit is computed and appended;
/// - 15 digits: the check digit is verified;
/// - 16 digits (IMEISV: TAC + serial + 2-digit software version): the version is dropped and
///   the check digit computed, so the IMEI and the IMEISV of one device give the same string.
pub fn imei(raw: &str) -> Result<String> {
    let s = bounded(raw, MAX_LEN)?;
    let digits = digits_only(s)?;
    let body = match digits.len() {
        14 | 16 => digits.get(..14).unwrap_or_default(),
        15 => {
            let (body, check) = digits.split_at(14);
            if check.as_bytes() != [b'0' + luhn_check_digit(body)] {
                return Err(IdentError::BadChecksum { what: "IMEI Luhn" });
            }
            body
        }
        found => {
            return Err(IdentError::BadLength {
                expected: "14 to 16 digits".into(),
                found,
            });
        }
    };
    let mut out = String::with_capacity(15);
    out.push_str(body);
    out.push(char::from(b'0' + luhn_check_digit(body)));
    Ok(out)
}

/// Normalises an IMSI: 14 or 15 digits, MCC (its first three digits) not starting with 0.
///
/// An IMSI has no check digit; the MCC rule catches the commonest confusion, a national phone
/// number with its trunk 0 pasted in the IMSI field.
pub fn imsi(raw: &str) -> Result<String> {
    let s = bounded(raw, MAX_LEN)?;
    let digits = digits_only(s)?;
    if !matches!(digits.len(), 14 | 15) {
        return Err(IdentError::BadLength {
            expected: "14 or 15 digits".into(),
            found: digits.len(),
        });
    }
    if digits.starts_with('0') {
        return Err(IdentError::invalid(
            "must start with a mobile country code (MCC), which never begins with 0",
        ));
    }
    Ok(digits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_imeis() {
        // Examples from the IMEI article of Wikipedia and the GSMA TAC documentation.
        assert_eq!(imei("490154203237518").as_deref(), Ok("490154203237518"));
        assert_eq!(imei("49-015420-323751-8").as_deref(), Ok("490154203237518"));
        assert_eq!(imei("35-209900-176148-1").as_deref(), Ok("352099001761481"));
        assert_eq!(imei("35 209900 176148 1").as_deref(), Ok("352099001761481"));
        assert_eq!(imei("35/209900/176148/1").as_deref(), Ok("352099001761481"));
        // 14 digits: check digit appended.
        assert_eq!(imei("35209900176148").as_deref(), Ok("352099001761481"));
        // IMEISV of the same device.
        assert_eq!(
            imei("35-209900-176148-23").as_deref(),
            Ok("352099001761481")
        );
    }

    #[test]
    fn imei_refusals() {
        assert_eq!(
            imei("490154203237519"),
            Err(IdentError::BadChecksum { what: "IMEI Luhn" })
        );
        assert_eq!(
            imei("4901542032375"),
            Err(IdentError::BadLength {
                expected: "14 to 16 digits".into(),
                found: 13
            })
        );
        assert_eq!(
            imei("49015420323751A"),
            Err(IdentError::BadCharacter { found: 'A' })
        );
        assert_eq!(imei(""), Err(IdentError::Empty));
        assert_eq!(imei(&"1".repeat(33)), Err(IdentError::TooLong { max: 32 }));
    }

    #[test]
    fn imsis() {
        assert_eq!(imsi("604 00 123456789 0").as_deref(), Ok("604001234567890"));
        assert_eq!(imsi("208-01-1234567890").as_deref(), Ok("208011234567890"));
        assert_eq!(imsi("20601123456789").as_deref(), Ok("20601123456789"));
        assert_eq!(
            imsi("061234567890123"),
            Err(IdentError::invalid(
                "must start with a mobile country code (MCC), which never begins with 0"
            ))
        );
        assert_eq!(
            imsi("2080112345"),
            Err(IdentError::BadLength {
                expected: "14 or 15 digits".into(),
                found: 10
            })
        );
        assert_eq!(
            imsi("20801x234567890"),
            Err(IdentError::BadCharacter { found: 'x' })
        );
    }

    proptest! {
        #![proptest_config(crate::ident::proptest_config())]

        #[test]
        fn imei_separators_and_sv_agree(
            body in "[0-9]{14}",
            sv in "[0-9]{2}",
            seps in proptest::collection::vec(prop_oneof![Just(""), Just(" "), Just("-"), Just("/")], 16),
        ) {
            let check = char::from(b'0' + luhn_check_digit(&body));
            let want = format!("{body}{check}");
            let spaced: String = want
                .chars()
                .zip(seps.iter())
                .map(|(c, s)| format!("{c}{s}"))
                .collect();
            prop_assert_eq!(imei(&spaced), Ok(want.clone()));
            prop_assert_eq!(imei(&body), Ok(want.clone()));
            prop_assert_eq!(imei(&format!("{body}{sv}")), Ok(want.clone()));
            prop_assert_eq!(imei(&want), Ok(want));
        }

        #[test]
        fn imei_single_digit_typo_is_caught(body in "[0-9]{14}", pos in 0usize..15, delta in 1u8..10) {
            let check = char::from(b'0' + luhn_check_digit(&body));
            let mut bytes = format!("{body}{check}").into_bytes();
            bytes[pos] = b'0' + (bytes[pos] - b'0' + delta) % 10;
            let typo = String::from_utf8(bytes).unwrap();
            prop_assert_eq!(imei(&typo), Err(IdentError::BadChecksum { what: "IMEI Luhn" }));
        }

        #[test]
        fn imsi_idempotent(raw in "[0-9 -]{10,24}") {
            if let Ok(once) = imsi(&raw) {
                prop_assert_eq!(imsi(&once), Ok(once));
            }
        }

        #[test]
        fn never_panics(raw in ".*") {
            let _ = imei(&raw);
            let _ = imsi(&raw);
        }

        #[test]
        fn never_panics_printable(raw in "\\PC*") {
            let _ = imei(&raw);
            let _ = imsi(&raw);
        }
    }
}
