//! Real people, and how each authority's file writes them.

use malines_core::model::RawPerson;

use crate::idents::{self, DocKind, Ident};
use crate::names::{Conv, Entry, Names, Origin};
use crate::rng::Rng;

/// A family name: one entry; a particle and an ancestor's given name (Benyoussef,
/// Ben Youssef, بن يوسف; Aït Hammou; Ould Ahmed); or two Spanish surnames.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    Entry(usize),
    Ben(usize),
    Ait(usize),
    Ould(usize),
    Double(usize, usize),
}

/// A real person: the truth behind the records.
#[derive(Debug, Clone)]
pub(crate) struct Identity {
    pub(crate) origin: Origin,
    pub(crate) female: bool,
    /// Indices into the origin's given names (two for Mohamed Amine, Fatima Zahra…).
    pub(crate) given: Vec<usize>,
    pub(crate) family: Family,
    /// The father's given name (Maghrebi given-name index), written in Arabic name chains.
    pub(crate) father: Option<usize>,
    /// A kunya (`Abou` + a Maghrebi given name) and an optional epithet.
    pub(crate) kunya: Option<(usize, Option<usize>)>,
    pub(crate) dob: (i32, u8, u8),
    pub(crate) birthplace: (&'static str, &'static str),
    pub(crate) nationalities: Vec<&'static str>,
    /// Country of residence: decides phone numbers, bank and plates.
    pub(crate) home: &'static str,
    pub(crate) idents: Vec<Ident>,
}

/// How much of the date of birth a record shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum DobShow {
    Full,
    YearMonth,
    Year,
    Absent,
}

/// A mistake in a full date of birth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DobError {
    /// One digit differs.
    Typo,
    /// Day and month swapped.
    Swap,
}

/// Arabic script in a Moroccan record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Arabic {
    /// Latin names only.
    No,
    /// Latin names and the name in Arabic script in `original_script_name`.
    Original,
    /// The names are written in Arabic script only.
    Only,
}

/// The choices made when a file writes a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Style {
    pub(crate) conv: Conv,
    pub(crate) arabic: Arabic,
    pub(crate) dob: DobShow,
    pub(crate) dob_error: Option<DobError>,
    /// Given and family names typed in each other's fields.
    pub(crate) swapped: bool,
    pub(crate) upper_family: bool,
    /// Write the kunya as an alias (if the person has one).
    pub(crate) kunya: bool,
    /// Add the spelling of the person's Moroccan passport as an alias.
    pub(crate) passport_alias: bool,
    /// For a person with two given names, which ones the record keeps.
    pub(crate) given_subset: GivenSubset,
    /// Only the given name is known (a person not fully identified: « un certain Karim »).
    /// Such a record always carries one of the person's phone numbers, the way the file
    /// knows them.
    pub(crate) given_only: bool,
}

/// Which of two given names a record keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GivenSubset {
    All,
    /// The last one, the name in daily use (Amine for Mohamed Amine).
    Last,
}

/// What a record looks like, for the truth's explanations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Look {
    pub(crate) style: Style,
    /// Lower-case Latin given and family names as written (empty if Arabic only).
    pub(crate) latin: (String, String),
}

/// The spelling convention a file of `country` uses for a person of `origin`: Belgian files
/// are in French or Dutch, Spanish ones often copy the Moroccan passport, and any file now
/// and then takes an English-language spelling from an international notice.
pub(crate) fn convention_for(country: &str, origin: Origin, rng: &mut Rng) -> Conv {
    let maghreb = origin == Origin::Maghreb;
    match country {
        "MA" => Conv::Ma,
        _ if maghreb && rng.chance(0.04) => Conv::En,
        "BE" => match rng.weighted(&[55, 30, if maghreb { 15 } else { 0 }]) {
            0 => Conv::Fr,
            1 => Conv::Nl,
            _ => Conv::Ma,
        },
        "FR" => {
            if maghreb && rng.chance(0.15) {
                Conv::Ma
            } else {
                Conv::Fr
            }
        }
        "ES" => {
            if maghreb && rng.chance(0.35) {
                Conv::Ma
            } else {
                Conv::Es
            }
        }
        _ => Conv::Fr,
    }
}

impl Style {
    /// The usual way a file of `country` writes a person of `origin`.
    pub(crate) fn draw(country: &str, origin: Origin, rng: &mut Rng) -> Style {
        let conv = convention_for(country, origin, rng);
        let arabic = if country == "MA" && matches!(origin, Origin::Maghreb | Origin::Levant) {
            match rng.weighted(&[15, 70, 15]) {
                0 => Arabic::No,
                1 => Arabic::Original,
                _ => Arabic::Only,
            }
        } else {
            Arabic::No
        };
        let dob = draw_dob_show(rng);
        Style {
            conv,
            arabic,
            dob,
            dob_error: None,
            swapped: rng.chance(0.03),
            upper_family: rng.chance(if country == "ES" { 0.4 } else { 0.25 }),
            kunya: rng.chance(0.6),
            passport_alias: country != "MA" && rng.chance(0.12),
            // Mohamed Amine is often just Amine; rarely just Mohamed.
            given_subset: if rng.chance(0.15) {
                GivenSubset::Last
            } else {
                GivenSubset::All
            },
            // Half the people without a date of birth are not fully identified either.
            given_only: dob == DobShow::Absent && rng.chance(0.5),
        }
    }
}

/// How much of the date of birth an ordinary record shows.
pub(crate) fn draw_dob_show(rng: &mut Rng) -> DobShow {
    match rng.weighted(&[82, 4, 7, 7]) {
        0 => DobShow::Full,
        1 => DobShow::YearMonth,
        2 => DobShow::Year,
        _ => DobShow::Absent,
    }
}

/// Places of birth: key, country, and the forms per language (fr, es, nl, ar).
const PLACES: [(&str, &str, &str, &str, &str, &str); 24] = [
    ("Tanger", "MA", "Tanger", "Tánger", "Tanger", "طنجة"),
    ("Tétouan", "MA", "Tétouan", "Tetuán", "Tetouan", "تطوان"),
    ("Nador", "MA", "Nador", "Nador", "Nador", "الناظور"),
    (
        "Al Hoceima",
        "MA",
        "Al Hoceïma",
        "Alhucemas",
        "Al Hoceima",
        "الحسيمة",
    ),
    (
        "Casablanca",
        "MA",
        "Casablanca",
        "Casablanca",
        "Casablanca",
        "الدار البيضاء",
    ),
    ("Fès", "MA", "Fès", "Fez", "Fez", "فاس"),
    ("Oujda", "MA", "Oujda", "Uchda", "Oujda", "وجدة"),
    (
        "Marrakech",
        "MA",
        "Marrakech",
        "Marrakech",
        "Marrakesh",
        "مراكش",
    ),
    ("Meknès", "MA", "Meknès", "Mequinez", "Meknes", "مكناس"),
    ("Larache", "MA", "Larache", "Larache", "Larache", "العرائش"),
    (
        "Bruxelles",
        "BE",
        "Bruxelles",
        "Bruselas",
        "Brussel",
        "بروكسل",
    ),
    ("Anvers", "BE", "Anvers", "Amberes", "Antwerpen", "أنفرس"),
    ("Liège", "BE", "Liège", "Lieja", "Luik", "لييج"),
    (
        "Molenbeek",
        "BE",
        "Molenbeek-Saint-Jean",
        "Molenbeek",
        "Sint-Jans-Molenbeek",
        "مولنبيك",
    ),
    ("Paris", "FR", "Paris", "París", "Parijs", "باريس"),
    ("Lyon", "FR", "Lyon", "Lyon", "Lyon", "ليون"),
    (
        "Marseille",
        "FR",
        "Marseille",
        "Marsella",
        "Marseille",
        "مرسيليا",
    ),
    ("Roubaix", "FR", "Roubaix", "Roubaix", "Robaais", "روبيه"),
    ("Madrid", "ES", "Madrid", "Madrid", "Madrid", "مدريد"),
    (
        "Barcelone",
        "ES",
        "Barcelone",
        "Barcelona",
        "Barcelona",
        "برشلونة",
    ),
    ("Ceuta", "ES", "Ceuta", "Ceuta", "Ceuta", "سبتة"),
    ("Melilla", "ES", "Melilla", "Melilla", "Melilla", "مليلية"),
    ("Alger", "DZ", "Alger", "Argel", "Algiers", "الجزائر"),
    ("Tunis", "TN", "Tunis", "Túnez", "Tunis", "تونس"),
];

fn place_in(key: &str, conv: Conv, arabic: bool) -> String {
    let Some(p) = PLACES.iter().find(|p| p.0 == key) else {
        return key.to_string();
    };
    match conv {
        _ if arabic => p.5,
        Conv::Es => p.3,
        Conv::Nl => p.4,
        _ => p.2,
    }
    .to_string()
}

/// Picks an entry index by weight among those whose tag passes `keep`.
fn pick_entry(entries: &[Entry], rng: &mut Rng, keep: impl Fn(&Entry) -> bool) -> Option<usize> {
    let weights: Vec<u32> = entries
        .iter()
        .map(|e| if keep(e) { e.weight } else { 0 })
        .collect();
    if weights.iter().all(|&w| w == 0) {
        return None;
    }
    Some(rng.weighted(&weights))
}

/// Draws a new real person of `origin`, living in `home`.
pub(crate) fn new_identity(
    names: &Names,
    origin: Origin,
    home: &'static str,
    rng: &mut Rng,
) -> Identity {
    let pool = names.pool(origin);
    let female = rng.chance(if origin == Origin::Maghreb {
        0.14
    } else {
        0.12
    });
    let sex = if female { "f" } else { "m" };
    let euro_country = match home {
        "ES" => "es",
        "BE" => "be",
        _ => "fr",
    };
    let strict = |e: &Entry| match origin {
        Origin::Europe => e.tag == format!("{euro_country}:{sex}"),
        _ => e.tag == sex,
    };
    let first_given = pick_entry(&pool.given, rng, strict)
        .or_else(|| pick_entry(&pool.given, rng, |e| e.tag.ends_with(sex)))
        .unwrap_or(0);
    let mut given = vec![first_given];
    // Compound given names: Mohamed Amine, Mohamed Reda, Fatima Zahra… The second name is
    // the one in daily use, and some records keep only it.
    if origin == Origin::Maghreb && rng.chance(0.12) {
        let head = if female { "Fatima" } else { "Mohamed" };
        if let Some(h) = pool.given.iter().position(|e| e.key == head)
            && given.first() != Some(&h)
        {
            given.insert(0, h);
        }
    }
    let region_weights = match home {
        "FR" => [45, 40, 15],
        "BE" => [85, 10, 5],
        "ES" => [90, 10, 0],
        _ => [100, 0, 0],
    };
    let family = match origin {
        Origin::Maghreb => {
            let region = ["m", "a", "t"]
                .get(rng.weighted(&region_weights))
                .copied()
                .unwrap_or("m");
            // Family names made of a particle and an ancestor's name are many: drawn
            // uniformly among the given names, they make the family names as varied as
            // they are (a few hand-listed names would make namesakes far too common).
            let kind = if region == "m" {
                rng.weighted(&[73, 15, 10, 2])
            } else {
                rng.weighted(&[85, 15, 0, 0])
            };
            // Aït and Ould names carry plain names (Aït Hammou, Ould Ahmed), not the
            // compounds in Abd- that Ben names often do (Benabdellah).
            let plain = kind != 1;
            let ancestor = {
                let men: Vec<usize> = (0..names.maghreb.given.len())
                    .filter(|&i| {
                        names.maghreb.given.get(i).is_some_and(|e| {
                            e.tag == "m"
                                && !(plain && (e.key.starts_with("Abd") || e.key.contains(' ')))
                        })
                    })
                    .collect();
                rng.pick(&men).copied().unwrap_or(0)
            };
            if kind == 1 {
                Family::Ben(ancestor)
            } else if kind == 2 {
                Family::Ait(ancestor)
            } else if kind == 3 {
                Family::Ould(ancestor)
            } else {
                pick_entry(&pool.family, rng, |e| e.tag == region)
                    .or_else(|| pick_entry(&pool.family, rng, |_| true))
                    .map_or(Family::Entry(0), Family::Entry)
            }
        }
        Origin::Europe => {
            let first = pick_entry(&pool.family, rng, |e| e.tag == euro_country);
            let second = pick_entry(&pool.family, rng, |e| e.tag == euro_country);
            match (first, second) {
                (Some(a), Some(b)) if euro_country == "es" && a != b => Family::Double(a, b),
                (Some(a), _) => Family::Entry(a),
                _ => Family::Entry(0),
            }
        }
        _ => pick_entry(&pool.family, rng, |_| true).map_or(Family::Entry(0), Family::Entry),
    };
    let father = if origin == Origin::Maghreb {
        pick_entry(&names.maghreb.given, rng, |e| e.tag == "m")
    } else {
        None
    };
    let kunya = if matches!(
        origin,
        Origin::Maghreb | Origin::Levant | Origin::Caucasus | Origin::Europe
    ) && !female
        && rng.chance(if origin == Origin::Maghreb {
            0.07
        } else {
            0.05
        }) {
        // Uniformly: kunyas are chosen, not inherited, and vary more than given names.
        let men: Vec<usize> = (0..names.maghreb.given.len())
            .filter(|&i| names.maghreb.given.get(i).is_some_and(|e| e.tag == "m"))
            .collect();
        let k = rng.pick(&men).copied();
        let laqab = if rng.chance(0.7) {
            let code = match home {
                "BE" => "be",
                "FR" => "fr",
                "ES" => "es",
                _ => "ma",
            };
            pick_entry(&names.laqab, rng, |e| e.tag == code || e.tag == "any")
        } else {
            None
        };
        k.map(|k| (k, laqab))
    } else {
        None
    };
    let year = rng.range(1962, 2005) as i32;
    let month = rng.range(1, 12) as u8;
    let day = rng.range(1, i64::from(days_in(year, month))) as u8;
    let birthplace = match (origin, home) {
        (Origin::Maghreb, _) if rng.chance(0.35) && home != "MA" => {
            let local: Vec<&(&str, &str, &str, &str, &str, &str)> =
                PLACES.iter().filter(|p| p.1 == home).collect();
            rng.pick(&local).map_or(("Tanger", "MA"), |p| (p.0, p.1))
        }
        (Origin::Maghreb, _) => {
            let region = if home == "FR" && rng.chance(0.4) {
                "DZ"
            } else {
                "MA"
            };
            let local: Vec<&(&str, &str, &str, &str, &str, &str)> =
                PLACES.iter().filter(|p| p.1 == region).collect();
            rng.pick(&local).map_or(("Tanger", "MA"), |p| (p.0, p.1))
        }
        (Origin::Europe, _) => {
            let local: Vec<&(&str, &str, &str, &str, &str, &str)> =
                PLACES.iter().filter(|p| p.1 == home).collect();
            rng.pick(&local).map_or(("Paris", "FR"), |p| (p.0, p.1))
        }
        _ => ("", ""),
    };
    let mut nationalities = Vec::new();
    match origin {
        Origin::Maghreb => {
            nationalities.push(match birthplace.1 {
                "DZ" => "DZ",
                "TN" => "TN",
                _ => "MA",
            });
            if home != "MA" && rng.chance(0.6) {
                nationalities.push(home);
            }
        }
        Origin::Europe => nationalities.push(home),
        Origin::Turkey => nationalities.push("TR"),
        Origin::Caucasus => nationalities.push("RU"),
        Origin::Levant => nationalities.push(if rng.chance(0.6) { "SY" } else { "IQ" }),
        Origin::WestAfrica => nationalities.push(rng.pick_str(&["SN", "ML", "GN"])),
    }
    let mut id = Identity {
        origin,
        female,
        given,
        family,
        father,
        kunya,
        dob: (year, month, day),
        birthplace,
        nationalities,
        home,
        idents: Vec::new(),
    };
    add_identifiers(names, &mut id, rng);
    id
}

pub(crate) fn days_in(year: i32, month: u8) -> u8 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Gives a person the identifiers a real person carries: phones, documents, maybe an
/// account, an e-mail address, a social-media account, a car, a handset.
fn add_identifiers(names: &Names, id: &mut Identity, rng: &mut Rng) {
    let home = id.home;
    id.idents.push(idents::new_phone(home, rng));
    if rng.chance(0.3) {
        // A second line: often a Moroccan number for people living in Europe.
        let cc = if home != "MA" && id.origin == Origin::Maghreb && rng.chance(0.6) {
            "MA"
        } else {
            home
        };
        id.idents.push(idents::new_phone(cc, rng));
    }
    // Documents: the passport of the first nationality, and the identity card or residence
    // permit of the country of residence.
    if let Some(&nat) = id.nationalities.first()
        && matches!(nat, "MA" | "BE" | "FR" | "ES")
    {
        id.idents
            .push(idents::new_document(nat, DocKind::Passport, rng));
    }
    if matches!(home, "MA" | "BE" | "FR" | "ES") {
        let kind = if id.nationalities.contains(&home) {
            DocKind::NationalId
        } else {
            DocKind::ResidencePermit
        };
        id.idents.push(idents::new_document(home, kind, rng));
    }
    let (g, f) = latin_key_words(names, id);
    if rng.chance(0.45) {
        id.idents.push(idents::new_email(&[g, f], rng));
    }
    if rng.chance(0.3) {
        id.idents.push(idents::new_iban(home, rng));
    }
    if rng.chance(0.35) {
        let words: Vec<&str> = match id.kunya {
            Some((k, _)) if rng.chance(0.6) => {
                vec!["abu", names.maghreb.given.get(k).map_or("x", |e| e.key)]
            }
            _ => vec![g, f],
        };
        id.idents.push(idents::new_social(&words, rng));
    }
    if rng.chance(0.12) {
        id.idents.push(idents::new_plate(home, rng));
    }
    if rng.chance(0.15) {
        id.idents.push(idents::new_imei(rng));
    }
}

/// The keys (ASCII) of the first given name and of the family name, for e-mails and handles.
pub(crate) fn latin_key_words<'a>(names: &'a Names, id: &Identity) -> (&'a str, &'a str) {
    let pool = names.pool(id.origin);
    let g = id
        .given
        .first()
        .and_then(|&i| pool.given.get(i))
        .map_or("x", |e| e.key);
    let f = match id.family {
        Family::Entry(i) | Family::Double(i, _) => pool.family.get(i).map_or("x", |e| e.key),
        Family::Ben(i) | Family::Ait(i) | Family::Ould(i) => {
            names.maghreb.given.get(i).map_or("x", |e| e.key)
        }
    };
    (g, f)
}

/// The written family name of a person in convention `c`.
fn family_text(names: &Names, id: &Identity, c: Conv, rng: &mut Rng) -> String {
    let pool = names.pool(id.origin);
    match id.family {
        Family::Entry(i) => pool
            .family
            .get(i)
            .map_or_else(String::new, |e| e.pick(c, rng).to_string()),
        Family::Double(a, b) => {
            let fa = pool.family.get(a).map_or("", |e| e.pick(c, rng));
            // Outside Spain the second surname is often dropped.
            if c == Conv::Es || rng.chance(0.5) {
                let fb = pool.family.get(b).map_or("", |e| e.pick(c, rng));
                format!("{fa} {fb}")
            } else {
                fa.to_string()
            }
        }
        Family::Ben(g) => {
            let given = names.maghreb.given.get(g).map_or("", |e| e.pick(c, rng));
            match c {
                Conv::Ar => format!("بن {given}"),
                Conv::En => format!("{} {given}", rng.pick_str(&["Bin", "Ben", "Ibn"])),
                _ if rng.chance(0.5) => format!("Ben{}", given.to_lowercase().replace(' ', "")),
                _ => format!("Ben {given}"),
            }
        }
        Family::Ait(g) => {
            let given = names.maghreb.given.get(g).map_or("", |e| e.pick(c, rng));
            match c {
                Conv::Ar => format!("آيت {given}"),
                Conv::En => format!("{} {given}", rng.pick_str(&["Ait", "Ayt"])),
                Conv::Fr => format!("{} {given}", rng.pick_str(&["Aït", "Ait", "Aït"])),
                Conv::Ma if rng.chance(0.3) => {
                    format!("Ait{}", given.to_lowercase().replace(' ', ""))
                }
                _ => format!("Ait {given}"),
            }
        }
        Family::Ould(g) => {
            let given = names.maghreb.given.get(g).map_or("", |e| e.pick(c, rng));
            match c {
                Conv::Ar => format!("ولد {given}"),
                Conv::En => format!("{} {given}", rng.pick_str(&["Wuld", "Ould"])),
                Conv::Es => format!("{} {given}", rng.pick_str(&["Uld", "Ould"])),
                _ => format!("Ould {given}"),
            }
        }
    }
}

fn given_text(names: &Names, id: &Identity, c: Conv, subset: GivenSubset, rng: &mut Rng) -> String {
    let pool = names.pool(id.origin);
    let chosen: Vec<usize> = match (subset, id.given.as_slice()) {
        (GivenSubset::Last, [_, b, ..]) => vec![*b],
        (_, all) => all.to_vec(),
    };
    let parts: Vec<&str> = chosen
        .iter()
        .filter_map(|&i| pool.given.get(i))
        .map(|e| e.pick(c, rng))
        .collect();
    // Compound given names are joined with a hyphen in some French and Moroccan records.
    let sep = if matches!(c, Conv::Fr | Conv::Ma) && parts.len() > 1 && rng.chance(0.3) {
        "-"
    } else {
        " "
    };
    parts.join(sep)
}

fn kunya_text(names: &Names, id: &Identity, c: Conv, rng: &mut Rng) -> Option<String> {
    let (k, laqab) = id.kunya?;
    let given = names.maghreb.given.get(k)?.pick(c, rng);
    let abu = match c {
        Conv::Ar => "أبو",
        Conv::Es | Conv::En => "Abu",
        Conv::Nl => rng.pick_str(&["Abou", "Aboe", "Abu"]),
        _ => rng.pick_str(&["Abou", "Abou", "Abu"]),
    };
    let mut s = format!("{abu} {given}");
    if let Some(l) = laqab.and_then(|l| names.laqab.get(l)) {
        s.push(' ');
        s.push_str(l.pick(c, rng));
    }
    Some(s)
}

/// Arabic given name, with the nasab chain (بن + father) in some records.
fn arabic_given(
    names: &Names,
    id: &Identity,
    subset: GivenSubset,
    rng: &mut Rng,
) -> Option<String> {
    let g = given_text(names, id, Conv::Ar, subset, rng);
    if g.is_empty() || id.origin != Origin::Maghreb && id.origin != Origin::Levant {
        return None;
    }
    Some(g)
}

fn has_arabic(names: &Names, id: &Identity) -> bool {
    let pool = names.pool(id.origin);
    let given_ok = id
        .given
        .iter()
        .all(|&i| pool.given.get(i).is_some_and(Entry::has_arabic));
    let family_ok = match id.family {
        Family::Entry(i) => pool.family.get(i).is_some_and(Entry::has_arabic),
        Family::Ben(_) | Family::Ait(_) | Family::Ould(_) => true,
        Family::Double(..) => false,
    };
    given_ok && family_ok
}

fn format_dob(
    id: &Identity,
    show: DobShow,
    error: Option<DobError>,
    rng: &mut Rng,
) -> Option<String> {
    let (y, m, d) = match error {
        Some(DobError::Swap) if id.dob.2 <= 12 && id.dob.2 != id.dob.1 => {
            (id.dob.0, id.dob.2, id.dob.1)
        }
        Some(DobError::Typo) => typo(id.dob, rng),
        _ => id.dob,
    };
    match show {
        DobShow::Full if rng.chance(0.1) => Some(format!("{y:04}{m:02}{d:02}")),
        DobShow::Full => Some(format!("{y:04}-{m:02}-{d:02}")),
        DobShow::YearMonth => Some(format!("{y:04}-{m:02}")),
        DobShow::Year => Some(format!("{y:04}")),
        DobShow::Absent => None,
    }
}

/// The date with one of its eight digits changed, still a valid date before 2006.
fn typo((y, m, d): (i32, u8, u8), rng: &mut Rng) -> (i32, u8, u8) {
    for _ in 0..50 {
        let text = format!("{y:04}{m:02}{d:02}");
        let at = rng.below(8);
        let digit = char::from(b'0' + rng.below(10) as u8);
        let changed: String = text
            .chars()
            .enumerate()
            .map(|(i, c)| if i == at { digit } else { c })
            .collect();
        if changed == text {
            continue;
        }
        let (Some(ny), Some(nm), Some(nd)) = (
            changed.get(..4).and_then(|s| s.parse::<i32>().ok()),
            changed.get(4..6).and_then(|s| s.parse::<u8>().ok()),
            changed.get(6..).and_then(|s| s.parse::<u8>().ok()),
        ) else {
            continue;
        };
        if (1940..=2005).contains(&ny) && (1..=12).contains(&nm) && nd >= 1 && nd <= days_in(ny, nm)
        {
            return (ny, nm, nd);
        }
    }
    (y, m, d)
}

/// Writes a person as a file following `style` does.
pub(crate) fn render(
    names: &Names,
    id: &Identity,
    style: &Style,
    subject_ref: &str,
    shared: bool,
    rng: &mut Rng,
) -> (RawPerson, Look) {
    let c = style.conv;
    let arabic = if has_arabic(names, id) {
        style.arabic
    } else {
        Arabic::No
    };
    let mut given = given_text(names, id, c, style.given_subset, rng);
    let mut family = if style.given_only {
        String::new()
    } else {
        family_text(names, id, c, rng)
    };
    if style.upper_family {
        family = family.to_uppercase();
    }
    let latin = (given.to_lowercase(), family.to_lowercase());
    let mut original = None;
    match arabic {
        Arabic::No => {}
        Arabic::Original => {
            let g = arabic_given(names, id, style.given_subset, rng).unwrap_or_default();
            let f = if style.given_only {
                String::new()
            } else {
                family_text(names, id, Conv::Ar, rng)
            };
            let chain = match id.father.and_then(|i| names.maghreb.given.get(i)) {
                Some(father) if rng.chance(0.2) => format!(" بن {}", father.pick(Conv::Ar, rng)),
                _ => String::new(),
            };
            original = Some(format!("{g}{chain} {f}").trim().to_string());
        }
        Arabic::Only => {
            given = arabic_given(names, id, style.given_subset, rng).unwrap_or(given);
            if !style.given_only {
                family = family_text(names, id, Conv::Ar, rng);
            }
        }
    }
    let (given_names, family_names) = if style.swapped {
        (family, given)
    } else {
        (given, family)
    };
    let mut aliases = Vec::new();
    if style.kunya
        && let Some(k) = kunya_text(
            names,
            id,
            if arabic == Arabic::Only { Conv::Ar } else { c },
            rng,
        )
    {
        aliases.push(k);
    }
    if style.passport_alias
        && !style.given_only
        && id.nationalities.first() == Some(&"MA")
        && c != Conv::Ma
    {
        let g = given_text(names, id, Conv::Ma, GivenSubset::All, rng);
        let f = family_text(names, id, Conv::Ma, rng);
        aliases.push(format!("{}, {g}", f.to_uppercase()));
    }
    let place = if id.birthplace.0.is_empty() {
        None
    } else {
        Some(place_in(id.birthplace.0, c, arabic == Arabic::Only))
    };
    let person = RawPerson {
        subject_ref: Some(subject_ref.to_string()),
        family_names,
        given_names,
        original_script_name: original,
        aliases,
        birth_date: format_dob(id, style.dob, style.dob_error, rng),
        place_of_birth: if rng.chance(0.7) { place } else { None },
        nationalities: id.nationalities.iter().map(|n| (*n).to_string()).collect(),
        sex: Some(if id.female { "F" } else { "M" }.to_string()),
        residence: None,
        shared,
        identifiers: Vec::new(),
    };
    // The mistake a date can take: a swap needs a day that can be a month.
    let dob_error = match style.dob_error {
        Some(DobError::Swap) if id.dob.2 > 12 || id.dob.2 == id.dob.1 => None,
        e if style.dob == DobShow::Full => e,
        _ => None,
    };
    let look = Look {
        style: Style {
            arabic,
            dob_error,
            ..*style
        },
        latin: if arabic == Arabic::Only {
            (String::new(), String::new())
        } else {
            latin
        },
    };
    (person, look)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_change_one_digit_and_stay_valid() {
        let mut rng = Rng::new(11);
        for _ in 0..200 {
            let d = (1987, 4, 12);
            let t = typo(d, &mut rng);
            let a = format!("{:04}{:02}{:02}", d.0, d.1, d.2);
            let b = format!("{:04}{:02}{:02}", t.0, t.1, t.2);
            assert_eq!(a.chars().zip(b.chars()).filter(|(x, y)| x != y).count(), 1);
        }
    }
}
