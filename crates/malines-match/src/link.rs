//! Batch linkage of two sets of encoded people (or of one set with itself): candidate pairs
//! from the kernel, all pairs or within blocks, scored with their date-of-birth evidence,
//! many to many by default or one to one on request.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

use rayon::prelude::*;

use crate::Filter;
use crate::kernel::{self, Backend};
use crate::person::Encoded;
use crate::score::{Evidence, Scoring, TermFrequencies};

/// Whether candidate pairs come from blocks or from all pairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocking {
    /// Blocks when left × right exceeds [`AUTO_BLOCKING_ABOVE`].
    Auto,
    Always,
    Never,
}

/// Above this many possible pairs, [`Blocking::Auto`] blocks (a few seconds of kernel on two
/// cores below it).
pub const AUTO_BLOCKING_ABOVE: u64 = 2_000_000_000;

/// Blocks with at most this many pairs are compared by a plain loop; larger ones by
/// [`kernel::all_pairs`] (popcount bound, tiles).
const SMALL_BLOCK: usize = 16_384;

#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// Pairs scoring at least this are reported.
    pub threshold: f32,
    /// Keep each person in at most one pair (greedy by score).
    pub one_to_one: bool,
    /// Left and right are the same set: report each pair once, never a person with itself.
    pub dedup: bool,
    pub blocking: Blocking,
    pub backend: Backend,
    pub scoring: Scoring,
    /// Term frequencies of exact name patterns; [`link`] counts them over both sides when
    /// `None` and `term_frequencies` is set.
    pub tf: Option<&'a TermFrequencies>,
    /// Adjust exact name agreements by how common the name is among the people linked.
    pub term_frequencies: bool,
}

impl Default for Options<'_> {
    fn default() -> Self {
        Options {
            threshold: DEFAULT_THRESHOLD,
            one_to_one: false,
            dedup: false,
            blocking: Blocking::Auto,
            backend: Backend::detect(),
            scoring: Scoring::default(),
            tf: None,
            term_frequencies: true,
        }
    }
}

/// The default threshold of `malines link`.
pub const DEFAULT_THRESHOLD: f32 = 0.5;

/// A pair at or above the threshold, with its evidence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    pub left: u32,
    pub right: u32,
    pub score: f32,
    pub evidence: Evidence,
}

/// What the linkage did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stats {
    /// Left × right (or n·(n−1)/2 for dedup).
    pub possible: u64,
    /// Filter comparisons made.
    pub compared: u64,
    /// Whether blocks were used, and how many had people on both sides.
    pub blocked: bool,
    pub blocks: u64,
}

/// Progress callback: (units done, units in all).
pub type Progress<'a> = &'a (dyn Fn(u64, u64) + Sync);

/// Links `left` with `right` (with itself when `opts.dedup`; `right` is then ignored).
pub fn link(
    left: &[Encoded],
    right: &[Encoded],
    opts: &Options<'_>,
    progress: Option<Progress<'_>>,
) -> (Vec<Link>, Stats) {
    let right = if opts.dedup { left } else { right };
    let counted;
    let mut opts = *opts;
    if opts.term_frequencies && opts.tf.is_none() {
        counted = if opts.dedup {
            TermFrequencies::new(left)
        } else {
            TermFrequencies::new(left.iter().chain(right))
        };
        opts.tf = Some(&counted);
    }
    if opts.scoring.prior.is_none() {
        opts.scoring.prior = Some(crate::score::prior_for(left.len(), right.len(), opts.dedup));
    }
    let opts = &opts;
    let (l, r) = (left.len() as u64, right.len() as u64);
    let possible = if opts.dedup {
        l * l.saturating_sub(1) / 2
    } else {
        l * r
    };
    let blocked = match opts.blocking {
        Blocking::Always => true,
        Blocking::Never => false,
        Blocking::Auto => l * r > AUTO_BLOCKING_ABOVE,
    };
    let (mut links, compared, blocks) = if blocked {
        blocked_pairs(left, right, opts, progress)
    } else {
        let (links, compared) = all_pairs(left, right, opts, progress);
        (links, compared, 0)
    };
    if opts.one_to_one {
        links = one_to_one(links);
    }
    links.sort_by_key(|x| (x.left, x.right));
    (
        links,
        Stats {
            possible,
            compared,
            blocked,
            blocks,
        },
    )
}

fn kernel_threshold(opts: &Options<'_>) -> f32 {
    opts.scoring.kernel_threshold()
}

/// Scores a kernel candidate; `None` below the threshold.
fn scored(a: &Encoded, b: &Encoded, l: u32, r: u32, dice: f32, opts: &Options<'_>) -> Option<Link> {
    let (score, evidence) = opts.scoring.score(a, b, dice, opts.tf);
    (score >= opts.threshold).then_some(Link {
        left: l,
        right: r,
        score,
        evidence,
    })
}

fn all_pairs(
    left: &[Encoded],
    right: &[Encoded],
    opts: &Options<'_>,
    progress: Option<Progress<'_>>,
) -> (Vec<Link>, u64) {
    let lf: Vec<Filter> = left.iter().map(|e| e.filter).collect();
    let rf: Vec<Filter> = right.iter().map(|e| e.filter).collect();
    let t = kernel_threshold(opts);
    // Left in slices so that progress can be shown; each slice is all-pairs against the
    // whole right side.
    let slice = 8192usize;
    let total = left.len().div_ceil(slice) as u64;
    let mut links = Vec::new();
    let mut compared = 0;
    for (si, chunk) in lf.chunks(slice).enumerate() {
        let base = (si * slice) as u32;
        let (found, stats) = kernel::all_pairs_map(chunk, &rf, t, opts.backend, |c| {
            let (l, r) = (base + c.left, c.right);
            if opts.dedup && l >= r {
                return None;
            }
            let (a, b) = (left.get(l as usize)?, right.get(r as usize)?);
            scored(a, b, l, r, c.score, opts)
        });
        compared += stats.compared;
        links.extend(found);
        if let Some(p) = progress {
            p(si as u64 + 1, total);
        }
    }
    (links, compared)
}

/// The smallest blocking key two people share.
fn first_shared(a: &[u64], b: &[u64]) -> Option<u64> {
    let (mut i, mut j) = (0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Equal => return Some(*x),
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    None
}

fn blocked_pairs(
    left: &[Encoded],
    right: &[Encoded],
    opts: &Options<'_>,
    progress: Option<Progress<'_>>,
) -> (Vec<Link>, u64, u64) {
    let index = |side: &[Encoded]| {
        let mut m: HashMap<u64, Vec<u32>> = HashMap::new();
        for (i, e) in side.iter().enumerate() {
            for &k in &e.blocks {
                m.entry(k).or_default().push(i as u32);
            }
        }
        m
    };
    let li = index(left);
    let ri = if opts.dedup { None } else { Some(index(right)) };
    let mut blocks: Vec<(u64, &Vec<u32>, &Vec<u32>)> = li
        .iter()
        .filter_map(|(k, ls)| {
            let rs = match &ri {
                Some(ri) => ri.get(k)?,
                None => ls,
            };
            Some((*k, ls, rs))
        })
        .collect();
    // Largest first, so that no core is left with a big block at the end.
    blocks.sort_unstable_by_key(|(k, l, r)| (std::cmp::Reverse(l.len() * r.len()), *k));
    let total = blocks.len() as u64;
    let done = AtomicU64::new(0);
    let t = kernel_threshold(opts);
    let results: Vec<(Vec<Link>, u64)> = blocks
        .par_iter()
        .map(|&(key, ls, rs)| {
            let out = block_pairs(key, ls, rs, left, right, t, opts);
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if let Some(p) = progress
                && (n.is_multiple_of(1024) || n == total)
            {
                p(n, total);
            }
            out
        })
        .collect();
    let compared = results.iter().map(|r| r.1).sum();
    let links = results.into_iter().flat_map(|r| r.0).collect();
    (links, compared, total)
}

/// The pairs of one block. A pair sharing several keys is kept only in the block of the
/// smallest, so that it is reported once.
fn block_pairs(
    key: u64,
    ls: &[u32],
    rs: &[u32],
    left: &[Encoded],
    right: &[Encoded],
    t: f32,
    opts: &Options<'_>,
) -> (Vec<Link>, u64) {
    let rf: Vec<Filter> = rs
        .iter()
        .filter_map(|&i| right.get(i as usize).map(|e| e.filter))
        .collect();
    let mut found = Vec::new();
    let pick = |l: u32, r: u32, dice: f32| -> Option<Link> {
        if opts.dedup && l >= r {
            return None;
        }
        let (a, b) = (left.get(l as usize)?, right.get(r as usize)?);
        if first_shared(&a.blocks, &b.blocks) != Some(key) {
            return None;
        }
        scored(a, b, l, r, dice, opts)
    };
    let mut compared = 0u64;
    if ls.len() * rs.len() <= SMALL_BLOCK {
        let rpc: Vec<u32> = rf.iter().map(Filter::popcount).collect();
        let mut buf = vec![0u32; rf.len()];
        for &l in ls {
            let Some(a) = left.get(l as usize) else {
                continue;
            };
            let pa = a.filter.popcount();
            kernel::intersections(&a.filter, &rf, &mut buf, opts.backend);
            compared += rf.len() as u64;
            for ((&inter, &pb), &r) in buf.iter().zip(&rpc).zip(rs) {
                let dice = kernel::dice_from_counts(pa, pb, inter);
                if dice >= t {
                    found.extend(pick(l, r, dice));
                }
            }
        }
    } else {
        let lf: Vec<Filter> = ls
            .iter()
            .filter_map(|&i| left.get(i as usize).map(|e| e.filter))
            .collect();
        let (kept, stats) = kernel::all_pairs_map(&lf, &rf, t, opts.backend, |c| {
            let (&l, &r) = (ls.get(c.left as usize)?, rs.get(c.right as usize)?);
            pick(l, r, c.score)
        });
        compared += stats.compared;
        found.extend(kept);
    }
    (found, compared)
}

/// Greedy one-to-one assignment: best score first, each person used once.
fn one_to_one(mut links: Vec<Link>) -> Vec<Link> {
    links.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.left.cmp(&b.left))
            .then(a.right.cmp(&b.right))
    });
    let mut used_l = std::collections::HashSet::new();
    let mut used_r = std::collections::HashSet::new();
    links
        .into_iter()
        .filter(|x| {
            if used_l.contains(&x.left) || used_r.contains(&x.right) {
                return false;
            }
            used_l.insert(x.left);
            used_r.insert(x.right);
            true
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::{Encoder, Person};
    use crate::token::LinkageSecret;
    use malines_names::name::BirthDate;

    fn encode(rows: &[(&str, &str, &str)]) -> Vec<Encoded> {
        let mut e = Encoder::new(&LinkageSecret::new(1, [9; 32]));
        rows.iter()
            .map(|(g, f, d)| {
                e.encode(&Person {
                    given: g,
                    family: f,
                    dob: BirthDate::parse(d),
                    other: Vec::new(),
                })
                .unwrap()
            })
            .collect()
    }

    const LEFT: [(&str, &str, &str); 5] = [
        ("Khalid", "El Amrani", "1987-03-12"),
        ("Amina", "Tazi", "1990-05-17"),
        ("Sophie", "Martin", "1979-11-02"),
        ("Youssef", "Benali", "1985"),
        ("Pieter", "Janssens", "1969-01-30"),
    ];
    const RIGHT: [(&str, &str, &str); 6] = [
        ("Jalid", "Elamrani", "1987-03-12"),
        ("Amina", "Tazi", "1990-05-17"),
        ("Amina", "Tazi", "1990-05-18"),
        ("Youssouf", "Ben Ali", "1985-07-04"),
        ("Marc", "Dubois", "1955-06-21"),
        ("Pedro", "García", "1970-12-08"),
    ];

    fn pairs(links: &[Link]) -> Vec<(u32, u32)> {
        links.iter().map(|l| (l.left, l.right)).collect()
    }

    #[test]
    fn finds_the_true_pairs_many_to_many() {
        let (l, r) = (encode(&LEFT), encode(&RIGHT));
        let opts = Options {
            blocking: Blocking::Never,
            ..Options::default()
        };
        let (links, stats) = link(&l, &r, &opts, None);
        // Amina Tazi meets both right-hand Aminas: many to many.
        assert_eq!(pairs(&links), vec![(0, 0), (1, 1), (1, 2), (3, 3)]);
        assert_eq!(stats.possible, 30);
        assert!(!stats.blocked);
        for x in &links {
            assert!(x.score >= opts.threshold && x.score <= 1.0);
        }
    }

    #[test]
    fn one_to_one_keeps_the_best_pair_of_each_person() {
        let (l, r) = (encode(&LEFT), encode(&RIGHT));
        let opts = Options {
            one_to_one: true,
            ..Options::default()
        };
        let (links, _) = link(&l, &r, &opts, None);
        assert_eq!(pairs(&links), vec![(0, 0), (1, 1), (3, 3)]);
    }

    #[test]
    fn blocking_finds_what_all_pairs_find_here_each_pair_once() {
        let (l, r) = (encode(&LEFT), encode(&RIGHT));
        let all = link(
            &l,
            &r,
            &Options {
                blocking: Blocking::Never,
                ..Options::default()
            },
            None,
        );
        let blocked = link(
            &l,
            &r,
            &Options {
                blocking: Blocking::Always,
                ..Options::default()
            },
            None,
        );
        assert!(blocked.1.blocked);
        assert!(blocked.1.compared < all.1.compared);
        assert_eq!(pairs(&blocked.0), pairs(&all.0));
        for (a, b) in blocked.0.iter().zip(&all.0) {
            assert_eq!(a.score, b.score);
        }
    }

    #[test]
    fn dedup_reports_each_pair_once_and_nobody_with_themself() {
        let mut rows = RIGHT.to_vec();
        rows.push(("Jalid", "El Amrani", "1987-03-12"));
        let e = encode(&rows);
        for blocking in [Blocking::Never, Blocking::Always] {
            let opts = Options {
                dedup: true,
                blocking,
                ..Options::default()
            };
            let (links, stats) = link(&e, &[], &opts, None);
            assert_eq!(pairs(&links), vec![(0, 6), (1, 2)], "{blocking:?}");
            assert_eq!(stats.possible, 21);
        }
    }

    #[test]
    fn progress_reaches_the_end() {
        let (l, r) = (encode(&LEFT), encode(&RIGHT));
        for blocking in [Blocking::Never, Blocking::Always] {
            let last = std::sync::Mutex::new((0, 0));
            let p = |d: u64, t: u64| *last.lock().unwrap() = (d, t);
            link(
                &l,
                &r,
                &Options {
                    blocking,
                    ..Options::default()
                },
                Some(&p),
            );
            let (d, t) = *last.lock().unwrap();
            assert!(t > 0 && d == t, "{blocking:?}: {d}/{t}");
        }
    }
}
