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
    /// Weighted length in halves: consonants 2, vowels 1.
    halves: u8,
    s: [Sym; MAX_SYMS],
}

impl std::fmt::Debug for Syms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.render())
    }
}

impl Default for Syms {
    fn default() -> Self {
        Syms {
            len: 0,
            halves: 0,
            s: [0; MAX_SYMS],
        }
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
        let mut out = Syms::default();
        for &s in self.as_slice().iter().filter(|&&s| !is_vowel(s)) {
            out.push(s);
        }
        out
    }

    /// Weighted length: consonants count 1, vowels ½.
    pub(crate) fn weight(&self) -> f32 {
        f32::from(self.halves) / 2.0
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
            self.halves += if is_vowel(s) { 1 } else { 2 };
        }
    }

    fn pop_if(&mut self, pred: impl Fn(Sym) -> bool) {
        let n = usize::from(self.len);
        if let Some(&last) = n.checked_sub(1).and_then(|i| self.s.get(i))
            && pred(last)
        {
            self.len -= 1;
            self.halves -= if is_vowel(last) { 1 } else { 2 };
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
    let mut out = Syms::default();
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

/// Cost of two neighbouring symbols swapped, in hundredths.
const TRANSPOSE_100: u32 = 60;

/// Cost of a vowel inserted or deleted inside a word, in general.
pub(crate) const VOWEL_INDEL: f32 = 0.35;
/// The same when one side was written in Arabic script, which leaves short vowels out.
pub(crate) const VOWEL_INDEL_ARABIC: f32 = 0.12;

/// Weighted edit distance between two symbol sequences.
#[cfg(test)]
pub(crate) fn distance(a: &[Sym], b: &[Sym], vowel: f32) -> f32 {
    distance_within(a, b, vowel, f32::INFINITY).unwrap_or(f32::INFINITY)
}

/// Costs in hundredths of an edit, for the integer dynamic programme.
// Evaluated at compile time: an index out of range fails the build, it cannot panic.
#[allow(clippy::indexing_slicing)]
const fn hundredths(t: [[f32; NSYM]; NSYM]) -> [[u32; NSYM]; NSYM] {
    let mut out = [[0u32; NSYM]; NSYM];
    let mut i = 0;
    while i < NSYM {
        let mut j = 0;
        while j < NSYM {
            out[i][j] = (t[i][j] * 100.0 + 0.5) as u32;
            j += 1;
        }
        i += 1;
    }
    out
}

static SUB_100: [[u32; NSYM]; NSYM] = hundredths(sub_table());

/// Weighted edit distance, or `None` as soon as it is certain to exceed `max`.
///
/// Integer costs (hundredths) and one row at a time; a row whose every cell is over the bound
/// ends the computation, since no path avoids that row.
// Indices are bounded by construction: `i <= na <= MAX_SYMS`, `j <= nb <= MAX_SYMS`, the rows
// hold MAX_SYMS + 1 cells, and symbols are masked to the table's 32 entries.
#[allow(clippy::indexing_slicing)]
pub(crate) fn distance_within(a: &[Sym], b: &[Sym], vowel: f32, max: f32) -> Option<f32> {
    const _: () = assert!(NSYM == 32);
    let a = &a[..a.len().min(MAX_SYMS)];
    let b = &b[..b.len().min(MAX_SYMS)];
    let (na, nb) = (a.len(), b.len());
    // `as` saturates: an infinite bound becomes u32::MAX.
    let max = (max * 100.0 + 0.5) as u32;
    let cost = |s: Sym, last: bool| (indel(s, last, vowel) * 100.0 + 0.5) as u32;
    let mut del_a = [0u32; MAX_SYMS];
    for (i, &s) in a.iter().enumerate() {
        del_a[i] = cost(s, i + 1 == na);
    }
    let mut ins_b = [0u32; MAX_SYMS];
    for (j, &s) in b.iter().enumerate() {
        ins_b[j] = cost(s, j + 1 == nb);
    }
    // Three rows used in turn (two back, previous, current): rotating indices, not copies.
    let mut rows = [[0u32; MAX_SYMS + 1]; 3];
    let (mut p2, mut p, mut c) = (0usize, 1usize, 2usize);
    for j in 1..=nb {
        rows[p][j] = rows[p][j - 1] + ins_b[j - 1];
    }
    let mut prev_min = 0u32;
    for i in 1..=na {
        let sa = a[i - 1];
        let sub = &SUB_100[usize::from(sa & 31)];
        let del = del_a[i - 1];
        let first = rows[p][0] + del;
        rows[c][0] = first;
        let mut row_min = first;
        let mut left = first;
        for j in 1..=nb {
            let sb = b[j - 1];
            let mut cost = sub[usize::from(sb & 31)];
            // Different final vowels often mark the gender (Francisco / Francisca).
            if i == na && j == nb && sa != sb && is_vowel(sa) && is_vowel(sb) {
                cost = cost.max(90);
            }
            let mut best = (rows[p][j - 1] + cost)
                .min(rows[p][j] + del)
                .min(left + ins_b[j - 1]);
            // Two neighbouring letters swapped: a typing slip (Lyosusi / Lyoussi).
            if i > 1 && j > 1 && sa != sb && a[i - 2] == sb && b[j - 2] == sa {
                best = best.min(rows[p2][j - 2] + TRANSPOSE_100);
            }
            rows[c][j] = best;
            left = best;
            row_min = row_min.min(best);
        }
        // A transposition reaches back two rows, so both must be over the bound.
        if row_min > max && prev_min > max {
            return None;
        }
        prev_min = row_min;
        (p2, p, c) = (p, c, p2);
    }
    let d = rows[p][nb];
    (d <= max).then_some(d as f32 / 100.0)
}

/// Similarity of two words in [0, 1]: 1 − distance / the longer weighted length. `vowel` is
/// the cost of an inner vowel ([`VOWEL_INDEL`] or [`VOWEL_INDEL_ARABIC`]).
///
/// Similarities below `min_sim` are not computed exactly: the result is then 0, and the edit
/// distance stops as soon as it is certain (most pairs of different words stop after a few
/// letters).
pub(crate) fn similarity(a: &Syms, b: &Syms, vowel: f32, min_sim: f32) -> f32 {
    if a == b {
        return 1.0;
    }
    let capped = different_endings(a, b);
    if capped && min_sim > GENDER_CAP {
        return 0.0;
    }
    let (wa, wb) = (a.weight(), b.weight());
    let longest = wa.max(wb);
    if longest <= 0.0 {
        return 0.0;
    }
    let max_distance = (1.0 - min_sim).max(0.0) * longest;
    // The distance is at least the length difference at the cheapest insertion cost.
    if (wa - wb).abs() * vowel.min(VOWEL_INDEL) > max_distance + 1e-6 {
        return 0.0;
    }
    let Some(d) = distance_within(a.as_slice(), b.as_slice(), vowel, max_distance) else {
        return 0.0;
    };
    let sim = (1.0 - d / longest).max(0.0);
    if capped { sim.min(GENDER_CAP) } else { sim }
}

/// One word ends in a vowel and the other in a consonant, or they end in different vowels:
/// in names that is mostly a gender mark (Gabriel / Gabrielle, Francisco / Francisca) or
/// another name (Hakim / Hakimi), however long the rest is.
fn different_endings(a: &Syms, b: &Syms) -> bool {
    // A final h written on one side only is not an ending (Fatima / Fatimah).
    let (mut va, mut vb) = (a.as_slice(), b.as_slice());
    if va.last() == Some(&H) && vb.last() != Some(&H) {
        va = va.strip_suffix(&[H]).unwrap_or(va);
    } else if vb.last() == Some(&H) && va.last() != Some(&H) {
        vb = vb.strip_suffix(&[H]).unwrap_or(vb);
    }
    let last = |v: &[Sym]| v.last().copied().filter(|&x| is_vowel(x));
    last(va) != last(vb)
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
        similarity(&symbols(a), &symbols(b), VOWEL_INDEL, 0.0)
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
