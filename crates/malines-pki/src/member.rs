//! Members of the federation and their public directory entries, with the rules for codes,
//! countries and display names.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::files::decode_key;
use crate::{Error, Result};

/// What a member is (SPEC §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MemberKind {
    /// The linkage hub, directory and relay; its certificate is also a TLS server's.
    Hub,
    /// A prosecution authority running a node.
    Authority,
    /// A service provider (telecom operator, online platform) that receives orders.
    Provider,
}

impl MemberKind {
    /// `hub`, `authority` or `provider`, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            MemberKind::Hub => "hub",
            MemberKind::Authority => "authority",
            MemberKind::Provider => "provider",
        }
    }
}

impl fmt::Display for MemberKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for MemberKind {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "hub" => Ok(MemberKind::Hub),
            "authority" => Ok(MemberKind::Authority),
            "provider" => Ok(MemberKind::Provider),
            _ => Err(format!(
                "`{s}` is not a member kind (hub, authority or provider)"
            )),
        }
    }
}

/// A member's public entry in the directory: everything another member needs to recognise its
/// TLS certificate, verify its signatures and encrypt to it. It holds no secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberEntry {
    /// `BE-FED`, `FR-PNAT`, `HUB`, `PROV-TELCO`…: see [`check_code`].
    pub code: String,
    /// ISO 3166-1 alpha-2 code, upper case.
    pub country: String,
    pub kind: MemberKind,
    /// Display names by language (`fr` → `Parquet national antiterroriste`).
    pub names: BTreeMap<String, String>,
    /// Lower-case hex SHA-256 of the member's TLS certificate (DER).
    pub cert_fingerprint: String,
    /// Base64 Ed25519 public key: signatures on messages and orders.
    pub signing_key: String,
    /// Base64 X25519 public key: HPKE (RFC 9180) encryption to this member.
    pub hpke_key: String,
    /// A revoked member is refused by the hub and its signatures are no longer accepted.
    pub revoked: bool,
}

impl MemberEntry {
    /// The member's Ed25519 public key.
    pub fn signing_key(&self) -> Result<ed25519_dalek::VerifyingKey> {
        let bytes = decode_key(&self.signing_key)
            .map_err(|r| Error::invalid(format!("{}.signing_key", self.code), r))?;
        ed25519_dalek::VerifyingKey::from_bytes(&bytes).map_err(|_| {
            Error::invalid(
                format!("{}.signing_key", self.code),
                "not an Ed25519 public key",
            )
        })
    }

    /// The member's X25519 public key, raw, for HPKE.
    pub fn hpke_key(&self) -> Result<[u8; 32]> {
        decode_key(&self.hpke_key).map_err(|r| Error::invalid(format!("{}.hpke_key", self.code), r))
    }

    /// Checks every field; the error names the first bad one.
    pub fn validate(&self) -> Result<()> {
        check_code(&self.code)?;
        check_country(&self.country)?;
        check_names(&self.names)?;
        if !is_fingerprint(&self.cert_fingerprint) {
            return Err(Error::invalid(
                format!("{}.cert_fingerprint", self.code),
                "not 64 lower-case hex digits",
            ));
        }
        self.signing_key()?;
        self.hpke_key()?;
        Ok(())
    }
}

/// A member code: 2 to 32 of `A-Z 0-9 -`, starting with a letter, without `--` or a final `-`
/// (`BE-FED`, `FR-PNAT`, `ES-AN`, `MA-PGR`, `HUB`, `PROV-TELCO`). The code is the certificate's
/// common name and a file name, so nothing else may pass.
pub fn check_code(code: &str) -> Result<()> {
    let reason = if !(2..=32).contains(&code.len()) {
        Some("must be 2 to 32 characters long")
    } else if !code
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
    {
        Some("only capital letters A-Z, digits and '-' are allowed")
    } else if !code.starts_with(|c: char| c.is_ascii_uppercase()) {
        Some("must start with a capital letter")
    } else if code.ends_with('-') || code.contains("--") {
        Some("'-' must separate two parts")
    } else {
        None
    };
    match reason {
        Some(r) => Err(Error::invalid("code", format!("`{code}`: {r}"))),
        None => Ok(()),
    }
}

/// An ISO 3166-1 alpha-2 country code: two capital letters (only the form is checked).
pub fn check_country(country: &str) -> Result<()> {
    if country.len() == 2 && country.chars().all(|c| c.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(Error::invalid(
            "country",
            format!("`{country}`: expected two capital letters (ISO 3166-1 alpha-2, e.g. BE)"),
        ))
    }
}

/// Display names: a language tag of 2 or 3 lower-case letters (ISO 639) to a name of 1 to 200
/// characters, without surrounding spaces or control characters.
pub fn check_names(names: &BTreeMap<String, String>) -> Result<()> {
    for (lang, name) in names {
        if !(2..=3).contains(&lang.len()) || !lang.chars().all(|c| c.is_ascii_lowercase()) {
            return Err(Error::invalid(
                format!("names.{lang}"),
                "the language must be 2 or 3 lower-case letters (ISO 639, e.g. fr)",
            ));
        }
        let field = || format!("names.{lang}");
        if name.trim().is_empty() || name.chars().count() > 200 {
            return Err(Error::invalid(field(), "must be 1 to 200 characters"));
        }
        if name.trim() != name {
            return Err(Error::invalid(field(), "no spaces around the name"));
        }
        if name.chars().any(char::is_control) {
            return Err(Error::invalid(field(), "no control characters"));
        }
    }
    Ok(())
}

pub(crate) fn is_fingerprint(s: &str) -> bool {
    s.len() == 64 && s.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        for ok in [
            "BE-FED",
            "FR-PNAT",
            "ES-AN",
            "MA-PGR",
            "HUB",
            "PROV-TELCO",
            "X1",
        ] {
            assert!(check_code(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "B",
            "be-fed",
            "BE_FED",
            "-BE",
            "BE-",
            "BE--FED",
            "1BE",
            "BE FED",
            "../X",
            "ÉS-AN",
            &"A".repeat(33),
        ] {
            let e = check_code(bad).unwrap_err().to_string();
            assert!(e.starts_with("code: "), "{bad}: {e}");
        }
    }

    #[test]
    fn countries() {
        assert!(check_country("MA").is_ok());
        for bad in ["", "ma", "MAR", "M1"] {
            assert!(
                check_country(bad)
                    .unwrap_err()
                    .to_string()
                    .starts_with("country: ")
            );
        }
    }

    #[test]
    fn names() {
        let mut n = BTreeMap::new();
        n.insert(
            "fr".to_string(),
            "Parquet national antiterroriste".to_string(),
        );
        n.insert("ar".to_string(), "النيابة العامة".to_string());
        assert!(check_names(&n).is_ok());
        for (lang, name, field) in [
            ("FR", "x", "names.FR"),
            ("fra1", "x", "names.fra1"),
            ("nl", "", "names.nl"),
            ("nl", " x", "names.nl"),
            ("nl", "a\nb", "names.nl"),
        ] {
            let one = BTreeMap::from([(lang.to_string(), name.to_string())]);
            let e = check_names(&one).unwrap_err().to_string();
            assert!(e.starts_with(&format!("{field}: ")), "{e}");
        }
    }

    #[test]
    fn kinds_round_trip() {
        for k in [MemberKind::Hub, MemberKind::Authority, MemberKind::Provider] {
            assert_eq!(k.as_str().parse::<MemberKind>().unwrap(), k);
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.as_str())
            );
        }
        assert!("Hub".parse::<MemberKind>().is_err());
    }
}
