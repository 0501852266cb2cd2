use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use malines_core::model::{CaseDraft, IdentifierKind, RawCase, RawPerson};

use super::*;

/// The default scenario, generated once for all tests.
fn scenario() -> &'static Scenario {
    static S: OnceLock<Scenario> = OnceLock::new();
    S.get_or_init(|| generate(&Options::default()))
}

fn case<'a>(s: &'a Scenario, key: &(String, String)) -> &'a RawCase {
    s.authorities
        .iter()
        .find(|a| a.code == key.0)
        .and_then(|a| a.cases.iter().find(|c| c.reference == key.1))
        .unwrap_or_else(|| panic!("no case {key:?}"))
}

fn person<'a>(c: &'a RawCase, subject: &str) -> &'a RawPerson {
    c.persons
        .iter()
        .find(|p| p.subject_ref.as_deref() == Some(subject))
        .unwrap_or_else(|| panic!("no {subject} in {}", c.reference))
}

fn country_of(s: &Scenario, code: &str) -> &'static str {
    s.authorities
        .iter()
        .find(|a| a.code == code)
        .unwrap()
        .country
}

fn arabic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

#[test]
fn same_seed_gives_byte_identical_output() {
    let opts = Options {
        seed: 7,
        cases_per_country: 60,
    };
    let a = serde_json::to_string(&generate(&opts)).unwrap();
    let b = serde_json::to_string(&generate(&opts)).unwrap();
    assert_eq!(a, b);
    let c = serde_json::to_string(&generate(&Options { seed: 8, ..opts })).unwrap();
    assert_ne!(a, c);
}

#[test]
fn sizes_follow_the_options() {
    let s = scenario();
    assert_eq!(s.authorities.len(), 4);
    let codes: Vec<&str> = s.authorities.iter().map(|a| a.code).collect();
    assert_eq!(codes, ["BE-FED", "FR-PNAT", "ES-AN", "MA-PGR"]);
    for a in &s.authorities {
        assert_eq!(a.cases.len(), 300, "{}", a.code);
        for c in &a.cases {
            assert!(
                (1..=4).contains(&c.persons.len()),
                "{}: {} persons",
                c.reference,
                c.persons.len()
            );
            for u in &c.team {
                assert!(
                    a.users.contains(&u.as_str()),
                    "{u} is not a user of {}",
                    a.code
                );
            }
        }
    }
    let small = generate(&Options {
        seed: 1,
        cases_per_country: 12,
    });
    assert!(small.authorities.iter().all(|a| a.cases.len() == 12));
    assert!(!small.truth.is_empty());
}

#[test]
fn every_case_validates_and_references_are_unique() {
    for s in [
        scenario(),
        &generate(&Options {
            seed: 99,
            cases_per_country: 40,
        }),
    ] {
        for a in &s.authorities {
            let ctx = validation_context(a.country).unwrap();
            let mut refs = BTreeSet::new();
            for c in &a.cases {
                if let Err(e) = CaseDraft::validate(c, &ctx) {
                    panic!("{} {}: {e:?}", a.code, c.reference);
                }
                assert!(refs.insert(c.reference.clone()), "{} twice", c.reference);
            }
        }
    }
}

#[test]
fn truth_is_ordered_deduplicated_and_cross_border_only() {
    let s = scenario();
    let mut seen = BTreeSet::new();
    for t in &s.truth {
        assert!(t.a < t.b, "{t:?}");
        assert_ne!(t.a.0, t.b.0, "a link inside {}", t.a.0);
        assert!(seen.insert((t.a.clone(), t.b.clone())), "{t:?} twice");
        assert!(!t.why.is_empty());
        assert!(t.why.windows(2).all(|w| w[0] < w[1]), "{:?}", t.why);
        assert_eq!(t.why.contains(&Why::Person), !t.people.is_empty());
        let idents: BTreeSet<Why> = t.identifiers.iter().map(|i| Why::of(i.kind)).collect();
        let whys: BTreeSet<Why> = t
            .why
            .iter()
            .copied()
            .filter(|w| *w != Why::Person)
            .collect();
        assert_eq!(idents, whys, "{t:?}");
        // The persons behind the link exist and are shared on both sides.
        for p in &t.people {
            assert!(person(case(s, &t.a), &p.a).shared);
            assert!(person(case(s, &t.b), &p.b).shared);
        }
    }
    assert!(s.truth.len() > 100, "only {} links", s.truth.len());
}

/// Every pair of cases of different authorities that share a shared identifier is in the
/// truth, and every identifier in the truth is shared by both cases.
#[test]
fn identifier_truth_matches_a_brute_force_recount() {
    let s = scenario();
    let mut holders: BTreeMap<(&str, String), (Why, BTreeSet<CaseKey>)> = BTreeMap::new();
    for a in &s.authorities {
        let ctx = validation_context(a.country).unwrap();
        for c in &a.cases {
            let d = CaseDraft::validate(c, &ctx).unwrap();
            for i in d.identifiers.iter().filter(|i| i.shared) {
                holders
                    .entry((i.identifier.kind.as_str(), i.identifier.value.clone()))
                    .or_insert_with(|| (Why::of(i.identifier.kind), BTreeSet::new()))
                    .1
                    .insert((a.code.to_string(), c.reference.clone()));
            }
        }
    }
    let mut expected: BTreeMap<CasePair, BTreeSet<Why>> = BTreeMap::new();
    for (why, cases) in holders.values() {
        for x in cases {
            for y in cases {
                if x < y && x.0 != y.0 {
                    expected
                        .entry((x.clone(), y.clone()))
                        .or_default()
                        .insert(*why);
                }
            }
        }
    }
    let actual: BTreeMap<CasePair, BTreeSet<Why>> = s
        .truth
        .iter()
        .map(|t| {
            let w: BTreeSet<Why> = t
                .why
                .iter()
                .copied()
                .filter(|w| *w != Why::Person)
                .collect();
            ((t.a.clone(), t.b.clone()), w)
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    assert_eq!(expected, actual);
}

#[test]
fn most_cases_have_no_cross_border_link() {
    let s = scenario();
    let linked: BTreeSet<&(String, String)> = s.truth.iter().flat_map(|t| [&t.a, &t.b]).collect();
    let total: usize = s.authorities.iter().map(|a| a.cases.len()).sum();
    assert!(
        linked.len() * 2 < total,
        "{} of {total} cases linked",
        linked.len()
    );
    assert!(s.truth.iter().any(|t| t.why == [Why::Person]));
    assert!(s.truth.iter().any(|t| !t.why.contains(&Why::Person)));
}

#[test]
fn an_arabic_script_name_is_linked_to_a_latin_one() {
    let s = scenario();
    let found = s.truth.iter().any(|t| {
        t.people.iter().any(|p| {
            if !p.hard.contains(&Hard::ArabicScriptOnly) {
                return false;
            }
            let (x, y) = (person(case(s, &t.a), &p.a), person(case(s, &t.b), &p.b));
            let only_arabic = |q: &RawPerson| arabic(&q.given_names) && !q.given_names.is_ascii();
            let latin = |q: &RawPerson| !arabic(&q.given_names) && !arabic(&q.family_names);
            (only_arabic(x) && latin(y)) || (only_arabic(y) && latin(x))
        })
    });
    assert!(found);
    // And names written in Arabic beside the Latin ones.
    assert!(
        s.truth
            .iter()
            .flat_map(|t| &t.people)
            .any(|p| p.hard.contains(&Hard::ArabicOriginal))
    );
}

#[test]
fn partial_dates_of_birth_link_people() {
    let s = scenario();
    let partial = s.truth.iter().any(|t| {
        t.people.iter().any(|p| {
            let dates = [
                person(case(s, &t.a), &p.a).birth_date.clone(),
                person(case(s, &t.b), &p.b).birth_date.clone(),
            ];
            p.hard.contains(&Hard::PartialDate)
                && dates
                    .iter()
                    .any(|d| d.as_ref().is_some_and(|d| d.len() == 4 || d.len() == 7))
                && dates.iter().all(Option::is_some)
        })
    });
    assert!(partial);
}

#[test]
fn spellings_and_mistakes_of_each_kind_occur() {
    let s = scenario();
    let kinds: BTreeSet<Hard> = s
        .truth
        .iter()
        .flat_map(|t| &t.people)
        .flat_map(|p| p.hard.iter().copied())
        .collect();
    for k in [
        Hard::Spelling,
        Hard::NoDate,
        Hard::DateTypo,
        Hard::SwappedFields,
        Hard::GivenNameOnly,
    ] {
        assert!(kinds.contains(&k), "no {k:?}");
    }
}

#[test]
fn namesakes_are_not_linked() {
    let s = scenario();
    let truth: BTreeSet<CasePair> = s.truth.iter().map(|t| (t.a.clone(), t.b.clone())).collect();
    let mut namesakes = 0;
    for d in s
        .decoys
        .iter()
        .filter(|d| d.kind == DecoyKind::SameNameDifferentPerson)
    {
        let (x, y) = (
            (d.a.authority.clone(), d.a.case.clone()),
            (d.b.authority.clone(), d.b.case.clone()),
        );
        assert_ne!(x.0, y.0);
        let key = if x < y {
            (x.clone(), y.clone())
        } else {
            (y.clone(), x.clone())
        };
        let (p, q) = (
            person(case(s, &x), d.a.subject.as_deref().unwrap()),
            person(case(s, &y), d.b.subject.as_deref().unwrap()),
        );
        // Two full, different dates of birth.
        let (dp, dq) = (p.birth_date.clone().unwrap(), q.birth_date.clone().unwrap());
        assert!(dp.len() >= 8 && dq.len() >= 8 && dp.replace('-', "") != dq.replace('-', ""));
        if !truth.contains(&key) {
            namesakes += 1;
        }
    }
    assert!(namesakes >= 1);
    for kind in [
        DecoyKind::SameFamilyNameNoDate,
        DecoyKind::SameNameSameBirthYear,
        DecoyKind::SameNameNoDate,
        DecoyKind::NotShared,
        DecoyKind::NearIdentifier,
    ] {
        assert!(s.decoys.iter().any(|d| d.kind == kind), "no {kind:?}");
    }
}

#[test]
fn a_phone_is_linked_across_national_formats() {
    let s = scenario();
    let mut cross_format = 0;
    for t in s.truth.iter().filter(|t| t.why.contains(&Why::Phone)) {
        for ident in t
            .identifiers
            .iter()
            .filter(|i| i.kind == IdentifierKind::Phone)
        {
            let written = |key: &(String, String)| -> Vec<String> {
                let c = case(s, key);
                let ctx = validation_context(country_of(s, &key.0)).unwrap();
                c.identifiers
                    .iter()
                    .chain(c.persons.iter().flat_map(|p| &p.identifiers))
                    .chain(c.organisations.iter().flat_map(|o| &o.identifiers))
                    .filter(|r| Identifier::parse(r, &ctx).is_ok_and(|i| i == *ident))
                    .map(|r| r.value.clone())
                    .collect()
            };
            let (wa, wb) = (written(&t.a), written(&t.b));
            assert!(!wa.is_empty() && !wb.is_empty());
            if wa.iter().all(|x| !wb.contains(x)) {
                cross_format += 1;
            }
        }
    }
    assert!(cross_format > 5, "{cross_format}");
}

#[test]
fn national_formats_are_used() {
    let s = scenario();
    let phones: Vec<&str> = s
        .authorities
        .iter()
        .flat_map(|a| &a.cases)
        .flat_map(|c| {
            c.persons
                .iter()
                .flat_map(|p| &p.identifiers)
                .chain(&c.identifiers)
        })
        .filter(|i| i.kind == "phone" || i.kind == "mobile" || i.kind == "telephone")
        .map(|i| i.value.as_str())
        .collect();
    let has = |pred: &dyn Fn(&str) -> bool| phones.iter().any(|p| pred(p));
    assert!(
        has(&|p| p.len() == 13 && p.starts_with("04") && p.matches(' ').count() == 3),
        "0470 12 34 56"
    );
    assert!(
        has(&|p| p.len() == 14 && p.starts_with("06") && p.matches(' ').count() == 4),
        "06 12 34 56 78"
    );
    assert!(
        has(&|p| p.len() == 11 && p.starts_with('6') && p.matches(' ').count() == 2),
        "612 345 678"
    );
    assert!(
        has(&|p| p.len() == 11 && p.starts_with("06") && p.find('-') == Some(4)),
        "0612-345678"
    );
    assert!(has(&|p| p.starts_with("+212 ")), "+212 6 12 34 56 78");
}
