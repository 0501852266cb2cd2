//! Dice similarity of 1024-bit filters: `2·|A∩B| / (|A| + |B|)`.
//!
//! [`all_pairs`] finds every pair of a left and a right set whose similarity reaches a
//! threshold. Three things make it fast:
//!
//! - **a popcount bound**: Dice ≥ t is impossible unless the right filter's popcount `b` lies
//!   in `[a·t/(2−t), a·(2−t)/t]` for a left popcount `a` (the intersection is at most the
//!   smaller popcount), so right filters are sorted by popcount and each left filter only
//!   meets the slice of candidates its bound allows;
//! - **SIMD intersections**, dispatched at run time: AVX-512 VPOPCNTDQ, AVX2 (nibble lookup),
//!   `popcnt`, or portable code. All give the same integers, so the same pairs and scores.
//!   With AVX-512 the threshold test runs inside the SIMD loop, on right filters laid out
//!   sixteen at a time word by word, so that the intersections of one left filter with
//!   sixteen right ones add up lane by lane with no horizontal sum. Their first 384 bits are
//!   compared first: when that intersection plus the most the other bits could add cannot
//!   reach an integer lower bound of what the threshold needs in any of the sixteen lanes,
//!   the other bits are not read (the same test again at 512 bits for lower thresholds);
//! - **cache tiling and cores**: left filters are taken in chunks (one chunk per rayon task)
//!   and, inside a chunk, the right filters in tiles that stay in the L2 cache while every
//!   left filter of the chunk meets them.

#[allow(unsafe_code)]
mod simd;

use rayon::prelude::*;

use crate::Filter;

/// The instruction set used for intersections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Scalar,
    Popcnt,
    Avx2,
    Avx512,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Scalar => "scalar",
            Backend::Popcnt => "popcnt",
            Backend::Avx2 => "avx2",
            Backend::Avx512 => "avx512-vpopcntdq",
        }
    }

    /// Whether this processor can run the backend.
    pub fn supported(self) -> bool {
        match self {
            Backend::Scalar => true,
            #[cfg(target_arch = "x86_64")]
            Backend::Popcnt => std::arch::is_x86_feature_detected!("popcnt"),
            #[cfg(target_arch = "x86_64")]
            Backend::Avx2 => std::arch::is_x86_feature_detected!("avx2"),
            #[cfg(target_arch = "x86_64")]
            Backend::Avx512 => {
                std::arch::is_x86_feature_detected!("avx512f")
                    && std::arch::is_x86_feature_detected!("avx512vpopcntdq")
            }
            #[cfg(not(target_arch = "x86_64"))]
            _ => false,
        }
    }

    /// Every backend this processor can run, fastest last. `MALINES_KERNEL` (scalar, popcnt,
    /// avx2, avx512) caps the list, as if the processor had nothing faster: CI runs the tests
    /// once with `MALINES_KERNEL=scalar`, SIMD switched off.
    pub fn available() -> Vec<Backend> {
        let all = [
            Backend::Scalar,
            Backend::Popcnt,
            Backend::Avx2,
            Backend::Avx512,
        ];
        let cap = match std::env::var("MALINES_KERNEL").ok().as_deref() {
            Some("scalar") => 1,
            Some("popcnt") => 2,
            Some("avx2") => 3,
            _ => all.len(),
        };
        all.into_iter()
            .take(cap)
            .filter(|b| b.supported())
            .collect()
    }

    /// The fastest backend [`Backend::available`] allows.
    pub fn detect() -> Backend {
        Backend::available()
            .last()
            .copied()
            .unwrap_or(Backend::Scalar)
    }
}

/// For each filter of `rights`, the number of bits it shares with `a`, into `out` (which must
/// be at least as long as `rights`; extra entries are left alone).
pub fn intersections(a: &Filter, rights: &[Filter], out: &mut [u32], backend: Backend) {
    let n = rights.len().min(out.len());
    let (rights, out) = (
        rights.get(..n).unwrap_or(&[]),
        out.get_mut(..n).unwrap_or(&mut []),
    );
    #[cfg(target_arch = "x86_64")]
    {
        if backend != Backend::Scalar && backend.supported() {
            // SAFETY: each call below is made only when `supported()` has just confirmed the
            // instruction set the function is compiled for.
            #[allow(unsafe_code)]
            unsafe {
                match backend {
                    Backend::Avx512 => simd::x86::intersections_avx512(a, rights, out),
                    Backend::Avx2 => simd::x86::intersections_avx2(a, rights, out),
                    _ => simd::x86::intersections_popcnt(a, rights, out),
                }
            }
            return;
        }
    }
    let _ = backend;
    simd::intersections_scalar(a, rights, out);
}

/// The right filters that may reach the threshold, with their intersections, by the fused
/// AVX-512 loop (see `simd`): `rights` are the filters `start..` of those laid out in
/// `blocks`. Only called when AVX-512 is supported.
#[allow(clippy::too_many_arguments)]
fn hits_fused(
    a: &Filter,
    pa: u32,
    t16: u32,
    rights: &[Filter],
    blocks: &simd::Blocks,
    start: usize,
    scratch: &mut simd::Scratch,
    hits: &mut Vec<(u32, u32)>,
) {
    #[cfg(target_arch = "x86_64")]
    {
        if Backend::Avx512.supported() {
            let end = start + rights.len();
            // SAFETY: `supported()` has just confirmed AVX-512F and VPOPCNTDQ.
            #[allow(unsafe_code)]
            unsafe {
                simd::x86::hits_avx512(a, pa, t16, blocks, start, end, scratch, hits);
            }
            return;
        }
    }
    let _ = (pa, t16, blocks, start, scratch);
    let mut out = vec![0u32; rights.len()];
    intersections(a, rights, &mut out, Backend::Scalar);
    hits.extend(out.iter().enumerate().map(|(x, &i)| (x as u32, i)));
}

/// Asks the processor to bring the cache line holding `value` in, without waiting for it:
/// for a loop that will read records scattered in memory a few steps later (the hub's
/// candidates). Does nothing on other architectures.
#[inline]
pub fn prefetch<T>(value: &T) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        #[allow(unsafe_code)]
        // SAFETY: a prefetch is a hint: it never faults and changes no memory, whatever the
        // address; this one is of a live reference. SSE is in every x86-64 processor.
        unsafe {
            _mm_prefetch::<_MM_HINT_T0>(std::ptr::from_ref(value).cast::<i8>());
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = value;
}

/// Dice similarity from the two popcounts and the intersection; 0 for two empty filters.
pub fn dice_from_counts(a: u32, b: u32, inter: u32) -> f32 {
    if a + b == 0 {
        0.0
    } else {
        (2 * inter) as f32 / (a + b) as f32
    }
}

/// Dice similarity of two filters (portable).
pub fn dice(a: &Filter, b: &Filter) -> f32 {
    let mut out = [0u32; 1];
    simd::intersections_scalar(a, std::slice::from_ref(b), &mut out);
    dice_from_counts(a.popcount(), b.popcount(), out[0])
}

/// A pair at or above the threshold.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    pub left: u32,
    pub right: u32,
    pub score: f32,
}

/// Left filters per rayon task.
const LEFT_CHUNK: usize = 128;
/// Right filters per cache tile (256 KiB of filters).
const RIGHT_TILE: usize = 2048;

/// The range of right popcounts that can reach Dice `t` with a left popcount `a`, widened by
/// one on each side so that rounding can never lose a pair (the score itself is checked).
fn popcount_bounds(a: u32, t: f32) -> (u32, u32) {
    if t <= 0.0 {
        return (0, u32::MAX);
    }
    let t = f64::from(t.min(1.0));
    let a = f64::from(a);
    let lo = (a * t / (2.0 - t)).floor() as u32;
    let hi = (a * (2.0 - t) / t).ceil() as u32;
    (lo.saturating_sub(1), hi.saturating_add(1))
}

/// Every pair (left, right) with Dice ≥ `threshold`, sorted by left then right index. Many to
/// many: a filter may pair with several. The counts of comparisons actually made are in the
/// returned [`Stats`].
pub fn all_pairs(
    left: &[Filter],
    right: &[Filter],
    threshold: f32,
    backend: Backend,
) -> (Vec<Candidate>, Stats) {
    all_pairs_map(left, right, threshold, backend, Some)
}

/// [`all_pairs`], with each pair passed through `map` as it is found (on the thread that
/// found it), keeping what `map` returns: scoring or filtering pairs on the way keeps memory
/// to what is kept, not to every pair above the threshold. Sorted by left then right index.
pub fn all_pairs_map<T: Send>(
    left: &[Filter],
    right: &[Filter],
    threshold: f32,
    backend: Backend,
    map: impl Fn(Candidate) -> Option<T> + Sync,
) -> (Vec<T>, Stats) {
    // Right filters sorted by popcount, stored contiguously in that order.
    let mut order: Vec<u32> = (0..right.len() as u32).collect();
    let right_pc: Vec<u32> = right.iter().map(Filter::popcount).collect();
    order.sort_by_key(|&i| right_pc.get(i as usize).copied().unwrap_or(0));
    let sorted: Vec<Filter> = order
        .iter()
        .filter_map(|&i| right.get(i as usize).copied())
        .collect();
    let sorted_pc: Vec<u32> = order
        .iter()
        .filter_map(|&i| right_pc.get(i as usize).copied())
        .collect();
    // The SIMD threshold test needs the threshold in 1/65536ths, rounded down (it may let
    // through a pair just below, never drop one above: the exact score decides).
    let t16 = (f64::from(threshold.clamp(0.0, 1.0)) * 65536.0).floor() as u32;
    let fused = backend == Backend::Avx512 && backend.supported();
    // For the AVX-512 loop: the sorted filters in blocks of sixteen, word by word.
    let blocks = if fused {
        simd::Blocks::new(&sorted, &sorted_pc, t16)
    } else {
        simd::Blocks::default()
    };

    let results: Vec<(Found<T>, u64)> = left
        .par_chunks(LEFT_CHUNK)
        .enumerate()
        .map(|(ci, chunk)| {
            let base = ci * LEFT_CHUNK;
            let mut found = Vec::new();
            let mut compared = 0u64;
            let mut buf = vec![0u32; RIGHT_TILE];
            let mut hits: Vec<(u32, u32)> = Vec::with_capacity(RIGHT_TILE);
            let mut scratch = simd::Scratch::default();
            // Each left filter's slice of candidates in `sorted`.
            let spans: Vec<(u32, usize, usize)> = chunk
                .iter()
                .map(|a| {
                    let pa = a.popcount();
                    let (lo, hi) = popcount_bounds(pa, threshold);
                    let start = sorted_pc.partition_point(|&p| p < lo);
                    let end = sorted_pc.partition_point(|&p| p <= hi);
                    (pa, start, end)
                })
                .collect();
            let first = spans.iter().map(|s| s.1).min().unwrap_or(0);
            let last = spans.iter().map(|s| s.2).max().unwrap_or(0);
            let mut tile = first;
            while tile < last {
                let tile_end = (tile + RIGHT_TILE).min(last);
                for (k, (a, &(pa, start, end))) in chunk.iter().zip(spans.iter()).enumerate() {
                    let (s, e) = (start.max(tile), end.min(tile_end));
                    if s >= e {
                        continue;
                    }
                    let rights = sorted.get(s..e).unwrap_or(&[]);
                    let pcs = sorted_pc.get(s..e).unwrap_or(&[]);
                    compared += rights.len() as u64;
                    hits.clear();
                    if fused {
                        hits_fused(a, pa, t16, rights, &blocks, s, &mut scratch, &mut hits);
                    } else {
                        let out = buf.get_mut(..rights.len()).unwrap_or(&mut []);
                        intersections(a, rights, out, backend);
                        hits.extend(
                            out.iter()
                                .zip(pcs)
                                .enumerate()
                                .filter(|(_, (i, pb))| {
                                    ((2 * **i) as f32) >= threshold * (pa + **pb) as f32 - 1e-3
                                })
                                .map(|(x, (&i, _))| (x as u32, i)),
                        );
                    }
                    for &(x, inter) in &hits {
                        let pb = pcs.get(x as usize).copied().unwrap_or(0);
                        // Cheap test first (no division); the exact score decides.
                        if ((2 * inter) as f32) < threshold * (pa + pb) as f32 - 1e-3 {
                            continue;
                        }
                        let score = dice_from_counts(pa, pb, inter);
                        if score >= threshold {
                            let c = Candidate {
                                left: (base + k) as u32,
                                right: order.get(s + x as usize).copied().unwrap_or(0),
                                score,
                            };
                            if let Some(t) = map(c) {
                                found.push((c.left, c.right, t));
                            }
                        }
                    }
                }
                tile = tile_end;
            }
            (found, compared)
        })
        .collect();
    let compared = results.iter().map(|r| r.1).sum();
    let mut pairs: Vec<(u32, u32, T)> = results.into_iter().flat_map(|r| r.0).collect();
    pairs.sort_by_key(|c| (c.0, c.1));
    let pairs = pairs.into_iter().map(|c| c.2).collect();
    let stats = Stats {
        possible: left.len() as u64 * right.len() as u64,
        compared,
    };
    (pairs, stats)
}

/// Pairs kept by one task: left and right index and what `map` returned.
type Found<T> = Vec<(u32, u32, T)>;

/// How much work the popcount bound saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// Left × right.
    pub possible: u64,
    /// Intersections actually computed.
    pub compared: u64,
}

#[cfg(test)]
mod tests;
