//! A small seeded generator, written here so that a seed gives the same scenario on every
//! platform and with every version of every dependency: xoshiro256** (Blackman and Vigna,
//! 2018), seeded through SplitMix64 as its authors recommend.

/// xoshiro256**: fast, 256 bits of state, good enough statistically for test data (not for
/// anything secret).
#[derive(Debug, Clone)]
pub(crate) struct Rng {
    s: [u64; 4],
}

/// SplitMix64: turns one 64-bit seed into a stream of well-mixed words.
fn splitmix64(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        let mut x = seed;
        let s = [
            splitmix64(&mut x),
            splitmix64(&mut x),
            splitmix64(&mut x),
            splitmix64(&mut x),
        ];
        Rng { s }
    }

    /// An independent stream for one part of the scenario, so that drawing more numbers in
    /// one part does not reshuffle the others.
    pub(crate) fn fork(&mut self, label: &str) -> Rng {
        // FNV-1a of the label, mixed with a draw from this stream.
        let mut h: u64 = 0xCBF2_9CE4_8422_2325;
        for b in label.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01B3);
        }
        Rng::new(self.next_u64() ^ h)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        let [s0, s1, s2, s3] = &mut self.s;
        let result = s1.wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = *s1 << 17;
        *s2 ^= *s0;
        *s3 ^= *s1;
        *s1 ^= *s2;
        *s0 ^= *s3;
        *s2 ^= t;
        *s3 = s3.rotate_left(45);
        result
    }

    /// A number in `0..n` (0 when `n` is 0), by Lemire's multiply-shift; the bias, below
    /// 2⁻⁵⁰ for the sizes used here, does not matter for test data.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        let n = n as u64;
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as usize
    }

    /// A number in `lo..=hi`.
    pub(crate) fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        let span = (hi - lo) as u64 + 1;
        lo + ((u128::from(self.next_u64()) * u128::from(span)) >> 64) as i64
    }

    /// A uniform float in `[0, 1)`.
    pub(crate) fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// True with probability `p`.
    pub(crate) fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub(crate) fn pick<'a, T>(&mut self, xs: &'a [T]) -> Option<&'a T> {
        xs.get(self.below(xs.len()))
    }

    /// A string from a list, or `""` from an empty one.
    pub(crate) fn pick_str(&mut self, xs: &[&'static str]) -> &'static str {
        self.pick(xs).copied().unwrap_or("")
    }

    /// An index drawn with the given weights (0 if they are all 0).
    pub(crate) fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u64 = weights.iter().map(|&w| u64::from(w)).sum();
        if total == 0 {
            return 0;
        }
        let mut x = ((u128::from(self.next_u64()) * u128::from(total)) >> 64) as u64;
        for (i, &w) in weights.iter().enumerate() {
            let w = u64::from(w);
            if x < w {
                return i;
            }
            x -= w;
        }
        weights.len().saturating_sub(1)
    }

    /// A digit string of length `n`.
    pub(crate) fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }

    /// `n` letters drawn from `alphabet`.
    pub(crate) fn letters(&mut self, n: usize, alphabet: &str) -> String {
        let chars: Vec<char> = alphabet.chars().collect();
        (0..n).filter_map(|_| self.pick(&chars).copied()).collect()
    }

    /// Shuffles in place (Fisher–Yates).
    pub(crate) fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = self.below(i + 1);
            xs.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream() {
        let mut a = Rng::new(42);
        let mut b = Rng::new(42);
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
        }
        assert_ne!(Rng::new(1).next_u64(), Rng::new(2).next_u64());
    }

    #[test]
    fn splitmix_reference_values() {
        // First outputs of SplitMix64 seeded with 1234567 (Vigna's reference implementation).
        let mut x = 1_234_567u64;
        assert_eq!(splitmix64(&mut x), 6_457_827_717_110_365_317);
        assert_eq!(splitmix64(&mut x), 3_203_168_211_198_807_973);
    }

    #[test]
    fn draws_stay_in_range() {
        let mut r = Rng::new(7);
        for _ in 0..1000 {
            assert!(r.below(5) < 5);
            let x = r.range(-3, 3);
            assert!((-3..=3).contains(&x));
            assert!(r.weighted(&[0, 3, 0, 1]) % 2 == 1);
        }
        assert_eq!(r.below(0), 0);
        assert_eq!(r.weighted(&[]), 0);
    }
}
