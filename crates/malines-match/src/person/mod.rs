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

use std::sync::Arc;

use hashbrown::HashMap;
use malines_names::name::{self, BirthDate, CanonicalName, Role};

use crate::Filter;
use crate::token::{HmacSha256, LinkageSecret, Version, mac};

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
/// Gram outputs, name words and dates kept per encoder before their cache is cleared.
const CACHE_LIMIT: usize = 1 << 20;
/// Whole names kept per region before the cache is cleared (each holds its words' texts).
const NAME_LIMIT: usize = 1 << 17;
/// Name words taken for blocking keys.
const BLOCK_WORDS: usize = 4;

/// Encodes people under one linkage secret. Cheap to clone (the cache starts empty); use one
/// per thread.
///
/// Everything is cached, since real files repeat themselves: whole names as written (their
/// bits and words), name words, dates (bits, tokens, `dd` key), the keyed outputs of grams.
/// Blocking keys are hashed each time (most are new). A cache only saves work: the
/// encoding of a person never depends on what was encoded before.
#[derive(Clone)]
pub struct Encoder {
    scheme: Scheme,
    /// The secret's encoding version: which sounds a name word is written with.
    version: Version,
    keyed: Keyed,
    /// Given names and family names already encoded, by the text as written.
    given: HashMap<Box<str>, Arc<Name>>,
    family: HashMap<Box<str>, Arc<Name>>,
    /// Name words already encoded, by region, counts and sounds.
    words: HashMap<Vec<u8>, [u64; 5]>,
    /// Dates of birth already encoded.
    dates: HashMap<DateKey, Arc<Date>>,
    key: Vec<u8>,
    /// Room for the value of a blocking key.
    value: String,
}

impl std::fmt::Debug for Encoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Encoder {{ epoch: {}, keys: *** }}", self.keyed.epoch)
    }
}

impl Encoder {
    pub fn new(secret: &LinkageSecret) -> Self {
        Self::with_scheme(secret, Scheme::V1)
    }

    /// An encoder with another scheme (for experiments; nodes use [`Scheme::V1`]).
    pub fn with_scheme(secret: &LinkageSecret, scheme: Scheme) -> Self {
        Encoder {
            scheme,
            version: secret.version(),
            keyed: Keyed {
                epoch: secret.epoch(),
                bloom: mac(&secret.subkey("person-bloom")),
                dob: mac(&secret.subkey("dob-token")),
                block: mac(&secret.subkey("blocking-key")),
                grams: HashMap::default(),
            },
            given: HashMap::default(),
            family: HashMap::default(),
            dates: HashMap::default(),
            words: HashMap::default(),
            key: Vec::new(),
            value: String::new(),
        }
    }

    pub fn epoch(&self) -> u32 {
        self.keyed.epoch
    }

    /// Encodes a person.
    pub fn encode(&mut self, person: &Person<'_>) -> Result<Encoded, EncodeError> {
        let mut out = Encoded {
            filter: Filter::default(),
            dob: DobTokens::default(),
            blocks: Vec::new(),
        };
        self.encode_into(person, &mut out)?;
        Ok(out)
    }

    /// Encodes a person into `out`, reusing its room (for encoding many people in a row). On
    /// an error `out` holds nothing useful.
    pub fn encode_into(
        &mut self,
        person: &Person<'_>,
        out: &mut Encoded,
    ) -> Result<(), EncodeError> {
        let given = self.name(person.given, Region::Given);
        let family = self.name(person.family, Region::Family);
        if given.words.is_empty() && family.words.is_empty() {
            return Err(EncodeError::NoName);
        }
        let date = person.dob.map(|d| self.date(d));
        self.assemble(person, &given, &family, date.as_deref(), out);
        Ok(())
    }

    /// Encodes `people` on rayon's threads, in contiguous shares, one share per encoder and
    /// per state (as many shares as the shorter of the two), and calls `each(state, i,
    /// encoding of people[i])` for every person, in order within a share.
    ///
    /// Names and dates that `shared` does not hold yet are encoded first, each once, spread
    /// over the threads, and kept in `shared` for the next call; then every thread encodes
    /// its share from them. Encoders with caches of their own would each encode every name
    /// and date met in their share: in a file of 100,000 people with 24,000 dates and 6,500
    /// names, that first encoding is half of the work. The encodings are the same as
    /// [`Encoder::encode`]'s, whatever the caches hold.
    pub fn encode_all<S: Send>(
        encoders: &mut [Encoder],
        shared: &mut Shared,
        people: &[Person<'_>],
        states: &mut [S],
        each: impl Fn(&mut S, usize, Result<&Encoded, EncodeError>) + Sync,
    ) {
        use rayon::prelude::*;
        let threads = encoders.len().min(states.len());
        if threads == 0 || people.is_empty() {
            return;
        }
        // What is new to `shared`, each once, in the order first met.
        let mut jobs: Vec<Job> = Vec::new();
        {
            let mut given = hashbrown::HashSet::new();
            let mut family = hashbrown::HashSet::new();
            let mut dates = hashbrown::HashSet::new();
            for p in people {
                if !shared.given.contains_key(p.given) && given.insert(p.given) {
                    jobs.push(Job::Name(p.given, Region::Given));
                }
                if !shared.family.contains_key(p.family) && family.insert(p.family) {
                    jobs.push(Job::Name(p.family, Region::Family));
                }
                if let Some(d) = p.dob
                    && !shared.dates.contains_key(&date_key(d))
                    && dates.insert(date_key(d))
                {
                    jobs.push(Job::Date(d));
                }
            }
        }
        if !jobs.is_empty() {
            // Thread t takes jobs t, t + threads, …: names and dates are spread alike.
            let encoders = encoders.get_mut(..threads).unwrap_or_default();
            let done: Vec<Vec<Done>> = encoders
                .par_iter_mut()
                .enumerate()
                .map(|(t, enc)| {
                    jobs.iter()
                        .skip(t)
                        .step_by(threads)
                        .map(|job| match *job {
                            Job::Name(text, r) => {
                                Done::Name(text, r, Arc::new(enc.fresh_name(text, r)))
                            }
                            Job::Date(d) => Done::Date(date_key(d), Arc::new(enc.fresh_date(d))),
                        })
                        .collect()
                })
                .collect();
            shared.make_room(jobs.len());
            for d in done.into_iter().flatten() {
                match d {
                    Done::Name(text, Region::Family, name) => {
                        shared.family.insert(text.into(), name);
                    }
                    Done::Name(text, _, name) => {
                        shared.given.insert(text.into(), name);
                    }
                    Done::Date(key, date) => {
                        shared.dates.insert(key, date);
                    }
                }
            }
        }
        let shared = &*shared;
        let share = people.len().div_ceil(threads);
        people
            .par_chunks(share)
            .zip(encoders.par_iter_mut())
            .zip(states.par_iter_mut())
            .enumerate()
            .for_each(|(t, ((chunk, enc), state))| {
                let mut out = Encoded {
                    filter: Filter::default(),
                    dob: DobTokens::default(),
                    blocks: Vec::new(),
                };
                for (k, p) in chunk.iter().enumerate() {
                    // (A name or date missing here was cleared from `shared` to make room:
                    // the encoder encodes it itself.)
                    let given = match shared.given.get(p.given) {
                        Some(n) => Arc::clone(n),
                        None => enc.name(p.given, Region::Given),
                    };
                    let family = match shared.family.get(p.family) {
                        Some(n) => Arc::clone(n),
                        None => enc.name(p.family, Region::Family),
                    };
                    let result = if given.words.is_empty() && family.words.is_empty() {
                        Err(EncodeError::NoName)
                    } else {
                        let date = p.dob.map(|d| match shared.dates.get(&date_key(d)) {
                            Some(x) => Arc::clone(x),
                            None => enc.date(d),
                        });
                        enc.assemble(p, &given, &family, date.as_deref(), &mut out);
                        Ok(&out)
                    };
                    each(state, t * share + k, result);
                }
            });
    }

    /// The encoding of a person from the encodings of its names and date.
    fn assemble(
        &mut self,
        person: &Person<'_>,
        given: &Name,
        family: &Name,
        date: Option<&Date>,
        out: &mut Encoded,
    ) {
        let mut filter = Filter::default();
        for (name, r) in [(given, Region::Given), (family, Region::Family)] {
            for (i, b) in r.words().zip(name.bits) {
                if let Some(x) = filter.0.get_mut(i) {
                    *x |= b;
                }
            }
        }
        if let Some(d) = date {
            for (w, bits) in Region::Dob.words().zip(d.bits) {
                if let Some(x) = filter.0.get_mut(w) {
                    *x |= bits;
                }
            }
        }
        let k = usize::from(self.scheme.other_bigram);
        for (i, field) in person.other.iter().enumerate() {
            let label = format!("o{i}");
            self.keyed
                .set_bigrams(&mut filter, Region::Other, &label, &fold_other(field), k);
        }
        out.filter = filter;
        out.dob = date.map(|d| d.tokens).unwrap_or_default();
        blocks(
            &mut self.keyed,
            &mut self.value,
            &given.words,
            &family.words,
            date,
            &mut out.blocks,
        );
    }

    /// A name as written, canonicalised and encoded in its region, cached (names repeat).
    fn name(&mut self, text: &str, r: Region) -> Arc<Name> {
        let cache = match r {
            Region::Family => &self.family,
            _ => &self.given,
        };
        if let Some(name) = cache.get(text) {
            return Arc::clone(name);
        }
        let name = Arc::new(self.fresh_name(text, r));
        let cache = match r {
            Region::Family => &mut self.family,
            _ => &mut self.given,
        };
        if cache.len() >= NAME_LIMIT {
            cache.clear();
        }
        cache.insert(text.into(), Arc::clone(&name));
        name
    }

    /// A name as written, canonicalised and encoded in its region (not looked up in the
    /// cache of names, nor kept there).
    fn fresh_name(&mut self, text: &str, r: Region) -> Name {
        let words = words(&name::canonicalise(text), self.version);
        let mut bits = [0u64; 5];
        for w in &words {
            for (b, x) in bits.iter_mut().zip(self.word_bits(w, r)) {
                *b |= x;
            }
        }
        Name { bits, words }
    }

    /// The bits a name word sets in its region, cached (names repeat).
    fn word_bits(&mut self, w: &Word, r: Region) -> [u64; 5] {
        let s = self.scheme;
        let weight = if s.frequency_weighted { w.weight } else { 1.0 };
        let k = |base: u8| scaled(base, weight);
        let ks = [k(s.phonetic_bigram), k(s.skeleton_bigram), k(s.word)];
        self.key.clear();
        self.key.push(r as u8);
        self.key.extend(ks.iter().map(|&x| x as u8));
        for part in [Some(&w.phonetic), Some(&w.skeleton), w.alt.as_ref()] {
            self.key
                .extend_from_slice(part.map_or("", |p| p.as_str()).as_bytes());
            self.key.push(0);
        }
        if let Some(bits) = self.words.get(self.key.as_slice()) {
            return *bits;
        }
        let cache_key = self.key.clone();
        let mut f = Filter::default();
        let [kp, ks_, kw] = ks;
        let keyed = &mut self.keyed;
        keyed.set_bigrams(&mut f, r, "np", &w.phonetic, kp);
        keyed.set_bigrams(&mut f, r, "ns", &w.skeleton, ks_);
        keyed.set(&mut f, r, "nw", &w.phonetic, kw);
        if let Some(alt) = &w.alt {
            keyed.set(&mut f, r, "nw", alt, kw);
        }
        let mut bits = [0u64; 5];
        for (b, i) in bits.iter_mut().zip(r.words()) {
            *b = f.0.get(i).copied().unwrap_or(0);
        }
        if self.words.len() >= CACHE_LIMIT {
            self.words.clear();
        }
        self.words.insert(cache_key, bits);
        bits
    }

    /// The date-of-birth bits, tokens and texts of a date, cached (dates repeat).
    fn date(&mut self, d: BirthDate) -> Arc<Date> {
        let key = date_key(d);
        if let Some(x) = self.dates.get(&key) {
            return Arc::clone(x);
        }
        let out = Arc::new(self.fresh_date(d));
        if self.dates.len() >= CACHE_LIMIT {
            self.dates.clear();
        }
        self.dates.insert(key, Arc::clone(&out));
        out
    }

    /// The date-of-birth bits, tokens and texts of a date (not looked up in the cache of
    /// dates, nor kept there).
    fn fresh_date(&self, d: BirthDate) -> Date {
        let p = dob_parts(d);
        let s = self.scheme;
        let k = &self.keyed;
        let mut f = Filter::default();
        k.set_once(&mut f, Region::Dob, "dy", &p.year, usize::from(s.dob_year));
        if let Some(m) = &p.month {
            k.set_once(&mut f, Region::Dob, "dm", m, usize::from(s.dob_month));
        }
        if let Some(day) = &p.day {
            k.set_once(&mut f, Region::Dob, "dd", day, usize::from(s.dob_day));
        }
        let mut bits = [0u64; 2];
        for (b, w) in bits.iter_mut().zip(Region::Dob.words()) {
            *b = f.0.get(w).copied().unwrap_or(0);
        }
        let mut masked = [None; 8];
        for (slot, v) in masked.iter_mut().zip(&p.masked) {
            *slot = Some(k.dob_token("dx", v));
        }
        let tokens = DobTokens {
            year: Some(k.dob_token("y", &p.year)),
            month: p.month.as_ref().map(|m| k.dob_token("ym", m)),
            day: p.day.as_ref().map(|v| k.dob_token("ymd", v)),
            month_day: p.month_day.as_ref().map(|v| k.dob_token("md", v)),
            year_day: p.year_day.as_ref().map(|v| k.dob_token("yd", v)),
            unordered: p.unordered.as_ref().map(|v| k.dob_token("yu", v)),
            masked,
        };
        let day_key = p.day.as_ref().map(|day| k.block_key("dd", day));
        Date {
            bits,
            tokens,
            year: p.year,
            day_key,
        }
    }
}

/// A date of birth as a cache key.
type DateKey = (i32, Option<u8>, Option<u8>);

fn date_key(d: BirthDate) -> DateKey {
    (d.year, d.month, d.day)
}

/// Names and dates of birth encoded once for the encoders of several threads
/// ([`Encoder::encode_all`]). A cache: it only saves work.
pub struct Shared {
    given: HashMap<Box<str>, Arc<Name>>,
    family: HashMap<Box<str>, Arc<Name>>,
    dates: HashMap<DateKey, Arc<Date>>,
    /// Names (per map) and dates kept before their map is cleared.
    limits: (usize, usize),
}

impl Default for Shared {
    fn default() -> Self {
        Shared::with_limits(NAME_LIMIT, CACHE_LIMIT)
    }
}

impl Shared {
    fn with_limits(names: usize, dates: usize) -> Self {
        Shared {
            given: HashMap::default(),
            family: HashMap::default(),
            dates: HashMap::default(),
            limits: (names, dates),
        }
    }

    /// Clears a map that `more` new entries would take past its limit.
    fn make_room(&mut self, more: usize) {
        let (names, dates) = self.limits;
        if self.given.len() + more > names {
            self.given.clear();
        }
        if self.family.len() + more > names {
            self.family.clear();
        }
        if self.dates.len() + more > dates {
            self.dates.clear();
        }
    }
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Shared {{ given: {}, family: {}, dates: {} }}",
            self.given.len(),
            self.family.len(),
            self.dates.len()
        )
    }
}

/// A name or a date that [`Encoder::encode_all`] encodes before the people.
enum Job<'a> {
    Name(&'a str, Region),
    Date(BirthDate),
}

/// A [`Job`] done.
enum Done<'a> {
    Name(&'a str, Region, Arc<Name>),
    Date(DateKey, Arc<Date>),
}

/// Blocking keys (version 1), into `keys`:
/// - `sy`: each of the (at most four) most informative name words' first four skeleton
///   consonants with the year of birth (or `?` when unknown);
/// - `nn`: the first three sounds of the two most informative words, sorted (no date: a
///   wrong year does not lose the pair);
/// - `dd`: the full date of birth (names with typos in every word still meet);
/// - `ss`, `ee`: the first two and the last two consonants of the two most informative
///   words, sorted (no date; a typo at one end of a word keeps one of them).
///
/// `value` is room for the text of a key.
fn blocks(
    keyed: &mut Keyed,
    value: &mut String,
    given: &[Word],
    family: &[Word],
    date: Option<&Date>,
    keys: &mut Vec<u64>,
) {
    let mut ranked: Vec<&Word> = given.iter().chain(family).collect();
    // (The texts are compared only when the weights are equal.)
    ranked.sort_by(|a, b| {
        b.weight
            .total_cmp(&a.weight)
            .then_with(|| a.text.cmp(&b.text))
    });
    let year = date.map_or("?", |d| d.year.as_str());
    keys.clear();
    for w in ranked.iter().take(BLOCK_WORDS) {
        let sk = head(&w.skeleton, 4);
        if !sk.is_empty() {
            value.clear();
            value.push_str(sk);
            value.push('|');
            value.push_str(year);
            keys.push(keyed.block_key("sy", value));
        }
    }
    let top = ranked.get(..ranked.len().min(2)).unwrap_or(&[]);
    // The parts of the two most informative words, sorted, joined by `|`.
    let joined = |value: &mut String, part: &dyn Fn(&Word) -> &str| {
        let mut parts = [""; 2];
        for (p, w) in parts.iter_mut().zip(top) {
            *p = part(w);
        }
        let parts = parts.get_mut(..top.len()).unwrap_or(&mut []);
        parts.sort_unstable();
        value.clear();
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                value.push('|');
            }
            value.push_str(p);
        }
    };
    joined(value, &|w| head(&w.phonetic, 3));
    keys.push(keyed.block_key("nn", value));
    if let Some(dd) = date.and_then(|d| d.day_key) {
        keys.push(dd);
    }
    if top.len() == 2 {
        joined(value, &|w| head(&w.skeleton, 2));
        keys.push(keyed.block_key("ss", value));
        joined(value, &|w| tail(&w.skeleton, 2));
        keys.push(keyed.block_key("ee", value));
    }
    keys.sort_unstable();
    keys.dedup();
}

/// The first `n` characters of `s` (all of it if shorter).
fn head(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => s.get(..i).unwrap_or(s),
        None => s,
    }
}

/// The last `n` characters of `s` (all of it if shorter).
fn tail(s: &str, n: usize) -> &str {
    match n.checked_sub(1).and_then(|k| s.char_indices().rev().nth(k)) {
        Some((i, _)) => s.get(i..).unwrap_or(s),
        None => s,
    }
}

/// The keyed functions of an encoder, with a cache of the outputs for grams.
#[derive(Clone)]
struct Keyed {
    epoch: u32,
    bloom: HmacSha256,
    dob: HmacSha256,
    block: HmacSha256,
    /// Keyed outputs of grams by label and gram: a few thousand grams make most names.
    /// Dates and blocking keys are not cached here: most of their texts are new (a date is
    /// cached whole), and a cache big enough to hold them costs more in memory misses than
    /// the hash itself.
    grams: HashMap<GramKey, [u8; 32]>,
}

/// Longest cache key: longer grams are hashed each time (no bigram or name word is that
/// long).
const GRAM_KEY_LEN: usize = 32;

/// A gram cache key held inline (no allocation, one comparison): its length, the label, a
/// zero byte, the gram.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct GramKey([u8; GRAM_KEY_LEN]);

impl GramKey {
    fn new(label: &str, gram: &str) -> Option<GramKey> {
        let len = 2 + label.len() + gram.len();
        if len > GRAM_KEY_LEN {
            return None;
        }
        let len = [len as u8];
        let bytes = len
            .iter()
            .chain(label.as_bytes())
            .chain(&[0])
            .chain(gram.as_bytes());
        let mut key = [0u8; GRAM_KEY_LEN];
        for (k, b) in key.iter_mut().zip(bytes) {
            *k = *b;
        }
        Some(GramKey(key))
    }
}

impl Keyed {
    /// `H(k_bloom, label, gram)`, cached.
    fn gram(&mut self, label: &str, gram: &str) -> [u8; 32] {
        let cache_key = GramKey::new(label, gram);
        if let Some(out) = cache_key.as_ref().and_then(|k| self.grams.get(k)) {
            return *out;
        }
        let out = keyed(&self.bloom, self.epoch, label, gram);
        if let Some(k) = cache_key {
            if self.grams.len() >= CACHE_LIMIT {
                self.grams.clear();
            }
            self.grams.insert(k, out);
        }
        out
    }

    /// Sets the positions of one gram: the first `k` of the sixteen 16-bit numbers of
    /// `H(k_bloom, label, gram)`, modulo the region's length.
    fn set(&mut self, filter: &mut Filter, region: Region, label: &str, gram: &str, k: usize) {
        if k > 0 {
            set_positions(filter, region, &self.gram(label, gram), k);
        }
    }

    /// [`Keyed::set`] without the cache, for a text that seldom comes back.
    fn set_once(&self, filter: &mut Filter, region: Region, label: &str, text: &str, k: usize) {
        if k > 0 {
            let full = keyed(&self.bloom, self.epoch, label, text);
            set_positions(filter, region, &full, k);
        }
    }

    /// Sets the grams of each bigram of `word` (padded with `^` and `$`).
    fn set_bigrams(
        &mut self,
        filter: &mut Filter,
        region: Region,
        label: &str,
        word: &str,
        k: usize,
    ) {
        if word.is_empty() || k == 0 {
            return;
        }
        let mut prev = '^';
        let mut gram = String::with_capacity(8);
        for c in word.chars().chain(std::iter::once('$')) {
            gram.clear();
            gram.push(prev);
            gram.push(c);
            self.set(filter, region, label, &gram, k);
            prev = c;
        }
    }

    fn dob_token(&self, label: &str, value: &str) -> u64 {
        first_u64(&keyed(&self.dob, self.epoch, label, value))
    }

    fn block_key(&self, label: &str, value: &str) -> u64 {
        first_u64(&keyed(&self.block, self.epoch, label, value))
    }
}

/// Sets the first `k` positions of a keyed output in a region.
fn set_positions(filter: &mut Filter, region: Region, full: &[u8; 32], k: usize) {
    let (start, len) = region.span();
    for &p in positions_of(full).iter().take(k.min(MAX_K)) {
        filter.set(start + usize::from(p) % len);
    }
}

/// A name as written, encoded in its region: the bits of its words, and the words.
struct Name {
    bits: [u64; 5],
    words: Vec<Word>,
}

/// A name word as the encoder uses it.
struct Word {
    text: String,
    phonetic: String,
    skeleton: String,
    alt: Option<String>,
    weight: f32,
}

/// The name words of a canonical name (titles and honorifics left out), in the sounds of
/// `version`.
fn words(c: &CanonicalName, version: Version) -> Vec<Word> {
    c.tokens
        .iter()
        .filter(|t| t.role == Role::Name)
        .filter_map(|t| {
            let phonetic = t.phonetic();
            if phonetic.is_empty() {
                return None;
            }
            Some(match version {
                Version::V1 => Word {
                    text: t.text.clone(),
                    skeleton: t.skeleton(),
                    alt: t.alt_phonetic(),
                    weight: t.weight,
                    phonetic,
                },
                Version::V2 => {
                    let phonetic = sound_classes(&phonetic);
                    Word {
                        text: t.text.clone(),
                        skeleton: phonetic.chars().filter(|&c| !is_vowel_glyph(c)).collect(),
                        alt: t.alt_phonetic().map(|a| sound_classes(&a)),
                        weight: t.weight,
                        phonetic,
                    }
                }
            })
        })
        .collect()
}

fn is_vowel_glyph(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Version 2's sounds of a word, from the symbols `malines-names` prints (`xalid` for Khalid;
/// `c` is a Latin ch, `C` tch, `S` sh, `G` gh, `x` kh, `j` the j of each convention). Where
/// the conventions write one Arabic sound with different letters, the classes merge:
/// - ch, tch and sh → `S` (French Rachid, English Rasheed; Chergui, Sharqi);
/// - gh → `g` (French Ghazi, Spanish Gazi);
/// - j → `x` (Spanish Jalid, Jelifi for Khalid, Khlifi; French Jamal and Arabic-script جمال
///   stay together, both `xamal`);
/// - u before another vowel, inside a word, → `w` (Spanish Buazzaui, Gazuani for French
///   Bouazzaoui, Ghazouani, whose `ou` is already `w`).
///
/// Measured on the scenario (`malines-scenario`'s `evaluate`, seeds 1–12) and on FEBRL4 in
/// `bench/README.md`.
pub fn sound_classes(symbols: &str) -> String {
    let mut out = String::with_capacity(symbols.len());
    let mut chars = symbols.chars().peekable();
    let mut first = true;
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        out.push(match c {
            'c' | 'C' => 'S',
            'G' => 'g',
            'j' => 'x',
            'u' if !first && next.is_some_and(|n| is_vowel_glyph(n) && n != 'u') => 'w',
            other => other,
        });
        first = false;
    }
    out
}

/// A date of birth encoded: its bits in the date region, its tokens, its year for the `sy`
/// keys and its `dd` blocking key.
struct Date {
    bits: [u64; 2],
    tokens: DobTokens,
    year: String,
    day_key: Option<u64>,
}

/// `base` positions scaled by a word's weight in [0.1, 1], at least one.
fn scaled(base: u8, weight: f32) -> usize {
    if base == 0 {
        return 0;
    }
    ((f32::from(base) * weight.clamp(0.0, 1.0)).round() as usize).max(1)
}

/// HMAC-SHA256 under `key` of u32be(epoch) ‖ lp(label) ‖ lp(value), where lp(x) is
/// u32be(len(x)) ‖ x. The key's padded blocks are hashed once, when the encoder is made;
/// each call clones that state.
fn keyed(key: &HmacSha256, epoch: u32, label: &str, value: &str) -> [u8; 32] {
    use hmac::Mac;
    let mut m = key.clone();
    m.update(&epoch.to_be_bytes());
    m.update(&(label.len() as u32).to_be_bytes());
    m.update(label.as_bytes());
    m.update(&(value.len() as u32).to_be_bytes());
    m.update(value.as_bytes());
    m.finalize().into_bytes().into()
}

/// The first 8 bytes, big-endian.
fn first_u64(full: &[u8; 32]) -> u64 {
    let mut b = [0u8; 8];
    b.copy_from_slice(full.get(..8).unwrap_or(&[0; 8]));
    u64::from_be_bytes(b)
}

/// The first 8 bytes of [`keyed`], big-endian.
#[cfg(test)]
fn keyed_u64(key: &HmacSha256, epoch: u32, label: &str, value: &str) -> u64 {
    first_u64(&keyed(key, epoch, label, value))
}

/// Sixteen numbers from a keyed output: big-endian 16-bit values (a position in a region of
/// `len` bits is the value modulo `len`).
fn positions_of(full: &[u8; 32]) -> [u16; MAX_K] {
    let mut out = [0u16; MAX_K];
    for (o, pair) in out.iter_mut().zip(full.chunks_exact(2)) {
        if let [hi, lo] = pair {
            *o = u16::from_be_bytes([*hi, *lo]);
        }
    }
    out
}

/// [`positions_of`] the keyed output of a gram.
#[cfg(test)]
fn positions(key: &crate::token::HmacSha256, epoch: u32, label: &str, gram: &str) -> [u16; MAX_K] {
    positions_of(&keyed(key, epoch, label, gram))
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
