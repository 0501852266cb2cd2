//! Identifiers as case files hold them: valid numbers (checked with the same normalisers the
//! nodes use), written in the habits of the country whose file holds them.

use malines_core::model::RawIdentifier;
use malines_names::ident;

use crate::rng::Rng;

/// Document types, as the scenario draws them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DocKind {
    Passport,
    NationalId,
    ResidencePermit,
}

/// A real identifier, before any file writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Ident {
    /// A mobile number: country code and national significant number (no trunk 0).
    Phone {
        cc: &'static str,
        nsn: String,
    },
    Email(String),
    Document {
        country: &'static str,
        kind: DocKind,
        number: String,
    },
    /// An IBAN in electronic form.
    Iban(String),
    Social {
        platform: &'static str,
        handle: String,
    },
    /// A plate: country and the plate as its country prints it (Moroccan: serial, series
    /// letter index into [`MA_SERIES`], prefecture code).
    Plate {
        country: &'static str,
        text: String,
    },
    Imei(String),
}

/// Moroccan plate series letters, Arabic and the Latin letter of international traffic.
const MA_SERIES: [(&str, &str); 7] = [
    ("أ", "A"),
    ("ب", "B"),
    ("د", "D"),
    ("ه", "H"),
    ("و", "E"),
    ("ط", "T"),
    ("ي", "Y"),
];

fn calling_code(cc: &str) -> &'static str {
    match cc {
        "BE" => "32",
        "FR" => "33",
        "ES" => "34",
        "MA" => "212",
        "NL" => "31",
        "DE" => "49",
        _ => "",
    }
}

/// A valid mobile number of country `cc` (BE, FR, ES, MA, NL), never one of `avoid`.
pub(crate) fn new_phone(cc: &'static str, rng: &mut Rng) -> Ident {
    for _ in 0..100 {
        let nsn = match cc {
            "BE" => format!("4{}{}", rng.pick_str(&["7", "8", "9", "6"]), rng.digits(7)),
            "FR" => format!("{}{}", rng.pick_str(&["6", "7"]), rng.digits(8)),
            "ES" => format!("6{}", rng.digits(8)),
            "MA" => format!("{}{}", rng.pick_str(&["6", "6", "7"]), rng.digits(8)),
            "NL" => format!("6{}", rng.digits(8)),
            _ => format!("15{}", rng.digits(9)),
        };
        if ident::phone(&format!("+{}{nsn}", calling_code(cc)), "").is_ok() {
            return Ident::Phone { cc, nsn };
        }
    }
    // Every draw refused: unreachable with the patterns above, but never panic.
    Ident::Phone {
        cc: "BE",
        nsn: "470123456".into(),
    }
}

/// The same phone with one digit changed (still valid): a near miss, not the same line.
pub(crate) fn near_phone(p: &Ident, rng: &mut Rng) -> Option<Ident> {
    let Ident::Phone { cc, nsn } = p else {
        return None;
    };
    for _ in 0..50 {
        let at = 2 + rng.below(nsn.len().saturating_sub(2));
        let digit = char::from(b'0' + rng.below(10) as u8);
        let changed: String = nsn
            .chars()
            .enumerate()
            .map(|(i, c)| if i == at { digit } else { c })
            .collect();
        if changed != *nsn && ident::phone(&format!("+{}{changed}", calling_code(cc)), "").is_ok() {
            return Some(Ident::Phone { cc, nsn: changed });
        }
    }
    None
}

/// Splits a string of digits into groups of the given sizes (the rest in a last group).
fn groups(s: &str, sizes: &[usize], sep: &str) -> String {
    let mut out = Vec::new();
    let mut rest = s;
    for &n in sizes {
        if rest.len() <= n {
            break;
        }
        let (head, tail) = rest.split_at(n);
        out.push(head.to_string());
        rest = tail;
    }
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
    out.join(sep)
}

/// A phone as a file of `writer` (a country code) writes it.
fn write_phone(cc: &str, nsn: &str, writer: &str, rng: &mut Rng) -> String {
    let code = calling_code(cc);
    if cc == writer && !rng.chance(0.15) {
        // National habits.
        return match cc {
            "BE" => match rng.below(3) {
                0 => format!("0{}", groups(nsn, &[3, 2, 2], " ")),
                1 => format!(
                    "0{}/{}",
                    nsn.get(..3).unwrap_or(""),
                    groups(nsn.get(3..).unwrap_or(""), &[2, 2], ".")
                ),
                _ => format!("0{nsn}"),
            },
            "FR" => match rng.below(3) {
                0 => format!("0{}", groups(nsn, &[1, 2, 2, 2], " ")),
                1 => format!("0{}", groups(nsn, &[1, 2, 2, 2], ".")),
                _ => format!("0{nsn}"),
            },
            "ES" => match rng.below(3) {
                0 => groups(nsn, &[3, 3], " "),
                1 => groups(nsn, &[3, 2, 2], " "),
                _ => nsn.to_string(),
            },
            "MA" => match rng.below(3) {
                0 => format!(
                    "0{}-{}",
                    nsn.get(..3).unwrap_or(""),
                    nsn.get(3..).unwrap_or("")
                ),
                1 => format!("0{}", groups(nsn, &[1, 2, 2, 2], " ")),
                _ => format!("0{nsn}"),
            },
            _ => format!("0{nsn}"),
        };
    }
    let trunk = cc != "ES";
    // Each country groups its digits its own way: +32 470 12 34 56, +33 6 12 34 56 78,
    // +34 612 34 56 78, +212 6 12 34 56 78.
    let sizes: &[usize] = match cc {
        "BE" | "ES" => &[3, 2, 2, 2],
        _ => &[1, 2, 2, 2],
    };
    match rng.below(4) {
        0 => format!("+{code} {}", groups(nsn, sizes, " ")),
        1 => format!("00{code} {nsn}"),
        2 if trunk => format!("+{code} (0){}", groups(nsn, sizes, " ")),
        _ => format!("+{code}{nsn}"),
    }
}

/// ISO 7064 mod 97-10 of an alphanumeric string (letters as 10…35).
fn mod97(s: &str) -> u32 {
    s.chars().fold(0u32, |acc, c| match c.to_digit(36) {
        Some(v) if v >= 10 => (acc * 100 + v) % 97,
        Some(v) => (acc * 10 + v) % 97,
        None => acc,
    })
}

/// An IBAN with valid check digits for country `cc` and basic bank account number `bban`.
fn make_iban(cc: &str, bban: &str) -> String {
    let check = 98 - mod97(&format!("{bban}{cc}00"));
    format!("{cc}{check:02}{bban}")
}

/// A new IBAN of a bank of country `cc`.
pub(crate) fn new_iban(cc: &str, rng: &mut Rng) -> Ident {
    let bban = match cc {
        // Bank (3), account (7), national check = first ten digits mod 97 (97 for 0).
        "BE" => {
            let ten = format!(
                "{}{}",
                rng.pick_str(&["001", "063", "068", "310", "363", "539", "735"]),
                rng.digits(7)
            );
            let n: u64 = ten.parse().unwrap_or(0);
            let check = match n % 97 {
                0 => 97,
                r => r,
            };
            format!("{ten}{check:02}")
        }
        "FR" => format!(
            "{}{}{}{}",
            rng.pick_str(&["30004", "30003", "10278", "20041", "30066", "17515"]),
            rng.digits(5),
            rng.digits(11),
            rng.digits(2)
        ),
        "ES" => format!(
            "{}{}{}",
            rng.pick_str(&["2100", "0049", "0182", "2085", "0081", "1465"]),
            rng.digits(4),
            rng.digits(12)
        ),
        // Morocco: bank (3), city (3), account (16), RIB key (2).
        _ => format!(
            "{}{}{}",
            rng.pick_str(&["007", "011", "022", "101", "145", "181", "230"]),
            rng.pick_str(&["780", "640", "810", "450", "330"]),
            rng.digits(18)
        ),
    };
    let cc = if matches!(cc, "BE" | "FR" | "ES") {
        cc
    } else {
        "MA"
    };
    Ident::Iban(make_iban(cc, &bban))
}

fn write_iban(iban: &str, rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => iban.to_string(),
        1 => format!("IBAN {}", groups(iban, &[4, 4, 4, 4, 4, 4, 4], " ")),
        _ => groups(iban, &[4, 4, 4, 4, 4, 4, 4], " "),
    }
}

/// Spanish DNI/NIE check letter.
fn dni_letter(n: u32) -> char {
    "TRWAGMYFPDXBNJZSQVHLCKE"
        .chars()
        .nth((n % 23) as usize)
        .unwrap_or('T')
}

/// A new identity document issued by `country`.
pub(crate) fn new_document(country: &'static str, kind: DocKind, rng: &mut Rng) -> Ident {
    const UPPER: &str = "ABCDEFGHJKLMNPRSTUVWXYZ";
    let number = match (country, kind) {
        ("MA", DocKind::Passport) => format!("{}{}", rng.letters(2, UPPER), rng.digits(7)),
        ("MA", _) => format!(
            "{}{}",
            rng.pick_str(&[
                "A", "AB", "BE", "BK", "BJ", "CD", "D", "EE", "F", "G", "H", "K", "L", "LB", "S",
                "UC", "Z"
            ]),
            rng.digits(6)
        ),
        ("BE", DocKind::Passport) => format!("{}{}", rng.letters(2, UPPER), rng.digits(6)),
        ("BE", _) => rng.digits(12),
        ("FR", DocKind::Passport) => format!(
            "{}{}{}",
            rng.digits(2),
            rng.letters(2, UPPER),
            rng.digits(5)
        ),
        ("FR", _) => format!(
            "{}{}",
            rng.letters(1, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"),
            rng.letters(8, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
        ),
        ("ES", DocKind::Passport) => format!("{}{}", rng.letters(3, UPPER), rng.digits(6)),
        ("ES", DocKind::ResidencePermit) => {
            let prefix = rng.below(3) as u32;
            let body: u32 = rng.digits(7).parse().unwrap_or(0);
            let letter = dni_letter(prefix * 10_000_000 + body);
            let p = ['X', 'Y', 'Z'].get(prefix as usize).copied().unwrap_or('X');
            format!("{p}{body:07}{letter}")
        }
        ("ES", _) => {
            let body: u32 = rng.digits(8).parse().unwrap_or(0);
            format!("{body:08}{}", dni_letter(body))
        }
        _ => format!("{}{}", rng.letters(2, UPPER), rng.digits(7)),
    };
    Ident::Document {
        country,
        kind,
        number,
    }
}

/// How a file of `writer` names a document type (all aliases the validator knows).
fn doc_type_text(kind: DocKind, writer: &str, rng: &mut Rng) -> &'static str {
    match (kind, writer) {
        (DocKind::Passport, "BE") => rng.pick_str(&["passeport", "paspoort", "passport"]),
        (DocKind::Passport, "ES") => rng.pick_str(&["pasaporte", "passport"]),
        (DocKind::Passport, _) => rng.pick_str(&["passeport", "passport"]),
        (DocKind::NationalId, "BE") => rng.pick_str(&["eid", "id_card", "national_id"]),
        (DocKind::NationalId, "ES") => rng.pick_str(&["dni", "national_id"]),
        (DocKind::NationalId, "MA") => rng.pick_str(&["cnie", "national_id"]),
        (DocKind::NationalId, _) => rng.pick_str(&["cni", "national_id", "id_card"]),
        (DocKind::ResidencePermit, "ES") => rng.pick_str(&["nie", "residence_permit"]),
        (DocKind::ResidencePermit, "FR") => rng.pick_str(&["titre_de_sejour", "residence_permit"]),
        (DocKind::ResidencePermit, _) => "residence_permit",
    }
}

fn write_document(country: &str, number: &str, rng: &mut Rng) -> String {
    match (country, rng.below(10)) {
        ("BE", 0..=2) if number.len() == 12 => format!(
            "{}-{}-{}",
            number.get(..3).unwrap_or(""),
            number.get(3..10).unwrap_or(""),
            number.get(10..).unwrap_or("")
        ),
        (_, 3..=5) => {
            // A space between letters and digits, as printed on many documents.
            let split = number
                .find(|c: char| c.is_ascii_digit())
                .filter(|&i| i > 0)
                .unwrap_or(0);
            if split > 0 {
                format!(
                    "{} {}",
                    number.get(..split).unwrap_or(""),
                    number.get(split..).unwrap_or("")
                )
            } else {
                number.to_string()
            }
        }
        (_, 6) => number.to_lowercase(),
        _ => number.to_string(),
    }
}

/// An e-mail address built from name words (ASCII) and a number.
pub(crate) fn new_email(words: &[&str], rng: &mut Rng) -> Ident {
    let clean = |w: &str| -> String {
        w.chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_lowercase()
    };
    let parts: Vec<String> = words
        .iter()
        .map(|w| clean(w))
        .filter(|w| !w.is_empty())
        .collect();
    let base = match (parts.first(), parts.get(1), rng.below(4)) {
        (Some(a), Some(b), 0) => format!("{a}.{b}"),
        (Some(a), Some(b), 1) => format!("{a}{b}"),
        (Some(a), Some(b), 2) => format!("{}{b}", a.get(..1).unwrap_or("x")),
        (Some(a), _, _) => format!(
            "{a}_{}",
            rng.pick_str(&["dz", "ma", "bx", "sk", "abu", "x"])
        ),
        _ => "contact".to_string(),
    };
    let domain = rng.pick_str(&[
        "gmail.com",
        "gmail.com",
        "hotmail.com",
        "hotmail.fr",
        "outlook.com",
        "yahoo.fr",
        "protonmail.com",
        "proton.me",
        "live.be",
        "hotmail.es",
        "menara.ma",
    ]);
    Ident::Email(format!("{base}{}@{domain}", rng.range(1, 99)))
}

fn write_email(e: &str, rng: &mut Rng) -> String {
    match rng.below(5) {
        // Capitalised as someone typed it from a screenshot.
        0 => {
            let mut cs = e.chars();
            cs.next()
                .map(|c| c.to_ascii_uppercase().to_string() + cs.as_str())
                .unwrap_or_default()
        }
        1 => format!("mailto:{e}"),
        _ => e.to_string(),
    }
}

/// A social-media account with a handle made of the given words.
pub(crate) fn new_social(words: &[&str], rng: &mut Rng) -> Ident {
    let clean: Vec<String> = words
        .iter()
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let platform = rng.pick_str(&[
        "telegram",
        "telegram",
        "instagram",
        "facebook",
        "x",
        "tiktok",
    ]);
    let stem = match (clean.first(), clean.get(1)) {
        (Some(a), Some(b)) => format!("{a}_{b}"),
        (Some(a), None) => format!(
            "{a}_{}",
            rng.pick_str(&["official", "akhi", "ghuraba", "sabil"])
        ),
        _ => "ghuraba".to_string(),
    };
    // Telegram needs 5 characters and a leading letter; X allows 15 at most.
    let mut handle: String = stem.chars().take(11).collect();
    handle.push_str(&rng.range(10, 999).to_string());
    if platform == "facebook" {
        handle = handle.replace('_', ".");
    }
    Ident::Social { platform, handle }
}

fn write_social(platform: &str, handle: &str, rng: &mut Rng) -> (String, String) {
    let upper_first = |h: &str| {
        let mut cs = h.chars();
        cs.next()
            .map(|c| c.to_ascii_uppercase().to_string() + cs.as_str())
            .unwrap_or_default()
    };
    match (platform, rng.below(3)) {
        ("telegram", 0) => ("Telegram".into(), format!("https://t.me/{handle}")),
        ("telegram", 1) => ("telegram".into(), format!("@{handle}")),
        ("instagram", 0) => ("Instagram".into(), format!("instagram.com/{handle}/")),
        ("facebook", 0) => (
            "facebook".into(),
            format!("https://www.facebook.com/{handle}"),
        ),
        ("facebook", 1) => ("Facebook".into(), handle.replace('.', "")),
        ("x", 0) => ("twitter".into(), format!("https://twitter.com/{handle}")),
        ("x", 1) => ("X".into(), format!("@{}", upper_first(handle))),
        ("tiktok", 0) => ("tiktok".into(), format!("https://www.tiktok.com/@{handle}")),
        _ => (platform.to_string(), handle.to_string()),
    }
}

/// A vehicle plate of `country` (BE, FR, ES, MA).
pub(crate) fn new_plate(country: &'static str, rng: &mut Rng) -> Ident {
    const LETTERS: &str = "ABCDEFGHJKLMNPRSTVWXYZ";
    const ES_LETTERS: &str = "BCDFGHJKLMNPRSTVWXYZ";
    let text = match country {
        "BE" => format!(
            "{}{}{}",
            rng.range(1, 2),
            rng.letters(3, LETTERS),
            rng.digits(3)
        ),
        "FR" => format!(
            "{}{}{}",
            rng.letters(2, LETTERS),
            rng.digits(3),
            rng.letters(2, LETTERS)
        ),
        "ES" => format!("{}{}", rng.digits(4), rng.letters(3, ES_LETTERS)),
        _ => format!(
            "{}|{}|{}",
            rng.range(1000, 99_999),
            rng.below(MA_SERIES.len()),
            rng.range(1, 89)
        ),
    };
    Ident::Plate { country, text }
}

fn write_plate(country: &str, text: &str, writer: &str, rng: &mut Rng) -> String {
    match country {
        "BE" => match rng.below(2) {
            0 => format!(
                "{}-{}-{}",
                text.get(..1).unwrap_or(""),
                text.get(1..4).unwrap_or(""),
                text.get(4..).unwrap_or("")
            ),
            _ => text.to_string(),
        },
        "FR" => match rng.below(2) {
            0 => format!(
                "{}-{}-{}",
                text.get(..2).unwrap_or(""),
                text.get(2..5).unwrap_or(""),
                text.get(5..).unwrap_or("")
            ),
            _ => format!(
                "{} {} {}",
                text.get(..2).unwrap_or(""),
                text.get(2..5).unwrap_or(""),
                text.get(5..).unwrap_or("")
            ),
        },
        "ES" => match rng.below(2) {
            0 => format!(
                "{} {}",
                text.get(..4).unwrap_or(""),
                text.get(4..).unwrap_or("")
            ),
            _ => text.to_string(),
        },
        _ => {
            let parts: Vec<&str> = text.split('|').collect();
            let [serial, series, code] = parts.as_slice() else {
                return text.to_string();
            };
            let (arabic, latin) = series
                .parse::<usize>()
                .ok()
                .and_then(|i| MA_SERIES.get(i).copied())
                .unwrap_or(("أ", "A"));
            if writer == "MA" {
                match rng.below(3) {
                    0 => format!("{serial} | {arabic} | {code}"),
                    1 => format!("{serial}-{arabic}-{code}"),
                    // Typed right to left, as it reads on the plate.
                    _ => format!("{code}-{arabic}-{serial}"),
                }
            } else {
                match rng.below(2) {
                    0 => format!("{serial}-{latin}-{code}"),
                    _ => format!("{serial} {latin} {code}"),
                }
            }
        }
    }
}

/// A handset's IMEI (14 digits; the check digit is added when written).
pub(crate) fn new_imei(rng: &mut Rng) -> Ident {
    let tac = rng.pick_str(&[
        "35209900", "35328510", "86891203", "35875209", "01326300", "35467811",
    ]);
    Ident::Imei(format!("{tac}{}", rng.digits(6)))
}

fn luhn(body: &str) -> u32 {
    let sum: u32 = body
        .chars()
        .rev()
        .filter_map(|c| c.to_digit(10))
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 0 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    (10 - sum % 10) % 10
}

fn write_imei(body: &str, rng: &mut Rng) -> String {
    let full = format!("{body}{}", luhn(body));
    match rng.below(3) {
        0 => format!(
            "{} {} {}",
            full.get(..8).unwrap_or(""),
            full.get(8..14).unwrap_or(""),
            full.get(14..).unwrap_or("")
        ),
        1 => body.to_string(),
        _ => full,
    }
}

impl Ident {
    /// The identifier as a file of country `writer` writes it.
    pub(crate) fn write(&self, writer: &str, shared: bool, rng: &mut Rng) -> RawIdentifier {
        let mut raw = RawIdentifier {
            shared,
            ..RawIdentifier::default()
        };
        match self {
            Ident::Phone { cc, nsn } => {
                raw.kind = rng
                    .pick_str(&["phone", "phone", "mobile", "telephone"])
                    .into();
                raw.value = write_phone(cc, nsn, writer, rng);
            }
            Ident::Email(e) => {
                raw.kind = rng.pick_str(&["email", "e-mail"]).into();
                raw.value = write_email(e, rng);
            }
            Ident::Document {
                country,
                kind,
                number,
            } => {
                raw.kind = rng.pick_str(&["identity_document", "document"]).into();
                raw.doc_type = Some(doc_type_text(*kind, writer, rng).into());
                raw.country = Some(if rng.chance(0.2) {
                    country.to_lowercase()
                } else {
                    (*country).to_string()
                });
                raw.value = write_document(country, number, rng);
            }
            Ident::Iban(i) => {
                raw.kind = "iban".into();
                raw.value = write_iban(i, rng);
            }
            Ident::Social { platform, handle } => {
                let (p, h) = write_social(platform, handle, rng);
                raw.kind = rng.pick_str(&["social_media", "social"]).into();
                raw.platform = Some(p);
                raw.value = h;
            }
            Ident::Plate { country, text } => {
                raw.kind = rng.pick_str(&["vehicle_plate", "plate"]).into();
                raw.country = Some((*country).to_string());
                raw.value = write_plate(country, text, writer, rng);
            }
            Ident::Imei(body) => {
                raw.kind = "imei".into();
                raw.value = write_imei(body, rng);
            }
        }
        raw
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use malines_core::ids::Country;
    use malines_core::model::{Identifier, ValidationContext};

    fn ctx(cc: &str) -> ValidationContext {
        ValidationContext::new(
            Country::parse(cc).unwrap(),
            time::macros::date!(2025 - 06 - 30),
        )
    }

    #[test]
    fn every_writing_of_an_identifier_normalises_alike() {
        let mut rng = Rng::new(3);
        for round in 0..300 {
            let cc = ["BE", "FR", "ES", "MA"][round % 4];
            let ids = [
                new_phone(cc, &mut rng),
                new_iban(cc, &mut rng),
                new_document(cc, DocKind::Passport, &mut rng),
                new_document(cc, DocKind::NationalId, &mut rng),
                new_document(cc, DocKind::ResidencePermit, &mut rng),
                new_email(&["Khalid", "El Idrissi"], &mut rng),
                new_social(&["abu", "hamza"], &mut rng),
                new_plate(cc, &mut rng),
                new_imei(&mut rng),
            ];
            for id in &ids {
                let mut seen = None;
                for writer in ["BE", "FR", "ES", "MA"] {
                    for _ in 0..3 {
                        let raw = id.write(writer, true, &mut rng);
                        let v = Identifier::parse(&raw, &ctx(writer))
                            .unwrap_or_else(|e| panic!("{raw:?} in {writer}: {e:?}"));
                        match &seen {
                            None => seen = Some(v),
                            Some(s) => assert_eq!(s, &v, "{raw:?} in {writer}"),
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn near_phones_differ_by_one_digit() {
        let mut rng = Rng::new(5);
        for cc in ["BE", "FR", "ES", "MA"] {
            let p = new_phone(cc, &mut rng);
            let q = near_phone(&p, &mut rng).unwrap();
            let (Ident::Phone { nsn: a, .. }, Ident::Phone { nsn: b, .. }) = (&p, &q) else {
                panic!()
            };
            assert_eq!(a.chars().zip(b.chars()).filter(|(x, y)| x != y).count(), 1);
        }
    }

    #[test]
    fn ibans_have_valid_checksums() {
        assert_eq!(make_iban("BE", "539007547034"), "BE68539007547034");
        assert_eq!(
            make_iban("GB", "NWBK60161331926819"),
            "GB29NWBK60161331926819"
        );
    }
}
