//! Throughput of the name canonicaliser and comparator on one core.
//!
//! `cargo run --release -p malines-names --example names_speed -- data/names/dev.csv`
//!
//! Reads the `name_a,name_b` columns of a CSV, then measures, on one thread:
//! canonicalisations per second (every name of the file, repeated), and comparisons per second
//! of already canonical names, both on the file's pairs (mostly similar names) and on random
//! pairs of its names (mostly different names, as a blocking step would hand over).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use malines_names::name::{CanonicalName, FrequencyTable, canonicalise, compare, score};

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "data/names/dev.csv".into());
    let text = std::fs::read_to_string(&path).expect("read the CSV");
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("header").split(',').collect();
    let (ia, ib) = (
        header.iter().position(|h| *h == "name_a").expect("name_a"),
        header.iter().position(|h| *h == "name_b").expect("name_b"),
    );
    // The dev set has no quoted commas in names; a simple split is enough here.
    let pairs: Vec<(String, String)> = lines
        .filter_map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            Some((f.get(ia)?.to_string(), f.get(ib)?.to_string()))
        })
        .collect();
    let names: Vec<&str> = pairs
        .iter()
        .flat_map(|(a, b)| [a.as_str(), b.as_str()])
        .collect();
    let _ = FrequencyTable::builtin(); // load the table outside the timings

    let budget = Duration::from_secs(2);
    let (n, t) = repeat(budget, || {
        for name in &names {
            black_box(canonicalise(black_box(name)));
        }
        names.len()
    });
    let canon_rate = n as f64 / t.as_secs_f64();

    let canon: Vec<(CanonicalName, CanonicalName)> = pairs
        .iter()
        .map(|(a, b)| (canonicalise(a), canonicalise(b)))
        .collect();
    let (n, t) = repeat(budget, || {
        for (a, b) in &canon {
            black_box(score(black_box(a), black_box(b)));
        }
        canon.len()
    });
    let pair_rate = n as f64 / t.as_secs_f64();
    let (n, t) = repeat(budget, || {
        for (a, b) in &canon {
            black_box(compare(black_box(a), black_box(b)));
        }
        canon.len()
    });
    let evidence_rate = n as f64 / t.as_secs_f64();

    // Random pairs: a fixed pseudo-random shuffle (xorshift), no dependency needed.
    let all: Vec<&CanonicalName> = canon.iter().flat_map(|(a, b)| [a, b]).collect();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x % all.len() as u64) as usize
    };
    let random: Vec<(usize, usize)> = (0..all.len()).map(|_| (next(), next())).collect();
    let (n, t) = repeat(budget, || {
        for &(i, j) in &random {
            black_box(score(black_box(all[i]), black_box(all[j])));
        }
        random.len()
    });
    let random_rate = n as f64 / t.as_secs_f64();

    println!("| measure (one thread) | per second |");
    println!("| --- | ---: |");
    println!(
        "| canonicalisation, {} names | {:.0} names/s |",
        names.len(),
        canon_rate
    );
    println!(
        "| comparison (score), the file's {} pairs | {:.0} pairs/s |",
        canon.len(),
        pair_rate
    );
    println!(
        "| comparison with evidence, the file's {} pairs | {:.0} pairs/s |",
        canon.len(),
        evidence_rate
    );
    println!(
        "| comparison (score), {} random pairs | {:.0} pairs/s |",
        random.len(),
        random_rate
    );
}

/// Runs `f` until `budget` has passed; returns the work counted and the time taken.
fn repeat(budget: Duration, mut f: impl FnMut() -> usize) -> (usize, Duration) {
    let start = Instant::now();
    let mut n = 0;
    while start.elapsed() < budget {
        n += f();
    }
    (n, start.elapsed())
}
