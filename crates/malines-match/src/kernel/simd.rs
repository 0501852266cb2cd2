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
