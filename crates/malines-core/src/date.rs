//! Dates as case files hold them: full dates, and dates of birth that may be known only to
//! the month or to the year (SPEC §3).

use std::fmt;

use serde::{Deserialize, Serialize};
use time::{Date, Month};

/// A date known to the day, the month or the year.
///
/// Its text form is ISO 8601 truncated to what is known: `1987-04-12`, `1987-04` or `1987`.
/// Two partial dates are *compatible* when they agree on every part both know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum PartialDate {
    Year(i32),
    YearMonth(i32, Month),
    Full(Date),
}

/// Earliest year we accept in a case file.
const MIN_YEAR: i32 = 1850;
/// Latest year we accept.
const MAX_YEAR: i32 = 2200;

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYYMMDD`; the error is a reason phrase.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let s = raw.trim();
        let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        let parts: Vec<&str> = if s.len() == 8 && digits(s) {
            vec![
                s.get(0..4).unwrap_or(""),
                s.get(4..6).unwrap_or(""),
                s.get(6..8).unwrap_or(""),
            ]
        } else {
            s.split('-').collect()
        };
        let bad = || format!("'{s}' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        match parts.as_slice() {
            [y] if y.len() == 4 && digits(y) => Ok(Self::Year(year(y)?)),
            [y, m] if y.len() == 4 && m.len() == 2 && digits(y) && digits(m) => {
                Ok(Self::YearMonth(year(y)?, month(m)?))
            }
            [y, m, d]
                if y.len() == 4
                    && m.len() == 2
                    && d.len() == 2
                    && digits(y)
                    && digits(m)
                    && digits(d) =>
            {
                let (y, m) = (year(y)?, month(m)?);
                let day: u8 = d.parse().map_err(|_| bad())?;
                Date::from_calendar_date(y, m, day)
                    .map(Self::Full)
                    .map_err(|_| format!("'{s}' is not a date: {m} {y} has no day {day}"))
            }
            _ => Err(bad()),
        }
    }

    pub fn year(&self) -> i32 {
        match *self {
            Self::Year(y) | Self::YearMonth(y, _) => y,
            Self::Full(d) => d.year(),
        }
    }

    pub fn month(&self) -> Option<Month> {
        match *self {
            Self::Year(_) => None,
            Self::YearMonth(_, m) => Some(m),
            Self::Full(d) => Some(d.month()),
        }
    }

    pub fn day(&self) -> Option<u8> {
        match *self {
            Self::Full(d) => Some(d.day()),
            _ => None,
        }
    }

    /// True when the two dates agree on every part both know: `1987` and `1987-04-12` are
    /// compatible, `1987-04` and `1987-05-01` are not.
    pub fn compatible(&self, other: &Self) -> bool {
        self.year() == other.year()
            && match (self.month(), other.month()) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
            && match (self.day(), other.day()) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
    }

    /// The earliest full date this partial date may stand for.
    pub fn earliest(&self) -> Date {
        match *self {
            Self::Full(d) => d,
            Self::YearMonth(y, m) => Date::from_calendar_date(y, m, 1).unwrap_or(Date::MIN),
            Self::Year(y) => Date::from_calendar_date(y, Month::January, 1).unwrap_or(Date::MIN),
        }
    }
}

fn year(s: &str) -> Result<i32, String> {
    let y: i32 = s.parse().map_err(|_| format!("'{s}' is not a year"))?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
        return Err(format!("year {y} is out of range ({MIN_YEAR}–{MAX_YEAR})"));
    }
    Ok(y)
}

fn month(s: &str) -> Result<Month, String> {
    let m: u8 = s.parse().map_err(|_| format!("'{s}' is not a month"))?;
    Month::try_from(m).map_err(|_| format!("month {m} does not exist"))
}

/// Parses a full date (`YYYY-MM-DD` or `YYYYMMDD`); the error is a reason phrase.
pub fn parse_full_date(raw: &str) -> Result<Date, String> {
    match PartialDate::parse(raw)? {
        PartialDate::Full(d) => Ok(d),
        _ => Err(format!(
            "'{}' is not a full date (expected YYYY-MM-DD)",
            raw.trim()
        )),
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Year(y) => write!(f, "{y:04}"),
            Self::YearMonth(y, m) => write!(f, "{y:04}-{:02}", u8::from(m)),
            Self::Full(d) => write!(
                f,
                "{:04}-{:02}-{:02}",
                d.year(),
                u8::from(d.month()),
                d.day()
            ),
        }
    }
}

impl TryFrom<String> for PartialDate {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Self::parse(&s)
    }
}

impl From<PartialDate> for String {
    fn from(d: PartialDate) -> String {
        d.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::date;

    #[test]
    fn parses_the_three_precisions() {
        assert_eq!(PartialDate::parse("1987"), Ok(PartialDate::Year(1987)));
        assert_eq!(
            PartialDate::parse("1987-04"),
            Ok(PartialDate::YearMonth(1987, Month::April))
        );
        assert_eq!(
            PartialDate::parse(" 1987-04-12 "),
            Ok(PartialDate::Full(date!(1987 - 04 - 12)))
        );
        assert_eq!(
            PartialDate::parse("19870412"),
            Ok(PartialDate::Full(date!(1987 - 04 - 12)))
        );
    }

    #[test]
    fn refuses_impossible_dates_with_the_reason() {
        assert_eq!(
            PartialDate::parse("2023-02-30"),
            Err("'2023-02-30' is not a date: February 2023 has no day 30".into())
        );
        assert_eq!(
            PartialDate::parse("2023-13"),
            Err("month 13 does not exist".into())
        );
        assert!(PartialDate::parse("12/04/1987").is_err());
        assert!(PartialDate::parse("").is_err());
        assert!(PartialDate::parse("0001").is_err());
    }

    #[test]
    fn compatibility_respects_what_is_known() {
        let y = PartialDate::parse("1987").unwrap();
        let ym = PartialDate::parse("1987-04").unwrap();
        let full = PartialDate::parse("1987-04-12").unwrap();
        let other = PartialDate::parse("1987-05-01").unwrap();
        assert!(y.compatible(&full) && ym.compatible(&full) && full.compatible(&y));
        assert!(!ym.compatible(&other));
        assert!(!full.compatible(&PartialDate::parse("1988").unwrap()));
    }

    proptest! {
        #[test]
        fn display_round_trips(y in 1850i32..2200, m in 1u8..=12, d in 1u8..=28, p in 0u8..3) {
            let date = match p {
                0 => PartialDate::Year(y),
                1 => PartialDate::YearMonth(y, Month::try_from(m).unwrap()),
                _ => PartialDate::Full(Date::from_calendar_date(y, Month::try_from(m).unwrap(), d).unwrap()),
            };
            prop_assert_eq!(PartialDate::parse(&date.to_string()), Ok(date));
        }

        #[test]
        fn never_panics(s in "\\PC*") {
            let _ = PartialDate::parse(&s);
        }
    }
}
