//! Prints the whole-person known-answer rows of `docs/encoding.md` (secret 00 01 … 1f, epoch 1)
//! as Markdown table rows: `cargo run -p malines-match --example person_vectors [v1|v2]` (v1
//! by default; the rows of version 2 start with a `v2` column). The test
//! `person::tests::known_answer_vectors_of_docs_encoding_md` checks the doc against the code.
#![allow(clippy::unwrap_used)]

use malines_match::person::{Encoder, Person};
use malines_match::token::{LinkageSecret, Version};
use malines_names::name::BirthDate;
use sha2::Digest;

fn main() {
    let mut key = [0u8; 32];
    for (i, b) in key.iter_mut().enumerate() {
        *b = i as u8;
    }
    let version = std::env::args()
        .nth(1)
        .and_then(|v| Version::parse(&v))
        .unwrap_or(Version::V1);
    let secret = LinkageSecret::new(1, key).with_version(version);
    let column = match version {
        Version::V1 => String::new(),
        v => format!(" {v} |"),
    };
    for (g, f, d) in [
        ("Khalid", "El Amrani", "1987-03-12"),
        ("محمد", "بن علي", "1990"),
        ("Sophie", "Martin", ""),
        ("Buazzaui", "Jalid", ""),
        ("Bouazzaoui", "Khalid", ""),
    ] {
        let e = Encoder::new(&secret)
            .encode(&Person {
                given: g,
                family: f,
                dob: BirthDate::parse(d),
                other: Vec::new(),
            })
            .unwrap();
        let keys: Vec<String> = e.blocks.iter().map(|b| format!("`{b:016x}`")).collect();
        println!(
            "|{column} `{g}` | `{f}` | `{d}` | `sha256:{}` | {} |",
            hex::encode(sha2::Sha256::digest(e.filter.to_bytes())),
            keys.join(" ")
        );
    }
}
