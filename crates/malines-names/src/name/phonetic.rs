//! Phonetic symbols for name words, and the weighted edit distance that compares them.
//!
//! A word in canonical Latin letters is read into a short sequence of sound symbols, taking the
//! spelling conventions of French, Spanish, Dutch and English into account (`ou`/`oe` → U,
//! `kh` → KH, `ch`/`sh`/`sch`/`sj` → SH, `dj` → J, soft `c` → S, soft `g` → J, `q` → K, doubled
//! letters once, a silent final `e` dropped). Letters whose sound differs between conventions
//! are *not* forced into one symbol; instead the substitution costs say which symbols are close:
//! Spanish `j` (Jalid) is close to KH (Khalid), Dutch `j` (Joessef) to Y (Youssef), French `j`
//! (Jamal) to G (Gamal) and DJ. Vowels cost little: Arabic short vowels are written differently
//! in every convention (Mohamed, Muhammad, Mhamed). A word-final vowel costs more, since it often
//! carries meaning (Amin / Amina).

/// A sound symbol. 0 is unused so that arrays can be zero-filled.
pub(crate) type Sym = u8;

pub(crate) const A: Sym = 1;
pub(crate) const E: Sym = 2;
pub(crate) const I: Sym = 3;
pub(crate) const O: Sym = 4;
pub(crate) const U: Sym = 5;
const B: Sym = 6;
const P: Sym = 7;
const F: Sym = 8;
const V: Sym = 9;
const M: Sym = 10;
const N: Sym = 11;
const L: Sym = 12;
const R: Sym = 13;
const T: Sym = 14;
const D: Sym = 15;
const TH: Sym = 16;
const DH: Sym = 17;
const Z: Sym = 18;
const S: Sym = 19;
const SH: Sym = 20;
const K: Sym = 21;
const G: Sym = 22;
const GH: Sym = 23;
const KH: Sym = 24;
const H: Sym = 25;
const J: Sym = 26;
const Y: Sym = 27;
const W: Sym = 28;
const CH: Sym = 29;
const X: Sym = 30;
/// Latin "ch": sh in French (Chérif), kh in Dutch (Chalid), tch in Spanish (Chaouch).
const C2: Sym = 31;
const NSYM: usize = 32;

/// How each symbol is printed in keys: vowels in lower case, `T`=th, `D`=dh, `S`=sh, `G`=gh,
/// `x`=kh, `C`=tch, `X`=x, `c`=ch.
const GLYPH: &[u8; NSYM] = b"_aeioubpfvmnlrtdTDzsSkgGxhjywCXc";

/// Longest symbol sequence kept for a word.
pub(crate) const MAX_SYMS: usize = 24;

/// A word's symbols, inline.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Syms {
    len: u8,
    s: [Sym; MAX_SYMS],
}

impl std::fmt::Debug for Syms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.render())
    }
}

impl Syms {
    pub(crate) fn as_slice(&self) -> &[Sym] {
        self.s.get(..usize::from(self.len)).unwrap_or(&[])
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The symbols as text, e.g. `xalid` for Khalid.
    pub(crate) fn render(&self) -> String {
        self.as_slice()
            .iter()
            .map(|&s| char::from(GLYPH.get(usize::from(s)).copied().unwrap_or(b'?')))
            .collect()
    }

    /// The consonant skeleton, e.g. `xld` for Khalid.
    pub(crate) fn skeleton(&self) -> String {
        self.as_slice()
            .iter()
            .filter(|&&s| !is_vowel(s))
            .map(|&s| char::from(GLYPH.get(usize::from(s)).copied().unwrap_or(b'?')))
            .collect()
    }

    /// The consonants only, as symbols (a key shared by vowel variants).
    pub(crate) fn consonants(&self) -> Syms {
        let mut out = Syms {
            len: 0,
            s: [0; MAX_SYMS],
        };
        for &s in self.as_slice().iter().filter(|&&s| !is_vowel(s)) {
            out.push(s);
        }
        out
    }

    /// Weighted length: consonants count 1, vowels ½.
    pub(crate) fn weight(&self) -> f32 {
        self.as_slice()
            .iter()
            .map(|&s| if is_vowel(s) { 0.5 } else { 1.0 })
            .sum()
    }

    fn push(&mut self, s: Sym) {
        // Doubled letters are one sound; a full buffer keeps its first MAX_SYMS symbols.
        let n = usize::from(self.len);
        if n > 0 && self.s.get(n - 1) == Some(&s) {
            return;
        }
        if let Some(slot) = self.s.get_mut(n) {
            *slot = s;
            self.len += 1;
        }
    }

    fn pop_if(&mut self, pred: impl Fn(Sym) -> bool) {
        let n = usize::from(self.len);
        if n > 0 && self.s.get(n - 1).is_some_and(|&s| pred(s)) {
            self.len -= 1;
        }
    }
}

pub(crate) fn is_vowel(s: Sym) -> bool {
    (A..=U).contains(&s)
}

fn vowel_byte(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Reads a canonical word (lower-case ASCII letters) into symbols.
pub(crate) fn symbols(word: &str) -> Syms {
    let w = word.as_bytes();
    let mut out = Syms {
        len: 0,
        s: [0; MAX_SYMS],
    };
    let at = |i: usize| w.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < w.len() {
        let c = at(i);
        let next = at(i + 1);
        let next2 = at(i + 2);
        let (sym, used): (Sym, usize) = match (c, next, next2) {
            (b's', b'c', b'h') => (SH, 3),
            (b't', b'c', b'h') | (b't', b's', b'h') => (CH, 3),
            (b's', b'h', _) | (b's', b'j', _) => (SH, 2),
            (b'c', b'h', _) => (C2, 2),
            (b'k', b'h', _) => (KH, 2),
            // French transcriptions write ghayn as "rh" (Belrhiti, Rhazi, Lamrhari).
            (b'g', b'h', _) | (b'r', b'h', _) => (GH, 2),
            (b't', b'h', _) => (TH, 2),
            (b'd', b'h', _) => (DH, 2),
            (b'd', b'j', _) | (b'd', b'z', _) => (J, 2),
            (b'p', b'h', _) => (F, 2),
            (b'c', b'k', _) => (K, 2),
            (b'q', b'u', v) if vowel_byte(v) => (K, 2),
            (b'g', b'u', b'e' | b'i' | b'y') => (G, 2),
            // French "ou" and Dutch "oe": a consonant w before a vowel (Oualid, Oesama), else u.
            (b'o', b'u', v) if vowel_byte(v) => (W, 2),
            (b'o', b'e', v) if vowel_byte(v) && v != b'e' => (W, 2),
            (b'o', b'u', _) | (b'o', b'o', _) => (U, 2),
            (b'o', b'e', _) => (U, 2),
            (b'e', b'e', _) => (I, 2),
            // Dutch ij (Rijkaard, Wijns) sounds like "ei".
            (b'i', b'j', _) => {
                out.push(E);
                (I, 2)
            }
            (b'c', b'e' | b'i' | b'y', _) => (S, 1),
            (b'c', _, _) | (b'k', _, _) | (b'q', _, _) => (K, 1),
            (b'g', b'e' | b'i' | b'y', _) => (J, 1),
            (b'g', _, _) => (G, 1),
            (b'j', _, _) => (J, 1),
            (b'x', _, _) => (X, 1),
            (b'y', v, _) if vowel_byte(v) && v != b'y' => (Y, 1),
            (b'y', _, _) if i == 0 => (Y, 1),
            (b'y', _, _) => (I, 1),
            (b'w', _, _) => (W, 1),
            (b'h', _, _) => (H, 1),
            (b'a', _, _) => (A, 1),
            (b'e', _, _) => (E, 1),
            (b'i', _, _) => (I, 1),
            (b'o', _, _) => (O, 1),
            (b'u', v, _) if vowel_byte(v) && i == 0 => (W, 1),
            (b'u', _, _) => (U, 1),
            (b'b', _, _) => (B, 1),
            (b'p', _, _) => (P, 1),
            (b'f', _, _) => (F, 1),
            (b'v', _, _) => (V, 1),
            (b'm', _, _) => (M, 1),
            (b'n', _, _) => (N, 1),
            (b'l', _, _) => (L, 1),
            (b'r', _, _) => (R, 1),
            (b't', _, _) => (T, 1),
            (b'd', _, _) => (D, 1),
            (b'z', _, _) => (Z, 1),
            (b's', _, _) => (S, 1),
            _ => (0, 1),
        };
        if sym != 0 {
            out.push(sym);
        }
        i += used;
    }
    // A silent final e in French spellings of Arabic names ending in n or a vowel (Amine,
    // Yassine, Soufiane, Zakariae) is not written in other conventions. Elsewhere a final e
    // may mark a feminine (Louise, Michèle, Danielle) and stays.
    let ends = |suffix: &[u8]| w.ends_with(suffix);
    let silent = [
        &b"ine"[..],
        b"ane",
        b"ame",
        b"ime",
        b"ide",
        b"che",
        b"ae",
        b"ye",
    ];
    if w.len() > 3 && silent.iter().any(|s| ends(s)) && !ends(b"nne") {
        out.pop_if(|s| s == E);
    }
    out
}

/// Substitution costs between symbols (symmetric), in edit units.
// Evaluated at compile time: an index out of range fails the build, it cannot panic.
#[allow(clippy::indexing_slicing)]
const fn sub_table() -> [[f32; NSYM]; NSYM] {
    let mut t = [[1.0f32; NSYM]; NSYM];
    let mut i = 0;
    while i < NSYM {
        t[i][i] = 0.0;
        i += 1;
    }
    let pairs: &[(Sym, Sym, f32)] = &[
        (A, E, 0.3),
        (A, I, 0.5),
        (A, O, 0.45),
        (A, U, 0.5),
        (E, I, 0.3),
        (E, O, 0.45),
        (E, U, 0.45),
        (I, O, 0.6),
        (I, U, 0.5),
        (O, U, 0.2),
        (W, U, 0.2),
        (W, O, 0.4),
        (Y, I, 0.2),
        (Y, E, 0.4),
        (B, P, 0.4),
        (F, V, 0.3),
        (F, P, 0.6),
        (W, V, 0.4),
        (M, N, 0.6),
        (T, D, 0.5),
        (T, TH, 0.3),
        (D, DH, 0.3),
        (D, TH, 0.5),
        (DH, Z, 0.3),
        (D, Z, 0.5),
        (DH, TH, 0.3),
        (TH, S, 0.4),
        (S, Z, 0.4),
        (S, SH, 0.5),
        (SH, CH, 0.2),
        (C2, SH, 0.15),
        (C2, KH, 0.25),
        (C2, CH, 0.3),
        (C2, X, 0.3),
        (C2, K, 0.5),
        (SH, X, 0.2),
        (SH, J, 0.6),
        (K, G, 0.5),
        (K, KH, 0.45),
        (K, X, 0.5),
        (G, GH, 0.3),
        (G, J, 0.3),
        (GH, KH, 0.5),
        (GH, R, 0.6),
        (KH, H, 0.35),
        (KH, J, 0.3),
        (KH, X, 0.3),
        (J, Y, 0.35),
        (J, CH, 0.4),
        (J, X, 0.4),
        (Z, J, 0.6),
    ];
    let mut k = 0;
    while k < pairs.len() {
        let (a, b, c) = pairs[k];
        t[a as usize][b as usize] = c;
        t[b as usize][a as usize] = c;
        k += 1;
    }
    t
}

static SUB: [[f32; NSYM]; NSYM] = sub_table();

fn sub(a: Sym, b: Sym) -> f32 {
    SUB.get(usize::from(a))
        .and_then(|row| row.get(usize::from(b)))
        .copied()
        .unwrap_or(1.0)
}

/// Cost of inserting or deleting a symbol; `last` when it would end the word. `vowel` is the
/// cost of a vowel inside the word.
fn indel(s: Sym, last: bool, vowel: f32) -> f32 {
    if is_vowel(s) {
        // A final vowel often marks the feminine (Hamid / Hamida, Amin / Amina).
        if last { 1.1 } else { vowel }
    } else if s == H {
        // A final h after a vowel is written or not (Fatimah, Abdallah, Saleh / صالح).
        if last { 0.3 } else { 0.5 }
    } else if s == Y || s == W {
        0.55
    } else {
        1.0
    }
}

/// Cost of two neighbouring symbols swapped.
const TRANSPOSE: f32 = 0.6;

/// Cost of a vowel inserted or deleted inside a word, in general.
pub(crate) const VOWEL_INDEL: f32 = 0.35;
/// The same when one side was written in Arabic script, which leaves short vowels out.
pub(crate) const VOWEL_INDEL_ARABIC: f32 = 0.12;

/// Weighted edit distance between two symbol sequences.
pub(crate) fn distance(a: &[Sym], b: &[Sym], vowel: f32) -> f32 {
    let mut prev2 = [0f32; MAX_SYMS + 1];
    let mut prev = [0f32; MAX_SYMS + 1];
    let mut cur = [0f32; MAX_SYMS + 1];
    let (na, nb) = (a.len().min(MAX_SYMS), b.len().min(MAX_SYMS));
    for j in 1..=nb {
        let s = b.get(j - 1).copied().unwrap_or(0);
        let p = prev.get(j - 1).copied().unwrap_or(0.0);
        if let Some(slot) = prev.get_mut(j) {
            *slot = p + indel(s, j == nb, vowel);
        }
    }
    for i in 1..=na {
        let sa = a.get(i - 1).copied().unwrap_or(0);
        let first = prev.first().copied().unwrap_or(0.0) + indel(sa, i == na, vowel);
        if let Some(c0) = cur.first_mut() {
            *c0 = first;
        }
        for j in 1..=nb {
            let sb = b.get(j - 1).copied().unwrap_or(0);
            let mut cost = sub(sa, sb);
            // Different final vowels often mark the gender (Francisco / Francisca).
            if i == na && j == nb && is_vowel(sa) && is_vowel(sb) && sa != sb {
                cost = cost.max(0.9);
            }
            let diag = prev.get(j - 1).copied().unwrap_or(0.0) + cost;
            let up = prev.get(j).copied().unwrap_or(0.0) + indel(sa, i == na, vowel);
            let left = cur.get(j - 1).copied().unwrap_or(0.0) + indel(sb, j == nb, vowel);
            let mut best = diag.min(up).min(left);
            // Two neighbouring letters swapped: a typing slip (Lyosusi / Lyoussi).
            if i > 1 && j > 1 {
                let (pa, pb) = (a.get(i - 2).copied(), b.get(j - 2).copied());
                if pa == Some(sb) && pb == Some(sa) && sa != sb {
                    best = best.min(prev2.get(j - 2).copied().unwrap_or(0.0) + TRANSPOSE);
                }
            }
            if let Some(slot) = cur.get_mut(j) {
                *slot = best;
            }
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.get(nb).copied().unwrap_or(0.0)
}

/// Similarity of two words in [0, 1]: 1 − distance / the longer weighted length. `vowel` is
/// the cost of an inner vowel ([`VOWEL_INDEL`] or [`VOWEL_INDEL_ARABIC`]).
pub(crate) fn similarity(a: &Syms, b: &Syms, vowel: f32) -> f32 {
    if a == b {
        return 1.0;
    }
    let longest = a.weight().max(b.weight());
    if longest <= 0.0 {
        return 0.0;
    }
    // The distance is at least the difference of weighted lengths scaled down: skip hopeless
    // pairs early (a 2-letter word against a 10-letter one).
    let gap = (a.weight() - b.weight()).abs() * vowel.min(VOWEL_INDEL);
    if gap / longest > 0.5 {
        return 0.0;
    }
    let sim = (1.0 - distance(a.as_slice(), b.as_slice(), vowel) / longest).max(0.0);
    // One word ends in a vowel, the other in a consonant: in names that is mostly a gender
    // mark (Gabriel / Gabrielle, Khalid / Khalida) or another name (Hakim / Hakimi), however
    // long the rest is.
    // A final h written on one side only is not an ending (Fatima / Fatimah).
    let (mut va, mut vb) = (a.as_slice(), b.as_slice());
    if va.last() == Some(&H) && vb.last() != Some(&H) {
        va = va.strip_suffix(&[H]).unwrap_or(va);
    } else if vb.last() == Some(&H) && va.last() != Some(&H) {
        vb = vb.strip_suffix(&[H]).unwrap_or(vb);
    }
    let last = |v: &[Sym]| v.last().copied().filter(|&x| is_vowel(x));
    if last(va) != last(vb) {
        sim.min(GENDER_CAP)
    } else {
        sim
    }
}

/// Highest similarity of two words whose final vowels differ.
const GENDER_CAP: f32 = 0.78;

#[cfg(test)]
mod tests {
    use super::*;

    fn r(w: &str) -> String {
        symbols(w).render()
    }

    fn sim(a: &str, b: &str) -> f32 {
        similarity(&symbols(a), &symbols(b), VOWEL_INDEL)
    }

    #[test]
    fn reads_each_convention() {
        assert_eq!(r("khalid"), "xalid");
        assert_eq!(r("jalid"), "jalid");
        assert_eq!(r("youssef"), "yusef");
        assert_eq!(r("joessef"), "jusef");
        assert_eq!(r("oualid"), "walid");
        assert_eq!(r("chaib"), "caib");
        assert_eq!(r("xaib"), "Xaib");
        assert_eq!(r("mohammed"), "mohamed");
        assert_eq!(r("amine"), "amin");
        assert_eq!(r("zakariae"), "zakaria");
        assert_eq!(r("fatimah"), "fatimah");
        assert_eq!(r("saeed"), "said");
        assert_eq!(r("noor"), "nur");
        assert_eq!(r("djamel"), "jamel");
        assert_eq!(r("gilali"), "jilali");
        assert_eq!(r("schaerbeek"), "Saerbik");
    }

    #[test]
    fn spellings_of_one_name_are_close() {
        for (a, b) in [
            ("khalid", "jalid"),
            ("khalid", "khaled"),
            ("youssef", "yusuf"),
            ("youssef", "joessef"),
            ("mohamed", "muhammad"),
            ("mohamed", "mhamed"),
            ("oussama", "usama"),
            ("oussama", "oesama"),
            ("hicham", "hisham"),
            ("chaib", "xaib"),
            ("boutaher", "boetaher"),
            ("idrissi", "idrisi"),
            ("fatima", "fatma"),
            ("fatima", "fatimah"),
            ("saleh", "salih"),
            ("walid", "oualid"),
        ] {
            assert!(sim(a, b) >= 0.85, "{a} ~ {b}: {}", sim(a, b));
        }
    }

    #[test]
    fn different_names_are_not() {
        for (a, b) in [
            ("amin", "amina"),
            ("benali", "bennani"),
            ("hamza", "hassan"),
            ("karim", "kamal"),
            ("youssef", "yassin"),
            ("dupont", "durand"),
        ] {
            assert!(sim(a, b) < 0.8, "{a} !~ {b}: {}", sim(a, b));
        }
    }

    #[test]
    fn distance_is_symmetric_and_zero_on_equal() {
        for (a, b) in [("khalid", "jalid"), ("amin", "amina"), ("x", "abdelkader")] {
            let (sa, sb) = (symbols(a), symbols(b));
            assert_eq!(
                distance(sa.as_slice(), sb.as_slice(), VOWEL_INDEL),
                distance(sb.as_slice(), sa.as_slice(), VOWEL_INDEL)
            );
            assert_eq!(distance(sa.as_slice(), sa.as_slice(), VOWEL_INDEL), 0.0);
        }
    }
}
