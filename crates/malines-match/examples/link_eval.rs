//! Tuning aid: links two CSV files whose true pairs share the number in their ids
//! (`rec-12-org` ↔ `rec-12-dup-0`, `L12` ↔ `R12`) and prints precision, recall and F1 at a
//! range of thresholds. Columns: id, given, family, dob (by header name, as arguments).
//!
//! `cargo run --release -p malines-match --example link_eval -- A.csv B.csv rec_id given_name surname date_of_birth [other…]`
//!
//! Environment: `DEDUP=1` links A with itself; `T0` the lowest score kept (default 0.4);
//! `FLOOR` the kernel's candidate floor; `KEY` a byte for the secret; `S_PB`, `S_SB`, `S_W`,
//! `S_DY`, `S_DM`, `S_DD`, `S_FW` change the encoding scheme; `VERSION=v1` encodes with version 1
//! (default: the latest); `BLOCK=1` links within blocks;
//! `ALL=1` prints every threshold; `DUMP=FILE` writes every pair's label and evidence (the
//! input of the weight estimation); `MISSED=T` prints missed and false pairs at threshold T.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use malines_match::link::{self, Blocking, Options};
use malines_match::person::{Encoder, Person, Scheme};
use malines_match::token::LinkageSecret;
use malines_names::name::BirthDate;

fn key(id: &str) -> String {
    id.split(|c: char| !c.is_ascii_digit())
        .find(|s| !s.is_empty())
        .unwrap_or("")
        .to_string()
}

fn read(path: &str, cols: &[String]) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_path(path)
        .unwrap();
    let h = r.headers().unwrap().clone();
    let idx: Vec<usize> = cols
        .iter()
        .map(|c| h.iter().position(|x| x == c).expect(c))
        .collect();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            idx.iter().map(|&i| rec[i].to_string()).collect()
        })
        .collect()
}

fn lenient(raw: &str) -> Option<BirthDate> {
    let d: String = raw.chars().filter(|c| c.is_ascii_digit()).collect();
    BirthDate::parse(raw)
        .or_else(|| BirthDate::parse(&format!("{}-{}", d.get(..4)?, d.get(4..6)?)))
        .or_else(|| BirthDate::parse(d.get(..4)?))
}

fn env(name: &str, d: f32) -> f32 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(d)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cols: Vec<String> = args[2..].to_vec();
    let a = read(&args[0], &cols);
    let b = read(&args[1], &cols);
    let mut scheme = Scheme::V1;
    scheme.phonetic_bigram = env("S_PB", scheme.phonetic_bigram as f32) as u8;
    scheme.skeleton_bigram = env("S_SB", scheme.skeleton_bigram as f32) as u8;
    scheme.word = env("S_W", scheme.word as f32) as u8;
    scheme.dob_year = env("S_DY", scheme.dob_year as f32) as u8;
    scheme.dob_month = env("S_DM", scheme.dob_month as f32) as u8;
    scheme.dob_day = env("S_DD", scheme.dob_day as f32) as u8;
    scheme.frequency_weighted = env("S_FW", f32::from(u8::from(scheme.frequency_weighted))) > 0.5;
    let version = std::env::var("VERSION")
        .ok()
        .and_then(|v| malines_match::token::Version::parse(&v))
        .unwrap_or(malines_match::token::Version::LATEST);
    let secret = LinkageSecret::new(1, [env("KEY", 7.0) as u8; 32]).with_version(version);
    let enc = |rows: &[Vec<String>]| {
        let mut e = Encoder::with_scheme(&secret, scheme);
        rows.iter()
            .map(|r| {
                let other: Vec<&str> = r[4..].iter().map(String::as_str).collect();
                e.encode(&Person {
                    given: &r[1],
                    family: &r[2],
                    dob: lenient(&r[3]),
                    other,
                })
                .unwrap_or_else(|_| {
                    e.encode(&Person {
                        given: "zzzz",
                        ..Default::default()
                    })
                    .unwrap()
                })
            })
            .collect::<Vec<_>>()
    };
    let (ea, eb) = (enc(&a), enc(&b));
    let mut opts = Options {
        threshold: env("T0", 0.4),
        blocking: if std::env::var("BLOCK").is_ok() {
            Blocking::Always
        } else {
            Blocking::Never
        },
        ..Options::default()
    };
    opts.scoring.candidate_floor = env("FLOOR", opts.scoring.candidate_floor);
    opts.dedup = std::env::var("DEDUP").is_ok();
    let (links, stats) = link::link(&ea, &eb, &opts, None);
    let ka: Vec<String> = a.iter().map(|r| key(&r[0])).collect();
    let kb: Vec<String> = b.iter().map(|r| key(&r[0])).collect();
    let truth: usize = if opts.dedup {
        let mut m = std::collections::HashMap::new();
        for k in &ka {
            *m.entry(k).or_insert(0usize) += 1;
        }
        m.values().map(|n| n * (n - 1) / 2).sum()
    } else {
        let s: std::collections::HashSet<&String> = ka.iter().collect();
        kb.iter().filter(|k| s.contains(k)).count()
    };
    println!(
        "compared {} of {}; truth {truth}",
        stats.compared, stats.possible
    );
    if let Ok(path) = std::env::var("DUMP") {
        use std::io::Write;
        let mut w = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
        writeln!(w, "label,given,family,swapped,dob,other,dice,gg,ff,gf,fg").unwrap();
        let f = |x: Option<f32>| x.map(|v| format!("{v:.3}")).unwrap_or_default();
        for l in &links {
            let e = &l.evidence;
            writeln!(
                w,
                "{},{},{},{},{},{},{:.3},{}",
                u8::from(ka[l.left as usize] == kb[l.right as usize]),
                f(e.given),
                f(e.family),
                u8::from(e.swapped),
                e.dob.label(),
                f(e.other),
                e.dice,
                malines_match::score::name_similarities(
                    &ea[l.left as usize].filter,
                    &eb[l.right as usize].filter
                )
                .map(f)
                .join(",")
            )
            .unwrap();
        }
    }
    let mut best = (0.0, 0.0);
    for t in (1..=99).map(|x| x as f32 / 100.0) {
        let sel: Vec<_> = links.iter().filter(|l| l.score >= t).collect();
        let tp = sel
            .iter()
            .filter(|l| ka[l.left as usize] == kb[l.right as usize])
            .count();
        let p = tp as f64 / sel.len().max(1) as f64;
        let r = tp as f64 / truth as f64;
        let f = 2.0 * p * r / (p + r).max(1e-9);
        if f > best.0 {
            best = (f, t);
        }
        if std::env::var("ALL").is_ok() || (t * 100.0).round() as i32 % 5 == 0 {
            println!("t={t:.2} P={p:.4} R={r:.4} F1={f:.4} n={}", sel.len());
        }
    }
    println!("best F1 {:.4} at {:.2}", best.0, best.1);
    if let Ok(t) = std::env::var("MISSED") {
        let t: f32 = t.parse().unwrap();
        let found: std::collections::HashSet<(usize, usize)> = links
            .iter()
            .filter(|l| l.score >= t)
            .map(|l| (l.left as usize, l.right as usize))
            .collect();
        let pos: std::collections::HashMap<&String, usize> =
            ka.iter().enumerate().map(|(i, k)| (k, i)).collect();
        let mut n = 0;
        for (j, k) in kb.iter().enumerate() {
            if let Some(&i) = pos.get(k)
                && !found.contains(&(i, j))
            {
                n += 1;
                if n <= 400 && std::env::var("SHOWMISS").is_ok() {
                    println!("MISS {:?} | {:?}", a[i], b[j]);
                }
            }
        }
        for l in links.iter().filter(|l| l.score >= t) {
            if ka[l.left as usize] != kb[l.right as usize] {
                n += 1;
                if n <= 1000 {
                    println!(
                        "FP {:.3} {:?} | {:?} {:?}",
                        l.score, a[l.left as usize], b[l.right as usize], l.evidence
                    );
                }
            }
        }
    }
}
