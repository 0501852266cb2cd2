//! Why a user reads a case's personal data (SPEC §7: every read is recorded with its
//! purpose).
//!
//! A page asks for the purpose the first time a session opens a case, and remembers the answer
//! for that case until the session ends; the API takes it with every request
//! (`?purpose=review`). A page whose very function is a purpose carries it: the page of a link
//! is read to follow the link up. The purpose goes into the ledger entry of each read, so an
//! overseer sees not only who read what, but why they said they did.

use std::collections::HashMap;
use std::sync::Mutex;

use time::OffsetDateTime;

/// The longest free text a purpose may carry.
pub const MAX_DETAIL: usize = 200;

/// Sessions' stated purposes held at once; the oldest go first beyond this (the user is then
/// simply asked again).
const MAX_REMEMBERED: usize = 20_000;

/// A stated purpose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    /// Work on the investigation or prosecution of the case itself.
    Investigation,
    /// The periodic review of the case (is it still needed, still shared?).
    Review,
    /// Following up a link with another authority's case.
    LinkFollowUp,
    /// Answering or preparing a request of another authority or of a provider.
    Cooperation,
    /// A data-protection request or check (access, rectification, an overseer's question).
    DataProtection,
    /// Anything else, said in words.
    Other(String),
}

impl Purpose {
    /// The purposes a user can choose from, with their codes.
    pub const CODES: [&'static str; 6] = [
        "investigation",
        "review",
        "link_follow_up",
        "cooperation",
        "data_protection",
        "other",
    ];

    /// Reads a purpose from its code and, for `other`, its text. Errors name the field.
    pub fn parse(code: &str, detail: &str) -> Result<Purpose, (&'static str, String)> {
        let detail = detail.trim();
        let p = match code.trim() {
            "" => return Err(("purpose", "is required".into())),
            "investigation" => Purpose::Investigation,
            "review" => Purpose::Review,
            "link_follow_up" => Purpose::LinkFollowUp,
            "cooperation" => Purpose::Cooperation,
            "data_protection" => Purpose::DataProtection,
            "other" => {
                if detail.is_empty() {
                    return Err((
                        "purpose_detail",
                        "is required when the purpose is 'other'".into(),
                    ));
                }
                malines_core::validate::text(detail, MAX_DETAIL)
                    .map_err(|e| ("purpose_detail", e))?;
                Purpose::Other(detail.to_string())
            }
            other => {
                return Err((
                    "purpose",
                    format!("'{other}' is not one of {}", Purpose::CODES.join(", ")),
                ));
            }
        };
        Ok(p)
    }

    pub fn code(&self) -> &'static str {
        match self {
            Purpose::Investigation => "investigation",
            Purpose::Review => "review",
            Purpose::LinkFollowUp => "link_follow_up",
            Purpose::Cooperation => "cooperation",
            Purpose::DataProtection => "data_protection",
            Purpose::Other(_) => "other",
        }
    }

    pub fn detail(&self) -> Option<&str> {
        match self {
            Purpose::Other(d) => Some(d),
            _ => None,
        }
    }

    /// As the ledger records it: the code, and for `other` the user's words.
    pub fn for_ledger(&self) -> String {
        match self {
            Purpose::Other(d) => format!("other: {d}"),
            p => p.code().to_string(),
        }
    }
}

/// The purposes stated in open sessions, per case. Held in memory only: the ledger keeps the
/// record; this only spares the user the question on every page of the same case.
#[derive(Debug, Default)]
pub struct Purposes {
    stated: Mutex<HashMap<(String, String), (Purpose, OffsetDateTime)>>,
}

impl Purposes {
    /// The purpose a session stated for a case, if it did within `max_age`.
    pub fn get(
        &self,
        session: &str,
        case: &str,
        now: OffsetDateTime,
        max_age: time::Duration,
    ) -> Option<Purpose> {
        let map = self.stated.lock().ok()?;
        map.get(&(session.to_string(), case.to_string()))
            .filter(|(_, at)| now - *at <= max_age)
            .map(|(p, _)| p.clone())
    }

    pub fn set(&self, session: &str, case: &str, purpose: Purpose, now: OffsetDateTime) {
        let Ok(mut map) = self.stated.lock() else {
            return;
        };
        if map.len() >= MAX_REMEMBERED {
            // Forget the oldest half; those users are asked again.
            let mut ages: Vec<OffsetDateTime> = map.values().map(|(_, at)| *at).collect();
            ages.sort_unstable();
            if let Some(cut) = ages.get(ages.len() / 2).copied() {
                map.retain(|_, (_, at)| *at > cut);
            }
        }
        map.insert((session.to_string(), case.to_string()), (purpose, now));
    }

    /// Forgets everything a session stated (at sign-out).
    pub fn forget_session(&self, session: &str) {
        if let Ok(mut map) = self.stated.lock() {
            map.retain(|(s, _), _| s != session);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn purposes_parse_and_name_their_field() {
        assert_eq!(Purpose::parse("review", ""), Ok(Purpose::Review));
        assert_eq!(Purpose::parse("", "x").unwrap_err().0, "purpose");
        let e = Purpose::parse("curiosity", "").unwrap_err();
        assert_eq!(e.0, "purpose");
        assert!(
            e.1.contains("'curiosity' is not one of investigation"),
            "{}",
            e.1
        );
        assert_eq!(
            Purpose::parse("other", "  ").unwrap_err().0,
            "purpose_detail"
        );
        assert_eq!(
            Purpose::parse("other", &"x".repeat(MAX_DETAIL + 1))
                .unwrap_err()
                .0,
            "purpose_detail"
        );
        let p = Purpose::parse("other", " court's question ").unwrap();
        assert_eq!(p.for_ledger(), "other: court's question");
        for code in Purpose::CODES {
            let p = Purpose::parse(code, "d").unwrap();
            assert_eq!(p.code(), code);
        }
    }

    #[test]
    fn a_stated_purpose_is_per_session_and_case_and_expires() {
        let m = Purposes::default();
        let t = datetime!(2026-11-29 10:00 UTC);
        let h = time::Duration::hours(12);
        m.set("s1", "BE-1", Purpose::Review, t);
        assert_eq!(m.get("s1", "BE-1", t, h), Some(Purpose::Review));
        assert_eq!(m.get("s1", "BE-2", t, h), None);
        assert_eq!(m.get("s2", "BE-1", t, h), None);
        assert_eq!(m.get("s1", "BE-1", t + time::Duration::hours(13), h), None);
        m.forget_session("s1");
        assert_eq!(m.get("s1", "BE-1", t, h), None);
    }
}
