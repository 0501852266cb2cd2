//! All-pairs Dice between two files of 1024-bit filters (128 bytes each, concatenated), for
//! `bench/kernel`: `kernel_files LEFT RIGHT THRESHOLD`. Prints `pairs seconds backend threads`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::time::Instant;

use malines_match::Filter;
use malines_match::kernel::{Backend, all_pairs};

fn read(path: &str) -> Vec<Filter> {
    let bytes = std::fs::read(path).expect("read filters");
    bytes
        .chunks_exact(128)
        .map(|c| Filter::from_bytes(c.try_into().unwrap()))
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (left, right) = (read(&args[1]), read(&args[2]));
    let t: f32 = args[3].parse().unwrap();
    let backend = Backend::detect();
    let start = Instant::now();
    let (pairs, _) = all_pairs(&left, &right, t, backend);
    let s = start.elapsed().as_secs_f64();
    println!(
        "{} {:.3} {} {}",
        pairs.len(),
        s,
        backend.name(),
        rayon::current_num_threads()
    );
}
