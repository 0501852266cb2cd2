//! Person names across scripts and spellings: canonical forms and comparison (SPEC §4).
//!
//! A name goes through four steps (rules and sources in `docs/names.md`):
//!
//! 1. [`fold`]: words in lower-case ASCII; Arabic script transliterated ([`arabic`]), its
//!    definite article noted; diacritics and apostrophes gone.
//! 2. particles: the article (al, el, ad-, as-, …) is dropped; patronymic and kunya particles
//!    (ben, bin, ibn, ould, bint, abu, abou, bou, aït) and European ones (van, de, la, …) are
//!    joined to the next word, and the particle-less form kept as an alternative; compounds
//!    with abd (Abdelkader, Abd al-Qadir, Abdul Qadir) and with -eddine / -allah are written one
//!    way; honorifics (sidi, moulay, lalla, hadj, cheikh) are kept but weigh little.
//! 3. [`phonetic`]: each word becomes a sequence of sound symbols, read with the spelling
//!    conventions of French, Spanish, Dutch and English.
//! 4. [`frequency`]: each word gets a weight — common words (Mohamed, Ahmed) weigh little.
//!
//! Two canonical names are compared by pairing their words (in any order, so family-name-first
//! and family-name-last agree) with a weighted edit distance on the sound symbols; the score
//! is the weighted share of words that pair, lowered when only common words pair, and moved by
//! the dates of birth when both are known. The evidence says which words paired with which.

mod arabic;
mod fold;
pub mod frequency;
mod phonetic;

use std::fmt;

use dob::Dob;

pub use frequency::FrequencyTable;
use phonetic::{Syms, VOWEL_INDEL, VOWEL_INDEL_ARABIC, similarity, symbols};

/// What a word of a name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A name word.
    Name,
    /// A title or honorific (sidi, moulay, lalla, hadj, cheikh, dr): kept, weighs little.
    Honorific,
}

/// One word of a canonical name.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Canonical Latin text (`benabdkader`, `idrissi`).
    pub text: String,
    /// The same word without its leading particle (`abdkader` for `benabdkader`), if any.
    pub alt: Option<String>,
    pub role: Role,
    /// How much this word tells, in [0.1, 1]: low for common words.
    pub weight: f32,
    /// Written in Arabic script (short vowels mostly unwritten).
    pub arabic: bool,
    /// A patronymic (ben X, ould X): often left out of other records.
    pub patronymic: bool,
    syms: Syms,
    alt_syms: Option<Syms>,
}

impl Token {
    /// The sound symbols as text (`xalid` for Khalid; `x` = kh, `S` = sh, `j` = j/dj).
    pub fn phonetic(&self) -> String {
        self.syms.render()
    }

    /// The consonant skeleton (`xld`), a coarse key for blocking.
    pub fn skeleton(&self) -> String {
        self.syms.skeleton()
    }

    /// The sound symbols of the word without its leading particle, if it has one.
    pub fn alt_phonetic(&self) -> Option<String> {
        self.alt_syms.as_ref().map(Syms::render)
    }
}

/// A person name in canonical form.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CanonicalName {
    pub tokens: Vec<Token>,
    /// Sounds of each two adjacent words joined, as written and with an article between
    /// (Nour Houda → nourhouda, nourelhouda), for compounds split on one side only.
    joins: Vec<[Syms; 2]>,
}

impl CanonicalName {
    /// The canonical words, in the order written.
    pub fn canonical(&self) -> String {
        self.tokens
            .iter()
            .map(|t| t.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The phonetic key of each word.
    pub fn phonetic_keys(&self) -> Vec<String> {
        self.tokens.iter().map(Token::phonetic).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }
}

impl fmt::Display for CanonicalName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.canonical())
    }
}

/// Canonicalises a name with the built-in frequency table.
pub fn canonicalise(name: &str) -> CanonicalName {
    canonicalise_with(name, FrequencyTable::builtin())
}

/// Canonicalises a name with the given frequency table.
pub fn canonicalise_with(name: &str, table: &FrequencyTable) -> CanonicalName {
    let words = fold::words(name);
    let mut tokens: Vec<Token> = Vec::with_capacity(words.len());
    // Particles waiting for the word they belong to, with their written text.
    let mut pending: Vec<(Particle, &str)> = Vec::new();
    let n = words.len();
    // Short particles that are also European names or initials (Ed, An, Abi, B.) are read as
    // particles only in a name that shows Arabic context: Arabic script, or an unambiguous
    // particle (al, el, ben, ould, abou, aït, abd…, sidi, moulay, -eddine).
    let arabic_context = words.iter().any(|w| {
        (w.text.starts_with("abd") && w.text.len() >= 5) || normalise_compound(&w.text) != w.text
    }) || words.iter().any(|w| {
        w.arabic
            || (!is_ambiguous(&w.text)
                && !matches!(
                    classify(&w.text, false),
                    Kind::Word | Kind::Prefix(Particle::European)
                ))
    });
    for (i, w) in words.iter().enumerate() {
        let is_last = i + 1 == n;
        let kind = if is_ambiguous(&w.text) && !arabic_context {
            Kind::Word
        } else {
            classify(&w.text, w.arabic)
        };
        match kind {
            Kind::Article if !is_last => continue,
            Kind::Prefix(p) if !is_last => {
                pending.push((p, w.text.as_str()));
                continue;
            }
            Kind::Suffix(s) if !tokens.is_empty() && pending.is_empty() => {
                if let Some(prev) = tokens.last_mut() {
                    let text = format!("{}{s}", prev.text);
                    let alt = prev.alt.clone().map(|a| format!("{a}{s}"));
                    *prev = make_token(text, alt, prev.role, prev.arabic, prev.patronymic, table);
                }
                continue;
            }
            _ => {}
        }
        // A title joined to a particle ("Ould Sidi") is a name.
        let role = if matches!(kind, Kind::Honorific) && pending.is_empty() {
            Role::Honorific
        } else {
            Role::Name
        };
        let (text, mut alt, patronymic) = join(&pending, &w.text);
        // The article guess may be wrong (الياس is Ilyas, not al-Yas): keep both readings.
        if w.arabic_article && alt.is_none() && pending.is_empty() {
            alt = Some(format!("al{text}"));
        }
        pending.clear();
        tokens.push(make_token(text, alt, role, w.arabic, patronymic, table));
    }
    // A "ben X" between the given name and the family name is a patronymic chain, often left
    // out of other records; first or last, it is the family name itself (Ben Ali, Bennani).
    let last = tokens.len().saturating_sub(1);
    for (i, t) in tokens.iter_mut().enumerate() {
        t.patronymic &= i != 0 && i != last;
    }
    let joins = tokens
        .windows(2)
        .map(|w| match w {
            [u, v] => [
                symbols(&format!("{}{}", u.text, v.text)),
                symbols(&format!("{}el{}", u.text, v.text)),
            ],
            _ => [symbols(""), symbols("")],
        })
        .collect();
    CanonicalName { tokens, joins }
}

/// A particle that joins the following word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Particle {
    /// ben, bin, ibn, ould, bint: "son/daughter of" — may be dropped in other records.
    Patronymic(&'static str),
    /// abu, abou, bou: "father of".
    Kunya(&'static str),
    /// aït, ath: Berber "sons of".
    Berber(&'static str),
    /// abd, abdel, abdul…: "servant of", never dropped.
    Abd,
    /// van, de, la, …: part of a European family name.
    European,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Article,
    Prefix(Particle),
    Suffix(&'static str),
    Honorific,
}

/// Particles that are also common European given names or initials.
fn is_ambiguous(text: &str) -> bool {
    matches!(
        text,
        "ad" | "ed"
            | "ud"
            | "as"
            | "es"
            | "us"
            | "at"
            | "et"
            | "ut"
            | "ar"
            | "er"
            | "ur"
            | "az"
            | "ez"
            | "uz"
            | "an"
            | "en"
            | "un"
            | "il"
            | "ash"
            | "ech"
            | "esh"
            | "ach"
            | "l"
            | "abi"
            | "abo"
            | "b"
            | "bu"
            | "si"
            | "dr"
            | "mr"
            | "sr"
    )
}

fn classify(text: &str, arabic: bool) -> Kind {
    use Particle::*;
    match text {
        // Arabic الله and الدين after the article was taken off.
        "la" | "lh" | "lah" if arabic => Kind::Suffix("lah"),
        "al" | "el" | "ul" | "il" | "ad" | "ed" | "ud" | "as" | "es" | "us" | "at" | "et"
        | "ut" | "ar" | "er" | "ur" | "az" | "ez" | "uz" | "an" | "en" | "un" | "ash" | "ech"
        | "esh" | "ach" | "l" => Kind::Article,
        "ben" | "bin" | "ibn" | "bn" | "b" | "abn" | "iben" => Kind::Prefix(Patronymic("ben")),
        "ould" | "uld" | "ult" | "wld" | "oulad" | "ouled" | "awlad" => {
            Kind::Prefix(Patronymic("ould"))
        }
        "bint" | "bent" | "bnt" => Kind::Prefix(Patronymic("bint")),
        "abu" | "abou" | "abo" | "abi" => Kind::Prefix(Kunya("abu")),
        "bou" | "bu" => Kind::Prefix(Kunya("bou")),
        "ait" | "ath" | "ayt" | "aith" => Kind::Prefix(Berber("ait")),
        "abd" | "abdel" | "abdal" | "abdul" | "abdoul" | "abdol" | "abdil" => Kind::Prefix(Abd),
        "van" | "von" | "vander" | "vanden" | "vande" | "der" | "den" | "de" | "del" | "della"
        | "dei" | "di" | "da" | "das" | "dos" | "du" | "des" | "la" | "le" | "lo" | "ten"
        | "ter" | "mac" | "mc" | "st" | "saint" | "san" | "santa" | "dela" | "op" | "t" | "los"
        | "las" => {
            if arabic {
                Kind::Word
            } else {
                Kind::Prefix(European)
            }
        }
        "eddine" | "eddin" | "edine" | "edin" | "ddine" | "ddin" | "dine" | "din" | "uddin"
        | "uddine" | "addin" | "addine" | "aldin" | "eldin" | "dyn" => Kind::Suffix("din"),
        "allah" | "ellah" | "ullah" | "illah" | "llah" => Kind::Suffix("lah"),
        "sidi" | "si" | "moulay" | "mulay" | "moulai" | "mulai" | "lalla" | "lala" | "hadj"
        | "hajj" | "haj" | "hadja" | "hajja" | "elhadj" | "elhaj" | "cheikh" | "sheikh"
        | "shaykh" | "chikh" | "shaikh" | "imam" | "sayyid" | "dr" | "mr" | "mrs" | "mme"
        | "mlle" | "sr" | "sra" | "sra." => Kind::Honorific,
        _ => Kind::Word,
    }
}

/// Joins pending particles to a word: the canonical text, the text without the particle
/// where a record might leave it out, and whether the word is a patronymic (ben X, ould X).
fn join(pending: &[(Particle, &str)], word: &str) -> (String, Option<String>, bool) {
    let mut word = normalise_compound(word);
    let mut alt: Option<String> = None;
    let patronymic = pending
        .iter()
        .any(|(p, _)| matches!(p, Particle::Patronymic(_)));
    // The last particle is the closest to the word: "ben abd kader" = ben + (abd + kader).
    for (p, written) in pending.iter().rev() {
        word = match p {
            Particle::Abd => normalise_compound(&format!("abd{word}")),
            Particle::European => format!("{written}{word}"),
            Particle::Patronymic(s) | Particle::Kunya(s) | Particle::Berber(s) => {
                alt.get_or_insert_with(|| word.clone());
                format!("{s}{word}")
            }
        };
    }
    if alt.is_none() {
        if let Some((prefix, rest)) = split_particle(&word) {
            word = format!("{prefix}{rest}");
            alt = Some(rest);
        } else {
            alt = split_article(&word);
        }
    }
    (word, alt, patronymic)
}

/// Writes compounds one way: `abd` + name without the article (Abdelkader, Abd al-Qadir and
/// Abdul Qadir → abdkader / abdqadir), and `-eddine`, `-allah` endings as `din`, `lah`.
fn normalise_compound(word: &str) -> String {
    let mut w = word.to_string();
    if let Some(rest) = w.strip_prefix("abd").filter(|r| r.len() >= 3) {
        let rest = strip_article(rest);
        w = format!("abd{rest}");
    }
    for (ending, canon) in [
        ("eddine", "din"),
        ("eddin", "din"),
        ("edine", "din"),
        ("uddine", "din"),
        ("uddin", "din"),
        ("addine", "din"),
        ("addin", "din"),
        ("ddine", "din"),
        ("allah", "lah"),
        ("ellah", "lah"),
        ("ullah", "lah"),
        ("illah", "lah"),
    ] {
        if let Some(stem) = w.strip_suffix(ending)
            && stem.len() >= 3
            && !stem.ends_with("abd")
        {
            w = format!("{stem}{canon}");
            break;
        }
    }
    w
}

/// Removes a leading article from the part of a compound after `abd`: `elkader` → `kader`,
/// `ul aziz` → `aziz`, `errahman` → `rahman` (assimilated article), `eslam` → `slam`.
fn strip_article(rest: &str) -> String {
    let b = rest.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    // Length of the vowel part: "ou" counts as one.
    let v = if at(0) == b'o' && at(1) == b'u' {
        2
    } else if vowel(at(0)) {
        1
    } else {
        0
    };
    let after = rest.get(v..).unwrap_or("");
    let stripped = if v > 0 && at(v) == b'l' && after.len() > 3 {
        // "el", "al", "ul", "oul": the article itself.
        after.get(1..).unwrap_or(after)
    } else if at(0) == b'e' && !vowel(at(1)) && after.len() >= 3 {
        // French writes the assimilated article as "e" (Abdessalam, Abdeslam, Abderrahim).
        after
    } else if v > 0 && at(v) != 0 && at(v) == at(v + 1) {
        // "arrahman", "ussalam": vowel and doubled sun letter.
        after
    } else {
        rest
    };
    // The doubled sun letter is one sound.
    let sb = stripped.as_bytes();
    if sb.len() > 2 && sb.first() == sb.get(1) {
        stripped.get(1..).unwrap_or(stripped).to_string()
    } else {
        stripped.to_string()
    }
}

/// For a word written joined to its particle (Benali, Benabdelkader, Abouhamza, Aitbaha),
/// the particle and the word without it, itself normalised (Benabdelkader → ben, abdkader).
fn split_particle(word: &str) -> Option<(&'static str, String)> {
    for (written, canon) in [
        ("ben", "ben"),
        ("bn", "ben"),
        ("bin", "ben"),
        ("ibn", "ben"),
        ("ould", "ould"),
        ("abou", "abu"),
        ("abu", "abu"),
        ("bou", "bou"),
        ("ait", "ait"),
    ] {
        if let Some(rest) = word.strip_prefix(written)
            && rest.len() >= 3
        {
            return Some((canon, normalise_compound(rest)));
        }
    }
    None
}

/// For a word written joined to its article (Elmaati, Elouali, Ettayeb, Ennassiri), the word
/// without it.
fn split_article(word: &str) -> Option<String> {
    let b = word.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    if matches!((at(0), at(1)), (b'e' | b'a' | b'u', b'l')) && word.len() >= 6 {
        return word.get(2..).map(str::to_string);
    }
    // French spellings glue a bare l' (Lyoussi = al-Yusi, Laaroussi = al-Arusi).
    if at(0) == b'l' && matches!(at(1), b'a' | b'e' | b'i' | b'o' | b'u' | b'y') && word.len() >= 5
    {
        return word.get(1..).map(str::to_string);
    }
    // Article assimilated to a sun letter: e/a + doubled t, d, s, z, r, n (Ettayeb, Essaidi).
    if matches!(at(0), b'e' | b'a')
        && matches!(at(1), b't' | b'd' | b's' | b'z' | b'r' | b'n')
        && at(1) == at(2)
        && word.len() >= 6
    {
        return word.get(2..).map(str::to_string);
    }
    None
}

fn make_token(
    text: String,
    alt: Option<String>,
    role: Role,
    arabic: bool,
    patronymic: bool,
    table: &FrequencyTable,
) -> Token {
    let syms = symbols(&text);
    let alt_syms = alt.as_deref().map(symbols).filter(|s| !s.is_empty());
    let base = if text.len() == 1 {
        0.2
    } else {
        table.weight(&syms)
    };
    let weight = match role {
        Role::Name => base,
        Role::Honorific => base.min(0.3),
    };
    Token {
        text,
        alt: alt_syms.map(|_| alt.unwrap_or_default()),
        role,
        weight,
        arabic,
        patronymic,
        syms,
        alt_syms,
    }
}

/// Parameters of the comparison. The defaults are the ones documented in `docs/names.md`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Least similarity for two words to pair.
    pub pair_threshold: f32,
    /// How much unpaired words count against the score when both names have some (the
    /// names disagree: Saad *Ali* Bouziane / Saad *Karim* Bouziane), relative to a paired word.
    pub conflict_cost: f32,
    /// How much unpaired words count when only one name has them (a middle name, a second
    /// family name or a patronymic left out of the other record).
    pub omission_cost: f32,
    /// Factor on the weight of an unpaired patronymic (ben X), often left out of records.
    pub patronymic_factor: f32,
    /// Factor applied when a pairing uses a particle-less alternative.
    pub alt_factor: f32,
    /// Score floor for a match on common words only (see [`compare`]).
    pub common_floor: f32,
    /// Matched weight at which a match counts as fully informative.
    pub informative_weight: f32,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            pair_threshold: 0.8,
            conflict_cost: 0.9,
            omission_cost: 0.4,
            patronymic_factor: 0.3,
            alt_factor: 0.92,
            common_floor: 0.55,
            informative_weight: 1.0,
        }
    }
}

/// Two words that paired, as evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Pairing {
    pub a: String,
    pub b: String,
    pub similarity: f32,
    pub weight: f32,
}

/// How the dates of birth weighed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DobEvidence {
    /// Same full date.
    SameDay,
    /// Agree on year and month (one or both partial).
    SameMonth,
    /// Agree on the year only (one or both partial).
    SameYear,
    /// Same year, different month or day: maybe a typo.
    SameYearConflict,
    /// Different years.
    Different,
}

impl DobEvidence {
    /// A stable label for reports: `same_day`, `same_month`, `same_year`,
    /// `same_year_conflict`, `different`.
    pub fn label(self) -> &'static str {
        match self {
            DobEvidence::SameDay => "same_day",
            DobEvidence::SameMonth => "same_month",
            DobEvidence::SameYear => "same_year",
            DobEvidence::SameYearConflict => "same_year_conflict",
            DobEvidence::Different => "different",
        }
    }
}

/// The result of a comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Final score in [0, 1].
    pub score: f32,
    /// Score from the names alone.
    pub name_score: f32,
    pub pairs: Vec<Pairing>,
    pub unpaired_a: Vec<String>,
    pub unpaired_b: Vec<String>,
    pub dob: Option<DobEvidence>,
}

/// Compares two canonical names with the default parameters.
pub fn compare(a: &CanonicalName, b: &CanonicalName) -> Comparison {
    compare_with(a, b, &Params::default())
}

/// The score of [`compare`] alone, without the evidence (no allocation: for bulk scoring).
pub fn score(a: &CanonicalName, b: &CanonicalName) -> f32 {
    align(a, b, &Params::default()).score
}

/// Most words a name may have for the comparison (more are ignored).
const MAX_TOKENS: usize = 12;

/// A pairing by position: `(first word, number of words)` on each side.
#[derive(Debug, Clone, Copy, Default)]
struct Pair {
    a: (u8, u8),
    b: (u8, u8),
    sim: f32,
    weight: f32,
}

/// The outcome of pairing two names' words, by position.
struct Alignment {
    pairs: [Pair; MAX_TOKENS],
    n_pairs: usize,
    used_a: [bool; MAX_TOKENS],
    used_b: [bool; MAX_TOKENS],
    score: f32,
}

impl Alignment {
    fn push(&mut self, p: Pair) {
        if let Some(slot) = self.pairs.get_mut(self.n_pairs) {
            *slot = p;
            self.n_pairs += 1;
        }
    }
}

fn vowel_cost(a: &Token, b: &Token) -> f32 {
    if a.arabic || b.arabic {
        VOWEL_INDEL_ARABIC
    } else {
        VOWEL_INDEL
    }
}

fn token_similarity(a: &Token, b: &Token, p: &Params) -> f32 {
    // An initial ("J." or "M") pairs with any word of that letter, modestly.
    if a.text.len() == 1 || b.text.len() == 1 {
        return if a.text.as_bytes().first() == b.text.as_bytes().first() {
            0.8
        } else {
            0.0
        };
    }
    let vowel = vowel_cost(a, b);
    let mut best = similarity(&a.syms, &b.syms, vowel, p.pair_threshold);
    // An alternative scores at most `alt_factor`: no need to try one if that cannot win.
    if best >= p.alt_factor {
        return best;
    }
    // One record left the particle out. (Both without theirs is not evidence: Boussaid and
    // Bensaid are different families.)
    let alt_min = p.pair_threshold / p.alt_factor;
    if let Some(x) = &a.alt_syms {
        best = best.max(p.alt_factor * similarity(x, &b.syms, vowel, alt_min));
    }
    if let Some(y) = &b.alt_syms {
        best = best.max(p.alt_factor * similarity(&a.syms, y, vowel, alt_min));
    }
    best
}

/// Pairs the words of two names and scores the result.
fn align(a: &CanonicalName, b: &CanonicalName, p: &Params) -> Alignment {
    let ta = a
        .tokens
        .get(..a.tokens.len().min(MAX_TOKENS))
        .unwrap_or(&[]);
    let tb = b
        .tokens
        .get(..b.tokens.len().min(MAX_TOKENS))
        .unwrap_or(&[]);
    let mut al = Alignment {
        pairs: [Pair::default(); MAX_TOKENS],
        n_pairs: 0,
        used_a: [false; MAX_TOKENS],
        used_b: [false; MAX_TOKENS],
        score: 0.0,
    };
    // Candidate pairs packed in one integer each, so that sorting them is cheap: the
    // similarity (quantised, best first), then the positions (written order on ties); the
    // exact similarity is kept aside by position.
    let mut cands = [0u32; MAX_TOKENS * MAX_TOKENS];
    let mut sims = [0f32; MAX_TOKENS * MAX_TOKENS];
    let mut n = 0;
    for (i, x) in ta.iter().enumerate() {
        for (j, y) in tb.iter().enumerate() {
            let s = token_similarity(x, y, p);
            if s >= p.pair_threshold
                && let Some(c) = cands.get_mut(n)
            {
                let q = (s.clamp(0.0, 1.0) * 65_535.0) as u32;
                *c = ((65_535 - q) << 16) | ((i as u32) << 8) | j as u32;
                if let Some(slot) = sims.get_mut(i * MAX_TOKENS + j) {
                    *slot = s;
                }
                n += 1;
            }
        }
    }
    let cands = cands.get_mut(..n).unwrap_or(&mut []);
    cands.sort_unstable();
    let mut matched = 0f32;
    let mut matched_w = 0f32;
    for &c in cands.iter() {
        let (i, j) = (((c >> 8) & 0xff) as usize, (c & 0xff) as usize);
        if al.used_a.get(i).copied().unwrap_or(true) || al.used_b.get(j).copied().unwrap_or(true) {
            continue;
        }
        let (Some(x), Some(y)) = (ta.get(i), tb.get(j)) else {
            continue;
        };
        let s = sims.get(i * MAX_TOKENS + j).copied().unwrap_or(0.0);
        mark(&mut al.used_a, i);
        mark(&mut al.used_b, j);
        let w = (x.weight + y.weight) / 2.0;
        matched += w * s;
        matched_w += w;
        al.push(Pair {
            a: (i as u8, 1),
            b: (j as u8, 1),
            sim: s,
            weight: w,
        });
    }
    // Compounds written apart on one side and joined on the other (Abdel Kader / Abdelkader
    // is handled by the particles; this catches the rest: Fassi Fihri / Fassifihri). Only for
    // names that already share a word: two names with nothing in common score 0 anyway, and
    // this pass is the costly part of comparing them.
    if al.n_pairs > 0 {
        join_pass(ta, b, &mut al, &mut matched, &mut matched_w, p, false);
        join_pass(tb, a, &mut al, &mut matched, &mut matched_w, p, true);
    }

    let unpaired = |t: &[Token], used: &[bool; MAX_TOKENS]| -> f32 {
        t.iter()
            .enumerate()
            .filter(|(k, _)| !used.get(*k).copied().unwrap_or(false))
            .map(|(_, x)| {
                if x.role == Role::Honorific {
                    // A title left out says nothing about who the person is.
                    x.weight * 0.2
                } else if x.patronymic {
                    x.weight * p.patronymic_factor
                } else {
                    x.weight
                }
            })
            .sum()
    };
    let (wa, wb) = (unpaired(ta, &al.used_a), unpaired(tb, &al.used_b));
    // What both names hold unpaired is a disagreement; the rest is an omission.
    let conflict = wa.min(wb);
    let omission = wa + wb - 2.0 * conflict;
    let denom = matched_w + p.conflict_cost * 2.0 * conflict + p.omission_cost * omission;
    let mut score = if denom > 0.0 { matched / denom } else { 0.0 };
    // A match on common words only ("Mohamed Ahmed") tells less than one on a rare name.
    let info = (matched / p.informative_weight).min(1.0);
    score *= p.common_floor + (1.0 - p.common_floor) * info;
    al.score = score.clamp(0.0, 1.0);
    al
}

fn mark(used: &mut [bool; MAX_TOKENS], i: usize) {
    if let Some(u) = used.get_mut(i) {
        *u = true;
    }
}

/// Tries to pair each unpaired word of `x` with two adjacent unpaired words of `y` joined
/// (precomputed in `y.joins`). `swapped` when `x` is the second name.
fn join_pass(
    x: &[Token],
    y: &CanonicalName,
    al: &mut Alignment,
    matched: &mut f32,
    matched_w: &mut f32,
    p: &Params,
    swapped: bool,
) {
    for (i, t) in x.iter().enumerate() {
        let used_x = if swapped { &al.used_b } else { &al.used_a };
        if used_x.get(i).copied().unwrap_or(true) {
            continue;
        }
        for (j, joined) in y.joins.iter().enumerate().take(MAX_TOKENS - 1) {
            let used_y = if swapped { &al.used_a } else { &al.used_b };
            if used_y.get(j).copied().unwrap_or(true) || used_y.get(j + 1).copied().unwrap_or(true)
            {
                continue;
            }
            let (Some(u), Some(v)) = (y.tokens.get(j), y.tokens.get(j + 1)) else {
                continue;
            };
            let vowel = vowel_cost(t, u);
            let s = joined
                .iter()
                .map(|js| similarity(&t.syms, js, vowel, p.pair_threshold))
                .fold(0.0f32, f32::max);
            if s < p.pair_threshold {
                continue;
            }
            let (ux, uy) = if swapped {
                (&mut al.used_b, &mut al.used_a)
            } else {
                (&mut al.used_a, &mut al.used_b)
            };
            mark(ux, i);
            mark(uy, j);
            mark(uy, j + 1);
            let w = (t.weight + (u.weight + v.weight) / 2.0) / 2.0;
            *matched += w * s * 2.0;
            *matched_w += w * 2.0;
            let (one, two) = ((i as u8, 1), (j as u8, 2));
            let (a, b) = if swapped { (two, one) } else { (one, two) };
            al.push(Pair {
                a,
                b,
                sim: s,
                weight: w,
            });
            break;
        }
    }
}

/// Compares two canonical names.
pub fn compare_with(a: &CanonicalName, b: &CanonicalName, p: &Params) -> Comparison {
    let al = align(a, b, p);
    let words = |n: &CanonicalName, (start, len): (u8, u8)| -> String {
        n.tokens
            .iter()
            .skip(usize::from(start))
            .take(usize::from(len))
            .map(|t| t.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let pairs = al
        .pairs
        .iter()
        .take(al.n_pairs)
        .map(|pr| Pairing {
            a: words(a, pr.a),
            b: words(b, pr.b),
            similarity: pr.sim,
            weight: pr.weight,
        })
        .collect();
    let unpaired = |n: &CanonicalName, used: &[bool; MAX_TOKENS]| -> Vec<String> {
        n.tokens
            .iter()
            .take(MAX_TOKENS)
            .enumerate()
            .filter(|(k, _)| !used.get(*k).copied().unwrap_or(false))
            .map(|(_, t)| t.text.clone())
            .collect()
    };
    Comparison {
        score: al.score,
        name_score: al.score,
        pairs,
        unpaired_a: unpaired(a, &al.used_a),
        unpaired_b: unpaired(b, &al.used_b),
        dob: None,
    }
}

/// Compares two names and, when both are known, their dates of birth.
pub fn compare_people(
    a: &CanonicalName,
    b: &CanonicalName,
    dob_a: Option<&Dob>,
    dob_b: Option<&Dob>,
) -> Comparison {
    let mut c = compare(a, b);
    if let (Some(x), Some(y)) = (dob_a, dob_b) {
        let (ev, new) = dob_adjust(c.score, x, y);
        c.dob = Some(ev);
        c.score = new.clamp(0.0, 1.0);
    }
    c
}

fn dob_adjust(s: f32, x: &Dob, y: &Dob) -> (DobEvidence, f32) {
    if x.year != y.year {
        return (DobEvidence::Different, s * 0.45);
    }
    let month = match (x.month, y.month) {
        (Some(a), Some(b)) if a != b => return (DobEvidence::SameYearConflict, s * 0.7),
        (Some(_), Some(_)) => true,
        _ => false,
    };
    match (x.day, y.day) {
        (Some(a), Some(b)) if a != b => (DobEvidence::SameYearConflict, s * 0.7),
        (Some(_), Some(_)) => (DobEvidence::SameDay, s + (1.0 - s) * 0.5),
        _ if month => (DobEvidence::SameMonth, s + (1.0 - s) * 0.3),
        _ => (DobEvidence::SameYear, s + (1.0 - s) * 0.15),
    }
}

/// Dates of birth as the comparison needs them.
mod dob {
    /// A date of birth known to the day, the month or the year.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Dob {
        pub year: i32,
        pub month: Option<u8>,
        pub day: Option<u8>,
    }

    impl Dob {
        /// Reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYYMMDD`; `None` if it is not one.
        pub fn parse(raw: &str) -> Option<Dob> {
            let s = raw.trim();
            let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
            let parts: Vec<&str> = if s.len() == 8 && digits(s) {
                vec![s.get(..4)?, s.get(4..6)?, s.get(6..)?]
            } else {
                s.split('-').collect()
            };
            let year: i32 = match parts.first() {
                Some(y) if y.len() == 4 && digits(y) => y.parse().ok()?,
                _ => return None,
            };
            let month = match parts.get(1) {
                Some(m) if m.len() == 2 && digits(m) => {
                    Some(m.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?)
                }
                Some(_) => return None,
                None => None,
            };
            let day = match parts.get(2) {
                Some(d) if d.len() == 2 && digits(d) => {
                    Some(d.parse::<u8>().ok().filter(|d| (1..=31).contains(d))?)
                }
                Some(_) => return None,
                None => None,
            };
            if parts.len() > 3 {
                return None;
            }
            // The day must exist in that month (2023-02-30 does not).
            if let (Some(m), Some(d)) = (month, day) {
                let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                let days = match m {
                    2 if leap => 29,
                    2 => 28,
                    4 | 6 | 9 | 11 => 30,
                    _ => 31,
                };
                if d > days {
                    return None;
                }
            }
            Some(Dob { year, month, day })
        }
    }
}

pub use dob::Dob as BirthDate;

#[cfg(test)]
mod tests;
