//! Audit ledger benchmark (issue #7): append rate and proof generation time at N entries.
//!
//! ```text
//! cargo run --release -p malines-store --example ledger_bench -- N [DATABASE_URL]
//! ```
//!
//! Appends N entries to a fresh ledger (SQLite in a temporary folder unless a URL is given):
//! all but the last 20,000 in batches of 1,000, then the last 20,000 one by one (each its own
//! transaction, as the web interface appends), so both rates are measured near N; then times
//! 1,000 inclusion proofs of random entries and 1,000 consistency proofs from random sizes,
//! against the full ledger, each read from the database.
//! Prints one Markdown table.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::time::Instant;

use malines_core::audit::{verify_consistency, verify_inclusion};
use malines_store::Store;
use malines_store::audit::{Ledger, NewEntry};

fn entry(i: u64) -> NewEntry {
    NewEntry::new(
        "a.martin",
        "case_read",
        &format!("BE-FED-2025-{:06}", i % 1_000_000),
    )
    .purpose("case page")
}

/// A small deterministic generator (xorshift), so runs are comparable.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn pct(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(f64::total_cmp);
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: u64 = args
        .get(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir().unwrap();
    let url = args
        .get(2)
        .cloned()
        .unwrap_or_else(|| format!("sqlite://{}", dir.path().join("ledger.sqlite").display()));
    let store = Store::connect(&url).await.unwrap();
    let ledger = std::sync::Arc::new(Ledger::new(store.clone(), "BE-FED", None));
    let at = time::OffsetDateTime::now_utc();

    // The last 20,000 one by one from one task, and 20,000 more from 16 tasks at once (as
    // concurrent requests append; their appends are grouped into transactions).
    let single = n.min(20_000);
    let batched = n - single;
    const TASKS: u64 = 16;
    let t = Instant::now();
    let mut i = 0;
    while i < batched {
        let k = (batched - i).min(1_000);
        ledger
            .append_many(at, (i..i + k).map(entry).collect())
            .await
            .unwrap();
        i += k;
        if i % 1_000_000 == 0 {
            eprintln!("{i} entries, {:.0} s", t.elapsed().as_secs_f64());
        }
    }
    let batch_s = t.elapsed().as_secs_f64();

    let t = Instant::now();
    for i in batched..n {
        ledger.append(at, entry(i)).await.unwrap();
    }
    let single_s = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let mut tasks = Vec::new();
    for k in 0..TASKS {
        let ledger = ledger.clone();
        tasks.push(tokio::spawn(async move {
            for i in 0..single / TASKS {
                ledger
                    .append(at, entry(n + k * 1_000_000 + i))
                    .await
                    .unwrap();
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let concurrent_s = t.elapsed().as_secs_f64();
    let n = n + single / TASKS * TASKS;
    let (size, root) = ledger.root().await.unwrap();
    assert_eq!(size, n);

    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut inc = Vec::new();
    for _ in 0..1_000 {
        let seq = rng.below(n);
        let t = Instant::now();
        let path = ledger.inclusion(seq, n).await.unwrap().unwrap();
        inc.push(t.elapsed().as_secs_f64() * 1e3);
        let e = ledger.entries(seq, seq + 1).await.unwrap();
        assert!(verify_inclusion(
            &root,
            n,
            &e[0].canonical_bytes(),
            seq,
            &path
        ));
    }
    let mut cons = Vec::new();
    for _ in 0..1_000 {
        let m = 1 + rng.below(n - 1);
        let t = Instant::now();
        let proof = ledger.consistency(m, n).await.unwrap().unwrap();
        cons.push(t.elapsed().as_secs_f64() * 1e3);
        // Check one in ten against the old root (computing it reads the store too).
        if m.is_multiple_of(10) {
            let mut p = malines_core::audit::Plan::new();
            let _ = p.root(m);
            let keys: Vec<(i32, i64)> = p.keys().iter().map(|k| (k.0 as i32, k.1 as i64)).collect();
            let nodes = store.audit_nodes(&keys).await.unwrap();
            p.supply(nodes.into_iter().map(|(l, i, h)| {
                (
                    (l as u32, i as u64),
                    hex::decode(h).unwrap().try_into().unwrap(),
                )
            }));
            let old = p.root(m).unwrap();
            assert!(verify_consistency(&old, m, &root, n, &proof));
        }
    }
    println!(
        "| entries | appends one by one, one task /s | one by one, {TASKS} tasks /s | in batches of 1,000 /s | inclusion proof p50 ms | p99 ms | consistency proof p50 ms | p99 ms |"
    );
    println!("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    println!(
        "| {n} | {:.0} | {:.0} | {} | {:.3} | {:.3} | {:.3} | {:.3} |",
        single as f64 / single_s,
        (single / TASKS * TASKS) as f64 / concurrent_s,
        if batched > 0 {
            format!("{:.0}", batched as f64 / batch_s)
        } else {
            "—".into()
        },
        pct(&mut inc.clone(), 0.5),
        pct(&mut inc, 0.99),
        pct(&mut cons.clone(), 0.5),
        pct(&mut cons, 0.99),
    );
    store.close().await;
}
