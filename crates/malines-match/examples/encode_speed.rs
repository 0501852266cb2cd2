//! Encoding speed without file I/O: `encode_speed PEOPLE.csv` (columns id,given,family,dob,
//! as written by bench/scale/gen.py). One thread.
//!
//! Also prints a digest of every encoding (filter, date tokens, blocking keys; with and
//! without an other field): two builds that print the same digest encode the file alike.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use std::hash::{DefaultHasher, Hash, Hasher};
use std::time::Instant;

use malines_match::person::{Encoded, Encoder, Person};
use malines_match::token::LinkageSecret;
use malines_names::name::BirthDate;

fn digest(h: &mut DefaultHasher, e: &Result<Encoded, impl std::fmt::Debug>) {
    match e {
        Ok(e) => {
            e.filter.0.hash(h);
            e.dob.hash(h);
            e.blocks.hash(h);
        }
        Err(err) => format!("{err:?}").hash(h),
    }
}

fn main() {
    let path = std::env::args().nth(1).unwrap();
    let mut r = csv::Reader::from_path(path).unwrap();
    let rows: Vec<(String, String, Option<BirthDate>)> = r
        .records()
        .map(|x| {
            let x = x.unwrap();
            (x[1].to_string(), x[2].to_string(), BirthDate::parse(&x[3]))
        })
        .collect();
    let start = Instant::now();
    let mut n = 0usize;
    for (g, f, _) in &rows {
        n += malines_names::name::canonicalise(g).tokens.len();
        n += malines_names::name::canonicalise(f).tokens.len();
    }
    println!(
        "canonicalise only: {:.0} people/s ({n} words)",
        rows.len() as f64 / start.elapsed().as_secs_f64()
    );
    let secret = LinkageSecret::new(1, [5; 32]);
    let start = Instant::now();
    let mut x = 0u8;
    for i in 0..100_000u32 {
        x ^= malines_match::token::identifier_token(&secret, "phone", &i.to_string()).0[0];
    }
    println!(
        "identifier_token (2 HMACs with key setup): {:.0} ns each ({x})",
        start.elapsed().as_secs_f64() * 1e9 / 100_000.0
    );
    let mut e = Encoder::new(&secret);
    let start = Instant::now();
    let mut bits = 0u64;
    let mut h = DefaultHasher::new();
    for (g, f, d) in &rows {
        let p = Person {
            given: g,
            family: f,
            dob: *d,
            other: Vec::new(),
        };
        let out = e.encode(&p);
        if let Ok(x) = &out {
            bits += u64::from(x.filter.popcount());
        }
        digest(&mut h, &out);
    }
    let s = start.elapsed().as_secs_f64();
    println!(
        "{} people in {s:.3} s: {:.0} people/s (mean {:.1} bits set)",
        rows.len(),
        rows.len() as f64 / s,
        bits as f64 / rows.len() as f64
    );
    // The same people with other fields (the family name and the name reversed), on a fresh
    // encoder, for the digest only.
    let mut e = Encoder::new(&secret);
    for (g, f, d) in &rows {
        let reversed: String = g.chars().rev().collect();
        let p = Person {
            given: g,
            family: f,
            dob: *d,
            other: vec![f, &reversed],
        };
        digest(&mut h, &e.encode(&p));
    }
    println!("digest {:016x}", h.finish());
}
