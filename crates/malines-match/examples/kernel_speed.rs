//! All-pairs Dice at a threshold on random 1024-bit filters, per backend.
//!
//! `cargo run --release -p malines-match --example kernel_speed -- 10000 10000 0.8`
//! (left count, right count, threshold). `RAYON_NUM_THREADS=1` for one core.
//! Filters: ~30 % of bits set, and every tenth right filter a near copy of a left one, so
//! there are matches to report. "pairs/s" is left × right over the wall time, as anonlink
//! counts; "computed/s" counts the intersections actually made after the popcount bound.
//! It first prints (on stderr) the raw rate of intersections against one cache-resident tile.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::time::Instant;

use malines_match::Filter;
use malines_match::kernel::{Backend, all_pairs};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args.get(1).map_or(10_000, |s| s.parse().unwrap());
    let m: usize = args.get(2).map_or(n, |s| s.parse().unwrap());
    let t: f32 = args.get(3).map_or(0.8, |s| s.parse().unwrap());
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut random = |density: u64| {
        let mut f = Filter::default();
        for w in f.0.iter_mut() {
            for bit in 0..64 {
                if next() % 100 < density {
                    *w |= 1 << bit;
                }
            }
        }
        f
    };
    let left: Vec<Filter> = (0..n).map(|_| random(30)).collect();
    let right: Vec<Filter> = (0..m)
        .map(|j| {
            if j % 10 == 0 {
                let mut f = left[j % n];
                f.0[j % 16] ^= 0xff;
                f
            } else {
                random(30)
            }
        })
        .collect();
    // Intersections alone, one left filter against a cache-resident tile of 2048.
    for b in Backend::available() {
        let tile = &right[..2048.min(m)];
        let mut out = vec![0u32; tile.len()];
        let start = Instant::now();
        let mut sink = 0u64;
        for a in left.iter().take(5000) {
            malines_match::kernel::intersections(a, tile, &mut out, b);
            sink += u64::from(out[0]);
        }
        let s = start.elapsed().as_secs_f64();
        eprintln!(
            "intersections only, {}: {:.3e}/s (sink {sink})",
            b.name(),
            (5000 * tile.len()) as f64 / s
        );
    }
    println!("| backend | threads | pairs | found | seconds | pairs/s | computed/s |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for b in Backend::available() {
        let start = Instant::now();
        let (found, stats) = all_pairs(&left, &right, t, b);
        let s = start.elapsed().as_secs_f64();
        println!(
            "| {} | {} | {}×{} | {} | {:.3} | {:.3e} | {:.3e} |",
            b.name(),
            rayon::current_num_threads(),
            n,
            m,
            found.len(),
            s,
            stats.possible as f64 / s,
            stats.compared as f64 / s
        );
    }
}
