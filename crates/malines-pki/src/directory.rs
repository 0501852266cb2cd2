//! The directory of members (SPEC §2), signed by the federation operator key so that a member
//! can verify it offline.

use std::collections::HashSet;
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use ed25519_dalek::{Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::identity::PeerIdentity;
use crate::member::MemberEntry;
use crate::{Error, Result, files};

/// Prefix of the signed bytes: the purpose and the format version.
pub const SIGNING_CONTEXT: &[u8] = b"malines-directory-v1\n";

/// The list of members, as signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Directory {
    /// Raised by one at each change; a member keeps the highest it has seen and refuses an
    /// older directory (a replayed one that would un-revoke a member).
    pub serial: u64,
    /// When this version was signed (RFC 3339 in JSON).
    #[serde(with = "time::serde::rfc3339")]
    pub issued_at: OffsetDateTime,
    pub members: Vec<MemberEntry>,
}

impl Directory {
    /// The member with this code, revoked or not.
    pub fn member(&self, code: &str) -> Option<&MemberEntry> {
        self.members.iter().find(|m| m.code == code)
    }

    /// The member whose certificate has this fingerprint (hex SHA-256 of the DER, any case).
    pub fn by_fingerprint(&self, fingerprint: &str) -> Option<&MemberEntry> {
        self.members
            .iter()
            .find(|m| m.cert_fingerprint.eq_ignore_ascii_case(fingerprint))
    }

    /// Decides whether a peer whose certificate rustls has verified may go on: its certificate
    /// must be the one the directory lists (by fingerprint), for the same code, and the member
    /// must not be revoked. This is the hub's check after the handshake (SPEC §9: no request
    /// without valid mutual TLS) and how revocation takes effect.
    pub fn admit(&self, peer: &PeerIdentity) -> Result<&MemberEntry> {
        let refused = |reason: &str| Error::Refused {
            code: peer.code.clone(),
            reason: reason.into(),
        };
        let entry = self
            .by_fingerprint(&peer.fingerprint)
            .ok_or_else(|| refused("its certificate is not the one in the directory"))?;
        if entry.code != peer.code {
            return Err(refused(
                "its certificate is listed in the directory for another code",
            ));
        }
        if entry.revoked {
            return Err(refused("revoked"));
        }
        Ok(entry)
    }

    /// The bytes that the operator signs (Ed25519):
    ///
    /// ```text
    /// b"malines-directory-v1\n" || serde_json::to_vec(&directory)
    /// ```
    ///
    /// that is: a fixed context string (so a directory signature can never be mistaken for a
    /// signature on anything else the operator key might sign later), then the compact JSON of
    /// [`Directory`], whose fields are written in declaration order (`serial`, `issued_at`,
    /// `members`; in each member `code`, `country`, `kind`, `names`, `cert_fingerprint`,
    /// `signing_key`, `hpke_key`, `revoked`), with `names` sorted by language (a `BTreeMap`),
    /// `issued_at` in RFC 3339 and members in the order of the list. [`SignedDirectory::verify`]
    /// recomputes these bytes from the parsed fields; unknown fields are refused when parsing, so
    /// nothing unsigned can ride along in `directory.json`.
    pub fn canonical_bytes(&self) -> Result<Vec<u8>> {
        let mut bytes = SIGNING_CONTEXT.to_vec();
        serde_json::to_writer(&mut bytes, self)
            .map_err(|e| Error::InvalidDirectory(format!("cannot serialise: {e}")))?;
        Ok(bytes)
    }

    /// Invariants beyond the signature: every entry well formed, codes and fingerprints unique.
    pub fn validate(&self) -> Result<()> {
        let mut codes = HashSet::new();
        let mut fingerprints = HashSet::new();
        for m in &self.members {
            m.validate()
                .map_err(|e| Error::InvalidDirectory(e.to_string()))?;
            if !codes.insert(m.code.as_str()) {
                return Err(Error::InvalidDirectory(format!(
                    "member {} listed twice",
                    m.code
                )));
            }
            if !fingerprints.insert(m.cert_fingerprint.as_str()) {
                return Err(Error::InvalidDirectory(format!(
                    "member {}: certificate fingerprint listed twice",
                    m.code
                )));
            }
        }
        Ok(())
    }
}

/// A directory with the operator's signature: the content of `directory.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedDirectory {
    pub directory: Directory,
    /// Base64 Ed25519 signature over [`Directory::canonical_bytes`].
    pub signature: String,
}

impl SignedDirectory {
    /// Signs `directory` with the operator key.
    pub fn sign(directory: Directory, key: &SigningKey) -> Result<Self> {
        let signature = key.sign(&directory.canonical_bytes()?);
        Ok(SignedDirectory {
            directory,
            signature: B64.encode(signature.to_bytes()),
        })
    }

    /// The directory, if the signature verifies under `operator` (strict Ed25519) and the
    /// content keeps its invariants ([`Directory::validate`]).
    pub fn verify(&self, operator: &VerifyingKey) -> Result<&Directory> {
        let bytes = B64
            .decode(self.signature.trim())
            .map_err(|_| Error::BadSignature)?;
        let bytes = <[u8; 64]>::try_from(bytes.as_slice()).map_err(|_| Error::BadSignature)?;
        let signature = ed25519_dalek::Signature::from_bytes(&bytes);
        operator
            .verify_strict(&self.directory.canonical_bytes()?, &signature)
            .map_err(|_| Error::BadSignature)?;
        self.directory.validate()?;
        Ok(&self.directory)
    }

    /// Parses the JSON of `directory.json` (unknown fields refused). Does not verify.
    pub fn from_json(text: &str) -> Result<Self> {
        serde_json::from_str(text).map_err(|e| Error::InvalidDirectory(e.to_string()))
    }

    /// Pretty JSON, as written to `directory.json`.
    pub fn to_json(&self) -> Result<String> {
        serde_json::to_string_pretty(self).map_err(|e| Error::InvalidDirectory(e.to_string()))
    }

    /// Reads and parses a `directory.json`. Does not verify: call [`SignedDirectory::verify`].
    pub fn load(path: &Path) -> Result<Self> {
        let text = files::read_to_string(path)?;
        serde_json::from_str(&text).map_err(|e| Error::malformed(path, e.to_string()))
    }
}

/// Reads an `operator.pub` file (base64 Ed25519 public key).
pub fn read_operator_key(path: &Path) -> Result<VerifyingKey> {
    let bytes = files::read_public_key(path)?;
    VerifyingKey::from_bytes(&bytes)
        .map_err(|_| Error::malformed(path, "not an Ed25519 public key"))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::member::MemberKind;

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn entry(code: &str, fp: char) -> MemberEntry {
        MemberEntry {
            code: code.into(),
            country: "BE".into(),
            kind: MemberKind::Authority,
            names: BTreeMap::from([("fr".into(), "Parquet fédéral".into())]),
            cert_fingerprint: fp.to_string().repeat(64),
            signing_key: files::encode_key(key(9).verifying_key().as_bytes()),
            hpke_key: files::encode_key(&[3; 32]),
            revoked: false,
        }
    }

    fn sample() -> Directory {
        Directory {
            serial: 3,
            issued_at: time::macros::datetime!(2026-05-01 10:00:00 UTC),
            members: vec![entry("BE-FED", 'a'), entry("FR-PNAT", 'b')],
        }
    }

    #[test]
    fn round_trip_through_json_verifies() {
        let op = key(1);
        let signed = SignedDirectory::sign(sample(), &op).unwrap();
        let parsed = SignedDirectory::from_json(&signed.to_json().unwrap()).unwrap();
        assert_eq!(parsed, signed);
        let d = parsed.verify(&op.verifying_key()).unwrap();
        assert_eq!(
            d.member("FR-PNAT").unwrap().cert_fingerprint,
            "b".repeat(64)
        );
        assert_eq!(d.by_fingerprint(&"A".repeat(64)).unwrap().code, "BE-FED");
        assert!(d.member("ES-AN").is_none());
    }

    #[test]
    fn canonical_bytes_are_the_documented_ones() {
        let d = Directory {
            serial: 1,
            issued_at: time::macros::datetime!(2026-05-01 10:00:00 UTC),
            members: vec![],
        };
        assert_eq!(
            d.canonical_bytes().unwrap(),
            b"malines-directory-v1\n{\"serial\":1,\"issued_at\":\"2026-05-01T10:00:00Z\",\"members\":[]}"
        );
        let m = serde_json::to_string(&entry("BE-FED", 'a')).unwrap();
        let order = [
            "\"code\"",
            "\"country\"",
            "\"kind\"",
            "\"names\"",
            "\"cert_fingerprint\"",
            "\"signing_key\"",
            "\"hpke_key\"",
            "\"revoked\"",
        ]
        .map(|f| m.find(f).unwrap());
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{m}");
    }

    /// Every change to a signed field must break the signature.
    #[test]
    fn any_change_breaks_the_signature() {
        let op = key(1);
        let signed = SignedDirectory::sign(sample(), &op).unwrap();
        type Tamper = fn(&mut Directory);
        let tampers: Vec<(&str, Tamper)> = vec![
            ("serial", |d| d.serial += 1),
            ("issued_at", |d| d.issued_at += time::Duration::seconds(1)),
            ("fingerprint", |d| {
                d.members[0].cert_fingerprint = "c".repeat(64)
            }),
            ("revoked", |d| d.members[1].revoked = true),
            ("code", |d| d.members[0].code = "BE-FEE".into()),
            ("country", |d| d.members[0].country = "FR".into()),
            ("kind", |d| d.members[0].kind = MemberKind::Provider),
            ("names", |d| {
                d.members[0].names.insert("nl".into(), "x".into());
            }),
            ("signing_key", |d| {
                d.members[0].signing_key = files::encode_key(key(8).verifying_key().as_bytes())
            }),
            ("hpke_key", |d| {
                d.members[0].hpke_key = files::encode_key(&[4; 32])
            }),
            ("order", |d| d.members.reverse()),
            ("removed", |d| drop(d.members.pop())),
            ("added", |d| d.members.push(entry("ES-AN", 'e'))),
        ];
        for (what, tamper) in tampers {
            let mut t = signed.clone();
            tamper(&mut t.directory);
            assert_ne!(t.directory, signed.directory, "{what}");
            assert!(
                matches!(t.verify(&op.verifying_key()), Err(Error::BadSignature)),
                "{what}"
            );
            // Through the JSON file too.
            let json = t.to_json().unwrap();
            let parsed = SignedDirectory::from_json(&json).unwrap();
            assert!(
                matches!(parsed.verify(&op.verifying_key()), Err(Error::BadSignature)),
                "{what}"
            );
        }
        assert!(signed.verify(&op.verifying_key()).is_ok());
    }

    #[test]
    fn wrong_key_or_mangled_signature_is_refused() {
        let signed = SignedDirectory::sign(sample(), &key(1)).unwrap();
        assert!(matches!(
            signed.verify(&key(2).verifying_key()),
            Err(Error::BadSignature)
        ));
        for sig in [String::new(), "!!".into(), B64.encode([0u8; 64]), {
            let mut raw = B64.decode(&signed.signature).unwrap();
            raw[10] ^= 1;
            B64.encode(raw)
        }] {
            let t = SignedDirectory {
                signature: sig,
                ..signed.clone()
            };
            assert!(matches!(
                t.verify(&key(1).verifying_key()),
                Err(Error::BadSignature)
            ));
        }
    }

    #[test]
    fn unknown_fields_are_refused() {
        let signed = SignedDirectory::sign(sample(), &key(1)).unwrap();
        let mut v: serde_json::Value = serde_json::from_str(&signed.to_json().unwrap()).unwrap();
        v["directory"]["members"][0]["admin"] = true.into();
        assert!(SignedDirectory::from_json(&v.to_string()).is_err());
        let mut v: serde_json::Value = serde_json::from_str(&signed.to_json().unwrap()).unwrap();
        v["note"] = "unsigned".into();
        assert!(SignedDirectory::from_json(&v.to_string()).is_err());
    }

    #[test]
    fn a_signed_but_inconsistent_directory_is_refused() {
        let mut d = sample();
        d.members.push(entry("BE-FED", 'f'));
        let op = key(1);
        let signed = SignedDirectory::sign(d, &op).unwrap();
        let e = signed.verify(&op.verifying_key()).unwrap_err().to_string();
        assert!(e.contains("BE-FED listed twice"), "{e}");
    }

    #[test]
    fn admit_checks_fingerprint_code_and_revocation() {
        let mut d = sample();
        d.members[1].revoked = true;
        let peer = |code: &str, fp: char| PeerIdentity {
            code: code.into(),
            fingerprint: fp.to_string().repeat(64),
        };
        assert_eq!(d.admit(&peer("BE-FED", 'a')).unwrap().code, "BE-FED");
        let refused = |p: PeerIdentity| d.admit(&p).unwrap_err().to_string();
        assert!(refused(peer("BE-FED", 'c')).contains("not the one in the directory"));
        assert!(refused(peer("FR-PNAT", 'a')).contains("another code"));
        assert!(refused(peer("FR-PNAT", 'b')).ends_with("revoked"));
    }
}
