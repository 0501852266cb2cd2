//! Runs on the scenario the matching the hub will do, and measures it against the truth.
//!
//! ```text
//! cargo run --release -p malines-scenario --example evaluate -- [SEED [CASES_PER_COUNTRY]] [--no-tf] [--score-only] [--kunya-whole] [--need-date] [--alias-date] [--flat] [--no-place] [--quiet]
//! ```
//!
//! The matching, as `malines demo` will run it:
//! - each node validates its cases (`CaseDraft::validate`, its country as default region) and
//!   encodes each *shared* person as name variants, every one with the person's date of
//!   birth: (given names, family names); the original-script name split first word → given,
//!   the rest → family; each alias, split at its comma ("FAMILY, Given") or else first word →
//!   given, the rest → family;
//! - the hub compares persons of different authorities that share a blocking key, scores every
//!   pair of their variants with `Scoring { prior: Some(prior_for(10_000, 10_000, false)), .. }`,
//!   with term frequencies counted over every encoding of the run (`TermFrequencies`) and,
//!   when both persons have a place of birth the gazetteer knows, what their places add
//!   (`malines_hub::place`, counted over every person of the run), keeps
//!   the best pair the hub's rules admit (`malines_hub::index::admissible`: no conflicting
//!   full dates, family names alike, crosswise names alike both ways) among those reaching
//!   the threshold of their date class (`malines_hub::index::Thresholds::default()`: 0.5
//!   when the dates agree at least to the month, 0.95 when a side has no date, 0.97 when a
//!   side knows only the year), and links on it;
//! - identifiers link on equal kind and normalised value, shared on both sides.
//!
//! Prints case-level precision and recall of cross-border links, recall per kind of hard
//! case, and every miss and false link with the names and dates behind it.
//!
//! Experiments, off by default (the default is the matching above, exactly): `--no-tf`
//! drops the term frequencies, `--score-only` the hub's rules, `--kunya-whole` splits an alias that starts with a kunya particle
//! (Abou, Abu, Aboe) after its second word ("Abou Bilal" → given, the epithet → family),
//! `--need-date` makes no person link unless both sides have a date of birth, `--alias-date`
//! lets a pair of variants where either is an alias count only if both dates are known,
//! `--flat` links every pair at 0.5 whatever the dates (the hub before thresholds by date
//! class), `--no-place` leaves the places of birth out.

use std::collections::{BTreeMap, BTreeSet};

use malines_core::date::PartialDate;
use malines_core::model::{CaseDraft, PersonData};
use malines_hub::index::{Thresholds, with_place};
use malines_hub::place::PlaceFrequencies;
use malines_match::kernel::dice;
use malines_match::person::{Encoded, Encoder, Person};
use malines_match::score::{Evidence, Scoring, TermFrequencies, prior_for};
use malines_match::token::{LinkageSecret, place_of_birth_token};
use malines_names::name::BirthDate;
use malines_scenario::{DecoyKind, Hard, Options, Scenario, generate, validation_context};

/// Threshold of a person link with `--flat`.
const THRESHOLD: f32 = 0.5;

/// A case: authority code and case reference.
type CaseKey = (String, String);
/// A person link between two cases: the two records (indices) and how they matched.
type PersonLinks = BTreeMap<(CaseKey, CaseKey), Vec<(usize, usize, Matched)>>;
/// A person record: its case and subject reference.
type PersonKey = (CaseKey, String);

/// Which name of a person a variant encodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Names,
    Original,
    Alias,
}

/// One shared person at a node, encoded.
struct Rec {
    authority: usize,
    case: usize,
    subject: String,
    shown: String,
    variants: Vec<(Source, Encoded)>,
    blocks: BTreeSet<u64>,
    /// The first 64 bits of the place-of-birth token, as the hub keeps it.
    place: Option<u64>,
}

/// The experiments of the command line.
#[derive(Debug, Clone, Copy)]
struct Flags {
    tf: bool,
    /// Without the hub's rules on top of the score (`malines_hub::index::admissible`).
    score_only: bool,
    kunya_whole: bool,
    need_date: bool,
    alias_date: bool,
    /// Places of birth count (as at the hub) unless `--no-place`.
    place: bool,
    /// Person links from these scores, by date class (the hub's default unless `--flat`).
    thresholds: Thresholds,
    quiet: bool,
}

fn birth_date(d: Option<PartialDate>) -> Option<BirthDate> {
    Some(match d? {
        PartialDate::Year(y) => BirthDate {
            year: y,
            month: None,
            day: None,
        },
        PartialDate::YearMonth(y, m) => BirthDate {
            year: y,
            month: Some(u8::from(m)),
            day: None,
        },
        PartialDate::Full(d) => BirthDate {
            year: d.year(),
            month: Some(u8::from(d.month())),
            day: Some(d.day()),
        },
    })
}

/// First word → given, the rest → family.
fn split_first(s: &str) -> (String, String) {
    let mut words = s.split_whitespace();
    let given = words.next().unwrap_or("").to_string();
    (given, words.collect::<Vec<_>>().join(" "))
}

/// "Abou Bilal Al Mouhajir" → ("Abou Bilal", "Al Mouhajir") (experiment `--kunya-whole`).
fn split_kunya(s: &str) -> Option<(String, String)> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    if !matches!(first.as_str(), "abou" | "abu" | "aboe" | "أبو") || words.len() < 2 {
        return None;
    }
    let given = words.iter().take(2).copied().collect::<Vec<_>>().join(" ");
    Some((
        given,
        words.iter().skip(2).copied().collect::<Vec<_>>().join(" "),
    ))
}

/// The name variants of a person, as the node encodes them.
fn variants(p: &PersonData, flags: Flags) -> Vec<(Source, String, String)> {
    let mut v = Vec::new();
    let given = p.given_names.clone().unwrap_or_default();
    let family = p.family_names.clone().unwrap_or_default();
    if !given.is_empty() || !family.is_empty() {
        v.push((Source::Names, given, family));
    }
    if let Some(o) = &p.original_script_name {
        let (g, f) = split_first(o);
        v.push((Source::Original, g, f));
    }
    for a in &p.aliases {
        let (g, f) = match a.split_once(',') {
            Some((f, g)) => (g.trim().to_string(), f.trim().to_string()),
            None => match split_kunya(a).filter(|_| flags.kunya_whole) {
                Some(x) => x,
                None => split_first(a),
            },
        };
        v.push((Source::Alias, g, f));
    }
    v
}

fn show(p: &PersonData) -> String {
    let mut s = format!(
        "{} / {}",
        p.given_names.as_deref().unwrap_or("-"),
        p.family_names.as_deref().unwrap_or("-")
    );
    s.push_str(&format!(
        " · {}",
        p.birth_date
            .map_or("no date".to_string(), |d| d.to_string())
    ));
    if let Some(o) = &p.original_script_name {
        s.push_str(&format!(" · «{o}»"));
    }
    if !p.aliases.is_empty() {
        s.push_str(&format!(" · aka {}", p.aliases.join("; ")));
    }
    s
}

struct Matched {
    score: f32,
    evidence: Evidence,
    /// Which names of each side made the best pair.
    sources: (Source, Source),
}

fn best(
    a: &Rec,
    b: &Rec,
    scoring: &Scoring,
    tf: Option<&TermFrequencies>,
    places: &PlaceFrequencies,
    flags: Flags,
) -> Option<Matched> {
    let place = if flags.place {
        places.compare(a.place, b.place)
    } else {
        None
    };
    let mut out: Option<Matched> = None;
    for (sx, x) in &a.variants {
        for (sy, y) in &b.variants {
            let d = dice(&x.filter, &y.filter);
            let (score, evidence) = with_place(scoring.score(x, y, d, tf), place);
            if !flags.score_only && !malines_hub::index::admissible(&evidence) {
                continue;
            }
            if score < flags.thresholds.of(evidence.dob) {
                continue;
            }
            if flags.alias_date
                && (*sx == Source::Alias || *sy == Source::Alias)
                && evidence.dob == malines_match::score::DobMatch::Unknown
            {
                continue;
            }
            if out.as_ref().is_none_or(|m| score > m.score) {
                out = Some(Matched {
                    score,
                    evidence,
                    sources: (*sx, *sy),
                });
            }
        }
    }
    out
}

/// Why a false person link was made, in a few words.
fn cause(m: &Matched) -> &'static str {
    use malines_match::score::DobMatch as D;
    let e = &m.evidence;
    let full = |x: Option<f32>| x.is_some_and(|v| v >= 0.8);
    let agree = matches!(
        e.dob,
        D::SameDay | D::SameMonth | D::SameYear | D::OneDigitDiffers
    );
    if m.sources.0 == Source::Alias || m.sources.1 == Source::Alias {
        "alias (kunya) alike"
    } else if e.swapped {
        "names alike crosswise"
    } else if e.dob == D::Unknown && full(e.given) && full(e.family) {
        "same name, a date missing"
    } else if e.dob == D::Unknown {
        "names partly alike, a date missing"
    } else if agree && full(e.given) && full(e.family) {
        "same name, dates agree as far as known"
    } else if agree {
        "names partly alike, dates agree"
    } else {
        "other"
    }
}

fn main() {
    let mut opts = Options::default();
    // As the hub: term frequencies and the hub's rules, unless told otherwise.
    let mut flags = Flags {
        tf: true,
        score_only: false,
        kunya_whole: false,
        need_date: false,
        alias_date: false,
        place: true,
        quiet: false,
        thresholds: Thresholds::default(),
    };
    let mut numbers = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--no-date" | "--year-only" => {
                let Some(t) = args.next().and_then(|v| v.parse::<f32>().ok()) else {
                    eprintln!("{a} needs a threshold");
                    std::process::exit(2);
                };
                if a == "--no-date" {
                    flags.thresholds.no_date = t;
                } else {
                    flags.thresholds.year_only = t;
                }
            }
            "--tf" => flags.tf = true,
            "--no-tf" => flags.tf = false,
            "--score-only" => flags.score_only = true,
            "--kunya-whole" => flags.kunya_whole = true,
            "--need-date" => flags.need_date = true,
            "--alias-date" => flags.alias_date = true,
            "--no-place" => flags.place = false,
            "--flat" => flags.thresholds = Thresholds::flat(THRESHOLD),
            "--quiet" => flags.quiet = true,
            n => match n.parse::<u64>() {
                Ok(v) => numbers.push(v),
                Err(_) => {
                    eprintln!("unknown argument {n:?}");
                    std::process::exit(2);
                }
            },
        }
    }
    if let Some(&seed) = numbers.first() {
        opts.seed = seed;
    }
    if let Some(&n) = numbers.get(1) {
        opts.cases_per_country = n as usize;
    }
    let scenario = generate(&opts);
    evaluate(&scenario, &opts, flags);
}

fn evaluate(s: &Scenario, opts: &Options, flags: Flags) {
    let secret =
        LinkageSecret::new(1, [0x5a; 32]).with_version(malines_match::token::Version::LATEST);
    let mut enc = Encoder::new(&secret);
    let scoring = Scoring {
        prior: Some(prior_for(10_000, 10_000, false)),
        ..Scoring::default()
    };

    let mut recs: Vec<Rec> = Vec::new();
    let mut idents: BTreeMap<(String, String), Vec<(usize, usize)>> = BTreeMap::new();
    let mut persons = 0usize;
    let mut invalid = 0usize;
    let mut case_keys: Vec<Vec<(String, String)>> = Vec::new();
    for (a, auth) in s.authorities.iter().enumerate() {
        let Some(ctx) = validation_context(auth.country) else {
            continue;
        };
        let mut keys = Vec::new();
        for (c, raw) in auth.cases.iter().enumerate() {
            keys.push((auth.code.to_string(), raw.reference.clone()));
            let Ok(draft) = CaseDraft::validate(raw, &ctx) else {
                invalid += 1;
                continue;
            };
            persons += draft.persons.len();
            for p in draft.persons.iter().filter(|p| p.shared) {
                let dob = birth_date(p.birth_date);
                let mut encoded = Vec::new();
                let mut blocks = BTreeSet::new();
                for (source, g, f) in variants(p, flags) {
                    let person = Person {
                        given: &g,
                        family: &f,
                        dob,
                        other: vec![],
                    };
                    if let Ok(e) = enc.encode(&person) {
                        blocks.extend(e.blocks.iter().copied());
                        encoded.push((source, e));
                    }
                }
                if encoded.is_empty() {
                    continue;
                }
                recs.push(Rec {
                    authority: a,
                    case: c,
                    subject: p.subject_ref.as_str().to_string(),
                    shown: show(p),
                    variants: encoded,
                    blocks,
                    place: p
                        .place_of_birth
                        .as_deref()
                        .and_then(|w| place_of_birth_token(&secret, w))
                        .and_then(|t| t.0.get(..8).and_then(|b| b.try_into().ok()))
                        .map(u64::from_be_bytes),
                });
            }
            for i in draft.identifiers.iter().filter(|i| i.shared) {
                idents
                    .entry((
                        i.identifier.kind.as_str().to_string(),
                        i.identifier.value.clone(),
                    ))
                    .or_default()
                    .push((a, c));
            }
        }
        case_keys.push(keys);
    }
    let tf_table =
        TermFrequencies::new(recs.iter().flat_map(|r| r.variants.iter().map(|(_, e)| e)));
    let tf = flags.tf.then_some(&tf_table);
    let mut places = PlaceFrequencies::default();
    for p in recs.iter().filter_map(|r| r.place) {
        places.add(p);
    }
    let key = |a: usize, c: usize| -> (String, String) {
        case_keys
            .get(a)
            .and_then(|k| k.get(c))
            .cloned()
            .unwrap_or_default()
    };
    let pair = |x: (String, String), y: (String, String)| if x <= y { (x, y) } else { (y, x) };

    // Candidate person pairs: different authorities, a blocking key in common.
    let mut by_block: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
    for (i, r) in recs.iter().enumerate() {
        for &k in &r.blocks {
            by_block.entry(k).or_default().push(i);
        }
    }
    let mut candidates: BTreeSet<(usize, usize)> = BTreeSet::new();
    for list in by_block.values() {
        for (n, &i) in list.iter().enumerate() {
            for &j in list.iter().skip(n + 1) {
                if let (Some(ri), Some(rj)) = (recs.get(i), recs.get(j))
                    && ri.authority != rj.authority
                {
                    candidates.insert((i.min(j), i.max(j)));
                }
            }
        }
    }
    // Person links, and the case links they make.
    let mut person_links: PersonLinks = BTreeMap::new();
    let mut linked_people: BTreeMap<(PersonKey, PersonKey), f32> = BTreeMap::new();
    for &(i, j) in &candidates {
        let (Some(ri), Some(rj)) = (recs.get(i), recs.get(j)) else {
            continue;
        };
        if let Some(m) = best(ri, rj, &scoring, tf, &places, flags)
            && (flags.score_only || malines_hub::index::admissible(&m.evidence))
            && !(flags.need_date && m.evidence.dob == malines_match::score::DobMatch::Unknown)
        {
            let (x, y) = (key(ri.authority, ri.case), key(rj.authority, rj.case));
            let (p, q) = pair(x.clone(), y.clone());
            let (ii, jj) = if p == x { (i, j) } else { (j, i) };
            let (ra, rb) = if ii == i { (ri, rj) } else { (rj, ri) };
            linked_people.insert(
                (
                    (key(ra.authority, ra.case), ra.subject.clone()),
                    (key(rb.authority, rb.case), rb.subject.clone()),
                ),
                m.score,
            );
            person_links.entry((p, q)).or_default().push((ii, jj, m));
        }
    }
    let mut ident_links: BTreeMap<(CaseKey, CaseKey), Vec<String>> = BTreeMap::new();
    for ((kind, value), occ) in &idents {
        for (n, &(a, c)) in occ.iter().enumerate() {
            for &(b, d) in occ.iter().skip(n + 1) {
                if a != b {
                    ident_links
                        .entry(pair(key(a, c), key(b, d)))
                        .or_default()
                        .push(format!("{kind}:{value}"));
                }
            }
        }
    }
    let found: BTreeSet<(CaseKey, CaseKey)> = person_links
        .keys()
        .chain(ident_links.keys())
        .cloned()
        .collect();
    let truth: BTreeMap<(CaseKey, CaseKey), &malines_scenario::TruthLink> = s
        .truth
        .iter()
        .map(|t| ((t.a.clone(), t.b.clone()), t))
        .collect();

    let tp = found.iter().filter(|k| truth.contains_key(*k)).count();
    let fp = found.len() - tp;
    let fn_ = truth.len() - tp;
    let precision = if found.is_empty() {
        1.0
    } else {
        tp as f64 / found.len() as f64
    };
    let recall = if truth.is_empty() {
        1.0
    } else {
        tp as f64 / truth.len() as f64
    };

    let cases: usize = s.authorities.iter().map(|a| a.cases.len()).sum();
    println!(
        "scenario: seed {}, {} cases per country, {cases} cases ({invalid} invalid), {persons} person records, {} shared",
        opts.seed,
        opts.cases_per_country,
        recs.len()
    );
    let mut by_why: BTreeMap<&str, usize> = BTreeMap::new();
    for t in &s.truth {
        for w in &t.why {
            *by_why.entry(w.as_str()).or_default() += 1;
        }
    }
    let linked_cases: BTreeSet<&(String, String)> =
        s.truth.iter().flat_map(|t| [&t.a, &t.b]).collect();
    println!(
        "truth: {} cross-border case links over {} cases ({} cases have none); by reason: {by_why:?}",
        s.truth.len(),
        linked_cases.len(),
        cases - linked_cases.len()
    );
    println!(
        "found: {} links ({} from persons, {} from identifiers); {} candidate person pairs",
        found.len(),
        person_links.len(),
        ident_links.len(),
        candidates.len()
    );
    println!(
        "case level: precision {precision:.4} ({tp}/{}), recall {recall:.4} ({tp}/{}), {fp} false, {fn_} missed",
        found.len(),
        truth.len()
    );

    // Person level, per hard case.
    let mut per_hard: BTreeMap<Hard, (usize, usize)> = BTreeMap::new();
    let mut people_total = 0usize;
    let mut people_found = 0usize;
    let mut person_misses = Vec::new();
    for t in &s.truth {
        for sp in &t.people {
            people_total += 1;
            let k = ((t.a.clone(), sp.a.clone()), (t.b.clone(), sp.b.clone()));
            let ok = linked_people.contains_key(&k);
            if ok {
                people_found += 1;
            } else {
                person_misses.push((t, sp));
            }
            for h in &sp.hard {
                let e = per_hard.entry(*h).or_default();
                e.1 += 1;
                if ok {
                    e.0 += 1;
                }
            }
        }
    }
    println!(
        "person level: {people_found}/{people_total} same-person pairs linked ({:.4})",
        people_found as f64 / people_total.max(1) as f64
    );
    for (h, (ok, n)) in &per_hard {
        println!("  {h:?}: {ok}/{n}");
    }
    // Decoys.
    let mut decoy_stats: BTreeMap<DecoyKind, (usize, usize)> = BTreeMap::new();
    for d in &s.decoys {
        let k = pair(
            (d.a.authority.clone(), d.a.case.clone()),
            (d.b.authority.clone(), d.b.case.clone()),
        );
        let e = decoy_stats.entry(d.kind).or_default();
        e.1 += 1;
        let wrongly = found.contains(&k) && !truth.contains_key(&k);
        if wrongly {
            e.0 += 1;
        }
    }
    println!("decoys (linked wrongly / total):");
    for (k, (bad, n)) in &decoy_stats {
        println!("  {k:?}: {bad}/{n}");
    }

    // What made the false links: the cause of each false case link's strongest person link.
    let mut causes: BTreeMap<&str, usize> = BTreeMap::new();
    for k in found.iter().filter(|k| !truth.contains_key(*k)) {
        let strongest = person_links
            .get(k)
            .into_iter()
            .flatten()
            .max_by(|x, y| x.2.score.total_cmp(&y.2.score));
        *causes
            .entry(strongest.map_or("identifier", |(_, _, m)| cause(m)))
            .or_default() += 1;
    }
    println!("false links by cause: {causes:?}");
    if flags.quiet {
        return;
    }

    let rec_of = |c: &CaseKey, subject: &str| {
        recs.iter()
            .find(|r| key(r.authority, r.case) == *c && r.subject == subject)
    };
    println!("\nmissed case links ({fn_}):");
    for (k, t) in &truth {
        if found.contains(k) {
            continue;
        }
        println!("- {} {} ↔ {} {} ({:?})", t.a.0, t.a.1, t.b.0, t.b.1, t.why);
        for sp in &t.people {
            let (ra, rb) = (rec_of(&t.a, &sp.a), rec_of(&t.b, &sp.b));
            let why = match (ra, rb) {
                (Some(x), Some(y)) => {
                    let blocked = x.blocks.iter().any(|b| y.blocks.contains(b));
                    let below = Flags {
                        thresholds: Thresholds::flat(0.0),
                        ..flags
                    };
                    let (passed, found) = match best(x, y, &scoring, tf, &places, flags) {
                        Some(m) => (true, Some(m)),
                        None => (false, best(x, y, &scoring, tf, &places, below)),
                    };
                    match found {
                        Some(m) => format!(
                            "{}score {:.3} (given {:?} family {:?} swapped {} dob {:?}){}",
                            if passed { "" } else { "below its threshold: " },
                            m.score,
                            m.evidence.given,
                            m.evidence.family,
                            m.evidence.swapped,
                            m.evidence.dob,
                            if blocked {
                                ""
                            } else {
                                ", no common blocking key"
                            }
                        ),
                        None => "no admissible variant".into(),
                    }
                }
                _ => "record not encoded".into(),
            };
            println!("    {:?}: {why}", sp.hard);
            println!("      {}: {}", sp.a, ra.map_or("?", |r| r.shown.as_str()));
            println!("      {}: {}", sp.b, rb.map_or("?", |r| r.shown.as_str()));
        }
    }
    println!("\nfalse case links ({fp}):");
    for k in &found {
        if truth.contains_key(k) {
            continue;
        }
        let decoy = s.decoys.iter().find(|d| {
            pair(
                (d.a.authority.clone(), d.a.case.clone()),
                (d.b.authority.clone(), d.b.case.clone()),
            ) == *k
        });
        println!(
            "- {} {} ↔ {} {}{}",
            k.0.0,
            k.0.1,
            k.1.0,
            k.1.1,
            decoy.map_or(String::new(), |d| format!(" (decoy {:?})", d.kind))
        );
        for (i, j, m) in person_links.get(k).into_iter().flatten() {
            let ev = &m.evidence;
            println!(
                "    score {:.3} (given {:?} family {:?} swapped {} dob {:?}; {})",
                m.score,
                ev.given,
                ev.family,
                ev.swapped,
                ev.dob,
                cause(m)
            );
            for r in [recs.get(*i), recs.get(*j)].into_iter().flatten() {
                println!("      {}: {}", r.subject, r.shown);
            }
        }
        for v in ident_links.get(k).into_iter().flatten() {
            println!("    identifier {v}");
        }
    }
    let saved: Vec<_> = person_misses
        .iter()
        .filter(|(t, _)| found.contains(&(t.a.clone(), t.b.clone())))
        .collect();
    println!(
        "\nsame-person pairs not linked by names, whose cases another link still found ({}):",
        saved.len()
    );
    for (t, sp) in saved {
        let (ra, rb) = (rec_of(&t.a, &sp.a), rec_of(&t.b, &sp.b));
        let score = match (ra, rb) {
            (Some(x), Some(y)) => {
                best(x, y, &scoring, tf, &places, flags).map_or("-".to_string(), |m| {
                    format!(
                        "{:.3} (given {:?} family {:?} dob {:?})",
                        m.score, m.evidence.given, m.evidence.family, m.evidence.dob
                    )
                })
            }
            _ => "-".into(),
        };
        println!("- {:?}: {score}", sp.hard);
        println!("      {}", ra.map_or("?", |r| r.shown.as_str()));
        println!("      {}", rb.map_or("?", |r| r.shown.as_str()));
    }
}
