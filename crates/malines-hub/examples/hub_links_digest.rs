//! The links the hub's index makes of two encoded files, as one digest: to check that a
//! change of the matcher's speed changes none of its links (`bench/hub/README.md`).
//!
//! `hub_links_digest LEFT.enc.csv RIGHT.enc.csv`: applies every person of both files to an
//! [`Index`] with the hub's default settings, in batches of 2,000 taking turns (left, right,
//! left, …), settling after each batch as the hub does; prints the number of link changes,
//! of pairs and of links, and the SHA-256 of every link change (ids, kinds, evidence with
//! scores) in order.

// A check: a failure should stop it loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::sync::Arc;

use malines_hub::index::{Change, Content, Index, Thresholds};
use malines_match::file;
use malines_match::score::{Scoring, prior_for};
use sha2::{Digest, Sha256};

fn read(path: &str) -> (u32, Vec<file::Row>) {
    let f = std::fs::File::open(path).unwrap();
    let c = file::read(std::io::BufReader::new(f)).unwrap();
    (c.epoch.unwrap_or(0), c.rows)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (epoch, left) = read(&args[1]);
    let (_, right) = read(&args[2]);
    let scoring = Scoring {
        prior: Some(prior_for(10_000, 10_000, false)),
        ..Scoring::default()
    };
    let mut index = Index::new(
        scoring,
        Thresholds::default(),
        malines_hub::DEFAULT_MAX_BLOCK,
    );
    let mut h = Sha256::new();
    let mut changes = 0usize;
    let sides: [(&str, &Vec<file::Row>); 2] = [("BE-FED", &left), ("FR-PNAT", &right)];
    let chunks = left.len().max(right.len()).div_ceil(2_000);
    let t = std::time::Instant::now();
    for c in 0..chunks {
        for (authority, rows) in sides {
            let authority: Arc<str> = Arc::from(authority);
            for r in rows.iter().skip(c * 2_000).take(2_000) {
                index.apply(Change::Upsert {
                    authority: authority.clone(),
                    record: Arc::from(format!("r{}", r.id)),
                    case: Arc::from(format!("c{}", r.id)),
                    version: 1,
                    epoch,
                    content: Content::Person {
                        variants: vec![r.encoded.clone()],
                        place: None,
                    },
                    raw: r.id.clone(),
                });
            }
            for l in index.settle() {
                changes += 1;
                h.update(format!(
                    "{}|{:?}|{:?}|{:?}|{}\n",
                    l.id, l.kind, l.a, l.b, l.active
                ));
                h.update(serde_json::to_string(&l.evidence).unwrap());
            }
        }
    }
    let counts = index.counts();
    println!(
        "changes {changes} pairs {} links {} digest {} ({:.1} s)",
        counts.pairs,
        counts.links,
        hex::encode(h.finalize()),
        t.elapsed().as_secs_f64()
    );
}
