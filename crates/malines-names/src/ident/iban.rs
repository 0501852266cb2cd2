//! International Bank Account Numbers (ISO 13616).

use super::{IdentError, Result, bounded, country, is_dash, is_invisible};

/// Longest input accepted before any work is done (34 characters, with a separator or two
/// between groups, and an "IBAN" label).
const MAX_LEN: usize = 100;

/// IBAN length per country.
///
/// Every country of the SWIFT IBAN registry (as of 2025), together with the countries that
/// issue IBANs outside the registry (the "experimental" list that banks and validators carry),
/// of which Morocco (28) matters most here. Sorted by code; a test guards the order.
const LENGTHS: [(&str, usize); 111] = [
    ("AD", 24),
    ("AE", 23),
    ("AL", 28),
    ("AO", 25),
    ("AT", 20),
    ("AZ", 28),
    ("BA", 20),
    ("BE", 16),
    ("BF", 28),
    ("BG", 22),
    ("BH", 22),
    ("BI", 27),
    ("BJ", 28),
    ("BR", 29),
    ("BY", 28),
    ("CF", 27),
    ("CG", 27),
    ("CH", 21),
    ("CI", 28),
    ("CM", 27),
    ("CR", 22),
    ("CV", 25),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DJ", 27),
    ("DK", 18),
    ("DO", 28),
    ("DZ", 26),
    ("EE", 20),
    ("EG", 29),
    ("ES", 24),
    ("FI", 18),
    ("FK", 18),
    ("FO", 18),
    ("FR", 27),
    ("GA", 27),
    ("GB", 22),
    ("GE", 22),
    ("GI", 23),
    ("GL", 18),
    ("GQ", 27),
    ("GR", 27),
    ("GT", 28),
    ("GW", 25),
    ("HN", 28),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IL", 23),
    ("IQ", 23),
    ("IR", 26),
    ("IS", 26),
    ("IT", 27),
    ("JO", 30),
    ("KM", 27),
    ("KW", 30),
    ("KZ", 20),
    ("LB", 28),
    ("LC", 32),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("LY", 25),
    ("MA", 28),
    ("MC", 27),
    ("MD", 24),
    ("ME", 22),
    ("MG", 27),
    ("MK", 19),
    ("ML", 28),
    ("MN", 20),
    ("MR", 27),
    ("MT", 31),
    ("MU", 30),
    ("MZ", 25),
    ("NE", 28),
    ("NI", 28),
    ("NL", 18),
    ("NO", 15),
    ("OM", 23),
    ("PK", 24),
    ("PL", 28),
    ("PS", 29),
    ("PT", 25),
    ("QA", 29),
    ("RO", 24),
    ("RS", 22),
    ("RU", 33),
    ("SA", 24),
    ("SC", 31),
    ("SD", 18),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("SM", 27),
    ("SN", 28),
    ("SO", 23),
    ("ST", 25),
    ("SV", 28),
    ("TD", 27),
    ("TG", 28),
    ("TL", 23),
    ("TN", 24),
    ("TR", 26),
    ("UA", 29),
    ("VA", 22),
    ("VG", 24),
    ("XK", 20),
    ("YE", 30),
];

/// Normalises an IBAN to its electronic form: `"BE68539007547034"`.
///
/// Spaces (of any kind), dashes and a leading "IBAN" label are dropped and letters upper-cased;
/// then the length must match the country and the ISO 7064 mod-97 check must hold.
pub fn iban(raw: &str) -> Result<String> {
    let s = bounded(raw, MAX_LEN)?;
    let s = strip_label(s);
    let mut out = String::with_capacity(34);
    for c in s.chars() {
        match c {
            c if c.is_ascii_alphanumeric() => out.push(c.to_ascii_uppercase()),
            c if c.is_whitespace() || is_dash(c) || is_invisible(c) => {}
            found => return Err(IdentError::BadCharacter { found }),
        }
    }
    let cc = out.get(..2).unwrap_or_default();
    if cc.len() < 2 || !cc.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(IdentError::invalid(
            "must start with a two-letter country code, such as MA or FR",
        ));
    }
    let Ok(at) = LENGTHS.binary_search_by(|(code, _)| (*code).cmp(cc)) else {
        // Say whether the country is unknown or merely does not use IBANs.
        let code = country(cc)?;
        return Err(IdentError::invalid(format!(
            "country {code} does not issue IBANs"
        )));
    };
    let expected = LENGTHS.get(at).map_or(0, |(_, n)| *n);
    if out.len() != expected {
        return Err(IdentError::BadLength {
            expected: format!("{expected} ({cc})"),
            found: out.len(),
        });
    }
    let check = out.get(2..4).unwrap_or_default();
    if !check.bytes().all(|b| b.is_ascii_digit()) {
        return Err(IdentError::invalid(
            "must have two check digits after the country code",
        ));
    }
    // ISO 7064 MOD 97-10 only ever yields check digits 02 to 98.
    if matches!(check, "00" | "01" | "99") || mod97(&out) != 1 {
        return Err(IdentError::BadChecksum {
            what: "IBAN mod-97",
        });
    }
    Ok(out)
}

/// Drops a leading "IBAN" label ("IBAN: BE68 …", "iban BE68…"), as printed on statements.
fn strip_label(s: &str) -> &str {
    match s.get(..4) {
        Some(label) if label.eq_ignore_ascii_case("IBAN") => {
            let rest = s.get(4..).unwrap_or_default().trim_start();
            rest.strip_prefix(':').unwrap_or(rest).trim_start()
        }
        _ => s,
    }
}

/// The IBAN (upper-case ASCII alphanumerics) taken as a number, rearranged with its first four
/// characters moved to the end and letters as 10…35, modulo 97.
fn mod97(iban: &str) -> u32 {
    let (head, tail) = iban.split_at(4.min(iban.len()));
    tail.bytes().chain(head.bytes()).fold(0u32, |acc, b| {
        let v = u32::from(match b {
            b'0'..=b'9' => b - b'0',
            _ => b.wrapping_sub(b'A').wrapping_add(10) % 36,
        });
        if v >= 10 {
            (acc * 100 + v) % 97
        } else {
            (acc * 10 + v) % 97
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn table_is_sorted_and_known() {
        assert!(LENGTHS.windows(2).all(|w| w[0].0 < w[1].0));
        for (code, n) in LENGTHS {
            assert_eq!(country(code).as_deref(), Ok(code));
            assert!((15..=34).contains(&n));
        }
    }

    #[test]
    fn published_examples() {
        // Examples of the SWIFT IBAN registry (and, for MA, of the experimental list).
        for (raw, want) in [
            ("BE68 5390 0754 7034", "BE68539007547034"),
            ("be68539007547034", "BE68539007547034"),
            ("IBAN BE68-5390-0754-7034", "BE68539007547034"),
            ("IBAN: BE68 5390 0754 7034", "BE68539007547034"),
            (
                "FR14 2004 1010 0505 0001 3M02 606",
                "FR1420041010050500013M02606",
            ),
            (
                "fr14 2004 1010 0505 0001 3m02 606",
                "FR1420041010050500013M02606",
            ),
            ("ES91 2100 0418 4502 0005 1332", "ES9121000418450200051332"),
            (
                "MA64 0115 1900 0001 2050 0053 4921",
                "MA64011519000001205000534921",
            ),
            ("DE89 3704 0044 0532 0130 00", "DE89370400440532013000"),
            ("NL91 ABNA 0417 1643 00", "NL91ABNA0417164300"),
            ("GB29 NWBK 6016 1331 9268 19", "GB29NWBK60161331926819"),
            (
                "GB29\u{00A0}NWBK\u{00A0}6016\u{00A0}1331\u{00A0}9268\u{00A0}19",
                "GB29NWBK60161331926819",
            ),
        ] {
            assert_eq!(iban(raw).as_deref(), Ok(want), "{raw:?}");
        }
    }

    #[test]
    fn refusals_say_why() {
        assert_eq!(
            iban("BE68 5390 0754 7035"),
            Err(IdentError::BadChecksum {
                what: "IBAN mod-97"
            })
        );
        assert_eq!(
            iban("MA64 0115 1900 0001 2050 0053 492"),
            Err(IdentError::BadLength {
                expected: "28 (MA)".into(),
                found: 27
            })
        );
        assert_eq!(
            iban("US12 3456 7890"),
            Err(IdentError::invalid("country US does not issue IBANs"))
        );
        assert_eq!(
            iban("ZZ12 3456 7890"),
            Err(IdentError::UnknownCountry { code: "ZZ".into() })
        );
        assert_eq!(
            iban("1234567890"),
            Err(IdentError::invalid(
                "must start with a two-letter country code, such as MA or FR"
            ))
        );
        assert_eq!(
            iban("BEAB539007547034"),
            Err(IdentError::invalid(
                "must have two check digits after the country code"
            ))
        );
        assert_eq!(
            iban("BE68_5390_0754_7034"),
            Err(IdentError::BadCharacter { found: '_' })
        );
        assert_eq!(iban(" "), Err(IdentError::Empty));
    }

    /// Builds a valid IBAN for `cc` from an arbitrary BBAN of the right length.
    fn make(cc: &str, bban: &str) -> String {
        let r = mod97(&format!("{cc}00{bban}"));
        format!("{cc}{:02}{bban}", 98 - r)
    }

    proptest! {
        #![proptest_config(crate::ident::proptest_config())]

        #[test]
        fn spellings_agree(
            i in 0..LENGTHS.len(),
            bban_src in "[0-9A-Z]{30}",
            seps in proptest::collection::vec(prop_oneof![Just(""), Just(" "), Just("-")], 34),
            lower in proptest::collection::vec(any::<bool>(), 34),
            label in any::<bool>(),
        ) {
            let (cc, n) = LENGTHS[i];
            let bban = &bban_src[..n - 4];
            let want = make(cc, bban);
            let spelled: String = want
                .chars()
                .zip(seps.iter().zip(lower.iter()))
                .map(|(c, (s, l))| format!("{}{s}", if *l { c.to_ascii_lowercase() } else { c }))
                .collect();
            let spelled = if label { format!("IBAN {spelled}") } else { spelled };
            prop_assert_eq!(iban(&spelled), Ok(want.clone()));
            prop_assert_eq!(iban(&want), Ok(want));
        }

        #[test]
        fn single_character_typo_is_caught(bban in "[0-9]{12}", pos in 4usize..16, delta in 1u8..10) {
            let good = make("BE", &bban);
            let mut bytes = good.into_bytes();
            bytes[pos] = b'0' + (bytes[pos] - b'0' + delta) % 10;
            let typo = String::from_utf8(bytes).unwrap();
            prop_assert_eq!(iban(&typo), Err(IdentError::BadChecksum { what: "IBAN mod-97" }));
        }

        #[test]
        fn idempotent(raw in "[A-Za-z]{2}[0-9]{2}[0-9A-Za-z ]{10,30}") {
            if let Ok(once) = iban(&raw) {
                prop_assert_eq!(iban(&once), Ok(once));
            }
        }

        #[test]
        fn never_panics(raw in ".*") {
            let _ = iban(&raw);
        }

        #[test]
        fn never_panics_printable(raw in "\\PC*") {
            let _ = iban(&raw);
        }
    }
}
