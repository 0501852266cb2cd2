//! Scoring a candidate pair from what the encodings let the comparing side see: the Dice
//! similarity of the record filters and how the dates of birth agree (from their tokens).
//! The result is a score and its evidence; a person decides what follows (SPEC §8).

use hashbrown::HashMap;

use crate::Filter;
use crate::person::{DobTokens, Encoded, Region};

/// How two dates of birth agree, read from their tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DobMatch {
    /// Same full date.
    SameDay,
    /// Same year and month; at least one date has no day.
    SameMonth,
    /// Same year; at least one date has no month.
    SameYear,
    /// Full dates that differ in one digit: likely a typo.
    OneDigitDiffers,
    /// Same year, day and month swapped (a date written month first).
    DayMonthSwapped,
    /// Same year, but the month or the day differs.
    SameYearDayOrMonthDiffers,
    /// Same day and month, different year: maybe a typo in the year.
    YearDiffers,
    /// Nothing in common.
    Different,
    /// At least one date unknown.
    Unknown,
}

impl DobMatch {
    /// Reads the agreement from two sets of tokens.
    pub fn classify(a: &DobTokens, b: &DobTokens) -> DobMatch {
        let eq = |x: Option<u64>, y: Option<u64>| matches!((x, y), (Some(p), Some(q)) if p == q);
        let both = |x: Option<u64>, y: Option<u64>| x.is_some() && y.is_some();
        if !both(a.year, b.year) {
            return DobMatch::Unknown;
        }
        if both(a.day, b.day) {
            let one_digit = a.masked.iter().zip(&b.masked).any(|(x, y)| eq(*x, *y));
            return if eq(a.day, b.day) {
                DobMatch::SameDay
            } else if one_digit {
                DobMatch::OneDigitDiffers
            } else if eq(a.unordered, b.unordered) {
                DobMatch::DayMonthSwapped
            } else if eq(a.year, b.year) {
                DobMatch::SameYearDayOrMonthDiffers
            } else if eq(a.month_day, b.month_day) {
                DobMatch::YearDiffers
            } else {
                DobMatch::Different
            };
        }
        if !eq(a.year, b.year) {
            return DobMatch::Different;
        }
        if both(a.month, b.month) {
            if eq(a.month, b.month) {
                DobMatch::SameMonth
            } else {
                DobMatch::SameYearDayOrMonthDiffers
            }
        } else {
            DobMatch::SameYear
        }
    }

    /// A stable label for reports.
    pub fn label(self) -> &'static str {
        match self {
            DobMatch::SameDay => "same_day",
            DobMatch::SameMonth => "same_month",
            DobMatch::SameYear => "same_year",
            DobMatch::OneDigitDiffers => "one_digit_differs",
            DobMatch::DayMonthSwapped => "day_month_swapped",
            DobMatch::SameYearDayOrMonthDiffers => "same_year_day_or_month_differs",
            DobMatch::YearDiffers => "year_differs",
            DobMatch::Different => "different",
            DobMatch::Unknown => "unknown",
        }
    }

    /// Every class, for tables and tests.
    pub const ALL: [DobMatch; 9] = [
        DobMatch::SameDay,
        DobMatch::SameMonth,
        DobMatch::SameYear,
        DobMatch::OneDigitDiffers,
        DobMatch::DayMonthSwapped,
        DobMatch::SameYearDayOrMonthDiffers,
        DobMatch::YearDiffers,
        DobMatch::Different,
        DobMatch::Unknown,
    ];
}

/// Similarity levels of a field: below 0.3, 0.3–0.5, 0.5–0.65, 0.65–0.8, 0.8 and above.
pub const LEVELS: [f32; 4] = [0.3, 0.5, 0.65, 0.8];

/// The level of a similarity (0 to 4).
pub fn level(sim: f32) -> usize {
    LEVELS.iter().take_while(|&&b| sim >= b).count()
}

/// A field's match weights in bits (log₂ m/u, Fellegi–Sunter): one per similarity level,
/// and one for a field that one side or both lack.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FieldWeights {
    pub missing: f32,
    pub levels: [f32; 5],
}

impl FieldWeights {
    fn weight(&self, sim: Option<f32>) -> f32 {
        match sim {
            None => self.missing,
            Some(x) => self.levels.get(level(x)).copied().unwrap_or(0.0),
        }
    }
}

/// One table of weights.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    pub given: FieldWeights,
    pub family: FieldWeights,
    pub other: FieldWeights,
    /// When the names matched crosswise, and when they matched straight.
    pub swapped: f32,
    pub straight: f32,
    /// Per date-of-birth class, in the order of [`DobMatch::ALL`].
    pub dob: [f32; 9],
    /// log₂ of the prior odds of a match among candidate pairs.
    pub prior: f32,
}

/// How a pair is scored: Fellegi–Sunter match weights of the field similarities (Dice of
/// the fields' regions of the filters) and of the date-of-birth class, summed with the prior
/// and turned into a probability. The weights were estimated once on FEBRL dataset 3 (see
/// `bench/quality/fit_weights.py`, which reproduces them) and are part of the code, not learnt
/// from the data linked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scoring {
    /// Names and date of birth only.
    pub base: Weights,
    /// When either side has other fields.
    pub with_other: Weights,
    /// Kernel candidates are pairs whose whole-filter Dice reaches this; the score decides
    /// among them.
    pub candidate_floor: f32,
    /// log₂ of the prior odds that a candidate pair is a match, replacing the tables' (which
    /// are those of the data the weights were estimated on). [`prior_for`] gives the usual
    /// "each person has at most one match on the other side"; `malines-match::link` sets it
    /// from the sizes of the two sides.
    pub prior: Option<f32>,
}

/// The prior odds (log₂) for linking `n` people with `m` when each person has at most one
/// match on the other side: min(n, m) matches among n·m pairs, that is 1 / max(n, m). With
/// `dedup`, n people linked with themselves: n matches among n(n−1)/2 pairs.
pub fn prior_for(n: usize, m: usize, dedup: bool) -> f32 {
    let (n, m) = (n.max(2) as f64, m.max(2) as f64);
    let odds = if dedup {
        2.0 / (n - 1.0)
    } else {
        1.0 / n.max(m)
    };
    odds.log2() as f32
}

/// Estimated on FEBRL dataset 3 (5,000 records, 6,538 true pairs), every pair of Dice ≥ 0.15,
/// names and date of birth.
const BASE: Weights = Weights {
    given: FieldWeights {
        missing: 0.26,
        levels: [-2.76, -0.31, 4.53, 5.68, 6.98],
    },
    family: FieldWeights {
        missing: 1.48,
        levels: [-3.24, -1.66, 4.43, 6.97, 7.19],
    },
    other: FieldWeights {
        missing: 0.0,
        levels: [0.0; 5],
    },
    swapped: 1.99,
    straight: -0.11,
    dob: [14.83, 8.28, 5.81, 2.59, 2.84, -1.16, 0.12, -3.92, -0.02],
    prior: -10.34,
};

/// The same with the other fields (FEBRL's address, postcode, state and social security
/// number), every pair of Dice ≥ 0.15.
const WITH_OTHER: Weights = Weights {
    given: FieldWeights {
        missing: -0.17,
        levels: [-2.77, 0.05, 4.88, 6.30, 7.51],
    },
    family: FieldWeights {
        missing: -0.18,
        levels: [-3.27, -1.20, 4.82, 7.38, 7.66],
    },
    other: FieldWeights {
        missing: 5.54,
        levels: [-9.32, -8.87, -0.18, 11.76, 24.27],
    },
    swapped: 0.99,
    straight: -0.08,
    dob: [14.87, 8.84, 6.43, 2.90, 2.67, -0.62, 0.10, -3.82, -0.44],
    prior: -10.90,
};

impl Default for Scoring {
    fn default() -> Self {
        Scoring {
            base: BASE,
            with_other: WITH_OTHER,
            candidate_floor: 0.15,
            prior: None,
        }
    }
}

/// What a score was made of, for the people who read it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Evidence {
    /// Similarity of the given names (absent if a side has none).
    pub given: Option<f32>,
    pub family: Option<f32>,
    /// The names matched crosswise (given name of one side with family name of the other).
    pub swapped: bool,
    pub other: Option<f32>,
    pub dob: DobMatch,
    /// How much of the shorter family name lies within the other (|A ∩ B| / min(|A|, |B|)),
    /// names compared straight; absent when a side has none or they matched crosswise. Near 1
    /// when one side left out a word (a Spanish second surname: Ruiz / Ruiz Delgado).
    pub family_overlap: Option<f32>,
    /// Dice similarity of the whole filters.
    pub dice: f32,
    /// The summed match weight, in bits (the score is its logistic).
    pub weight: f32,
}

/// How often each exact name pattern occurs among the people being linked, read from the
/// encodings themselves (Splink's "term frequency adjustment"): two people who agree exactly
/// on a rare family name are likelier the same than two Martins. The comparing side can
/// count equal patterns anyway (see `docs/encoding.md`, frequency attacks); this turns that
/// into better scores.
#[derive(Debug, Clone, Default)]
pub struct TermFrequencies {
    given: HashMap<u64, u32>,
    family: HashMap<u64, u32>,
    total: f64,
    /// Σ count² per region: Σ tf² = sq / total² is the probability that two random people
    /// agree exactly.
    sq_given: f64,
    sq_family: f64,
}

fn region_key(f: &Filter, r: Region) -> Option<u64> {
    let words = f.0.get(r.words())?;
    if words.iter().all(|&w| w == 0) {
        return None;
    }
    // The region's words mixed into 64 bits by folded multiplications (as foldhash mixes):
    // a key held in memory only, never stored or sent, looked up for every pair scored.
    let mut h: u64 = 0x243f_6a88_85a3_08d3;
    for &w in words {
        let p = u128::from(h ^ w) * u128::from(0x9e37_79b9_7f4a_7c15u64);
        h = (p as u64) ^ ((p >> 64) as u64);
    }
    Some(h)
}

impl TermFrequencies {
    pub fn new<'a>(people: impl IntoIterator<Item = &'a Encoded>) -> Self {
        let mut t = TermFrequencies::default();
        for p in people {
            t.add(p);
        }
        t
    }

    /// Counts one more person (incremental use, as at the hub).
    pub fn add(&mut self, p: &Encoded) {
        self.total += 1.0;
        for (region, map, sq) in [
            (Region::Given, &mut self.given, &mut self.sq_given),
            (Region::Family, &mut self.family, &mut self.sq_family),
        ] {
            if let Some(k) = region_key(&p.filter, region) {
                let c = map.entry(k).or_default();
                // (c + 1)² − c² = 2c + 1
                *sq += 2.0 * f64::from(*c) + 1.0;
                *c += 1;
            }
        }
    }

    /// What scoring the persons `of` (their filters) reads of these counts, and only that:
    /// the counts of their name patterns, as given and as family names, and the totals. A
    /// view scores `of` against anyone as these counts would, whatever they become after
    /// (the hub scores a batch's persons in parallel, each as of its arrival).
    pub fn view<'a>(&self, of: impl IntoIterator<Item = &'a Filter>) -> TermFrequencies {
        let mut v = TermFrequencies {
            given: HashMap::default(),
            family: HashMap::default(),
            total: self.total,
            sq_given: self.sq_given,
            sq_family: self.sq_family,
        };
        for f in of {
            for region in [Region::Given, Region::Family] {
                if let Some(k) = region_key(f, region) {
                    // (An exact agreement crosswise reads a pattern in the other region too.)
                    for (from, to) in [(&self.given, &mut v.given), (&self.family, &mut v.family)] {
                        if let Some(&c) = from.get(&k) {
                            to.insert(k, c);
                        }
                    }
                }
            }
        }
        v
    }

    /// Forgets a person counted before with [`TermFrequencies::add`].
    pub fn remove(&mut self, p: &Encoded) {
        self.total = (self.total - 1.0).max(0.0);
        for (region, map, sq) in [
            (Region::Given, &mut self.given, &mut self.sq_given),
            (Region::Family, &mut self.family, &mut self.sq_family),
        ] {
            if let Some(k) = region_key(&p.filter, region)
                && let Some(c) = map.get_mut(&k)
                && *c > 0
            {
                *sq -= 2.0 * f64::from(*c) - 1.0;
                *c -= 1;
                if *c == 0 {
                    map.remove(&k);
                }
            }
        }
    }

    /// What an exact agreement on this person's pattern of `region` adds to the level's
    /// weight, in bits: log₂(u / tf), bounded to ±[`TF_BOUND`].
    pub fn adjustment(&self, f: &Filter, region: Region) -> f32 {
        region_key(f, region)
            .and_then(|k| self.adjustment_of(k, region))
            .unwrap_or(0.0)
    }

    /// The adjustment of an exact agreement crosswise: the pattern of `a`'s `region` is that of
    /// the other region on the other side. A name is as common as the more common of its two
    /// uses (Ahmed as a given name, Alaoui as a family name), so the smaller adjustment counts.
    pub fn crosswise_adjustment(&self, a: &Filter, region: Region) -> f32 {
        let other = match region {
            Region::Given => Region::Family,
            Region::Family => Region::Given,
            _ => return 0.0,
        };
        let Some(key) = region_key(a, region) else {
            return 0.0;
        };
        let here = self.adjustment_of(key, region);
        let there = self.adjustment_of(key, other);
        match (here, there) {
            (Some(x), Some(y)) => x.min(y),
            (Some(x), None) | (None, Some(x)) => x,
            (None, None) => 0.0,
        }
    }

    /// The adjustment of the pattern `key` in `region`, if it was counted there.
    fn adjustment_of(&self, key: u64, region: Region) -> Option<f32> {
        let (map, sq) = match region {
            Region::Given => (&self.given, self.sq_given),
            Region::Family => (&self.family, self.sq_family),
            _ => return None,
        };
        let c = map.get(&key)?;
        let u = sq / (self.total * self.total).max(1.0);
        if self.total < 2.0 || u <= 0.0 {
            return Some(0.0);
        }
        let tf = f64::from(*c) / self.total;
        Some(((u / tf).log2() as f32).clamp(-TF_BOUND, TF_BOUND))
    }
}

/// Largest term-frequency adjustment, in bits.
pub const TF_BOUND: f32 = 6.0;

/// Dice of two regions; `None` when either is empty.
fn region_dice(a: &Filter, b: &Filter, ra: Region, rb: Region) -> Option<f32> {
    let (pa, pb, inter) = region_counts(a, b, ra, rb)?;
    Some(crate::kernel::dice_from_counts(pa, pb, inter))
}

/// The bits set in region `ra` of `a`, in region `rb` of `b`, and in both; `None` when
/// either region is empty.
fn region_counts(a: &Filter, b: &Filter, ra: Region, rb: Region) -> Option<(u32, u32, u32)> {
    let (wa, wb) = (a.0.get(ra.words())?, b.0.get(rb.words())?);
    let pa: u32 = wa.iter().map(|w| w.count_ones()).sum();
    let pb: u32 = wb.iter().map(|w| w.count_ones()).sum();
    if pa == 0 || pb == 0 {
        return None;
    }
    let inter: u32 = wa.iter().zip(wb).map(|(x, y)| (x & y).count_ones()).sum();
    Some((pa, pb, inter))
}

/// The overlap coefficient of region `r` of two filters: the share of the smaller side's bits
/// that the other side also sets; `None` when either is empty.
fn region_overlap(a: &Filter, b: &Filter, r: Region) -> Option<f32> {
    let (pa, pb, inter) = region_counts(a, b, r, r)?;
    Some(inter as f32 / pa.min(pb) as f32)
}

/// The name similarities of two filters: given–given, family–family, given–family and
/// family–given (the last two for names written the other way round).
pub fn name_similarities(a: &Filter, b: &Filter) -> [Option<f32>; 4] {
    [
        region_dice(a, b, Region::Given, Region::Given),
        region_dice(a, b, Region::Family, Region::Family),
        region_dice(a, b, Region::Given, Region::Family),
        region_dice(a, b, Region::Family, Region::Given),
    ]
}

fn has(f: &Filter, r: Region) -> bool {
    f.0.get(r.words())
        .is_some_and(|w| w.iter().any(|&x| x != 0))
}

/// What the comparing side sees of a pair, before weighing it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Comparison {
    pub given: Option<f32>,
    pub family: Option<f32>,
    pub swapped: bool,
    pub other: Option<f32>,
    /// Either side has other fields.
    pub with_other: bool,
    pub dob: DobMatch,
}

/// Compares two encodings field by field.
pub fn compare(a: &Encoded, b: &Encoded) -> Comparison {
    let (fa, fb) = (&a.filter, &b.filter);
    let [gg, ff, gf, fg] = name_similarities(fa, fb);
    let sum = |x: Option<f32>, y: Option<f32>| x.unwrap_or(0.0) + y.unwrap_or(0.0);
    let swapped = sum(gf, fg) > sum(gg, ff) + 0.2;
    let (given, family) = if swapped { (gf, fg) } else { (gg, ff) };
    Comparison {
        given,
        family,
        swapped,
        other: region_dice(fa, fb, Region::Other, Region::Other),
        with_other: has(fa, Region::Other) || has(fb, Region::Other),
        dob: DobMatch::classify(&a.dob, &b.dob),
    }
}

impl Weights {
    /// The match weight of a comparison, without the prior.
    pub fn sum(&self, c: &Comparison) -> f32 {
        let class = DobMatch::ALL.iter().position(|&d| d == c.dob).unwrap_or(0);
        let mut total = self.given.weight(c.given)
            + self.family.weight(c.family)
            + if c.swapped {
                self.swapped
            } else {
                self.straight
            }
            + self.dob.get(class).copied().unwrap_or(0.0);
        if c.with_other {
            total += self.other.weight(c.other);
        }
        total
    }
}

impl Scoring {
    /// The whole-filter Dice the kernel must reach for a pair to be scored.
    pub fn kernel_threshold(&self) -> f32 {
        self.candidate_floor.clamp(0.0, 1.0)
    }

    /// The table for a comparison.
    pub fn weights(&self, c: &Comparison) -> &Weights {
        if c.with_other {
            &self.with_other
        } else {
            &self.base
        }
    }

    /// The score of a pair, a probability in [0, 1], with its evidence.
    pub fn score(
        &self,
        a: &Encoded,
        b: &Encoded,
        dice: f32,
        tf: Option<&TermFrequencies>,
    ) -> (f32, Evidence) {
        let c = compare(a, b);
        let w = self.weights(&c);
        let mut total = self.prior.unwrap_or(w.prior) + w.sum(&c);
        if let Some(tf) = tf {
            if c.swapped {
                // `a`'s given name is `b`'s family name, and the other way round.
                if c.given == Some(1.0) {
                    total += tf.crosswise_adjustment(&a.filter, Region::Given);
                }
                if c.family == Some(1.0) {
                    total += tf.crosswise_adjustment(&a.filter, Region::Family);
                }
            } else {
                if c.given == Some(1.0) {
                    total += tf.adjustment(&a.filter, Region::Given);
                }
                if c.family == Some(1.0) {
                    total += tf.adjustment(&a.filter, Region::Family);
                }
            }
        }
        let score = 1.0 / (1.0 + (-total).exp2());
        (
            score,
            Evidence {
                given: c.given,
                family: c.family,
                swapped: c.swapped,
                other: c.other,
                dob: c.dob,
                family_overlap: if c.swapped {
                    None
                } else {
                    region_overlap(&a.filter, &b.filter, Region::Family)
                },
                dice,
                weight: total,
            },
        )
    }
}
