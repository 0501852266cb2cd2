//! The synthetic scenario of `malines demo`: the terrorism cases of four authorities
//! (BE-FED, FR-PNAT, ES-AN, MA-PGR) and the ground truth of which cases of different
//! authorities are linked.
//!
//! Nothing here is real: every person, number and case is drawn from a seeded generator, so
//! that the same [`Options`] give byte-identical cases on every machine.
//!
//! # What is in it
//!
//! - A few hundred cases per authority, with 1 to 4 persons each, sometimes an organisation,
//!   and identifiers (phones, e-mail addresses, identity documents, IBANs, social-media
//!   accounts, vehicle plates, IMEIs) written in each country's habits: `0470 12 34 56`,
//!   `06 12 34 56 78`, `612 345 678`, `0612-345678`, `+212 6 12 34 56 78`, `BE68 5390 …`.
//! - People whose names follow each administration's spelling conventions (French, Dutch,
//!   Spanish, English, Moroccan civil status) and, in Moroccan files, Arabic script — in
//!   `original_script_name` or, sometimes, as the only names.
//! - Real people who appear in cases of several countries, each file writing them its own
//!   way, with dates of birth full, to the month, to the year or missing, and now and then a
//!   one-digit typo or a day/month swap.
//! - Identifiers (a phone, an account, a plate…) found in cases of several countries.
//! - Hard negatives ([`Decoy`]): different people who share a common name, people and
//!   identifiers present in two countries but not shared, phones one digit apart.
//! - Most cases have no cross-border link at all.
//!
//! # The truth
//!
//! Cases X of authority A and Y of authority B (A ≠ B) are linked iff they hold the same real
//! person, shared on both sides, or the same identifier (kind and normalised value), shared on
//! both sides. Identifiers are compared after [`CaseDraft::validate`], exactly as the nodes
//! will store them, so the truth cannot drift from what is encoded.

use std::collections::{BTreeMap, BTreeSet};

use malines_core::ids::Country;
use malines_core::model::{CaseDraft, Identifier, IdentifierKind, RawCase, ValidationContext};
use serde::Serialize;
use time::{Date, macros::date};

mod cases;
mod idents;
mod names;
mod people;
mod rng;

use cases::{AUTHORITIES, AuthorityStyle};
use idents::Ident;
use names::{Names, Origin};
use people::{Arabic, DobError, DobShow, Identity, Look, Style};
use rng::Rng;

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub seed: u64,
    /// Cases per authority (default 300).
    pub cases_per_country: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            seed: DEFAULT_SEED,
            cases_per_country: 300,
        }
    }
}

/// The seed of `malines demo`.
pub const DEFAULT_SEED: u64 = 20_240_611;

/// The day the scenario is written: every date in it is earlier. Validate its cases with a
/// `today` on or after it ([`validation_context`]).
pub const SCENARIO_DATE: Date = date!(2025 - 06 - 30);

/// The whole scenario: each authority's cases and the links that must be found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scenario {
    pub authorities: Vec<AuthorityCases>,
    /// Cross-border links between cases, each pair once, sorted.
    pub truth: Vec<TruthLink>,
    /// Pairs of records that look alike but must not be linked (for reports and tests).
    pub decoys: Vec<Decoy>,
}

/// One authority and its cases.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuthorityCases {
    /// `BE-FED`, `FR-PNAT`, `ES-AN` or `MA-PGR`.
    pub code: &'static str,
    /// `BE`, `FR`, `ES` or `MA`: the default region of its phone numbers.
    pub country: &'static str,
    /// The user names that appear in the cases' teams.
    pub users: Vec<&'static str>,
    pub cases: Vec<RawCase>,
}

/// A cross-border link that must be found: an unordered pair of cases (authority code, case
/// reference), stored with `a < b`, and why they are linked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TruthLink {
    pub a: (String, String),
    pub b: (String, String),
    /// What the two cases share, sorted, without repeats.
    pub why: Vec<Why>,
    /// The person records behind [`Why::Person`]: the same real person on both sides.
    pub people: Vec<SharedPerson>,
    /// The shared identifiers, normalised.
    pub identifiers: Vec<Identifier>,
}

/// Why two cases are linked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Why {
    /// The same real person, shared on both sides.
    Person,
    Phone,
    Email,
    Document,
    Iban,
    Imei,
    Imsi,
    IpAddress,
    CryptoAddress,
    SocialMedia,
    VehiclePlate,
    Domain,
}

impl Why {
    pub fn of(kind: IdentifierKind) -> Why {
        match kind {
            IdentifierKind::Phone => Why::Phone,
            IdentifierKind::Email => Why::Email,
            IdentifierKind::IdentityDocument => Why::Document,
            IdentifierKind::Iban => Why::Iban,
            IdentifierKind::Imei => Why::Imei,
            IdentifierKind::Imsi => Why::Imsi,
            IdentifierKind::IpAddress => Why::IpAddress,
            IdentifierKind::CryptoAddress => Why::CryptoAddress,
            IdentifierKind::SocialMedia => Why::SocialMedia,
            IdentifierKind::VehiclePlate => Why::VehiclePlate,
            IdentifierKind::Domain => Why::Domain,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Why::Person => "person",
            Why::Phone => "phone",
            Why::Email => "email",
            Why::Document => "document",
            Why::Iban => "iban",
            Why::Imei => "imei",
            Why::Imsi => "imsi",
            Why::IpAddress => "ip_address",
            Why::CryptoAddress => "crypto_address",
            Why::SocialMedia => "social_media",
            Why::VehiclePlate => "vehicle_plate",
            Why::Domain => "domain",
        }
    }
}

/// The same real person in both cases of a link: their subject references (`P2`) in case
/// `a` and in case `b`, and what makes the pair hard to recognise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SharedPerson {
    pub a: String,
    pub b: String,
    pub hard: Vec<Hard>,
}

/// What makes two records of one person hard to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Hard {
    /// One side writes the names in Arabic script only.
    ArabicScriptOnly,
    /// One side adds the Arabic-script name in `original_script_name`.
    ArabicOriginal,
    /// The Latin spellings differ (conventions, articles, particles, second surname).
    Spelling,
    /// A date of birth known only to the year or the month on one side.
    PartialDate,
    /// No date of birth on one side.
    NoDate,
    /// One digit of the date of birth differs.
    DateTypo,
    /// Day and month swapped in one date of birth.
    DayMonthSwapped,
    /// Given and family names typed in each other's fields on one side.
    SwappedFields,
    /// One of two given names left out on one side.
    GivenNameOmitted,
    /// One side knows only the given name (and has no date of birth).
    GivenNameOnly,
}

/// A record of a case: authority, case reference and, for persons, the subject reference.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct RecordRef {
    pub authority: String,
    pub case: String,
    pub subject: Option<String>,
}

/// Two records that look alike but must not make a link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decoy {
    pub kind: DecoyKind,
    pub a: RecordRef,
    pub b: RecordRef,
}

/// Kinds of hard negatives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DecoyKind {
    /// Two different people with the same common name and different full dates of birth.
    SameNameDifferentPerson,
    /// Two different people with the same common name, born the same year; one side knows
    /// only the year. Names and dates cannot tell them apart.
    SameNameSameBirthYear,
    /// Two different people with the same common name; one side has no date of birth.
    /// Names cannot tell them apart.
    SameNameNoDate,
    /// Two different people with the same common family name, different given names and no
    /// dates of birth.
    SameFamilyNameNoDate,
    /// The same real person (or identifier) in two countries, kept at the node on one side.
    NotShared,
    /// Two phone numbers one digit apart.
    NearIdentifier,
}

/// The validation context of an authority of the scenario: its country as default region,
/// and [`SCENARIO_DATE`] as today.
pub fn validation_context(country: &str) -> Option<ValidationContext> {
    Some(ValidationContext::new(
        Country::parse(country).ok()?,
        SCENARIO_DATE,
    ))
}

/// A person placed in a case.
#[derive(Debug, Clone)]
struct Slot {
    identity: usize,
    style: Style,
    shared: bool,
    /// Carry the person's first phone: another record of the person knows only their given
    /// name, and the phone is what tells who they are.
    force_phone: bool,
    /// The decoy this record belongs to, and which side.
    decoy: Option<(usize, bool)>,
}

/// An identifier placed in a case without a known holder, or on one of its persons.
#[derive(Debug, Clone)]
struct Loose {
    ident: Ident,
    shared: bool,
    /// Attach it to the case's n-th person (if it has one).
    on_person: Option<usize>,
    decoy: Option<(usize, bool)>,
}

#[derive(Debug, Clone)]
struct CaseBuild {
    reference: String,
    opened: (i32, u8, u8),
    capacity: usize,
    slots: Vec<Slot>,
    loose: Vec<Loose>,
}

struct DecoyPlan {
    kind: DecoyKind,
    /// Filled once the records have subject references.
    a: Option<RecordRef>,
    b: Option<RecordRef>,
}

struct Builder {
    names: Names,
    rng: Rng,
    identities: Vec<Identity>,
    /// Per authority, its cases.
    cases: Vec<Vec<CaseBuild>>,
    decoys: Vec<DecoyPlan>,
    /// How each person record was written, by (authority, case, slot).
    looks: BTreeMap<(usize, usize, usize), Look>,
}

/// How many of something a scenario of `cases` cases per country has, for `per_300` at the
/// default size (at least one).
fn scaled(cases: usize, per_300: f64) -> usize {
    ((cases as f64 * per_300 / 300.0).round() as usize).max(1)
}

/// Generates the scenario.
pub fn generate(opts: &Options) -> Scenario {
    let mut b = Builder {
        names: Names::load(),
        rng: Rng::new(opts.seed),
        identities: Vec::new(),
        cases: Vec::new(),
        decoys: Vec::new(),
        looks: BTreeMap::new(),
    };
    let n = opts.cases_per_country.max(1);
    b.open_cases(n);
    b.cross_border_people(scaled(n, 70.0));
    b.not_shared_people(scaled(n, 8.0));
    b.twins(DecoyKind::SameNameDifferentPerson, scaled(n, 8.0));
    b.twins(DecoyKind::SameFamilyNameNoDate, scaled(n, 3.0));
    b.twins(DecoyKind::SameNameSameBirthYear, scaled(n, 1.0));
    b.twins(DecoyKind::SameNameNoDate, scaled(n, 1.0));
    b.shared_identifiers(scaled(n, 30.0));
    b.near_identifiers(scaled(n, 8.0));
    b.unshared_identifiers(scaled(n, 5.0));
    b.local_people();
    let authorities = b.write();
    let truth = truth(&authorities, &b);
    let decoys = b
        .decoys
        .iter()
        .filter_map(|d| {
            Some(Decoy {
                kind: d.kind,
                a: d.a.clone()?,
                b: d.b.clone()?,
            })
        })
        .collect();
    Scenario {
        authorities,
        truth,
        decoys,
    }
}

/// Origins of the people in one authority's files, in percent.
fn origin_weights(country: &str) -> [u32; 6] {
    // Maghreb, Europe, Turkey, Caucasus, Levant, West Africa.
    match country {
        "BE" => [62, 20, 5, 5, 4, 4],
        "FR" => [52, 27, 3, 6, 4, 8],
        "ES" => [72, 21, 0, 1, 2, 4],
        _ => [97, 1, 0, 0, 1, 1],
    }
}

const ORIGINS: [Origin; 6] = [
    Origin::Maghreb,
    Origin::Europe,
    Origin::Turkey,
    Origin::Caucasus,
    Origin::Levant,
    Origin::WestAfrica,
];

/// How often the countries' files share people, per pair of authorities (BE, FR, ES, MA).
const TIES: [((usize, usize), u32); 6] = [
    ((0, 1), 22),
    ((0, 3), 24),
    ((2, 3), 24),
    ((1, 3), 14),
    ((1, 2), 9),
    ((0, 2), 7),
];

impl Builder {
    fn open_cases(&mut self, n: usize) {
        let mut rng = self.rng.fork("cases");
        for a in &AUTHORITIES {
            let mut list = Vec::with_capacity(n);
            for _ in 0..n {
                let year = rng.range(2016, 2024) as i32;
                let month = rng.range(1, 12) as u8;
                let day = rng.range(1, i64::from(people::days_in(year, month))) as u8;
                list.push(CaseBuild {
                    reference: String::new(),
                    opened: (year, month, day),
                    capacity: 1 + rng.weighted(&[30, 35, 22, 13]),
                    slots: Vec::new(),
                    loose: Vec::new(),
                });
            }
            // Numbered in the order they were opened, with gaps: the terrorism files are a
            // part of each office's register.
            list.sort_by_key(|c| c.opened);
            let mut per_year: BTreeMap<i32, usize> = BTreeMap::new();
            for c in &mut list {
                let seq = per_year.entry(c.opened.0).or_insert(0);
                *seq += 1 + rng.below(4);
                c.reference = cases::reference(a.code, c.opened.0, *seq);
            }
            self.cases.push(list);
        }
    }

    /// A random case of authority `a` with room for one more person, without `identity`.
    fn free_case(&mut self, a: usize, identity: Option<usize>) -> Option<usize> {
        let list = self.cases.get(a)?;
        let fits = |c: &CaseBuild| {
            c.slots.len() < c.capacity
                && identity.is_none_or(|i| c.slots.iter().all(|s| s.identity != i))
        };
        for _ in 0..64 {
            let i = self.rng.below(list.len());
            if list.get(i).is_some_and(fits) {
                return Some(i);
            }
        }
        // Crowded: any case with fewer than four persons.
        let open: Vec<usize> = list
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.slots.len() < 4
                    && identity.is_none_or(|i| c.slots.iter().all(|s| s.identity != i))
            })
            .map(|(i, _)| i)
            .collect();
        let i = *self.rng.pick(&open)?;
        if let Some(c) = self.cases.get_mut(a).and_then(|l| l.get_mut(i)) {
            c.capacity = c.capacity.max(c.slots.len() + 1);
        }
        Some(i)
    }

    fn place(&mut self, a: usize, slot: Slot) -> Option<(usize, usize)> {
        let c = self.free_case(a, Some(slot.identity))?;
        let case = self.cases.get_mut(a)?.get_mut(c)?;
        case.slots.push(slot);
        Some((c, case.slots.len() - 1))
    }

    fn new_identity(&mut self, origin: Origin, home: &'static str) -> usize {
        let id = people::new_identity(&self.names, origin, home, &mut self.rng);
        self.identities.push(id);
        self.identities.len() - 1
    }

    fn draw_origin(&mut self, country: &str) -> Origin {
        let k = self.rng.weighted(&origin_weights(country));
        ORIGINS.get(k).copied().unwrap_or(Origin::Maghreb)
    }

    /// The authorities a cross-border person appears in: a pair by the ties, sometimes a
    /// third or the fourth.
    fn draw_countries(&mut self) -> Vec<usize> {
        let weights: Vec<u32> = TIES.iter().map(|(_, w)| *w).collect();
        let ((x, y), _) = TIES
            .get(self.rng.weighted(&weights))
            .copied()
            .unwrap_or(((0, 3), 1));
        let mut set = vec![x, y];
        let extra = self.rng.weighted(&[76, 19, 5]);
        let mut others: Vec<usize> = (0..4).filter(|i| !set.contains(i)).collect();
        self.rng.shuffle(&mut others);
        set.extend(others.into_iter().take(extra));
        set.sort_unstable();
        set
    }

    /// Real people who appear in cases of several countries, written by each file its own
    /// way; now and then one record has a wrong date of birth.
    fn cross_border_people(&mut self, count: usize) {
        for _ in 0..count {
            let set = self.draw_countries();
            let origin = match self.rng.weighted(&[86, 6, 3, 3, 2]) {
                0 => Origin::Maghreb,
                1 => Origin::Europe,
                2 => Origin::Caucasus,
                3 => Origin::Levant,
                _ => Origin::Turkey,
            };
            let home_auth = *self.rng.pick(&set).unwrap_or(&0);
            let home = AUTHORITIES.get(home_auth).map_or("BE", |a| a.country);
            let home = if home == "MA" && origin != Origin::Maghreb {
                "BE"
            } else {
                home
            };
            let id = self.new_identity(origin, home);
            let mut error_left = if self.rng.chance(0.07) {
                Some(if self.rng.chance(0.6) {
                    DobError::Typo
                } else {
                    DobError::Swap
                })
            } else {
                None
            };
            let mut records = Vec::new();
            for &a in &set {
                let country = AUTHORITIES.get(a).map_or("BE", |x| x.country);
                let appearances = 1 + self.rng.weighted(&[82, 18]);
                for _ in 0..appearances {
                    let mut style = Style::draw(country, origin, &mut self.rng);
                    if style.dob == DobShow::Full
                        && let Some(e) = error_left.take()
                    {
                        style.dob_error = Some(e);
                    }
                    records.push((a, style));
                }
            }
            let force_phone = records.iter().any(|(_, s)| s.given_only);
            for (a, style) in records {
                let shared = !self.rng.chance(0.02);
                self.place(
                    a,
                    Slot {
                        identity: id,
                        style,
                        shared,
                        force_phone,
                        decoy: None,
                    },
                );
            }
        }
    }

    fn add_decoy(&mut self, kind: DecoyKind) -> usize {
        self.decoys.push(DecoyPlan {
            kind,
            a: None,
            b: None,
        });
        self.decoys.len() - 1
    }

    /// Two authorities by the ties.
    fn draw_pair(&mut self) -> (usize, usize) {
        let weights: Vec<u32> = TIES.iter().map(|(_, w)| *w).collect();
        let (pair, _) = TIES
            .get(self.rng.weighted(&weights))
            .copied()
            .unwrap_or(((0, 3), 1));
        if self.rng.chance(0.5) {
            pair
        } else {
            (pair.1, pair.0)
        }
    }

    /// People present in two countries whom one side keeps at the node: no link.
    fn not_shared_people(&mut self, count: usize) {
        for _ in 0..count {
            let (x, y) = self.draw_pair();
            let home = AUTHORITIES.get(x).map_or("BE", |a| a.country);
            let id = self.new_identity(Origin::Maghreb, home);
            let d = self.add_decoy(DecoyKind::NotShared);
            let hide_x = self.rng.chance(0.5);
            for (a, side) in [(x, true), (y, false)] {
                let country = AUTHORITIES.get(a).map_or("BE", |c| c.country);
                let style = Style::draw(country, Origin::Maghreb, &mut self.rng);
                let shared = if side { !hide_x } else { hide_x };
                self.place(
                    a,
                    Slot {
                        identity: id,
                        style,
                        shared,
                        force_phone: false,
                        decoy: Some((d, side)),
                    },
                );
            }
        }
    }

    /// Pairs of different people with the same common name (or family name), in two
    /// countries.
    fn twins(&mut self, kind: DecoyKind, count: usize) {
        const COMMON_GIVEN: [&str; 6] = [
            "Mohamed", "Ahmed", "Youssef", "Mustapha", "Rachid", "Hassan",
        ];
        const COMMON_FAMILY: [&str; 8] = [
            "El Amrani",
            "Alaoui",
            "El Idrissi",
            "Benali",
            "Bennani",
            "El Bakkali",
            "Cherkaoui",
            "El Omari",
        ];
        for _ in 0..count {
            let (x, y) = self.draw_pair();
            let home_x = AUTHORITIES.get(x).map_or("BE", |a| a.country);
            let home_y = AUTHORITIES.get(y).map_or("BE", |a| a.country);
            let ia = self.new_identity(Origin::Maghreb, home_x);
            let ib = self.new_identity(Origin::Maghreb, home_y);
            let pool = &self.names.maghreb;
            let g = self.rng.pick_str(&COMMON_GIVEN);
            let f = self.rng.pick_str(&COMMON_FAMILY);
            let gi = pool.given.iter().position(|e| e.key == g).unwrap_or(0);
            let fi = pool.family.iter().position(|e| e.key == f).unwrap_or(0);
            let other_given = loop {
                let k = self.rng.below(pool.given.len());
                if k != gi && pool.given.get(k).is_some_and(|e| e.tag == "m") {
                    break k;
                }
            };
            let (Some(a_dob), Some(b_dob)) = (
                self.identities.get(ia).map(|p| p.dob),
                self.identities.get(ib).map(|p| p.dob),
            ) else {
                continue;
            };
            let b_dob = match kind {
                DecoyKind::SameNameSameBirthYear => {
                    let mut d = b_dob;
                    d.0 = a_dob.0;
                    if d.1 == a_dob.1 {
                        d.1 = d.1 % 12 + 1;
                    }
                    d.2 = d.2.min(people::days_in(d.0, d.1));
                    d
                }
                _ if b_dob.0 == a_dob.0 => (b_dob.0 + 3, b_dob.1, b_dob.2.min(28)),
                _ => b_dob,
            };
            for (i, given) in [
                (ia, gi),
                (
                    ib,
                    if kind == DecoyKind::SameFamilyNameNoDate {
                        other_given
                    } else {
                        gi
                    },
                ),
            ] {
                if let Some(p) = self.identities.get_mut(i) {
                    p.female = false;
                    p.given = vec![given];
                    p.family = people::Family::Entry(fi);
                    p.kunya = None;
                }
            }
            if let Some(p) = self.identities.get_mut(ib) {
                p.dob = b_dob;
            }
            let d = self.add_decoy(kind);
            for (a, i, side) in [(x, ia, true), (y, ib, false)] {
                let country = AUTHORITIES.get(a).map_or("BE", |c| c.country);
                let mut style = Style::draw(country, Origin::Maghreb, &mut self.rng);
                style.dob_error = None;
                style.given_only = false;
                style.dob = match (kind, side) {
                    (DecoyKind::SameFamilyNameNoDate, _) => DobShow::Absent,
                    (DecoyKind::SameNameSameBirthYear, true) => DobShow::Year,
                    (DecoyKind::SameNameNoDate, true) => DobShow::Absent,
                    _ => DobShow::Full,
                };
                self.place(
                    a,
                    Slot {
                        identity: i,
                        style,
                        shared: true,
                        force_phone: false,
                        decoy: Some((d, side)),
                    },
                );
            }
        }
    }

    fn put_loose(&mut self, a: usize, loose: Loose) -> Option<usize> {
        let c = self.rng.below(self.cases.get(a)?.len());
        self.cases.get_mut(a)?.get_mut(c)?.loose.push(loose);
        Some(c)
    }

    /// A new identifier of a kind found across borders without the holder being known on
    /// both sides: a phone in a seized handset, an account, a plate…
    fn draw_loose_ident(&mut self, set: &[usize]) -> Ident {
        let owner = set
            .first()
            .and_then(|&a| AUTHORITIES.get(a))
            .map_or("MA", |a| a.country);
        let rng = &mut self.rng;
        match rng.weighted(&[45, 15, 10, 12, 8, 5, 5]) {
            0 => idents::new_phone(owner, rng),
            1 => idents::new_iban(owner, rng),
            2 => idents::new_email(
                &[
                    "contact",
                    rng.pick_str(&["sabil", "ghuraba", "atlas", "nour", "rif"]),
                ],
                rng,
            ),
            3 => idents::new_social(
                &[
                    "akhi",
                    rng.pick_str(&["sabil", "ghuraba", "atlas", "nour", "rif"]),
                ],
                rng,
            ),
            4 => idents::new_plate(owner, rng),
            5 => idents::new_document(owner, idents::DocKind::Passport, rng),
            _ => idents::new_imei(rng),
        }
    }

    /// Identifiers found in cases of two or three countries (the link the hub must find
    /// even when no person is shared).
    fn shared_identifiers(&mut self, count: usize) {
        for _ in 0..count {
            let mut set = {
                let (x, y) = self.draw_pair();
                vec![x, y]
            };
            if self.rng.chance(0.15) {
                let third: Vec<usize> = (0..4).filter(|i| !set.contains(i)).collect();
                if let Some(&t) = self.rng.pick(&third) {
                    set.push(t);
                }
            }
            let ident = self.draw_loose_ident(&set);
            for &a in &set {
                let on_person = if self.rng.chance(0.5) {
                    Some(self.rng.below(4))
                } else {
                    None
                };
                self.put_loose(
                    a,
                    Loose {
                        ident: ident.clone(),
                        shared: true,
                        on_person,
                        decoy: None,
                    },
                );
            }
        }
    }

    /// Phones one digit apart in two countries: not the same line.
    fn near_identifiers(&mut self, count: usize) {
        for _ in 0..count {
            let (x, y) = self.draw_pair();
            let owner = AUTHORITIES.get(x).map_or("MA", |a| a.country);
            let p = idents::new_phone(owner, &mut self.rng);
            let Some(q) = idents::near_phone(&p, &mut self.rng) else {
                continue;
            };
            let d = self.add_decoy(DecoyKind::NearIdentifier);
            for (a, ident, side) in [(x, p, true), (y, q, false)] {
                self.put_loose(
                    a,
                    Loose {
                        ident,
                        shared: true,
                        on_person: None,
                        decoy: Some((d, side)),
                    },
                );
            }
        }
    }

    /// The same identifier in two countries, kept at the node on one side: no link.
    fn unshared_identifiers(&mut self, count: usize) {
        for _ in 0..count {
            let (x, y) = self.draw_pair();
            let ident = self.draw_loose_ident(&[x]);
            let d = self.add_decoy(DecoyKind::NotShared);
            for (a, side) in [(x, true), (y, false)] {
                self.put_loose(
                    a,
                    Loose {
                        ident: ident.clone(),
                        shared: !side,
                        on_person: None,
                        decoy: Some((d, side)),
                    },
                );
            }
        }
    }

    /// Fills every case up to its size with people of that country only; some appear in two
    /// cases of the same authority.
    fn local_people(&mut self) {
        for a in 0..self.cases.len() {
            let country = AUTHORITIES.get(a).map_or("BE", |x| x.country);
            let mut recent: Vec<usize> = Vec::new();
            for c in 0..self.cases.get(a).map_or(0, Vec::len) {
                while let Some(case) = self
                    .cases
                    .get(a)
                    .and_then(|l| l.get(c))
                    .filter(|case| case.slots.len() < case.capacity)
                {
                    let reuse = if self.rng.chance(0.06) {
                        self.rng
                            .pick(&recent)
                            .copied()
                            .filter(|&i| case.slots.iter().all(|s| s.identity != i))
                    } else {
                        None
                    };
                    let id = match reuse {
                        Some(i) => i,
                        None => {
                            let origin = self.draw_origin(country);
                            let i = self.new_identity(origin, country);
                            recent.push(i);
                            i
                        }
                    };
                    let origin = self
                        .identities
                        .get(id)
                        .map_or(Origin::Maghreb, |p| p.origin);
                    let style = Style::draw(country, origin, &mut self.rng);
                    let shared = !self.rng.chance(0.04);
                    if let Some(case) = self.cases.get_mut(a).and_then(|l| l.get_mut(c)) {
                        case.slots.push(Slot {
                            identity: id,
                            style,
                            shared,
                            force_phone: false,
                            decoy: None,
                        });
                    }
                }
            }
        }
    }

    /// Writes every case as its authority's file holds it.
    fn write(&mut self) -> Vec<AuthorityCases> {
        let mut out = Vec::new();
        let mut rng = self.rng.fork("write");
        for (a, style) in AUTHORITIES.iter().enumerate() {
            let list = self.cases.get(a).cloned().unwrap_or_default();
            let mut cases = Vec::with_capacity(list.len());
            for (c, build) in list.iter().enumerate() {
                let raw = self.write_case(style, a, c, build, &mut rng);
                cases.push(raw);
            }
            out.push(AuthorityCases {
                code: style.code,
                country: style.country,
                users: style.users.to_vec(),
                cases,
            });
        }
        out
    }

    fn write_case(
        &mut self,
        style: &AuthorityStyle,
        a: usize,
        c: usize,
        build: &CaseBuild,
        rng: &mut Rng,
    ) -> RawCase {
        let mut raw = cases::new_case(style, build.reference.clone(), build.opened, rng);
        let country = style.country;
        for (i, slot) in build.slots.iter().enumerate() {
            let subject = format!("P{}", i + 1);
            let Some(id) = self.identities.get(slot.identity) else {
                continue;
            };
            let (mut person, mut look) =
                people::render(&self.names, id, &slot.style, &subject, slot.shared, rng);
            if id.given.len() < 2 {
                look.style.given_subset = people::GivenSubset::All;
            }
            let first_phone = id
                .idents
                .iter()
                .position(|i| matches!(i, Ident::Phone { .. }));
            let forced = slot.style.given_only || slot.force_phone;
            for (k, ident) in id.idents.iter().enumerate() {
                if forced && Some(k) == first_phone {
                    person.identifiers.push(ident.write(country, true, rng));
                    continue;
                }
                let carried = rng.chance(carry_chance(ident));
                if carried {
                    // Now and then an investigator keeps one number at the node.
                    person
                        .identifiers
                        .push(ident.write(country, !rng.chance(0.04), rng));
                }
            }
            raw.persons.push(person);
            self.looks.insert((a, c, i), look);
            if let Some((d, side)) = slot.decoy {
                self.set_decoy(d, side, style.code, &build.reference, Some(subject));
            }
        }
        // Now and then an organisation (an association, a company) with an account.
        if rng.chance(0.12) {
            let mut org = cases::new_organisation(style, "O1", rng);
            if rng.chance(0.6) {
                let iban = idents::new_iban(country, rng);
                org.identifiers.push(iban.write(country, true, rng));
            }
            raw.organisations.push(org);
        }
        for loose in &build.loose {
            let ident = loose.ident.write(country, loose.shared, rng);
            let holder = loose
                .on_person
                .filter(|_| !raw.persons.is_empty())
                .map(|k| k % raw.persons.len());
            match holder.and_then(|k| raw.persons.get_mut(k)) {
                // Only on a shared person, or the person's choice would decide the link.
                Some(p) if p.shared => p.identifiers.push(ident),
                _ => raw.identifiers.push(ident),
            }
            if let Some((d, side)) = loose.decoy {
                self.set_decoy(d, side, style.code, &build.reference, None);
            }
        }
        // Numbers of unidentified contacts found in the file.
        if rng.chance(0.25) {
            let ident = match rng.below(3) {
                0 => idents::new_imei(rng),
                _ => idents::new_phone(if rng.chance(0.7) { country } else { "MA" }, rng),
            };
            raw.identifiers.push(ident.write(country, true, rng));
        }
        raw
    }

    fn set_decoy(&mut self, d: usize, side: bool, code: &str, case: &str, subject: Option<String>) {
        let Some(plan) = self.decoys.get_mut(d) else {
            return;
        };
        let r = RecordRef {
            authority: code.to_string(),
            case: case.to_string(),
            subject,
        };
        if side {
            plan.a = Some(r)
        } else {
            plan.b = Some(r)
        }
    }
}

/// How often a record mentions one of the person's identifiers.
fn carry_chance(ident: &Ident) -> f64 {
    match ident {
        Ident::Phone { .. } => 0.55,
        Ident::Document { .. } => 0.4,
        Ident::Email(_) => 0.35,
        Ident::Iban(_) => 0.45,
        Ident::Social { .. } => 0.5,
        Ident::Plate { .. } => 0.5,
        Ident::Imei(_) => 0.4,
    }
}

/// Where a person record is, and who it is.
#[derive(Debug, Clone)]
struct Occurrence {
    authority: usize,
    case: usize,
    subject: String,
    look: Option<Look>,
}

/// A case of an authority, as (authority code, case reference).
type CaseKey = (String, String);
/// Two cases, ordered.
type CasePair = (CaseKey, CaseKey);
/// A case holding an identifier: authority index, case index, the identifier.
type Holder = (usize, usize, Identifier);

/// The case-level truth, from the validated cases.
fn truth(authorities: &[AuthorityCases], b: &Builder) -> Vec<TruthLink> {
    // Identity → its shared records; identifier → the cases sharing it.
    let mut by_identity: BTreeMap<usize, Vec<Occurrence>> = BTreeMap::new();
    let mut by_ident: BTreeMap<(String, String), Vec<Holder>> = BTreeMap::new();
    for (a, auth) in authorities.iter().enumerate() {
        let Some(ctx) = validation_context(auth.country) else {
            continue;
        };
        for (c, raw) in auth.cases.iter().enumerate() {
            // A case that does not validate would not reach the hub (a test checks none).
            let Ok(draft) = CaseDraft::validate(raw, &ctx) else {
                continue;
            };
            let slots = b
                .cases
                .get(a)
                .and_then(|l| l.get(c))
                .map(|x| x.slots.as_slice())
                .unwrap_or(&[]);
            for (i, slot) in slots.iter().enumerate() {
                let subject = format!("P{}", i + 1);
                let shared = draft
                    .persons
                    .iter()
                    .any(|p| p.subject_ref.as_str() == subject && p.shared);
                if shared {
                    let look = b.looks.get(&(a, c, i)).cloned();
                    by_identity
                        .entry(slot.identity)
                        .or_default()
                        .push(Occurrence {
                            authority: a,
                            case: c,
                            subject,
                            look,
                        });
                }
            }
            for id in draft.identifiers.iter().filter(|i| i.shared) {
                let key = (
                    id.identifier.kind.as_str().to_string(),
                    id.identifier.value.clone(),
                );
                by_ident
                    .entry(key)
                    .or_default()
                    .push((a, c, id.identifier.clone()));
            }
        }
    }
    let case_key = |a: usize, c: usize| -> (String, String) {
        let code = authorities.get(a).map_or("", |x| x.code).to_string();
        let reference = authorities
            .get(a)
            .and_then(|x| x.cases.get(c))
            .map_or(String::new(), |k| k.reference.clone());
        (code, reference)
    };
    let mut links: BTreeMap<CasePair, TruthLink> = BTreeMap::new();
    let entry =
        |x: (String, String), y: (String, String)| -> ((String, String), (String, String), bool) {
            if x <= y { (x, y, false) } else { (y, x, true) }
        };
    let add = |links: &mut BTreeMap<_, TruthLink>,
               x: (String, String),
               y: (String, String),
               why: Why,
               person: Option<SharedPerson>,
               ident: Option<Identifier>| {
        let (p, q, flipped) = entry(x, y);
        let link = links
            .entry((p.clone(), q.clone()))
            .or_insert_with(|| TruthLink {
                a: p,
                b: q,
                why: Vec::new(),
                people: Vec::new(),
                identifiers: Vec::new(),
            });
        if !link.why.contains(&why) {
            link.why.push(why);
            link.why.sort_unstable();
        }
        if let Some(mut sp) = person {
            if flipped {
                std::mem::swap(&mut sp.a, &mut sp.b);
            }
            if !link.people.contains(&sp) {
                link.people.push(sp);
            }
        }
        if let Some(i) = ident
            && !link.identifiers.contains(&i)
        {
            link.identifiers.push(i);
        }
    };
    for occ in by_identity.values() {
        for (i, x) in occ.iter().enumerate() {
            for y in occ.iter().skip(i + 1) {
                if x.authority == y.authority {
                    continue;
                }
                let hard = match (&x.look, &y.look) {
                    (Some(l), Some(m)) => hard_of(l, m),
                    _ => Vec::new(),
                };
                let sp = SharedPerson {
                    a: x.subject.clone(),
                    b: y.subject.clone(),
                    hard,
                };
                add(
                    &mut links,
                    case_key(x.authority, x.case),
                    case_key(y.authority, y.case),
                    Why::Person,
                    Some(sp),
                    None,
                );
            }
        }
    }
    for occ in by_ident.values() {
        for (i, (xa, xc, ident)) in occ.iter().enumerate() {
            for (ya, yc, _) in occ.iter().skip(i + 1) {
                if xa == ya {
                    continue;
                }
                add(
                    &mut links,
                    case_key(*xa, *xc),
                    case_key(*ya, *yc),
                    Why::of(ident.kind),
                    None,
                    Some(ident.clone()),
                );
            }
        }
    }
    links.into_values().collect()
}

/// What makes two records of one person hard to match.
fn hard_of(x: &Look, y: &Look) -> Vec<Hard> {
    let mut h = BTreeSet::new();
    let (s, t) = (&x.style, &y.style);
    if s.arabic == Arabic::Only || t.arabic == Arabic::Only {
        h.insert(Hard::ArabicScriptOnly);
    } else if s.arabic == Arabic::Original || t.arabic == Arabic::Original {
        h.insert(Hard::ArabicOriginal);
    }
    let latin = |l: &Look| !l.style.given_only && (!l.latin.0.is_empty() || !l.latin.1.is_empty());
    if latin(x) && latin(y) && (s.conv != t.conv || x.latin != y.latin) {
        h.insert(Hard::Spelling);
    }
    if s.dob == DobShow::Absent || t.dob == DobShow::Absent {
        h.insert(Hard::NoDate);
    } else if matches!(s.dob, DobShow::Year | DobShow::YearMonth)
        || matches!(t.dob, DobShow::Year | DobShow::YearMonth)
    {
        h.insert(Hard::PartialDate);
    }
    for e in [s.dob_error, t.dob_error].into_iter().flatten() {
        h.insert(match e {
            DobError::Typo => Hard::DateTypo,
            DobError::Swap => Hard::DayMonthSwapped,
        });
    }
    if s.swapped || t.swapped {
        h.insert(Hard::SwappedFields);
    }
    if s.given_subset != t.given_subset {
        h.insert(Hard::GivenNameOmitted);
    }
    if s.given_only || t.given_only {
        h.insert(Hard::GivenNameOnly);
    }
    h.into_iter().collect()
}

#[cfg(test)]
mod tests;
