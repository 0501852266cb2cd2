//! What the places of birth of two persons add to their score.
//!
//! A node sends a place-of-birth token only for places its gazetteer knows
//! (`malines_names::place`), so two tokens that differ are two different places, not two
//! spellings of one. The weights are Fellegi–Sunter's, in bits:
//!
//! - the same place: log₂(m / u), where u is how often that place occurs among the persons
//!   indexed (a person born in Casablanca shares it with many; one born in Ben Gardane with
//!   few), smoothed towards [`PRIOR_SHARE`] while few places are known;
//! - different places: log₂((1 − m) / (1 − Σ u²));
//! - a side without a known place: nothing.
//!
//! m, the chance that two records of one person give the same known place, is assumed
//! ([`SAME_PERSON_SAME_PLACE`]), not estimated: no labelled data with places exists here
//! beyond the synthetic scenario, which would only return its own generator's choice.

use hashbrown::HashMap;

/// Assumed share of the pairs of records of one person that give the same known place of
/// birth (the rest: a district for the city, a mistake, the place of another person).
pub const SAME_PERSON_SAME_PLACE: f64 = 0.9;

/// Share of persons of a place before any is counted: one place in fifty.
const PRIOR_SHARE: f64 = 0.02;
/// Weight of [`PRIOR_SHARE`], in persons: it fades once a few hundred places are counted.
const PRIOR_PERSONS: f64 = 50.0;
/// Largest weight of an agreement, in bits (a place seen once).
const MAX_AGREEMENT: f64 = 8.0;

/// How often each place-of-birth token occurs among the persons indexed.
#[derive(Debug, Clone, Default)]
pub struct PlaceFrequencies {
    counts: HashMap<u64, u32>,
    total: f64,
    /// Σ count²: Σ u² = sq / total² is the chance that two persons share a place.
    sq: f64,
}

/// How the places of birth of a pair compare, with the weight that adds to its score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PlaceMatch {
    Same(f32),
    Different(f32),
}

impl PlaceMatch {
    /// The weight, in bits.
    pub fn bits(self) -> f32 {
        match self {
            PlaceMatch::Same(b) | PlaceMatch::Different(b) => b,
        }
    }

    /// As told in a link's evidence: `same` or `different`.
    pub fn label(self) -> &'static str {
        match self {
            PlaceMatch::Same(_) => "same",
            PlaceMatch::Different(_) => "different",
        }
    }
}

impl PlaceFrequencies {
    /// Counts one more person born at `place`.
    pub fn add(&mut self, place: u64) {
        let c = self.counts.entry(place).or_default();
        self.sq += f64::from(2 * *c + 1);
        *c += 1;
        self.total += 1.0;
    }

    /// Forgets one person born at `place` (counted before with [`PlaceFrequencies::add`]).
    pub fn remove(&mut self, place: u64) {
        if let Some(c) = self.counts.get_mut(&place)
            && *c > 0
        {
            *c -= 1;
            self.sq -= f64::from(2 * *c + 1);
            self.total -= 1.0;
            if *c == 0 {
                self.counts.remove(&place);
            }
        }
    }

    /// What comparing a person born at `place` with anyone reads of these counts, and only
    /// that (as [`malines_match::score::TermFrequencies::view`]).
    pub fn view(&self, place: Option<u64>) -> PlaceFrequencies {
        let mut counts = HashMap::default();
        if let Some(p) = place
            && let Some(&c) = self.counts.get(&p)
        {
            counts.insert(p, c);
        }
        PlaceFrequencies {
            counts,
            total: self.total,
            sq: self.sq,
        }
    }

    /// The share of persons born at `place`, smoothed.
    fn share(&self, place: u64) -> f64 {
        let c = self.counts.get(&place).copied().unwrap_or(0);
        (f64::from(c) + PRIOR_SHARE * PRIOR_PERSONS) / (self.total + PRIOR_PERSONS)
    }

    /// The chance that two persons drawn at random share a place, smoothed alike.
    fn coincidence(&self) -> f64 {
        let prior = PRIOR_SHARE * PRIOR_PERSONS * PRIOR_PERSONS;
        (self.sq + prior) / ((self.total + PRIOR_PERSONS) * (self.total + PRIOR_PERSONS))
    }

    /// How the places `a` and `b` compare; `None` when a side has no known place.
    pub fn compare(&self, a: Option<u64>, b: Option<u64>) -> Option<PlaceMatch> {
        let (a, b) = (a?, b?);
        let m = SAME_PERSON_SAME_PLACE;
        Some(if a == b {
            let bits = (m / self.share(a)).log2().clamp(0.0, MAX_AGREEMENT);
            PlaceMatch::Same(bits as f32)
        } else {
            let u = self.coincidence().min(0.99);
            PlaceMatch::Different(((1.0 - m) / (1.0 - u)).log2() as f32)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rare_place_in_common_weighs_more_than_a_common_one_and_different_places_weigh_against() {
        let mut f = PlaceFrequencies::default();
        for i in 0..1000u64 {
            // Place 1 for half the persons, place 2 for one, the rest spread.
            f.add(if i % 2 == 0 { 1 } else { 3 + i % 40 });
        }
        f.add(2);
        let common = f.compare(Some(1), Some(1)).map(PlaceMatch::bits).unwrap();
        let rare = f.compare(Some(2), Some(2)).map(PlaceMatch::bits).unwrap();
        let differ = f.compare(Some(1), Some(2)).map(PlaceMatch::bits).unwrap();
        assert!(rare > common + 3.0, "{rare} {common}");
        assert!((0.0..1.0).contains(&common), "{common}");
        assert!(differ < -2.5, "{differ}");
        assert_eq!(f.compare(None, Some(1)), None);
        assert_eq!(f.compare(Some(1), None), None);
    }

    #[test]
    fn removing_what_was_added_gives_the_counts_back() {
        let mut f = PlaceFrequencies::default();
        f.add(7);
        let before = (f.total, f.sq, f.share(7));
        f.add(7);
        f.add(9);
        f.remove(9);
        f.remove(7);
        f.remove(42);
        assert_eq!((f.total, f.sq, f.share(7)), before);
    }
}
