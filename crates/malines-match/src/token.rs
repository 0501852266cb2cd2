//! Keyed tokens of identifiers (SPEC §4): what a node sends to the hub instead of a phone
//! number, an IBAN or a document number. Specified in `docs/encoding.md` (versions 1 and 2), with
//! known-answer vectors that the tests check, so that two nodes built from different versions
//! of Malines agree within an epoch.
//!
//! A token is HMAC-SHA256 under a key derived from the federation's linkage secret, over the
//! epoch, the identifier's kind and its normalised value (each length-prefixed, so that no two
//! different inputs can read alike), truncated to 128 bits. Without the secret, the hub cannot
//! recompute a token from a guessed value; with it, equal normalised values give equal tokens.

use std::fmt;

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

pub(crate) type HmacSha256 = Hmac<Sha256>;

/// Version of the encodings (`docs/encoding.md`). It names the canonical forms a person's
/// filter and blocking keys are built from, and it labels every subkey, so encodings of two
/// versions never compare. It travels with the linkage secret: every authority holding the
/// secret of an epoch encodes with its version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Version {
    /// The sound symbols of `malines-names` as they are.
    V1,
    /// Sound classes merged where the conventions write one Arabic sound differently: French
    /// `ch` and English `sh` (Rachid, Rasheed), `gh` and Spanish `g` (Ghazi, Gazi), `kh` and
    /// Spanish `j` (Khalifi, Jelifi), and a `u` before a vowel read as `w` (Buazzaui,
    /// Bouazzaoui).
    V2,
}

impl Version {
    /// The version new secrets get.
    pub const LATEST: Version = Version::V2;

    /// The label of the version in derivations, secret files and encoded files.
    pub fn label(self) -> &'static str {
        match self {
            Version::V1 => "v1",
            Version::V2 => "v2",
        }
    }

    /// The version of a label, if it is one.
    pub fn parse(label: &str) -> Option<Version> {
        match label {
            "v1" => Some(Version::V1),
            "v2" => Some(Version::V2),
            _ => None,
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct LinkageSecret {
    epoch: u32,
    version: Version,
    key: [u8; 32],
}

impl fmt::Debug for LinkageSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "LinkageSecret {{ epoch: {}, version: {}, key: *** }}",
            self.epoch, self.version
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SecretError {
    #[error("linkage secret: expected 64 hexadecimal characters (32 bytes)")]
    BadHex,
}

impl LinkageSecret {
    /// A secret of encoding version 1 (see [`LinkageSecret::with_version`]).
    pub fn new(epoch: u32, key: [u8; 32]) -> Self {
        LinkageSecret {
            epoch,
            version: Version::V1,
            key,
        }
    }

    pub fn from_hex(epoch: u32, hex_key: &str) -> Result<Self, SecretError> {
        let bytes = hex::decode(hex_key.trim()).map_err(|_| SecretError::BadHex)?;
        let key: [u8; 32] = bytes.try_into().map_err(|_| SecretError::BadHex)?;
        Ok(LinkageSecret::new(epoch, key))
    }

    /// The same secret, for encodings of `version`.
    pub fn with_version(mut self, version: Version) -> Self {
        self.version = version;
        self
    }

    pub fn version(&self) -> Version {
        self.version
    }

    pub fn epoch(&self) -> u32 {
        self.epoch
    }

    /// A key for one purpose: HMAC-SHA256(secret, "malines/v1/" + purpose).
    pub(crate) fn subkey(&self, purpose: &str) -> [u8; 32] {
        let mut mac = mac(&self.key);
        mac.update(format!("malines/{}/{purpose}", self.version.label()).as_bytes());
        mac.finalize().into_bytes().into()
    }
}

/// HMAC-SHA256 with a key of at most 64 bytes (the block size). RFC 2104 pads a shorter key
/// with zeros; doing so here lets the fixed-size constructor be used, which cannot fail.
pub(crate) fn mac(key: &[u8]) -> HmacSha256 {
    let mut block = [0u8; 64];
    for (b, k) in block.iter_mut().zip(key) {
        *b = *k;
    }
    <HmacSha256 as KeyInit>::new(&block.into())
}

/// A 128-bit identifier token.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Token(pub [u8; 16]);

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Token({self})")
    }
}

/// The token of a normalised identifier value of a kind (`phone`, `iban`, …).
pub fn identifier_token(secret: &LinkageSecret, kind: &str, value: &str) -> Token {
    let mut m = mac(&secret.subkey("identifier-token"));
    m.update(&secret.epoch.to_be_bytes());
    m.update(&(kind.len() as u32).to_be_bytes());
    m.update(kind.as_bytes());
    m.update(&(value.len() as u32).to_be_bytes());
    m.update(value.as_bytes());
    let full: [u8; 32] = m.finalize().into_bytes().into();
    let mut t = [0u8; 16];
    t.copy_from_slice(full.get(..16).unwrap_or(&[0; 16]));
    Token(t)
}

/// The kind under which a place of birth is tokenised: no identifier has it.
pub const PLACE_OF_BIRTH: &str = "place_of_birth";

/// The token of a written place of birth, if the gazetteer knows the place
/// ([`malines_names::place::place_key`]): the identifier token of kind `place_of_birth` of
/// the gazetteer's key, so « Tánger » and « طنجة » give one token.
pub fn place_of_birth_token(secret: &LinkageSecret, written: &str) -> Option<Token> {
    malines_names::place::place_key(written).map(|k| identifier_token(secret, PLACE_OF_BIRTH, k))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The secret of the known-answer vectors in `docs/encoding.md`: bytes 0x00..=0x1f.
    fn kat_secret(epoch: u32) -> LinkageSecret {
        let mut key = [0u8; 32];
        for (i, b) in key.iter_mut().enumerate() {
            *b = i as u8;
        }
        LinkageSecret::new(epoch, key)
    }

    #[test]
    fn hmac_sha256_matches_rfc_4231_case_2() {
        let mut m = mac(b"Jefe");
        m.update(b"what do ya want for nothing?");
        let out: [u8; 32] = m.finalize().into_bytes().into();
        assert_eq!(
            hex::encode(out),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn a_place_of_birth_in_any_script_gives_the_token_of_its_gazetteer_key() {
        let v2 = kat_secret(1).with_version(Version::V2);
        // The row of `ma-tanger` in docs/encoding.md's version 2 table.
        for written in ["Tanger", "Tánger", "TANGIER", "طنجة", "Tanger (Maroc)"] {
            assert_eq!(
                place_of_birth_token(&v2, written).map(|t| t.to_string()),
                Some("5abd1c66abbc328efb0e457018879780".to_string()),
                "{written}"
            );
        }
        assert_eq!(place_of_birth_token(&v2, "Ouled Teima"), None);
        assert_ne!(
            place_of_birth_token(&v2, "Tanger"),
            place_of_birth_token(&kat_secret(1), "Tanger")
        );
    }

    #[test]
    fn known_answer_vectors_of_docs_encoding_md() {
        let doc = include_str!("../../../docs/encoding.md");
        let mut checked = 0;
        for line in doc.lines() {
            // Rows of the tables: | epoch | kind | value | token | (version 1) and
            // | version | epoch | kind | value | token |.
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let (version, epoch, kind, value, token) = match cells.as_slice() {
                [_, epoch, kind, value, token, _] => (Some(Version::V1), epoch, kind, value, token),
                [_, version, epoch, kind, value, token, _] => {
                    (Version::parse(version), epoch, kind, value, token)
                }
                _ => continue,
            };
            let (Some(version), Ok(epoch), Some(value)) = (
                version,
                epoch.parse::<u32>(),
                value.strip_prefix('`').and_then(|v| v.strip_suffix('`')),
            ) else {
                continue;
            };
            let kind = kind.trim_matches('`');
            let token = token.trim_matches('`');
            let secret = kat_secret(epoch).with_version(version);
            assert_eq!(
                identifier_token(&secret, kind, value).to_string(),
                token,
                "{version} {kind} {value}"
            );
            checked += 1;
        }
        assert!(
            checked >= 9,
            "docs/encoding.md holds the vectors ({checked})"
        );
    }

    #[test]
    fn tokens_separate_kinds_epochs_and_secrets() {
        let s = kat_secret(1);
        let t = identifier_token(&s, "phone", "+32470123456");
        assert_eq!(t, identifier_token(&s, "phone", "+32470123456"));
        assert_ne!(t, identifier_token(&s, "imsi", "+32470123456"));
        assert_ne!(t, identifier_token(&kat_secret(2), "phone", "+32470123456"));
        assert_ne!(
            t,
            identifier_token(&LinkageSecret::new(1, [7; 32]), "phone", "+32470123456")
        );
        // Length prefixes: moving a character between kind and value changes the token.
        assert_ne!(
            identifier_token(&s, "ab", "c"),
            identifier_token(&s, "a", "bc")
        );
    }

    #[test]
    fn secrets_read_from_hex_and_stay_hidden() {
        let s = LinkageSecret::from_hex(3, &"ab".repeat(32)).unwrap();
        assert_eq!(
            format!("{s:?}"),
            "LinkageSecret { epoch: 3, version: v1, key: *** }"
        );
        assert_eq!(LinkageSecret::from_hex(3, "abcd"), Err(SecretError::BadHex));
        assert_eq!(
            LinkageSecret::from_hex(3, &"zz".repeat(32)),
            Err(SecretError::BadHex)
        );
    }
}
