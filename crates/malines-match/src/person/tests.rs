use super::*;
use crate::score::{DobMatch, Scoring};
use crate::token::mac;

fn secret(byte: u8, epoch: u32) -> LinkageSecret {
    LinkageSecret::new(epoch, [byte; 32])
}

fn person<'a>(given: &'a str, family: &'a str, dob: &str) -> Person<'a> {
    Person {
        given,
        family,
        dob: BirthDate::parse(dob),
        other: Vec::new(),
    }
}

fn enc(s: &LinkageSecret, given: &str, family: &str, dob: &str) -> Encoded {
    Encoder::new(s).encode(&person(given, family, dob)).unwrap()
}

fn score(a: &Encoded, b: &Encoded) -> f32 {
    let dice = crate::kernel::dice(&a.filter, &b.filter);
    Scoring::default().score(a, b, dice, None).0
}

#[test]
fn the_same_person_under_the_same_secret_encodes_the_same() {
    let s = secret(1, 1);
    let a = enc(&s, "Khalid", "El Amrani", "1987-03-12");
    // A fresh encoder (empty cache) and a warm one agree.
    let mut warm = Encoder::new(&s);
    warm.encode(&person("Amina", "Tazi", "1990")).unwrap();
    let b = warm
        .encode(&person("Khalid", "El Amrani", "1987-03-12"))
        .unwrap();
    assert_eq!(a, b);
}

#[test]
fn encoding_on_every_thread_with_shared_names_and_dates_gives_the_same_encodings() {
    let s = secret(4, 1);
    let givens = [
        "Khalid",
        "محمد",
        "Mohamed",
        "",
        "Sophie",
        "Abd al-Salam",
        "Jalid",
    ];
    let families = [
        "El Amrani",
        "Ben Ali",
        "Martin",
        "",
        "Bouazzaoui",
        "Abdeslam",
    ];
    let dates = [
        "1987-03-12",
        "1990",
        "1990-07",
        "",
        "1987-12-03",
        "2001-01-01",
    ];
    let rows: Vec<(String, String, String)> = (0..600usize)
        .map(|i| {
            let g = givens[i % givens.len()];
            let f = families[(i / 3) % families.len()];
            let d = dates[(i / 2) % dates.len()];
            // Some names and dates are met only once.
            match i % 50 {
                7 => (format!("{g}a{i}"), f.to_string(), d.to_string()),
                8 => (
                    g.to_string(),
                    f.to_string(),
                    format!("19{:02}-05-{:02}", i % 90, 1 + i % 28),
                ),
                _ => (g.to_string(), f.to_string(), d.to_string()),
            }
        })
        .collect();
    let people: Vec<Person<'_>> = rows.iter().map(|(g, f, d)| person(g, f, d)).collect();
    let mut one = Encoder::new(&s);
    let expected: Vec<Result<Encoded, EncodeError>> =
        people.iter().map(|p| one.encode(p)).collect();
    assert!(
        expected.iter().any(|e| e.is_err()),
        "a person without a name"
    );
    // Several rounds, 1 to 5 threads, fewer states than encoders or the reverse, and
    // shared maps small enough to be cleared in the middle.
    for (threads, states, limits) in [
        (1, 1, (1 << 10, 1 << 10)),
        (3, 3, (4, 3)),
        (4, 2, (1, 1)),
        (2, 5, (6, 2)),
    ] {
        let mut encoders = vec![Encoder::new(&s); threads];
        let mut shared = Shared::with_limits(limits.0, limits.1);
        let mut got: Vec<Option<Result<Encoded, EncodeError>>> = vec![None; people.len()];
        for (r, round) in people.chunks(97).enumerate() {
            let mut out: Vec<Vec<(usize, Result<Encoded, EncodeError>)>> = vec![Vec::new(); states];
            Encoder::encode_all(&mut encoders, &mut shared, round, &mut out, |o, i, e| {
                o.push((i, e.cloned()));
            });
            let mut next = 0;
            for (i, e) in out.into_iter().flatten() {
                assert_eq!(i, next, "in order, every person once");
                next += 1;
                got[r * 97 + i] = Some(e);
            }
            assert_eq!(next, round.len());
        }
        for (i, (g, e)) in got.into_iter().zip(&expected).enumerate() {
            assert_eq!(
                g.as_ref(),
                Some(e),
                "person {i} with {threads} threads, {states} states"
            );
        }
    }
}

#[test]
fn another_secret_or_epoch_gives_another_encoding() {
    let a = enc(&secret(1, 1), "Khalid", "El Amrani", "1987-03-12");
    let b = enc(&secret(2, 1), "Khalid", "El Amrani", "1987-03-12");
    let c = enc(&secret(1, 2), "Khalid", "El Amrani", "1987-03-12");
    for other in [&b, &c] {
        assert_ne!(a.filter, other.filter);
        assert_ne!(a.dob, other.dob);
        assert!(a.blocks.iter().all(|k| !other.blocks.contains(k)));
        // Encodings of different secrets look unrelated.
        assert!(crate::kernel::dice(&a.filter, &other.filter) < 0.6);
    }
}

#[test]
fn fields_stay_in_their_regions() {
    let s = secret(3, 1);
    let only_given = enc(&s, "Khalid", "", "");
    let only_family = enc(&s, "", "Benali", "");
    let bits = |e: &Encoded, r: Region| -> u32 {
        e.filter
            .0
            .get(r.words())
            .unwrap()
            .iter()
            .map(|w| w.count_ones())
            .sum()
    };
    assert!(bits(&only_given, Region::Given) > 0);
    assert_eq!(bits(&only_given, Region::Family), 0);
    assert_eq!(bits(&only_given, Region::Dob), 0);
    assert!(bits(&only_family, Region::Family) > 0);
    assert_eq!(bits(&only_family, Region::Given), 0);
    let with_dob = enc(&s, "Khalid", "", "1987");
    assert!(bits(&with_dob, Region::Dob) > 0);
    assert_eq!(bits(&with_dob, Region::Other), 0);
}

#[test]
fn no_name_is_refused() {
    let mut e = Encoder::new(&secret(1, 1));
    assert_eq!(
        e.encode(&person("", " - ", "1987")),
        Err(EncodeError::NoName)
    );
}

#[test]
fn date_tokens_follow_the_precision_of_the_date() {
    let s = secret(4, 1);
    let full = enc(&s, "Amina", "Tazi", "1990-05-17").dob;
    let month = enc(&s, "Amina", "Tazi", "1990-05").dob;
    let year = enc(&s, "Amina", "Tazi", "1990").dob;
    let none = enc(&s, "Amina", "Tazi", "").dob;
    assert!(full.day.is_some() && full.masked.iter().all(Option::is_some));
    assert_eq!(month.year, full.year);
    assert_eq!(month.month, full.month);
    assert!(month.day.is_none() && month.masked.iter().all(Option::is_none));
    assert_eq!(year.year, full.year);
    assert!(year.month.is_none());
    assert_eq!(none, DobTokens::default());
    let cases = [
        ("1990-05-17", DobMatch::SameDay),
        ("1990-05", DobMatch::SameMonth),
        ("1990", DobMatch::SameYear),
        ("1990-05-18", DobMatch::OneDigitDiffers),
        ("1991-05-17", DobMatch::OneDigitDiffers),
        ("1990-06-28", DobMatch::SameYearDayOrMonthDiffers),
        ("1990-06", DobMatch::SameYearDayOrMonthDiffers),
        ("1964-05-17", DobMatch::YearDiffers),
        ("1972-11-30", DobMatch::Different),
        ("", DobMatch::Unknown),
    ];
    for (other, expected) in cases {
        let o = enc(&s, "Amina", "Tazi", other).dob;
        assert_eq!(DobMatch::classify(&full, &o), expected, "{other}");
        assert_eq!(DobMatch::classify(&o, &full), expected, "{other} (swapped)");
    }
    let a = enc(&s, "Amina", "Tazi", "1990-05-12").dob;
    let b = enc(&s, "Amina", "Tazi", "1990-12-05").dob;
    assert_eq!(DobMatch::classify(&a, &b), DobMatch::DayMonthSwapped);
}

#[test]
fn spellings_and_scripts_of_one_person_match_and_other_people_do_not() {
    let s = secret(5, 1);
    let same = [
        (("Khalid", "El Amrani"), ("Jalid", "Elamrani")),
        (("Mohamed", "Benali"), ("Muhammad", "Ben Ali")),
        (("Mohamed", "Abdeslam"), ("Mohammed", "Abd al-Salam")),
        (("Youssef", "El Idrissi"), ("Youssouf", "Idrissi")),
        (("محمد", "بن علي"), ("Mohamed", "Benali")),
        (("Amina", "Tazi"), ("Tazi", "Amina")),
    ];
    for ((g1, f1), (g2, f2)) in same {
        let a = enc(&s, g1, f1, "1987-03-12");
        let b = enc(&s, g2, f2, "1987-03-12");
        let sc = score(&a, &b);
        assert!(sc >= 0.5, "{g1} {f1} / {g2} {f2}: {sc}");
        // Blocking keeps the pair.
        assert!(
            a.blocks.iter().any(|k| b.blocks.contains(k)),
            "{g1} {f1} / {g2} {f2}: no shared blocking key"
        );
    }
    let different = [
        (("Khalid", "El Amrani"), ("Karim", "Bennani")),
        (("Sophie", "Martin"), ("Amina", "Tazi")),
    ];
    for ((g1, f1), (g2, f2)) in different {
        let a = enc(&s, g1, f1, "1987-03-12");
        let b = enc(&s, g2, f2, "1975-10-02");
        let sc = score(&a, &b);
        assert!(sc < 0.1, "{g1} {f1} / {g2} {f2}: {sc}");
    }
}

#[test]
fn a_date_of_birth_that_differs_lowers_the_score() {
    let s = secret(6, 1);
    let a = enc(&s, "Karim", "Bennani", "1987-03-12");
    let same = enc(&s, "Karim", "Bennani", "1987-03-12");
    let typo = enc(&s, "Karim", "Bennani", "1987-03-13");
    let other = enc(&s, "Karim", "Bennani", "1961-08-25");
    let (x, y, z) = (score(&a, &same), score(&a, &typo), score(&a, &other));
    assert!(x > y && y > z, "{x} {y} {z}");
}

/// The secret of the known-answer vectors in `docs/encoding.md`: bytes 0x00..=0x1f, epoch 1.
fn kat_secret() -> LinkageSecret {
    let mut key = [0u8; 32];
    for (i, b) in key.iter_mut().enumerate() {
        *b = i as u8;
    }
    LinkageSecret::new(1, key)
}

fn unquote(s: &str) -> Option<&str> {
    s.strip_prefix('`').and_then(|v| v.strip_suffix('`'))
}

#[test]
fn known_answer_vectors_of_docs_encoding_md() {
    let doc = include_str!("../../../../docs/encoding.md");
    let s = kat_secret();
    let bloom = mac(&s.subkey("person-bloom"));
    let dob = mac(&s.subkey("dob-token"));
    let block = mac(&s.subkey("blocking-key"));
    let (mut positions_checked, mut tokens_checked, mut people_checked) = (0, 0, 0);
    for line in doc.lines() {
        // `\|` is a `|` inside a cell.
        let line = line.replace("\\|", "\u{1}");
        let cells: Vec<String> = line
            .split('|')
            .map(|c| c.trim().replace('\u{1}', "|"))
            .collect();
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        match cells.as_slice() {
            // | `given` | `family` | `dob` | filter digest | blocking keys |, and the same with a
            // version column first (version 1 without it).
            [_, given, family, date, digest, blocks, _]
            | [_, _, given, family, date, digest, blocks, _]
                if digest.starts_with("`sha256:") =>
            {
                let version = match cells.as_slice() {
                    [_, v, _, _, _, _, _, _] => crate::token::Version::parse(v),
                    _ => Some(crate::token::Version::V1),
                };
                let (Some(v), Some(g), Some(f), Some(d)) =
                    (version, unquote(given), unquote(family), unquote(date))
                else {
                    continue;
                };
                let e = Encoder::new(&s.clone().with_version(v))
                    .encode(&person(g, f, d))
                    .unwrap();
                use sha2::Digest;
                let got = format!(
                    "`sha256:{}`",
                    hex::encode(sha2::Sha256::digest(e.filter.to_bytes()))
                );
                assert_eq!(got, *digest, "{v} {g} {f} {d}");
                let keys: Vec<String> = e.blocks.iter().map(|b| format!("`{b:016x}`")).collect();
                assert_eq!(keys.join(" "), *blocks, "{v} {g} {f} {d}");
                people_checked += 1;
            }
            // | `label` | `gram` | region | k | positions |
            [_, label, gram, region, k, expected, _] => {
                let (Some(label), Some(gram), Ok(k)) =
                    (unquote(label), unquote(gram), k.parse::<usize>())
                else {
                    continue;
                };
                let region = match *region {
                    "given" => Region::Given,
                    "family" => Region::Family,
                    "dob" => Region::Dob,
                    "other" => Region::Other,
                    _ => continue,
                };
                let (start, len) = region.span();
                let got: Vec<String> = positions(&bloom, 1, label, gram)
                    .iter()
                    .take(k)
                    .map(|&p| (start + usize::from(p) % len).to_string())
                    .collect();
                assert_eq!(got.join(" "), *expected, "{label} {gram}");
                positions_checked += 1;
            }
            // | purpose | `label` | `value` | `first 8 bytes` |
            [_, purpose, label, value, expected, _]
                if purpose.ends_with("-token") || purpose.ends_with("-key") =>
            {
                let (Some(label), Some(value), Some(expected)) =
                    (unquote(label), unquote(value), unquote(expected))
                else {
                    continue;
                };
                let key = match *purpose {
                    "dob-token" => &dob,
                    "blocking-key" => &block,
                    _ => continue,
                };
                assert_eq!(
                    format!("{:016x}", keyed_u64(key, 1, label, value)),
                    expected,
                    "{purpose} {label} {value}"
                );
                tokens_checked += 1;
            }
            _ => {}
        }
    }
    assert!(
        positions_checked >= 5 && tokens_checked >= 5 && people_checked >= 7,
        "docs/encoding.md holds the vectors ({positions_checked}, {tokens_checked}, {people_checked})"
    );
}

#[test]
fn common_names_written_crosswise_weigh_less_than_rare_ones() {
    use crate::score::TermFrequencies;
    let s = secret(1, 1);
    // A population where Ahmed is a frequent given name and Alaoui a frequent family name.
    let mut people: Vec<Encoded> = (0..40)
        .map(|i| enc(&s, "Ahmed", &format!("Family{i}"), ""))
        .chain((0..40).map(|i| enc(&s, &format!("Given{i}"), "Alaoui", "")))
        .collect();
    let pairs = [
        (
            enc(&s, "Ahmed", "Alaoui", ""),
            enc(&s, "Alaoui", "Ahmed", ""),
        ),
        (
            enc(&s, "Zineb", "Bensamir", ""),
            enc(&s, "Bensamir", "Zineb", ""),
        ),
    ];
    for (a, b) in &pairs {
        people.push(a.clone());
        people.push(b.clone());
    }
    let tf = TermFrequencies::new(&people);
    let scored = |a: &Encoded, b: &Encoded| {
        let dice = crate::kernel::dice(&a.filter, &b.filter);
        let (with, ev) = Scoring::default().score(a, b, dice, Some(&tf));
        let (without, _) = Scoring::default().score(a, b, dice, None);
        assert!(ev.swapped, "the names are compared crosswise");
        (with, without)
    };
    let (common, common_plain) = scored(&pairs[0].0, &pairs[0].1);
    let (rare, rare_plain) = scored(&pairs[1].0, &pairs[1].1);
    assert_eq!(common_plain, rare_plain, "alike without term frequencies");
    assert!(common < common_plain, "{common} < {common_plain}");
    assert!(rare > rare_plain, "{rare} > {rare_plain}");
    // Symmetric: the same pair compared from the other side.
    assert_eq!(scored(&pairs[0].1, &pairs[0].0).0, common);
}

#[test]
fn version_2_reads_the_spellings_of_one_sound_alike() {
    use crate::token::Version;
    let v1 = secret(1, 1);
    let v2 = secret(1, 1).with_version(Version::V2);
    // French, English and Spanish spellings of the same people, where version 1 keeps the
    // letters apart: ch/sh, gh/g, kh/j, ou/u before a vowel.
    for (a, b) in [
        (("Rachid", "El Idrissi"), ("Rasheed", "Idrisi")),
        (("Karim", "El Ghazi"), ("Karim", "El Gazi")),
        (("Fethi", "Khlifi"), ("Fethi", "Jelifi")),
        (("Hicham", "Bouazzaoui"), ("Hicham", "Buazzaui")),
    ] {
        // Given and family name similarities, summed.
        let names_dice = |s: &LinkageSecret| {
            let x = enc(s, a.0, a.1, "1980-01-02");
            let y = enc(s, b.0, b.1, "1980-01-02");
            let [given, family, ..] = crate::score::name_similarities(&x.filter, &y.filter);
            given.unwrap() + family.unwrap()
        };
        let (old, new) = (names_dice(&v1), names_dice(&v2));
        assert!(new > old + 0.1, "{a:?} {b:?}: {old} → {new}");
    }
    // Different names stay apart.
    let x = enc(&v2, "Karim", "Chaoui", "1980-01-02");
    let y = enc(&v2, "Karim", "Gharbi", "1980-01-02");
    assert!(crate::score::name_similarities(&x.filter, &y.filter)[1].unwrap() < 0.5);
    // Versions never compare: the same person under two versions shares little.
    let x = enc(&v1, "Karim", "El Ghazi", "1980-01-02");
    let y = enc(&v2, "Karim", "El Ghazi", "1980-01-02");
    assert!(crate::kernel::dice(&x.filter, &y.filter) < 0.5);
    assert!(x.blocks.iter().all(|k| !y.blocks.contains(k)));
}
