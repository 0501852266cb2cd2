//! Vehicle registration plates and identity-document numbers.
//!
//! # Moroccan plate letters
//!
//! Moroccan plates since 2000 read `12345 | أ | 6`: a serial of 1 to 5 digits, an Arabic
//! series letter, and the code (1 to 89) of the prefecture or province. Arrêté du ministre de
//! l'équipement et des transports n° 2711-10 of 29 September 2010 (art. 28, as amended), which
//! NARSA reminds travellers of, requires vehicles leaving Morocco to carry the Latin capital
//! letter corresponding to the Arabic one, and gives the correspondence used here:
//!
//! | Arabic | أ (ا إ آ) | ب | د | ه (هـ) | و | ط | ي (ى) |
//! |--------|-----------|---|---|--------|---|---|-------|
//! | Latin  | A         | B | D | H      | E | T | Y     |
//!
//! Note و is **E** (the fifth series letter), not W: W is taken by the W18 temporary and
//! WW new-vehicle plates. Other Arabic letters appear only on government, police, army and
//! diplomatic plates, for which no official Latin form is published; they are refused with a
//! reason rather than given an invented transliteration that the other countries would not
//! share.

use super::{IdentError, Result, bounded, country, fold_digit, is_dash, is_invisible};

/// Longest plate input accepted.
const MAX_PLATE_INPUT: usize = 32;
/// Longest normalised plate.
const MAX_PLATE: usize = 16;
/// Longest document-number input accepted.
const MAX_DOCUMENT_INPUT: usize = 64;
/// Bounds of a normalised document number.
const DOCUMENT_LEN: std::ops::RangeInclusive<usize> = 4..=20;

/// Normalises a vehicle plate to `"CC:PLATE"`, e.g. `"MA:12345A6"`, `"FR:AB123CD"`.
///
/// The country goes through [`country`]. The plate is upper-cased; spaces, dashes, dots,
/// middle dots, bars and slashes are dropped; Latin letters with diacritics lose them, and
/// the twelve Cyrillic letters that Cyrillic-alphabet plates share with Latin (А В Е К М Н О Р
/// С Т У Х) are read as the Latin ones they are made to look like. What remains must be ASCII
/// letters and digits.
///
/// For Morocco the Arabic series letter is mapped as in the module documentation, so the
/// Arabic plate and its international Latin rendering give the same string. A Moroccan plate
/// typed in right-to-left order (`6-أ-12345`) is put back in plate order, which is
/// unambiguous whenever the last group has three or more digits, since prefecture codes have
/// at most two.
pub fn vehicle_plate(country_raw: &str, plate: &str) -> Result<String> {
    let cc = country(country_raw)?;
    let s = bounded(plate, MAX_PLATE_INPUT)?;
    let morocco = cc == "MA";
    let mut out = String::with_capacity(s.len());
    for c in s.chars().map(fold_digit) {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_uppercase());
        } else if c.is_whitespace()
            || is_dash(c)
            || is_invisible(c)
            || matches!(c, '.' | '·' | '•' | '∙' | '|' | '¦' | '/')
        {
        } else if let Some(latin) = fold_latin(c) {
            out.push(latin);
        } else if morocco && let Some(latin) = moroccan_letter(c) {
            out.push(latin);
        } else if morocco && is_arabic(c) {
            return Err(IdentError::invalid(format!(
                "has the Arabic letter {c:?}, which is not one of the Moroccan series letters \
                 (أ ب د ه و ط ي); type the plate as its Latin form reads"
            )));
        } else {
            return Err(IdentError::BadCharacter { found: c });
        }
    }
    if out.is_empty() {
        return Err(IdentError::Empty);
    }
    if out.len() > MAX_PLATE {
        return Err(IdentError::BadLength {
            expected: format!("at most {MAX_PLATE}"),
            found: out.len(),
        });
    }
    if morocco {
        out = moroccan_order(out);
    }
    Ok(format!("{cc}:{out}"))
}

/// The Latin series letter of a Moroccan plate (module documentation).
fn moroccan_letter(c: char) -> Option<char> {
    Some(match c {
        'ا' | 'أ' | 'إ' | 'آ' | 'ٱ' => 'A',
        'ب' => 'B',
        'د' => 'D',
        'ه' | 'ھ' => 'H',
        'و' => 'E',
        'ط' => 'T',
        'ي' | 'ى' | 'ی' => 'Y',
        _ => return None,
    })
}

/// Arabic script, including presentation forms.
fn is_arabic(c: char) -> bool {
    matches!(
        c,
        '\u{0600}'..='\u{06FF}'
            | '\u{0750}'..='\u{077F}'
            | '\u{08A0}'..='\u{08FF}'
            | '\u{FB50}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}'
    )
}

/// `digits letter digits` with a 1–2 digit first group and a 3–5 digit last group can only be
/// a Moroccan plate typed right to left: swap the digit groups back.
fn moroccan_order(plate: String) -> String {
    let Some(at) = plate.find(|c: char| c.is_ascii_uppercase()) else {
        return plate;
    };
    let (head, rest) = plate.split_at(at);
    let mut rest_chars = rest.chars();
    let Some(letter) = rest_chars.next() else {
        return plate;
    };
    let tail = rest_chars.as_str();
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if all_digits(head) && all_digits(tail) && head.len() <= 2 && (3..=5).contains(&tail.len()) {
        format!("{tail}{letter}{head}")
    } else {
        plate
    }
}

/// Latin letters with diacritics, and the Cyrillic letters used on plates as Latin look-alikes,
/// as the ASCII capital they read as.
fn fold_latin(c: char) -> Option<char> {
    Some(match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' | 'А' | 'а' => 'A',
        'В' | 'в' => 'B',
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Č' | 'č' | 'С' | 'с' => 'C',
        'Ď' | 'ď' | 'Đ' | 'đ' => 'D',
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ę' | 'ę' | 'Ě' | 'ě' | 'Е' | 'е' => 'E',
        'Ğ' | 'ğ' => 'G',
        'Н' | 'н' => 'H',
        'Ì'..='Ï' | 'ì'..='ï' | 'İ' | 'ı' => 'I',
        'К' | 'к' => 'K',
        'Ł' | 'ł' => 'L',
        'М' | 'м' => 'M',
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ň' | 'ň' => 'N',
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ő' | 'ő' | 'О' | 'о' => 'O',
        'Р' | 'р' => 'P',
        'Ř' | 'ř' => 'R',
        'Ś' | 'ś' | 'Š' | 'š' | 'Ş' | 'ş' => 'S',
        'Ť' | 'ť' | 'Т' | 'т' => 'T',
        'Ù'..='Ü' | 'ù'..='ü' | 'Ů' | 'ů' | 'Ű' | 'ű' => 'U',
        'Х' | 'х' => 'X',
        'Ý' | 'ý' | 'ÿ' | 'У' | 'у' => 'Y',
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => 'Z',
        _ => return None,
    })
}

/// Normalises an identity-document number (passport, identity card, residence permit, …):
/// upper-cased, spaces, dashes, dots and slashes dropped, ASCII letters and digits only, 4 to
/// 20 characters → `"12AB34567"`.
///
/// Arabic-Indic digits are read as digits. No per-country format is enforced: the document
/// type and issuing country travel beside the number, and formats change with each issue.
pub fn document_number(raw: &str) -> Result<String> {
    let s = bounded(raw, MAX_DOCUMENT_INPUT)?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars().map(fold_digit) {
        match c {
            c if c.is_ascii_alphanumeric() => out.push(c.to_ascii_uppercase()),
            '.' | '/' => {}
            c if c.is_whitespace() || is_dash(c) || is_invisible(c) => {}
            found => return Err(IdentError::BadCharacter { found }),
        }
    }
    if !DOCUMENT_LEN.contains(&out.len()) {
        return Err(IdentError::BadLength {
            expected: format!("{} to {}", DOCUMENT_LEN.start(), DOCUMENT_LEN.end()),
            found: out.len(),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ok(cc: &str, plate: &str) -> String {
        match vehicle_plate(cc, plate) {
            Ok(s) => s,
            Err(e) => panic!("{cc:?} {plate:?}: {e}"),
        }
    }

    #[test]
    fn moroccan_arabic_and_latin_agree() {
        for raw in [
            "12345-أ-6",
            "12345 | أ | 6",
            "12345|أ|6",
            "12345 ا 6",
            "12345-A-6",
            "12345 a 6",
            "١٢٣٤٥-أ-٦",
            "\u{200F}12345\u{200F} | أ | 6",
            // Typed right to left.
            "6-أ-12345",
            "6 | أ | 12345",
        ] {
            assert_eq!(ok("MA", raw), "MA:12345A6", "{raw:?}");
        }
        for (raw, want) in [
            ("12345 | ب | 26", "MA:12345B26"),
            ("789-د-1", "MA:789D1"),
            ("4521 | هـ | 40", "MA:4521H40"),
            ("4521 | ه | 40", "MA:4521H40"),
            ("4521 | و | 40", "MA:4521E40"),
            ("4521 | ط | 40", "MA:4521T40"),
            ("4521 | ي | 40", "MA:4521Y40"),
            // Both groups short: order kept as typed.
            ("12 | أ | 6", "MA:12A6"),
            ("W18-123456", "MA:W18123456"),
        ] {
            assert_eq!(ok("ma", raw), want, "{raw:?}");
        }
    }

    #[test]
    fn european_plates() {
        for (cc, raw, want) in [
            ("FR", "AB-123-CD", "FR:AB123CD"),
            ("fr", "ab 123 cd", "FR:AB123CD"),
            ("BE", "1-ABC-234", "BE:1ABC234"),
            ("BE", "1·ABC·234", "BE:1ABC234"),
            ("ES", "1234 BCD", "ES:1234BCD"),
            ("ES", "1234-bcd", "ES:1234BCD"),
            ("DE", "MÜ-AB 123", "DE:MUAB123"),
            ("UK", "AB12 CDE", "GB:AB12CDE"),
            // Cyrillic look-alikes typed for Latin letters.
            ("ES", "1234 ВСТ", "ES:1234BCT"),
        ] {
            assert_eq!(ok(cc, raw), want, "{cc} {raw:?}");
        }
    }

    #[test]
    fn plate_refusals() {
        assert_eq!(
            vehicle_plate("MA", "123 | ش | 1"),
            Err(IdentError::invalid(
                "has the Arabic letter 'ش', which is not one of the Moroccan series letters \
                 (أ ب د ه و ط ي); type the plate as its Latin form reads"
            ))
        );
        assert_eq!(
            vehicle_plate("FR", "12345-أ-6"),
            Err(IdentError::BadCharacter { found: 'أ' })
        );
        assert_eq!(
            vehicle_plate("FR", "AB_123_CD"),
            Err(IdentError::BadCharacter { found: '_' })
        );
        assert_eq!(
            vehicle_plate("ZZ", "AB-123-CD"),
            Err(IdentError::UnknownCountry { code: "ZZ".into() })
        );
        assert_eq!(vehicle_plate("FR", " - "), Err(IdentError::Empty));
        assert_eq!(vehicle_plate("FR", ""), Err(IdentError::Empty));
        assert_eq!(
            vehicle_plate("FR", "ABCDEFGHIJ1234567"),
            Err(IdentError::BadLength {
                expected: "at most 16".into(),
                found: 17
            })
        );
        assert_eq!(
            vehicle_plate("FR", &"A".repeat(33)),
            Err(IdentError::TooLong { max: 32 })
        );
    }

    #[test]
    fn documents() {
        for (raw, want) in [
            ("12AB34567", "12AB34567"),
            ("12ab34567", "12AB34567"),
            (" 12 AB 34567 ", "12AB34567"),
            ("12-AB-345.67", "12AB34567"),
            ("BK/123456", "BK123456"),
            ("٠١٢٣٤٥٦", "0123456"),
        ] {
            assert_eq!(document_number(raw).as_deref(), Ok(want), "{raw:?}");
        }
        assert_eq!(
            document_number("ABC"),
            Err(IdentError::BadLength {
                expected: "4 to 20".into(),
                found: 3
            })
        );
        assert_eq!(
            document_number("123456789012345678901"),
            Err(IdentError::BadLength {
                expected: "4 to 20".into(),
                found: 21
            })
        );
        assert_eq!(
            document_number("AB#12345"),
            Err(IdentError::BadCharacter { found: '#' })
        );
        assert_eq!(
            document_number("AÉ12345"),
            Err(IdentError::BadCharacter { found: 'É' })
        );
        assert_eq!(document_number("\t"), Err(IdentError::Empty));
    }

    const LETTERS: [(char, char); 7] = [
        ('أ', 'A'),
        ('ب', 'B'),
        ('د', 'D'),
        ('ه', 'H'),
        ('و', 'E'),
        ('ط', 'T'),
        ('ي', 'Y'),
    ];

    proptest! {
        #![proptest_config(crate::ident::proptest_config())]

        #[test]
        fn moroccan_spellings_agree(
            serial in 1u32..100_000,
            i in 0..LETTERS.len(),
            region in 1u32..90,
            sep in prop_oneof![Just(""), Just("-"), Just(" | "), Just(" "), Just("|")],
        ) {
            let (ar, la) = LETTERS[i];
            let want = format!("MA:{serial}{la}{region}");
            prop_assert_eq!(vehicle_plate("MA", &format!("{serial}{sep}{ar}{sep}{region}")), Ok(want.clone()));
            prop_assert_eq!(vehicle_plate("MA", &format!("{serial}{sep}{la}{sep}{region}")), Ok(want.clone()));
            let lower = la.to_ascii_lowercase();
            prop_assert_eq!(vehicle_plate("ma", &format!("{serial}{sep}{lower}{sep}{region}")), Ok(want.clone()));
            if serial >= 100 {
                prop_assert_eq!(vehicle_plate("MA", &format!("{region}{sep}{ar}{sep}{serial}")), Ok(want));
            }
        }

        #[test]
        fn plate_idempotent(cc in "MA|FR|BE|ES|DE", raw in "[A-Za-z0-9 .·|-]{1,20}") {
            if let Ok(once) = vehicle_plate(&cc, &raw) {
                let (c, p) = once.split_once(':').unwrap();
                prop_assert_eq!(vehicle_plate(c, p), Ok(once.clone()));
            }
        }

        #[test]
        fn document_idempotent_and_spellings_agree(
            core in "[A-Z0-9]{4,20}",
            seps in proptest::collection::vec(prop_oneof![Just(""), Just(" "), Just("-"), Just("."), Just("/")], 20),
            lower in any::<bool>(),
        ) {
            let spelled: String = core
                .chars()
                .zip(seps.iter())
                .map(|(c, s)| format!("{c}{s}"))
                .collect();
            let spelled = if lower { spelled.to_ascii_lowercase() } else { spelled };
            prop_assert_eq!(document_number(&spelled), Ok(core.clone()));
            prop_assert_eq!(document_number(&core), Ok(core));
        }

        #[test]
        fn never_panics(cc in ".{0,3}", raw in ".*") {
            let _ = vehicle_plate(&cc, &raw);
            let _ = vehicle_plate("MA", &raw);
            let _ = document_number(&raw);
        }

        #[test]
        fn never_panics_printable(raw in "\\PC*") {
            let _ = vehicle_plate("MA", &raw);
            let _ = vehicle_plate("FR", &raw);
            let _ = document_number(&raw);
        }
    }
}
