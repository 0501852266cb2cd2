//! Prints the whole-person known-answer rows of `docs/encoding.md` (secret 00 01 … 1f, epoch 1)
//! as Markdown table rows: `cargo run -p malines-match --example person_vectors`. The test
//! `person::tests::known_answer_vectors_of_docs_encoding_md` checks the doc against the code.
#![allow(clippy::unwrap_used)]

use malines_match::person::{Encoder, Person};
use malines_match::token::LinkageSecret;
use malines_names::name::BirthDate;
use sha2::Digest;

fn main() {
    let mut key = [0u8; 32];
    for (i, b) in key.iter_mut().enumerate() {
        *b = i as u8;
    }
    let secret = LinkageSecret::new(1, key);
    for (g, f, d) in [
        ("Khalid", "El Amrani", "1987-03-12"),
        ("محمد", "بن علي", "1990"),
        ("Sophie", "Martin", ""),
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
            "| `{g}` | `{f}` | `{d}` | `sha256:{}` | {} |",
            hex::encode(sha2::Sha256::digest(e.filter.to_bytes())),
            keys.join(" ")
        );
    }
}
