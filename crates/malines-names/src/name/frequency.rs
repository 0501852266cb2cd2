//! How common each name word is, so that informative words weigh more than common ones.
//!
//! The built-in table (`data/name_frequencies.tsv`) is derived from Jörg Michael's first-name
//! dictionary (GFDL 1.2+, see `data/make_frequencies.py`): a frequency class from 1 (rare) to
//! 13 (extremely common) for first names in Spain, France, Belgium, the Netherlands, Great
//! Britain and the Arabic-speaking world. A word absent from the table is taken as rare. Any
//! other table in the same format (`name<TAB>class`) can replace it with
//! [`FrequencyTable::from_tsv`].

use std::collections::HashMap;
use std::sync::OnceLock;

use super::phonetic::{Syms, symbols};

/// The most common class a table may hold.
pub const MAX_CLASS: u8 = 13;

/// Frequency classes of name words, keyed by their sound symbols so that every spelling of a
/// common name is found (Mohamed, Mohammed, Muhammad).
#[derive(Debug, Default, Clone)]
pub struct FrequencyTable {
    by_sound: HashMap<Syms, u8>,
    by_skeleton: HashMap<Syms, u8>,
}

impl FrequencyTable {
    /// A table in which every word is rare.
    pub fn empty() -> Self {
        Self::default()
    }

    /// The table shipped with Malines.
    pub fn builtin() -> &'static FrequencyTable {
        static TABLE: OnceLock<FrequencyTable> = OnceLock::new();
        TABLE.get_or_init(|| {
            // The shipped file is checked by a test; were it ever unreadable, names would all
            // count as rare rather than bring the process down.
            Self::from_tsv(include_str!("../../data/name_frequencies.tsv")).unwrap_or_default()
        })
    }

    /// Reads `name<TAB>class` lines (class 1–13); `#` starts a comment line.
    pub fn from_tsv(text: &str) -> Result<Self, String> {
        let mut t = FrequencyTable::default();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, class) = line
                .split_once('\t')
                .ok_or_else(|| format!("line {}: expected name<TAB>class", n + 1))?;
            let class: u8 = class
                .trim()
                .parse()
                .ok()
                .filter(|c| (1..=MAX_CLASS).contains(c))
                .ok_or_else(|| format!("line {}: class must be 1 to {MAX_CLASS}", n + 1))?;
            for w in super::fold::words(name) {
                let s = symbols(&w.text);
                if s.is_empty() {
                    continue;
                }
                let e = t.by_sound.entry(s).or_insert(0);
                *e = (*e).max(class);
                let e = t.by_skeleton.entry(s.consonants()).or_insert(0);
                *e = (*e).max(class);
            }
        }
        Ok(t)
    }

    /// The class of a word, if the table knows it: by its sound, or by its consonants (a
    /// variant spelling of a listed name, counted one class rarer to stay on the safe side),
    /// whichever is more common.
    pub(crate) fn class_of(&self, s: &Syms) -> Option<u8> {
        let exact = self.by_sound.get(s).copied();
        let variant = self
            .by_skeleton
            .get(&s.consonants())
            .map(|c| c.saturating_sub(1))
            .filter(|c| *c > 0);
        exact.max(variant)
    }

    /// Weight of a word in [0.1, 1]: 1 for a rare word, low for a common one.
    pub(crate) fn weight(&self, s: &Syms) -> f32 {
        match self.class_of(s) {
            Some(c) => (1.0 - f32::from(c) / 15.0).max(0.1),
            None => 1.0,
        }
    }

    pub fn len(&self) -> usize {
        self.by_sound.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_sound.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_table_loads_and_knows_common_names() {
        let t = FrequencyTable::builtin();
        assert!(t.len() > 3000, "{}", t.len());
        let w = |n: &str| t.weight(&symbols(n));
        for n in ["mohamed", "mohammed", "muhammad", "mouhamed", "mhamed"] {
            assert!(w(n) < 0.5, "{n}: {}", w(n));
        }
        assert!(w("ahmed") < 0.5);
        assert_eq!(w("vandenbroeck"), 1.0);
        assert!(w("idrissi") > w("mohamed"));
        assert!(w("khalid") > w("mohamed"));
    }

    #[test]
    fn bad_lines_are_refused_with_their_number() {
        assert_eq!(
            FrequencyTable::from_tsv("# c\nAli\t99\n").unwrap_err(),
            "line 2: class must be 1 to 13"
        );
        assert!(FrequencyTable::from_tsv("Ali 3\n").is_err());
        assert_eq!(FrequencyTable::from_tsv("Ali\t3\n").unwrap().len(), 1);
    }
}
