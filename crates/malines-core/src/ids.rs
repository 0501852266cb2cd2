//! Identifier newtypes. Each string-backed one is validated on construction, so holding one
//! proves it is well-formed.

use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! row_id {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

row_id!(
    /// Database key of a case at its node. Never leaves the node.
    CaseId
);
row_id!(
    /// Database key of a person at its node. Never leaves the node.
    PersonId
);
row_id!(
    /// Database key of an organisation at its node. Never leaves the node.
    OrganisationId
);
row_id!(
    /// Database key of an identifier at its node. Never leaves the node.
    IdentifierId
);

macro_rules! string_id {
    ($(#[$m:meta])* $name:ident, $check:path) => {
        $(#[$m])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// Validates and normalises `raw`; the error is a reason phrase.
            pub fn parse(raw: &str) -> Result<Self, String> {
                $check(raw).map(Self)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;
            fn try_from(s: String) -> Result<Self, String> {
                Self::parse(&s)
            }
        }

        impl From<$name> for String {
            fn from(v: $name) -> String {
                v.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                Self::parse(s)
            }
        }
    };
}

string_id!(
    /// Code of a participating authority or provider, `CC-NAME`: an ISO 3166-1 country code, a
    /// hyphen and 2–12 capital letters or digits (`BE-FED`, `FR-PNAT`, `ES-AN`, `MA-PGR`).
    AuthorityCode,
    check_authority
);
string_id!(
    /// A case's reference at its authority (e.g. `BE-2024-0001`, `PNAT 23/118`). Unique per
    /// authority; it is the key that makes re-imports idempotent.
    CaseRef,
    check_case_ref
);
string_id!(
    /// A subject's reference inside its case (`P1`, `ORG-2`): stable across re-imports, so a
    /// person keeps their identity when a case file is imported again.
    SubjectRef,
    check_subject_ref
);
string_id!(
    /// A user's login name: 1–64 of `a-z 0-9 . _ -`, lower-cased.
    Username,
    check_username
);
string_id!(
    /// An ISO 3166-1 alpha-2 country code (`MA`), upper-cased.
    Country,
    check_country
);

impl AuthorityCode {
    /// The authority's country, from the first two letters of its code.
    pub fn country(&self) -> Country {
        // `check_authority` guarantees the prefix is a valid country code.
        Country(self.0.chars().take(2).collect())
    }
}

fn check_authority(raw: &str) -> Result<String, String> {
    let s = raw.trim().to_ascii_uppercase();
    let Some((cc, name)) = s.split_once('-') else {
        return Err("must look like CC-NAME (e.g. BE-FED): a country code, '-', a name".into());
    };
    check_country(cc).map_err(|e| format!("country part {e}"))?;
    if !(2..=12).contains(&name.len())
        || !name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    {
        return Err("name part must be 2 to 12 letters or digits (e.g. BE-FED)".into());
    }
    Ok(s)
}

fn check_case_ref(raw: &str) -> Result<String, String> {
    let s = raw.trim();
    if s.is_empty() {
        return Err("is required".into());
    }
    if s.chars().count() > 64 {
        return Err("is too long (at most 64 characters)".into());
    }
    if !s
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '/' | '.' | ' ' | ':'))
    {
        return Err("may hold only letters, digits, spaces and - _ / . :".into());
    }
    Ok(s.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn check_subject_ref(raw: &str) -> Result<String, String> {
    let s = raw.trim();
    if s.is_empty() {
        return Err("is required".into());
    }
    if s.len() > 32
        || !s
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return Err("must be 1 to 32 ASCII letters, digits, '-', '_' or '.'".into());
    }
    Ok(s.to_string())
}

fn check_username(raw: &str) -> Result<String, String> {
    let s = raw.trim().to_ascii_lowercase();
    if s.is_empty() || s.len() > 64 {
        return Err("must be 1 to 64 characters".into());
    }
    if !s
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'))
    {
        return Err("may hold only a-z, 0-9, '.', '_' and '-'".into());
    }
    Ok(s)
}

fn check_country(raw: &str) -> Result<String, String> {
    malines_names::ident::country(raw).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authority_codes() {
        let a = AuthorityCode::parse(" fr-pnat ").unwrap();
        assert_eq!(a.as_str(), "FR-PNAT");
        assert_eq!(a.country().as_str(), "FR");
        assert!(AuthorityCode::parse("ZZ-FED").is_err());
        assert!(AuthorityCode::parse("BEFED").is_err());
        assert!(AuthorityCode::parse("BE-F").is_err());
    }

    #[test]
    fn case_refs_keep_their_spelling_but_not_stray_spaces() {
        assert_eq!(
            CaseRef::parse("  PNAT  23/118 ").unwrap().as_str(),
            "PNAT 23/118"
        );
        assert!(CaseRef::parse("a;b").is_err());
        assert!(CaseRef::parse("").is_err());
    }

    #[test]
    fn usernames_are_lowercased() {
        assert_eq!(Username::parse("A.Martin").unwrap().as_str(), "a.martin");
        assert!(Username::parse("a martin").is_err());
    }

    #[test]
    fn serde_validates() {
        let ok: Result<AuthorityCode, _> = serde_json::from_str("\"ma-pgr\"");
        assert_eq!(ok.unwrap().as_str(), "MA-PGR");
        let bad: Result<AuthorityCode, _> = serde_json::from_str("\"nope\"");
        assert!(bad.is_err());
    }
}
