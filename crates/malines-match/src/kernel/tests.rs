//! The kernel against a naive oracle, every backend against the portable code.

use proptest::prelude::*;

use super::*;
use crate::{BITS, WORDS};

/// The oracle: bit by bit, no popcount bound, no tiling.
fn naive_pairs(left: &[Filter], right: &[Filter], t: f32) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (i, a) in left.iter().enumerate() {
        for (j, b) in right.iter().enumerate() {
            let (mut pa, mut pb, mut inter) = (0u32, 0u32, 0u32);
            for bit in 0..BITS {
                let (x, y) = (a.get(bit), b.get(bit));
                pa += u32::from(x);
                pb += u32::from(y);
                inter += u32::from(x && y);
            }
            let score = dice_from_counts(pa, pb, inter);
            if score >= t {
                out.push(Candidate {
                    left: i as u32,
                    right: j as u32,
                    score,
                });
            }
        }
    }
    out
}

/// Filters with a given share of bits set, from a seed (xorshift), so tests are reproducible.
fn filters(n: usize, density: f64, seed: u64) -> Vec<Filter> {
    let mut x = seed | 1;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    (0..n)
        .map(|_| {
            let mut f = Filter::default();
            for bit in 0..BITS {
                if (next() % 10_000) as f64 / 10_000.0 < density {
                    f.set(bit);
                }
            }
            f
        })
        .collect()
}

/// A copy of `f` with about `flips` bits flipped (a near match).
fn perturb(f: &Filter, flips: usize, seed: u64) -> Filter {
    let mut g = *f;
    let mut x = seed | 1;
    for _ in 0..flips {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let bit = (x % BITS as u64) as usize;
        if let Some(w) = g.0.get_mut(bit / 64) {
            *w ^= 1 << (bit % 64);
        }
    }
    g
}

#[test]
fn every_backend_finds_the_oracles_pairs() {
    // More right filters than one cache tile, near matches, and other densities.
    let left = filters(40, 0.3, 7);
    let mut right: Vec<Filter> = left
        .iter()
        .enumerate()
        .map(|(i, f)| perturb(f, i * 2, i as u64 + 1))
        .collect();
    right.extend(filters(2100, 0.3, 99));
    right.extend(filters(60, 0.02, 5));
    let all = naive_pairs(&left, &right, 0.0);
    for t in [0.0f32, 0.5, 0.8, 0.95, 1.0] {
        let expected: Vec<Candidate> = all.iter().filter(|c| c.score >= t).copied().collect();
        for b in Backend::available() {
            let (got, stats) = all_pairs(&left, &right, t, b);
            assert_eq!(got, expected, "backend {} threshold {t}", b.name());
            assert_eq!(stats.possible, 40 * 2200);
            if t >= 0.8 {
                assert!(
                    stats.compared < stats.possible,
                    "the popcount bound skips pairs"
                );
            }
        }
    }
}

#[test]
fn pairs_alike_in_one_part_only_are_found() {
    // The AVX-512 loop compares the first `simd::PREFIX` 32-bit words (384 bits), then the
    // first 512 bits, before the others, and skips the others when what it has seen cannot
    // reach the threshold: filters whose bits all sit in one part, or that agree in one part
    // only, are where a wrong bound would lose pairs.
    for split in [simd::PREFIX / 2, WORDS / 2] {
        let part = |f: &Filter, second: bool| {
            let mut g = Filter::default();
            for (i, w) in f.0.iter().enumerate() {
                if (i >= split) == second {
                    g.0[i] = *w;
                }
            }
            g
        };
        let base = filters(50, 0.4, 11);
        let mut left = Vec::new();
        let mut right = Vec::new();
        for (i, f) in base.iter().enumerate() {
            let second = i % 2 == 0;
            left.push(part(f, second));
            right.push(part(&perturb(f, i % 7, i as u64 + 3), second));
            // Same second part, unrelated first part.
            let mut mixed = part(f, true);
            let other = part(&filters(1, 0.4, 1000 + i as u64)[0], false);
            for (w, o) in mixed.0.iter_mut().zip(other.0.iter()) {
                *w |= o;
            }
            right.push(mixed);
        }
        right.extend(filters(37, 0.2, 12));
        for t in [0.3f32, 0.5, 0.6, 0.8, 0.9, 1.0] {
            let expected = naive_pairs(&left, &right, t);
            for b in Backend::available() {
                let (got, _) = all_pairs(&left, &right, t, b);
                let missing: Vec<_> = expected.iter().filter(|c| !got.contains(c)).collect();
                let extra: Vec<_> = got.iter().filter(|c| !expected.contains(c)).collect();
                assert!(
                    missing.is_empty() && extra.is_empty(),
                    "backend {} split {split} threshold {t}: missing {missing:?}, extra {extra:?}",
                    b.name()
                );
            }
        }
    }
}

#[test]
fn empty_inputs_and_empty_filters() {
    let b = Backend::detect();
    assert!(all_pairs(&[], &filters(3, 0.5, 1), 0.8, b).0.is_empty());
    assert!(all_pairs(&filters(3, 0.5, 1), &[], 0.8, b).0.is_empty());
    let zero = [Filter::default()];
    assert_eq!(dice(&zero[0], &zero[0]), 0.0);
    assert!(all_pairs(&zero, &zero, 0.5, b).0.is_empty());
}

#[test]
fn bytes_round_trip() {
    let f = filters(1, 0.4, 3)[0];
    assert_eq!(Filter::from_bytes(&f.to_bytes()), f);
    let mut g = Filter::default();
    g.set(0);
    g.set(1023);
    assert_eq!(g.to_bytes()[0], 1);
    assert_eq!(g.to_bytes()[127], 0x80);
    assert_eq!(g.popcount(), 2);
}

#[test]
fn the_scalar_path_can_be_forced() {
    // CI runs the suite once with MALINES_KERNEL=scalar: then only the portable code runs.
    assert!(Backend::detect().supported());
    if std::env::var("MALINES_KERNEL").as_deref() == Ok("scalar") {
        assert_eq!(Backend::available(), [Backend::Scalar]);
    }
}

proptest! {
    #[test]
    fn simd_and_scalar_agree_bit_for_bit(
        a in proptest::array::uniform16(any::<u64>()),
        rs in proptest::collection::vec(proptest::array::uniform16(any::<u64>()), 0..40),
    ) {
        let a = Filter(a);
        let rights: Vec<Filter> = rs.into_iter().map(Filter).collect();
        let mut expected = vec![0u32; rights.len()];
        intersections(&a, &rights, &mut expected, Backend::Scalar);
        for (r, e) in rights.iter().zip(&expected) {
            let manual: u32 = (0..WORDS).map(|w| (a.0[w] & r.0[w]).count_ones()).sum();
            prop_assert_eq!(*e, manual);
        }
        for b in Backend::available() {
            let mut got = vec![0u32; rights.len()];
            intersections(&a, &rights, &mut got, b);
            prop_assert_eq!(&got, &expected, "backend {}", b.name());
        }
    }

    #[test]
    fn every_backend_agrees_with_the_oracle_on_any_sizes(
        n in 1usize..6,
        m in 0usize..70,
        density in 0.05f64..0.6,
        t in 0.3f32..=1.0,
        seed in any::<u64>(),
    ) {
        // Sizes that end and start the AVX-512 loop's blocks of sixteen anywhere, and right
        // filters close to the left ones, so that some pairs reach the threshold.
        let left = filters(n, density, seed);
        let mut right = filters(m, density, seed ^ 0x5555);
        for (j, r) in right.iter_mut().enumerate().step_by(3) {
            *r = perturb(&left[j % n], j % 40, seed.wrapping_add(j as u64));
        }
        let expected = naive_pairs(&left, &right, t);
        for b in Backend::available() {
            let (got, _) = all_pairs(&left, &right, t, b);
            prop_assert_eq!(&got, &expected, "backend {}", b.name());
        }
    }

    #[test]
    fn the_popcount_bound_never_loses_a_pair(pa in 0u32..=1024, pb in 0u32..=1024, t in 0.01f32..=1.0) {
        // Best case for the pair: the intersection is the smaller popcount.
        let best = dice_from_counts(pa, pb, pa.min(pb));
        let (lo, hi) = popcount_bounds(pa, t);
        if best >= t {
            prop_assert!(lo <= pb && pb <= hi, "pa {} pb {} t {} bounds {:?}", pa, pb, t, (lo, hi));
        }
    }
}
