//! Keyed person encodings (version 1, specified in `docs/encoding.md`): what a node sends to
//! the hub instead of a person's names and date of birth.
//!
//! A person becomes
//! - one **record-level Bloom filter** (1024 bits) holding the sounds of every name word
//!   (bigrams of the phonetic form and of the consonant skeleton, and the whole word) and the
//!   date of birth at three precisions, all mixed in one filter: the hub compares filters with
//!   the Dice kernel and cannot tell which bits came from which field;
//! - **date-of-birth tokens** (year, year-month, full date, day-month, year-day) so that the
//!   hub can say *how* two dates agree (same day, same year, a typo in the year…) without
//!   seeing them;
//! - several **blocking keys**, so that comparing millions of people only meets plausible
//!   pairs, and one typo or one transliteration does not lose a true pair.
//!
//! Every bit position, token and key is an HMAC-SHA256 under a subkey of the epoch's linkage
//! secret: without the secret nobody, the hub included, can compute the encoding of a guessed
//! name. Positions of a gram are cached per encoder (grams repeat a lot across people), which
//! makes keyed hashing nearly free.

use std::collections::HashMap;

use hmac::Mac;
use malines_names::name::{self, BirthDate, CanonicalName, Role};

use crate::Filter;
use crate::token::{HmacSha256, LinkageSecret, mac};

/// A person in clear, as a node holds it.
#[derive(Debug, Clone, Default)]
pub struct Person<'a> {
    pub given: &'a str,
    pub family: &'a str,
    pub dob: Option<BirthDate>,
    /// Other fields (an address, a place of birth…), compared as text.
    pub other: Vec<&'a str>,
}

/// The date-of-birth tokens of a person; absent where the date is not known that precisely.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct DobTokens {
    /// `YYYY`.
    pub year: Option<u64>,
    /// `YYYY-MM`.
    pub month: Option<u64>,
    /// `YYYY-MM-DD`.
    pub day: Option<u64>,
    /// `MM-DD`: a typo in the year leaves it equal.
    pub month_day: Option<u64>,
    /// `YYYY-DD`: a typo in the month leaves it equal.
    pub year_day: Option<u64>,
    /// The year with the month and day in ascending order: equal when they were swapped.
    pub unordered: Option<u64>,
    /// `YYYYMMDD` with digit `i` masked, for each of the eight digits: one shared token
    /// means the dates differ in at most one digit.
    pub masked: [Option<u64>; 8],
}

/// The encoding of one person.
#[derive(Debug, Clone, PartialEq)]
pub struct Encoded {
    pub filter: Filter,
    pub dob: DobTokens,
    /// Blocking keys, sorted, without repeats.
    pub blocks: Vec<u64>,
}

/// Why a person could not be encoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EncodeError {
    #[error("no name: the given and family names are both empty or hold no letters")]
    NoName,
}

/// How many bit positions each kind of gram sets. Part of the encoding version: two nodes
/// must use the same scheme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scheme {
    /// Per bigram of a word's phonetic form (`^x`, `xa`, `al`, … for `xalid`).
    pub phonetic_bigram: u8,
    /// Per bigram of a word's consonant skeleton (`^x`, `xl`, `ld`, `d$` for `xld`).
    pub skeleton_bigram: u8,
    /// For the whole phonetic word.
    pub word: u8,
    /// Scale each word's counts by how much the word tells (its frequency weight).
    pub frequency_weighted: bool,
    pub dob_year: u8,
    pub dob_month: u8,
    pub dob_day: u8,
    /// Per bigram of an other field.
    pub other_bigram: u8,
}

impl Scheme {
    /// The scheme of encoding version 1.
    pub const V1: Scheme = Scheme {
        phonetic_bigram: 6,
        skeleton_bigram: 3,
        word: 8,
        frequency_weighted: true,
        dob_year: 10,
        dob_month: 8,
        dob_day: 8,
        other_bigram: 2,
    };
}

/// The parts of a filter in the region layout, on 64-bit word boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// Bits 0–319.
    Given,
    /// Bits 320–639.
    Family,
    /// Bits 640–767.
    Dob,
    /// Bits 768–1023.
    Other,
}

impl Region {
    pub const ALL: [Region; 4] = [Region::Given, Region::Family, Region::Dob, Region::Other];

    /// First bit and number of bits.
    pub const fn span(self) -> (usize, usize) {
        match self {
            Region::Given => (0, 320),
            Region::Family => (320, 320),
            Region::Dob => (640, 128),
            Region::Other => (768, 256),
        }
    }

    /// The 64-bit words of the region.
    pub const fn words(self) -> std::ops::Range<usize> {
        let (start, len) = self.span();
        start / 64..(start + len) / 64
    }
}

/// Positions per HMAC output: 16 positions of 10 bits from 32 bytes.
const MAX_K: usize = 16;
/// Gram positions kept per encoder before the cache is cleared.
const CACHE_LIMIT: usize = 1 << 20;
/// Name words taken for blocking keys.
const BLOCK_WORDS: usize = 4;

/// Encodes people under one linkage secret. Cheap to clone (the cache starts empty); use one
/// per thread.
#[derive(Clone)]
pub struct Encoder {
    epoch: u32,
    scheme: Scheme,
    bloom: HmacSha256,
    dob: HmacSha256,
    block: HmacSha256,
    cache: HashMap<Vec<u8>, [u16; MAX_K]>,
    key: Vec<u8>,
}

impl std::fmt::Debug for Encoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Encoder {{ epoch: {}, keys: *** }}", self.epoch)
    }
}

impl Encoder {
    pub fn new(secret: &LinkageSecret) -> Self {
        Self::with_scheme(secret, Scheme::V1)
    }

    /// An encoder with another scheme (for experiments; nodes use [`Scheme::V1`]).
    pub fn with_scheme(secret: &LinkageSecret, scheme: Scheme) -> Self {
        Encoder {
            epoch: secret.epoch(),
            scheme,
            bloom: mac(&secret.subkey("person-bloom")),
            dob: mac(&secret.subkey("dob-token")),
            block: mac(&secret.subkey("blocking-key")),
            cache: HashMap::new(),
            key: Vec::new(),
        }
    }

    pub fn epoch(&self) -> u32 {
        self.epoch
    }

    /// Encodes a person.
    pub fn encode(&mut self, person: &Person<'_>) -> Result<Encoded, EncodeError> {
        let given = name::canonicalise(person.given);
        let family = name::canonicalise(person.family);
        let words_of = |c: &CanonicalName| -> Vec<name::Token> {
            c.tokens
                .iter()
                .filter(|t| t.role == Role::Name && !t.phonetic().is_empty())
                .cloned()
                .collect()
        };
        let (gw, fw) = (words_of(&given), words_of(&family));
        if gw.is_empty() && fw.is_empty() {
            return Err(EncodeError::NoName);
        }
        let mut filter = Filter::default();
        let s = self.scheme;
        let region = Some;
        for (words, r) in [(&gw, region(Region::Given)), (&fw, region(Region::Family))] {
            for w in words.iter() {
                let weight = if s.frequency_weighted { w.weight } else { 1.0 };
                let k = |base: u8| scaled(base, weight);
                let phonetic = w.phonetic();
                for g in bigrams(&phonetic) {
                    self.set(&mut filter, r, "np", &g, k(s.phonetic_bigram));
                }
                for g in bigrams(&w.skeleton()) {
                    self.set(&mut filter, r, "ns", &g, k(s.skeleton_bigram));
                }
                self.set(&mut filter, r, "nw", &phonetic, k(s.word));
                if let Some(alt) = w.alt_phonetic() {
                    self.set(&mut filter, r, "nw", &alt, k(s.word));
                }
            }
        }
        let dob_text = person.dob.map(dob_parts);
        if let Some(d) = &dob_text {
            let r = region(Region::Dob);
            self.set(&mut filter, r, "dy", &d.year, usize::from(s.dob_year));
            if let Some(m) = &d.month {
                self.set(&mut filter, r, "dm", m, usize::from(s.dob_month));
            }
            if let Some(day) = &d.day {
                self.set(&mut filter, r, "dd", day, usize::from(s.dob_day));
            }
        }
        for (i, field) in person.other.iter().enumerate() {
            let label = format!("o{i}");
            for g in bigrams(&fold_other(field)) {
                self.set(
                    &mut filter,
                    region(Region::Other),
                    &label,
                    &g,
                    usize::from(s.other_bigram),
                );
            }
        }
        let words: Vec<&name::Token> = gw.iter().chain(fw.iter()).collect();
        let dob = dob_text
            .as_ref()
            .map(|d| DobTokens {
                year: Some(self.dob_token("y", &d.year)),
                month: d.month.as_ref().map(|m| self.dob_token("ym", m)),
                day: d.day.as_ref().map(|v| self.dob_token("ymd", v)),
                month_day: d.month_day.as_ref().map(|v| self.dob_token("md", v)),
                year_day: d.year_day.as_ref().map(|v| self.dob_token("yd", v)),
                unordered: d.unordered.as_ref().map(|v| self.dob_token("yu", v)),
                masked: {
                    let mut m = [None; 8];
                    for (slot, v) in m.iter_mut().zip(&d.masked) {
                        *slot = Some(self.dob_token("dx", v));
                    }
                    m
                },
            })
            .unwrap_or_default();
        let blocks = self.blocks(&words, dob_text.as_ref());
        Ok(Encoded {
            filter,
            dob,
            blocks,
        })
    }

    /// Blocking keys (version 1):
    /// - `sy`: each of the (at most four) most informative name words' first four skeleton
    ///   consonants with the year of birth (or `?` when unknown);
    /// - `nn`: the first three sounds of the two most informative words, sorted (no date: a
    ///   wrong year does not lose the pair);
    /// - `dd`: the full date of birth (names with typos in every word still meet).
    fn blocks(&mut self, words: &[&name::Token], dob: Option<&DobParts>) -> Vec<u64> {
        let mut ranked: Vec<&&name::Token> = words.iter().collect();
        ranked.sort_by(|a, b| b.weight.total_cmp(&a.weight).then(a.text.cmp(&b.text)));
        let year = dob.map(|d| d.year.as_str()).unwrap_or("?");
        let mut keys = Vec::new();
        for w in ranked.iter().take(BLOCK_WORDS) {
            let sk: String = w.skeleton().chars().take(4).collect();
            if !sk.is_empty() {
                keys.push(self.block_key("sy", &format!("{sk}|{year}")));
            }
        }
        let mut heads: Vec<String> = ranked
            .iter()
            .take(2)
            .map(|w| w.phonetic().chars().take(3).collect())
            .collect();
        heads.sort();
        keys.push(self.block_key("nn", &heads.join("|")));
        if let Some(day) = dob.and_then(|d| d.day.as_ref()) {
            keys.push(self.block_key("dd", day));
        }
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    /// Sets the positions of one gram: the first `k` 10-bit numbers of
    /// HMAC-SHA256(subkey("person-bloom"), u32be(epoch) ‖ lp(label) ‖ lp(gram)).
    fn set(
        &mut self,
        filter: &mut Filter,
        region: Option<Region>,
        label: &str,
        gram: &str,
        k: usize,
    ) {
        if k == 0 {
            return;
        }
        self.key.clear();
        self.key.extend_from_slice(label.as_bytes());
        self.key.push(0);
        self.key.extend_from_slice(gram.as_bytes());
        let positions = match self.cache.get(&self.key) {
            Some(p) => *p,
            None => {
                let p = positions(&self.bloom, self.epoch, label, gram);
                if self.cache.len() >= CACHE_LIMIT {
                    self.cache.clear();
                }
                self.cache.insert(self.key.clone(), p);
                p
            }
        };
        let (start, len) = region.map_or((0, crate::BITS), Region::span);
        for &p in positions.iter().take(k.min(MAX_K)) {
            filter.set(start + usize::from(p) % len);
        }
    }

    fn dob_token(&self, label: &str, value: &str) -> u64 {
        keyed_u64(&self.dob, self.epoch, label, value)
    }

    fn block_key(&self, label: &str, value: &str) -> u64 {
        keyed_u64(&self.block, self.epoch, label, value)
    }
}

/// `base` positions scaled by a word's weight in [0.1, 1], at least one.
fn scaled(base: u8, weight: f32) -> usize {
    if base == 0 {
        return 0;
    }
    ((f32::from(base) * weight.clamp(0.0, 1.0)).round() as usize).max(1)
}

/// HMAC-SHA256 under `key` of u32be(epoch) ‖ lp(label) ‖ lp(value), where lp(x) is
/// u32be(len(x)) ‖ x.
fn keyed(key: &HmacSha256, epoch: u32, label: &str, value: &str) -> [u8; 32] {
    let mut m = key.clone();
    m.update(&epoch.to_be_bytes());
    m.update(&(label.len() as u32).to_be_bytes());
    m.update(label.as_bytes());
    m.update(&(value.len() as u32).to_be_bytes());
    m.update(value.as_bytes());
    m.finalize().into_bytes().into()
}

/// The first 8 bytes of [`keyed`], big-endian.
fn keyed_u64(key: &HmacSha256, epoch: u32, label: &str, value: &str) -> u64 {
    let full = keyed(key, epoch, label, value);
    let mut b = [0u8; 8];
    b.copy_from_slice(full.get(..8).unwrap_or(&[0; 8]));
    u64::from_be_bytes(b)
}

/// Sixteen numbers from [`keyed`]: big-endian 16-bit values (a position in a region of
/// `len` bits is the value modulo `len`).
fn positions(key: &HmacSha256, epoch: u32, label: &str, gram: &str) -> [u16; MAX_K] {
    let full = keyed(key, epoch, label, gram);
    let mut out = [0u16; MAX_K];
    for (o, pair) in out.iter_mut().zip(full.chunks_exact(2)) {
        if let [hi, lo] = pair {
            *o = u16::from_be_bytes([*hi, *lo]);
        }
    }
    out
}

/// Bigrams of a word padded with `^` and `$` (`^x`, `xa`, …, `d$`).
fn bigrams(word: &str) -> Vec<String> {
    if word.is_empty() {
        return Vec::new();
    }
    let chars: Vec<char> = std::iter::once('^')
        .chain(word.chars())
        .chain(std::iter::once('$'))
        .collect();
    chars.windows(2).map(|w| w.iter().collect()).collect()
}

/// An other field as compared: lower case, letters and digits only, single spaces.
fn fold_other(text: &str) -> String {
    let mut out = String::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// The texts a date of birth is encoded from.
struct DobParts {
    year: String,
    month: Option<String>,
    day: Option<String>,
    month_day: Option<String>,
    year_day: Option<String>,
    unordered: Option<String>,
    /// Empty unless the date is full.
    masked: Vec<String>,
}

fn dob_parts(d: BirthDate) -> DobParts {
    let year = format!("{:04}", d.year);
    let month = d.month.map(|m| format!("{year}-{m:02}"));
    let (day, month_day, year_day) = match (d.month, d.day) {
        (Some(m), Some(day)) => (
            Some(format!("{year}-{m:02}-{day:02}")),
            Some(format!("{m:02}-{day:02}")),
            Some(format!("{year}-{day:02}")),
        ),
        _ => (None, None, None),
    };
    let (unordered, masked) = match (d.month, d.day) {
        (Some(m), Some(day)) => {
            let digits = format!("{year}{m:02}{day:02}");
            let masked = (0..digits.len())
                .map(|i| {
                    digits
                        .char_indices()
                        .map(|(j, c)| if i == j { '_' } else { c })
                        .collect()
                })
                .collect();
            let (lo, hi) = (m.min(day), m.max(day));
            (Some(format!("{year}-{lo:02}-{hi:02}")), masked)
        }
        _ => (None, Vec::new()),
    };
    DobParts {
        year,
        month,
        day,
        month_day,
        year_day,
        unordered,
        masked,
    }
}

#[cfg(test)]
mod tests;
