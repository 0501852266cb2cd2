//! Matching on encodings: the comparison kernels (and, next, the keyed encodings and
//! blocking of SPEC §4).
//!
//! - [`Filter`]: a 1024-bit Bloom-filter encoding.
//! - [`token`]: keyed 128-bit tokens of normalised identifiers (HMAC-SHA256, version 1).
//! - [`kernel`]: Dice similarity of filters, one pair or all pairs above a threshold, with a
//!   popcount bound that skips impossible pairs, runtime-dispatched SIMD (AVX-512 VPOPCNTDQ,
//!   AVX2, scalar), cache tiling and rayon across cores.
//!
//! This is the only crate of the workspace allowed `unsafe`, and only in
//! [`kernel::simd`], for the SIMD intrinsics; every block says why it is sound.

pub mod file;
pub mod kernel;
pub mod link;
pub mod person;
pub mod score;
pub mod token;

/// Bits in a filter.
pub const BITS: usize = 1024;
/// 64-bit words in a filter.
pub const WORDS: usize = BITS / 64;

/// A 1024-bit filter, aligned to a cache line so that SIMD loads never straddle two.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(C, align(64))]
pub struct Filter(pub [u64; WORDS]);

impl Default for Filter {
    fn default() -> Self {
        Filter([0; WORDS])
    }
}

impl std::fmt::Debug for Filter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Filter({} bits set)", self.popcount())
    }
}

impl Filter {
    /// Sets bit `i` (taken modulo [`BITS`]).
    pub fn set(&mut self, i: usize) {
        let i = i % BITS;
        if let Some(w) = self.0.get_mut(i / 64) {
            *w |= 1u64 << (i % 64);
        }
    }

    /// Whether bit `i` (modulo [`BITS`]) is set.
    pub fn get(&self, i: usize) -> bool {
        let i = i % BITS;
        self.0.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 1)
    }

    /// Number of bits set.
    pub fn popcount(&self) -> u32 {
        self.0.iter().map(|w| w.count_ones()).sum()
    }

    /// The filter from 128 bytes, little-endian words (the byte order of `to_bytes`).
    pub fn from_bytes(bytes: &[u8; BITS / 8]) -> Filter {
        let mut f = Filter::default();
        for (w, chunk) in f.0.iter_mut().zip(bytes.chunks_exact(8)) {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            *w = u64::from_le_bytes(b);
        }
        f
    }

    /// 128 bytes, little-endian words.
    pub fn to_bytes(&self) -> [u8; BITS / 8] {
        let mut out = [0u8; BITS / 8];
        for (chunk, w) in out.chunks_exact_mut(8).zip(self.0.iter()) {
            chunk.copy_from_slice(&w.to_le_bytes());
        }
        out
    }
}
