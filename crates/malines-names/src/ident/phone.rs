//! Telephone numbers, normalised to E.164 with the `phonenumber` crate (libphonenumber data).

use phonenumber::{Mode, country::Id};

use super::{IdentError, Result, bounded, country, fold_digit, is_dash, is_invisible};

/// Longest input accepted before any work is done.
const MAX_LEN: usize = 64;

/// Normalises a telephone number to E.164: `"+212612345678"`.
///
/// `default_region` (an ISO 3166-1 code) says how to read a number written in national form
/// ("0612345678" with region `MA`); a number written internationally, with `+` or `00`, is read
/// the same under any region. An empty `default_region` means "no default": the number must
/// then be written internationally. A non-empty region that is not a country is refused.
///
/// Accepted separators: spaces (including no-break and thin spaces), dots, dashes, slashes and
/// parentheses; the "(0)" that Europeans write after the country code ("+33 (0)6 …") is dropped.
/// The number must be valid for its country according to libphonenumber, not merely
/// well-formed. Letters, extensions and any other character are refused.
pub fn phone(raw: &str, default_region: &str) -> Result<String> {
    let s = bounded(raw, MAX_LEN)?;
    let region = region_id(default_region)?;
    let cleaned = clean(s)?;
    let international = cleaned.starts_with('+');
    if region.is_none() && !international {
        return Err(IdentError::invalid(
            "must start with + or 00 and the country code when no region is given",
        ));
    }
    // Only "+" and ASCII digits reach the parser, which keeps it away from the inputs that
    // have made it panic in the past. An international number is parsed without a region:
    // the crate otherwise lets some regions (US, for one) bend how "+33…" is read, and the
    // same number must give the same result wherever it was recorded.
    let hint = if international {
        None
    } else {
        region.as_ref().map(|(id, _)| *id)
    };
    let number = phonenumber::parse(hint, &cleaned).map_err(|e| {
        use phonenumber::ParseError as P;
        IdentError::invalid(match e {
            P::InvalidCountryCode => "has an unknown country calling code",
            P::TooShortAfterIdd | P::TooShortNsn => "is too short to be a phone number",
            P::TooLong => "is too long to be a phone number",
            _ => "is not a phone number",
        })
    })?;
    if !phonenumber::is_valid(&number) {
        return Err(IdentError::invalid(match region {
            Some((_, code)) if !international => {
                format!("is not a valid number for region {code}")
            }
            _ => "is not a valid international number".to_owned(),
        }));
    }
    Ok(number.format().mode(Mode::E164).to_string())
}

/// The default region as a `phonenumber` id, with its ISO code for messages.
fn region_id(raw: &str) -> Result<Option<(Id, String)>> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    let code = country(raw)?;
    match code.parse::<Id>() {
        Ok(id) => Ok(Some((id, code))),
        Err(_) => Err(IdentError::invalid(format!(
            "region {code} has no telephone numbering plan"
        ))),
    }
}

/// Reduces a written number to `+digits` or `digits`.
///
/// A leading `00` (the international call prefix of BE, FR, ES and MA, and of most of the
/// world) becomes `+`; the trunk "(0)" written after an international prefix is dropped.
fn clean(s: &str) -> Result<String> {
    let mut kept = String::with_capacity(s.len());
    for c in s.chars().map(fold_digit) {
        match c {
            '0'..='9' | '+' | '(' | ')' => kept.push(c),
            '.' | '/' => {}
            c if c.is_whitespace() || is_dash(c) || is_invisible(c) => {}
            found => return Err(IdentError::BadCharacter { found }),
        }
    }
    if kept.starts_with('+') || kept.starts_with("00") {
        kept = kept.replace("(0)", "");
    }
    let mut out = String::with_capacity(kept.len() + 1);
    for (i, c) in kept.chars().filter(|c| !matches!(c, '(' | ')')).enumerate() {
        if c == '+' && i != 0 {
            return Err(IdentError::BadCharacter { found: '+' });
        }
        out.push(c);
    }
    if let Some(rest) = out.strip_prefix("00") {
        out = format!("+{rest}");
    }
    if !out.bytes().any(|b| b.is_ascii_digit()) {
        return Err(IdentError::invalid("is not a phone number"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ok(raw: &str, region: &str) -> String {
        match phone(raw, region) {
            Ok(s) => s,
            Err(e) => panic!("{raw:?} / {region}: {e}"),
        }
    }

    #[test]
    fn moroccan_numbers() {
        for raw in [
            "0612345678",
            "06 12 34 56 78",
            "06.12.34.56.78",
            "06-12-34-56-78",
            "0612-345678",
            "+212612345678",
            "+212 6 12 34 56 78",
            "+212 (0)6 12 34 56 78",
            // The trunk 0 wrongly kept after the country code.
            "+212 0612345678",
            "00212612345678",
            "00 212 612 345 678",
            "(+212) 612-345678",
            "٠٦١٢٣٤٥٦٧٨",
            "\u{200F}+212\u{00A0}612\u{202F}345678",
        ] {
            assert_eq!(ok(raw, "MA"), "+212612345678", "{raw:?}");
        }
        // Fixed line, Casablanca.
        assert_eq!(ok("0522 12 34 56", "MA"), "+212522123456");
        assert_eq!(ok("+212 522-123456", "FR"), "+212522123456");
    }

    #[test]
    fn french_numbers() {
        for raw in [
            "06 12 34 56 78",
            "06.12.34.56.78",
            "+33 6 12 34 56 78",
            "+33 (0)6 12 34 56 78",
            "0033 612345678",
            "+33612345678",
        ] {
            assert_eq!(ok(raw, "FR"), "+33612345678", "{raw:?}");
        }
        assert_eq!(ok("01 42 68 53 00", "FR"), "+33142685300");
        assert_eq!(ok("+33 1 42 68 53 00", "BE"), "+33142685300");
    }

    #[test]
    fn belgian_numbers() {
        for raw in [
            "0470 12 34 56",
            "0470/12.34.56",
            "+32 470 12 34 56",
            "+32 (0)470 12 34 56",
            "0032470123456",
        ] {
            assert_eq!(ok(raw, "BE"), "+32470123456", "{raw:?}");
        }
        // Brussels fixed line.
        assert_eq!(ok("02 279 22 11", "BE"), "+3222792211");
        assert_eq!(ok("(02) 279.22.11", "BE"), "+3222792211");
    }

    #[test]
    fn spanish_numbers() {
        // Spain has no trunk 0.
        for raw in [
            "612 34 56 78",
            "612345678",
            "+34 612 34 56 78",
            "0034-612-345-678",
        ] {
            assert_eq!(ok(raw, "ES"), "+34612345678", "{raw:?}");
        }
        assert_eq!(ok("91 123 45 67", "ES"), "+34911234567");
    }

    #[test]
    fn international_form_ignores_region() {
        for region in ["MA", "FR", "BE", "ES", "US", "", "jp"] {
            assert_eq!(ok("+212612345678", region), "+212612345678");
        }
    }

    #[test]
    fn refusals_say_why() {
        assert_eq!(
            phone("0112345678", "MA"),
            Err(IdentError::invalid("is not a valid number for region MA"))
        );
        assert_eq!(
            phone("+212 112345678", "MA"),
            Err(IdentError::invalid("is not a valid international number"))
        );
        assert_eq!(
            phone("0612345678", ""),
            Err(IdentError::invalid(
                "must start with + or 00 and the country code when no region is given"
            ))
        );
        assert_eq!(
            phone("0612345678", "ZZ"),
            Err(IdentError::UnknownCountry { code: "ZZ".into() })
        );
        assert_eq!(
            phone("0612345678", "AQ"),
            Err(IdentError::invalid(
                "region AQ has no telephone numbering plan"
            ))
        );
        assert_eq!(
            phone("06 12 34 56 78 ext 12", "FR"),
            Err(IdentError::BadCharacter { found: 'e' })
        );
        assert_eq!(
            phone("06+12345678", "FR"),
            Err(IdentError::BadCharacter { found: '+' })
        );
        assert_eq!(
            phone("+-()", "FR"),
            Err(IdentError::invalid("is not a phone number"))
        );
        assert_eq!(phone("   ", "FR"), Err(IdentError::Empty));
        assert_eq!(
            phone(&"1".repeat(65), "FR"),
            Err(IdentError::TooLong { max: 64 })
        );
    }

    /// Real-format mobile numbers: (region, calling code, national significant number).
    const SAMPLES: [(&str, &str, &str); 8] = [
        ("MA", "212", "612345678"),
        ("MA", "212", "522123456"),
        ("FR", "33", "612345678"),
        ("FR", "33", "142685300"),
        ("BE", "32", "470123456"),
        ("BE", "32", "22792211"),
        ("ES", "34", "612345678"),
        ("ES", "34", "911234567"),
    ];

    proptest! {
        #![proptest_config(crate::ident::proptest_config())]

        #[test]
        fn national_and_international_agree(
            i in 0..SAMPLES.len(),
            seps in proptest::collection::vec(prop_oneof![
                Just(""), Just(" "), Just("."), Just("-"), Just("/"), Just("\u{00A0}")
            ], 12),
            double_zero in any::<bool>(),
        ) {
            let (region, cc, nsn) = SAMPLES[i];
            let trunk = if region == "ES" { "" } else { "0" };
            let spaced = |digits: &str| -> String {
                digits
                    .chars()
                    .zip(seps.iter().cycle())
                    .map(|(c, s)| format!("{c}{s}"))
                    .collect()
            };
            let national = spaced(&format!("{trunk}{nsn}"));
            let prefix = if double_zero { "00" } else { "+" };
            let international = format!("{prefix}{cc} {}", spaced(nsn));
            let want = format!("+{cc}{nsn}");
            prop_assert_eq!(phone(&national, region), Ok(want.clone()));
            prop_assert_eq!(phone(&international, "MA"), Ok(want.clone()));
            // E.164 output re-normalised under any region gives itself.
            for other in ["", "MA", "FR", "BE", "ES", "US", "CN"] {
                prop_assert_eq!(phone(&want, other), Ok(want.clone()));
            }
        }

        #[test]
        fn idempotent(raw in "[+0-9 ().-]{0,20}", region in "MA|FR|BE|ES|US|") {
            if let Ok(once) = phone(&raw, &region) {
                prop_assert_eq!(phone(&once, &region), Ok(once.clone()));
                prop_assert_eq!(phone(&once, ""), Ok(once));
            }
        }

        #[test]
        fn never_panics(raw in ".*", region in ".{0,4}") {
            let _ = phone(&raw, &region);
            let _ = phone(&raw, "MA");
        }

        #[test]
        fn never_panics_printable(raw in "\\PC*") {
            let _ = phone(&raw, "FR");
            let _ = phone(&raw, "");
        }

        #[test]
        fn never_panics_on_digit_soup(raw in "\\+?[0-9]{0,40}", region in "MA|FR|BE|ES|US|GB|DE|IT|") {
            let _ = phone(&raw, &region);
        }
    }
}
