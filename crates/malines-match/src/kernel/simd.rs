//! The intersections of one filter with many, per instruction set. Each function writes, for
//! every filter of `rights`, the number of bits it shares with `a`. All return the same
//! integers; the property tests hold them to it.

// The block layout is read by the x86 code only.
#![cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]

use crate::Filter;

/// Portable version, for any processor.
pub(crate) fn intersections_scalar(a: &Filter, rights: &[Filter], out: &mut [u32]) {
    for (r, o) in rights.iter().zip(out.iter_mut()) {
        *o =
            a.0.iter()
                .zip(r.0.iter())
                .map(|(x, y)| (x & y).count_ones())
                .sum();
    }
}

/// Filters per block: one per 32-bit lane of a 512-bit register.
pub(crate) const LANES: usize = 16;

/// 32-bit words of each filter compared before the rest in the AVX-512 loop. On random
/// filters with 30 % of bits set at threshold 0.8, the first 384 bits plus the smaller
/// popcount of the rest almost never reach the need (about 4 pairs in 10⁶), while 320 bits
/// let 3 % through.
pub(crate) const PREFIX: usize = 12;

// Whole 64-bit words, inside the first 512 bits (the AVX-512 loop's mask for `a`'s rest).
const _: () = assert!(PREFIX.is_multiple_of(2) && PREFIX <= crate::WORDS);

/// The 32-bit words after the prefix.
const TAIL: usize = 2 * crate::WORDS - PREFIX;

/// Where, after the prefix, the bound is tested again (in 32-bit words from the start): for
/// thresholds a little lower than 0.8 (0.7) the first 384 bits do not rule out random
/// filters, but the first 512 do. (More checks, at 640 and 768 bits, would help at 0.6 and
/// 0.55 but cost more than they save at 0.5 and below, where nothing is ruled out.)
const CHECKS: [usize; 1] = [16];

// After the prefix, in the second 512 bits (where the AVX-512 loop counts `a`'s rest).
const _: () = assert!(PREFIX < CHECKS[0]);
const _: () = assert!(LANES <= CHECKS[0] && CHECKS[0] < 2 * crate::WORDS);

/// A block of sixteen right filters laid out for the AVX-512 loop, word by word: row `j` holds
/// 32-bit word `j` of each of the sixteen (one lane per filter), so that the intersections
/// of one left filter with all sixteen add up lane by lane. The first [`PREFIX`] words are in
/// a [`Head`], with what the bound needs, the others in a [`Tail`], apart, so that the loop
/// over heads reads memory that holds nothing else.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
pub(crate) struct Head {
    /// Popcounts times `t16` (at most 2¹⁰ · 2¹⁶).
    pub(crate) pbt: [u32; LANES],
    /// Popcounts of the words of the [`Tail`].
    pub(crate) rest: [u32; LANES],
    pub(crate) words: [[u32; LANES]; PREFIX],
}

/// The words of a block after its [`Head`]'s.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
pub(crate) struct Tail {
    /// Row `i`: the popcounts of the words from `CHECKS[i]` on.
    pub(crate) rests: [[u32; LANES]; CHECKS.len()],
    pub(crate) words: [[u32; LANES]; TAIL],
}

/// Filters laid out in blocks: filter `i` is lane `i % LANES` of block `i / LANES`. Lanes
/// after the last filter hold zeros.
#[derive(Debug, Default)]
pub(crate) struct Blocks {
    pub(crate) heads: Vec<Head>,
    pub(crate) tails: Vec<Tail>,
}

/// A block whose head let some lanes through, waiting for its tail.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
struct Passed {
    /// The head's intersections, lane by lane.
    sum: [u32; LANES],
    /// What each lane needs.
    need: [u32; LANES],
    /// The block, counted from the first of the span.
    block: usize,
    /// The lanes let through.
    mask: u16,
}

/// Room for the blocks one call of `x86::hits_avx512` lets through its first loop, kept from
/// call to call to spare allocations.
#[derive(Debug, Default)]
pub(crate) struct Scratch(Vec<Passed>);

/// The 32-bit words of a filter, low half of each 64-bit word first.
fn dwords(f: &Filter) -> impl Iterator<Item = u32> + '_ {
    f.0.iter().flat_map(|&w| [w as u32, (w >> 32) as u32])
}

impl Blocks {
    /// `filters`, with their popcounts `pcs`, for threshold `t16` (see `x86::hits_avx512`).
    pub(crate) fn new(filters: &[Filter], pcs: &[u32], t16: u32) -> Blocks {
        let mut blocks = Blocks::default();
        for (fs, ps) in filters.chunks(LANES).zip(pcs.chunks(LANES)) {
            let mut head = Head {
                pbt: [0; LANES],
                rest: [0; LANES],
                words: [[0; LANES]; PREFIX],
            };
            let mut tail = Tail {
                rests: [[0; LANES]; CHECKS.len()],
                words: [[0; LANES]; TAIL],
            };
            for (k, (f, &p)) in fs.iter().zip(ps).enumerate() {
                let rows = head.words.iter_mut().chain(tail.words.iter_mut());
                for (row, w) in rows.zip(dwords(f)) {
                    if let Some(x) = row.get_mut(k) {
                        *x = w;
                    }
                }
                if let (Some(pbt), Some(rest)) = (head.pbt.get_mut(k), head.rest.get_mut(k)) {
                    *pbt = p * t16;
                    *rest = dwords(f).skip(PREFIX).map(u32::count_ones).sum();
                }
                for (row, &from) in tail.rests.iter_mut().zip(CHECKS.iter()) {
                    if let Some(x) = row.get_mut(k) {
                        *x = dwords(f).skip(from).map(u32::count_ones).sum();
                    }
                }
            }
            blocks.heads.push(head);
            blocks.tails.push(tail);
        }
        blocks
    }
}

#[cfg(target_arch = "x86_64")]
pub(crate) mod x86 {
    use std::arch::x86_64::*;

    use super::{Blocks, CHECKS, LANES, PREFIX, Passed, Scratch, TAIL, dwords};
    use crate::Filter;

    /// The portable loop compiled with the `popcnt` instruction.
    ///
    /// # Safety
    /// The processor must support `popcnt`.
    #[target_feature(enable = "popcnt")]
    pub(crate) unsafe fn intersections_popcnt(a: &Filter, rights: &[Filter], out: &mut [u32]) {
        super::intersections_scalar(a, rights, out);
    }

    /// Two 512-bit AND + VPOPCNTQ per filter.
    ///
    /// # Safety
    /// The processor must support AVX-512F and AVX-512 VPOPCNTDQ.
    #[target_feature(enable = "avx512f,avx512vpopcntdq")]
    pub(crate) unsafe fn intersections_avx512(a: &Filter, rights: &[Filter], out: &mut [u32]) {
        // The same length on both sides, so that the chunks of four below pair up.
        let n = rights.len().min(out.len());
        let (rights, out) = (
            rights.get(..n).unwrap_or(&[]),
            out.get_mut(..n).unwrap_or(&mut []),
        );
        let pa = a.0.as_ptr().cast::<__m512i>();
        // SAFETY: a `Filter` is 128 bytes aligned to 64: two aligned 64-byte loads at offsets 0
        // and 64 stay inside it.
        let (a0, a1) = unsafe { (_mm512_load_si512(pa), _mm512_load_si512(pa.add(1))) };
        // Four filters per step. Each lane count is at most 128 and each filter's total at
        // most 1024 < 2^16, so the four per-lane counts can be packed into 16-bit fields of
        // one 64-bit lane and summed by a single horizontal reduction.
        let count = |r: &Filter| {
            let pr = r.0.as_ptr().cast::<__m512i>();
            // SAFETY: as above, for the filter `r`.
            let (r0, r1) = unsafe { (_mm512_load_si512(pr), _mm512_load_si512(pr.add(1))) };
            _mm512_add_epi64(
                _mm512_popcnt_epi64(_mm512_and_si512(a0, r0)),
                _mm512_popcnt_epi64(_mm512_and_si512(a1, r1)),
            )
        };
        let mut quads = rights.chunks_exact(4);
        let mut outs = out.chunks_exact_mut(4);
        for (rq, oq) in (&mut quads).zip(&mut outs) {
            let [r0, r1, r2, r3] = rq else { continue };
            let packed = _mm512_or_si512(
                _mm512_or_si512(count(r0), _mm512_slli_epi64::<16>(count(r1))),
                _mm512_or_si512(
                    _mm512_slli_epi64::<32>(count(r2)),
                    _mm512_slli_epi64::<48>(count(r3)),
                ),
            );
            let sums = _mm512_reduce_add_epi64(packed) as u64;
            for (k, o) in oq.iter_mut().enumerate() {
                *o = ((sums >> (16 * k)) & 0xffff) as u32;
            }
        }
        for (r, o) in quads
            .remainder()
            .iter()
            .zip(outs.into_remainder().iter_mut())
        {
            // At most 1024: fits in u32.
            *o = _mm512_reduce_add_epi64(count(r)) as u32;
        }
    }

    /// The threshold test inside the SIMD loop, on [`Blocks`] of sixteen right filters: for
    /// each filter `r` of `start..end` in `blocks` whose intersection with `a` reaches
    /// `need(r) = ⌊(pa + pb(r)) · t16 / 2¹⁷⌋` (`t16 = ⌊t · 2¹⁶⌋`, so `need` is a lower bound
    /// of what a Dice of `t` requires and no such pair is missed), pushes its index from
    /// `start` and the exact intersection onto `hits`; the caller checks the exact score of
    /// each hit.
    ///
    /// A first loop compares the first [`PREFIX`] 32-bit words of sixteen filters at once,
    /// word `j` of `a` against word `j` of each (a broadcast, an AND and one VPOPCNTD per
    /// word, summed lane by lane: no horizontal reduction). That intersection plus the smaller
    /// of the two popcounts of the other words bounds the whole intersection; the blocks where
    /// that bound reaches the need in some lane are kept in `scratch`, and a second loop
    /// compares the other words of those only, testing the bound again at each of [`CHECKS`].
    /// Two loops, so that each keeps its own words of `a` in registers.
    ///
    /// # Safety
    /// The processor must support AVX-512F and AVX-512 VPOPCNTDQ.
    #[target_feature(enable = "avx512f,avx512vpopcntdq")]
    #[allow(clippy::too_many_arguments)]
    pub(crate) unsafe fn hits_avx512(
        a: &Filter,
        pa: u32,
        t16: u32,
        blocks: &Blocks,
        start: usize,
        end: usize,
        scratch: &mut Scratch,
        hits: &mut Vec<(u32, u32)>,
    ) {
        let first = start / LANES;
        let last = end.div_ceil(LANES);
        let (Some(heads), Some(tails)) =
            (blocks.heads.get(first..last), blocks.tails.get(first..last))
        else {
            return;
        };
        let passed = &mut scratch.0;
        passed.clear();
        passed.reserve(heads.len());

        let mut a_head = [_mm512_setzero_si512(); PREFIX];
        for (v, w) in a_head.iter_mut().zip(dwords(a)) {
            *v = _mm512_set1_epi32(w as i32);
        }
        let pa_ptr = a.0.as_ptr().cast::<__m512i>();
        // SAFETY: a `Filter` is 128 bytes aligned to 64: loads at offsets 0 and 64 stay in it.
        let (a0, a1) = unsafe { (_mm512_load_si512(pa_ptr), _mm512_load_si512(pa_ptr.add(1))) };
        // The popcount of the words after the prefix (64-bit words `PREFIX / 2` on).
        let tail_words = (0xffu32 << (PREFIX / 2)) as u8;
        let a_rest = _mm512_reduce_add_epi64(_mm512_add_epi64(
            _mm512_maskz_popcnt_epi64(tail_words, a0),
            _mm512_popcnt_epi64(a1),
        ));
        let v_arest = _mm512_set1_epi32(a_rest as i32);
        // At most 2¹⁰ · 2¹⁶: fits in u32, and so does its sum with a `pbt`.
        let v_pat = _mm512_set1_epi32((pa * t16) as i32);
        for (block, h) in heads.iter().enumerate() {
            let mut sum = _mm512_setzero_si512();
            for (&va, w) in a_head.iter().zip(h.words.iter()) {
                // SAFETY: `Head` is aligned to 64 and each of its rows is 64 bytes at a
                // multiple of 64: an aligned load inside it.
                let vb = unsafe { _mm512_load_si512(w.as_ptr().cast()) };
                sum = _mm512_add_epi32(sum, _mm512_popcnt_epi32(_mm512_and_si512(va, vb)));
            }
            // SAFETY: as above, for the rows `pbt` and `rest`.
            let (v_pbt, v_rest) = unsafe {
                (
                    _mm512_load_si512(h.pbt.as_ptr().cast()),
                    _mm512_load_si512(h.rest.as_ptr().cast()),
                )
            };
            let need = _mm512_srli_epi32::<17>(_mm512_add_epi32(v_pat, v_pbt));
            let bound = _mm512_add_epi32(sum, _mm512_min_epu32(v_rest, v_arest));
            // Lanes outside `start..end` (in the first and last block) are dropped at the end,
            // off this hot path.
            let mask = _mm512_cmpge_epu32_mask(bound, need);
            if mask != 0 {
                let mut p = Passed {
                    sum: [0; LANES],
                    need: [0; LANES],
                    block,
                    mask,
                };
                // SAFETY: `sum` and `need` are 64 bytes each; unaligned stores fit.
                unsafe {
                    _mm512_storeu_si512(p.sum.as_mut_ptr().cast(), sum);
                    _mm512_storeu_si512(p.need.as_mut_ptr().cast(), need);
                }
                passed.push(p);
            }
        }

        if passed.is_empty() {
            return;
        }
        let mut a_tail = [_mm512_setzero_si512(); TAIL];
        for (v, w) in a_tail.iter_mut().zip(dwords(a).skip(PREFIX)) {
            *v = _mm512_set1_epi32(w as i32);
        }
        // The popcounts of `a`'s words from each of `CHECKS` on (all in its second 512 bits).
        let a1_counts = _mm512_popcnt_epi32(a1);
        let a_rests = CHECKS.map(|from| {
            let words = (0xffffu32 << from.saturating_sub(LANES)) as u16;
            _mm512_set1_epi32(_mm512_mask_reduce_add_epi32(words, a1_counts))
        });
        'blocks: for p in passed.iter() {
            let Some(t) = tails.get(p.block) else {
                continue;
            };
            // SAFETY: `Passed` is aligned to 64, `sum` and `need` are its first two 64 bytes.
            let (mut sum, need) = unsafe {
                (
                    _mm512_load_si512(p.sum.as_ptr().cast()),
                    _mm512_load_si512(p.need.as_ptr().cast()),
                )
            };
            let mut mask = p.mask;
            let mut rows = a_tail.iter().zip(t.words.iter());
            let mut done = PREFIX;
            // Up to each check, then the bound again; then the rest.
            let stages = CHECKS.iter().zip(t.rests.iter()).zip(a_rests.iter());
            for ((&upto, rest), &v_arest) in stages {
                for (&va, w) in rows.by_ref().take(upto - done) {
                    // SAFETY: `Tail` is aligned to 64 and each of its rows is 64 bytes at a
                    // multiple of 64: an aligned load inside it.
                    let vb = unsafe { _mm512_load_si512(w.as_ptr().cast()) };
                    sum = _mm512_add_epi32(sum, _mm512_popcnt_epi32(_mm512_and_si512(va, vb)));
                }
                done = upto;
                // SAFETY: as above, for the row `rest`.
                let v_rest = unsafe { _mm512_load_si512(rest.as_ptr().cast()) };
                let bound = _mm512_add_epi32(sum, _mm512_min_epu32(v_rest, v_arest));
                mask = _mm512_mask_cmpge_epu32_mask(mask, bound, need);
                if mask == 0 {
                    continue 'blocks;
                }
            }
            for (&va, w) in rows {
                // SAFETY: as above.
                let vb = unsafe { _mm512_load_si512(w.as_ptr().cast()) };
                sum = _mm512_add_epi32(sum, _mm512_popcnt_epi32(_mm512_and_si512(va, vb)));
            }
            let mut mask = _mm512_mask_cmpge_epu32_mask(mask, sum, need);
            if mask == 0 {
                continue;
            }
            let mut inters = [0u32; LANES];
            // SAFETY: `inters` is 64 bytes; an unaligned store fits.
            unsafe { _mm512_storeu_si512(inters.as_mut_ptr().cast(), sum) };
            let base = (first + p.block) * LANES;
            while mask != 0 {
                let k = mask.trailing_zeros() as usize;
                mask &= mask - 1;
                let x = base + k;
                if let (true, Some(&inter)) = ((start..end).contains(&x), inters.get(k)) {
                    hits.push(((x - start) as u32, inter));
                }
            }
        }
    }

    /// Four 256-bit AND per filter, popcount by nibble lookup (Muła's method) and byte sums.
    ///
    /// # Safety
    /// The processor must support AVX2.
    #[target_feature(enable = "avx2")]
    pub(crate) unsafe fn intersections_avx2(a: &Filter, rights: &[Filter], out: &mut [u32]) {
        let lookup = _mm256_setr_epi8(
            0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2,
            3, 3, 4,
        );
        let low = _mm256_set1_epi8(0x0f);
        let pa = a.0.as_ptr().cast::<__m256i>();
        // SAFETY: a `Filter` is 128 bytes aligned to 64: four aligned 32-byte loads at offsets
        // 0, 32, 64 and 96 stay inside it.
        let av = unsafe {
            [
                _mm256_load_si256(pa),
                _mm256_load_si256(pa.add(1)),
                _mm256_load_si256(pa.add(2)),
                _mm256_load_si256(pa.add(3)),
            ]
        };
        for (r, o) in rights.iter().zip(out.iter_mut()) {
            let pr = r.0.as_ptr().cast::<__m256i>();
            let mut acc = _mm256_setzero_si256();
            for (k, &ak) in av.iter().enumerate() {
                // SAFETY: k < 4, so the load is one of the four in-bounds loads above, for `r`.
                let rk = unsafe { _mm256_load_si256(pr.add(k)) };
                let v = _mm256_and_si256(ak, rk);
                let lo = _mm256_shuffle_epi8(lookup, _mm256_and_si256(v, low));
                let hi =
                    _mm256_shuffle_epi8(lookup, _mm256_and_si256(_mm256_srli_epi16(v, 4), low));
                acc = _mm256_add_epi8(acc, _mm256_add_epi8(lo, hi));
            }
            // Each byte of `acc` is at most 4 × 8 = 32: no overflow; sum bytes into 64-bit lanes.
            let sums = _mm256_sad_epu8(acc, _mm256_setzero_si256());
            let lanes = [
                _mm256_extract_epi64::<0>(sums),
                _mm256_extract_epi64::<1>(sums),
                _mm256_extract_epi64::<2>(sums),
                _mm256_extract_epi64::<3>(sums),
            ];
            *o = lanes.iter().sum::<i64>() as u32;
        }
    }
}
