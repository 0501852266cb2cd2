//! The intersections of one filter with many, per instruction set. Each function writes, for
//! every filter of `rights`, the number of bits it shares with `a`. All return the same
//! integers; the property tests hold them to it.

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

#[cfg(target_arch = "x86_64")]
pub(crate) mod x86 {
    use std::arch::x86_64::*;

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

    /// The threshold test inside the SIMD loop: for each right filter `r` whose intersection
    /// with `a` reaches `need(r) = ⌊(pa + pb(r)) · t16 / 2¹⁷⌋` (`t16 = ⌊t · 2¹⁶⌋`, so `need` is
    /// a lower bound of what a Dice of `t` requires and no such pair is missed), pushes its
    /// index in `rights` and the exact intersection onto `hits`. Eight filters per step; the
    /// caller checks the exact score of each hit. `pcs` are the popcounts of `rights`, `pbts`
    /// those times `t16`, `his` the popcounts of their second halves (bits 512–1023), `a_hi`
    /// that of `a`.
    ///
    /// The first halves are compared first: their intersection plus the smaller of the two
    /// second-half popcounts bounds the whole intersection, and when no filter of the eight can
    /// reach its need that way, their second halves are never read.
    ///
    /// # Safety
    /// The processor must support AVX-512F and AVX-512 VPOPCNTDQ.
    #[target_feature(enable = "avx512f,avx512vpopcntdq")]
    #[allow(clippy::too_many_arguments)]
    pub(crate) unsafe fn hits_avx512(
        a: &Filter,
        pa: u32,
        a_hi: u32,
        t16: u32,
        rights: &[Filter],
        pcs: &[u32],
        pbts: &[u64],
        his: &[u64],
        hits: &mut Vec<(u32, u32)>,
    ) {
        let n = rights.len().min(pcs.len()).min(pbts.len()).min(his.len());
        let v_ahi = _mm512_set1_epi64(i64::from(a_hi));
        let pa_ptr = a.0.as_ptr().cast::<__m512i>();
        // SAFETY: a `Filter` is 128 bytes aligned to 64: loads at offsets 0 and 64 stay in it.
        let (a0, a1) = unsafe { (_mm512_load_si512(pa_ptr), _mm512_load_si512(pa_ptr.add(1))) };
        let v_pat = _mm512_set1_epi64((u64::from(pa) * u64::from(t16)) as i64);
        let first = |r: &Filter| {
            // SAFETY: as above, for the filter `r` (bytes 0 to 63).
            let r0 = unsafe { _mm512_load_si512(r.0.as_ptr().cast::<__m512i>()) };
            _mm512_popcnt_epi64(_mm512_and_si512(a0, r0))
        };
        let second = |r: &Filter| {
            // SAFETY: as above, for the filter `r` (bytes 64 to 127).
            let r1 = unsafe { _mm512_load_si512(r.0.as_ptr().cast::<__m512i>().add(1)) };
            _mm512_popcnt_epi64(_mm512_and_si512(a1, r1))
        };
        // Per-lane counts of one half are at most 64 and a filter's sum at most 512 < 2¹⁶:
        // four filters' lane counts pack into the 16-bit fields of each 64-bit lane, and sums
        // of lanes add all four at once without carries between them.
        let pack4 = |x0: __m512i, x1: __m512i, x2: __m512i, x3: __m512i| {
            _mm512_or_si512(
                _mm512_or_si512(x0, _mm512_slli_epi64::<16>(x1)),
                _mm512_or_si512(_mm512_slli_epi64::<32>(x2), _mm512_slli_epi64::<48>(x3)),
            )
        };
        let groups = n / 8;
        for g in 0..groups {
            let j = g * 8;
            let (Some(rs), Some(pbt8), Some(hi8)) =
                (rights.get(j..j + 8), pbts.get(j..j + 8), his.get(j..j + 8))
            else {
                break;
            };
            let [r0, r1, r2, r3, r4, r5, r6, r7] = rs else {
                break;
            };
            let sum8 = |f: &dyn Fn(&Filter) -> __m512i| {
                let va = pack4(f(r0), f(r1), f(r2), f(r3));
                let vb = pack4(f(r4), f(r5), f(r6), f(r7));
                // Both reduced together: pairs of lanes, then 128-bit pairs, then halves;
                // the low 128 bits end as [Σva, Σvb], eight 16-bit sums, widened to 64 bits.
                let x =
                    _mm512_add_epi64(_mm512_unpacklo_epi64(va, vb), _mm512_unpackhi_epi64(va, vb));
                let y = _mm512_add_epi64(x, _mm512_shuffle_i64x2::<0b10_11_00_01>(x, x));
                let z = _mm512_add_epi64(y, _mm512_shuffle_i64x2::<0b01_00_11_10>(y, y));
                _mm512_cvtepu16_epi64(_mm512_castsi512_si128(z))
            };
            // SAFETY: `pbt8` and `hi8` hold eight u64 each: unaligned 64-byte loads.
            let (v_pbt, v_hi) = unsafe {
                (
                    _mm512_loadu_si512(pbt8.as_ptr().cast()),
                    _mm512_loadu_si512(hi8.as_ptr().cast()),
                )
            };
            let need = _mm512_srli_epi64::<17>(_mm512_add_epi64(v_pat, v_pbt));
            let firsts = sum8(&first);
            let bound = _mm512_add_epi64(firsts, _mm512_min_epu64(v_hi, v_ahi));
            if _mm512_cmpge_epu64_mask(bound, need) == 0 {
                continue;
            }
            let sums = _mm512_add_epi64(firsts, sum8(&second));
            let mut mask = _mm512_cmpge_epu64_mask(sums, need);
            if mask == 0 {
                continue;
            }
            let mut lanes = [0u64; 8];
            // SAFETY: `lanes` is 64 bytes; an unaligned store fits.
            unsafe { _mm512_storeu_si512(lanes.as_mut_ptr().cast(), sums) };
            while mask != 0 {
                let k = mask.trailing_zeros() as usize;
                mask &= mask - 1;
                if let Some(&v) = lanes.get(k) {
                    // At most 1024: fits in u32.
                    hits.push(((j + k) as u32, v as u32));
                }
            }
        }
        let done = groups * 8;
        let mut rest = [0u32; 8];
        if let (Some(rs), Some(pcs)) = (rights.get(done..n), pcs.get(done..n)) {
            // Exactly as long as `rs`: `intersections_avx512` pairs its chunks of four.
            let out = rest.get_mut(..rs.len()).unwrap_or(&mut []);
            // SAFETY: the caller guarantees AVX-512F and VPOPCNTDQ, as this function needs.
            unsafe { intersections_avx512(a, rs, out) };
            for (k, (&inter, &pb)) in rest.iter().zip(pcs).enumerate() {
                let need = (u64::from(pa + pb) * u64::from(t16)) >> 17;
                if u64::from(inter) >= need {
                    hits.push(((done + k) as u32, inter));
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
