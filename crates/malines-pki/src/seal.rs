//! Sealed letters between members (SPEC §5, §6): signed by the sender, readable only by the
//! recipient, relayed by the hub as opaque bytes.
//!
//! A [`Letter`] (who, to whom, when, what kind, and its body) is serialised once; those bytes
//! are signed with the sender's Ed25519 key, under a context string that no other signature
//! of Malines uses. The bytes and the signature are then sealed with HPKE (RFC 9180, base
//! mode: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305) to the recipient's X25519
//! key from the directory. The [`Envelope`] that travels holds only the letter's id, the two
//! member codes, the encapsulated key and the ciphertext; the id and the codes are bound to
//! the ciphertext as associated data, so the hub cannot re-address a letter.
//!
//! Sign-then-seal, with the recipient inside what is signed: the recipient can show the
//! signed bytes to a third party (a provider keeps an order as signed), and a recipient
//! cannot re-seal a letter to someone else without the change showing (`to` is signed).
//!
//! [`open`] checks, in this order, and refuses with its own reason: the envelope is for me;
//! the sender is in the directory, as an authority or provider, not revoked; the ciphertext
//! opens with my key; the signature verifies with the sender's key from the directory; and
//! the letter's id, sender and recipient are those of the envelope.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use ed25519_dalek::{Signature, Signer, Verifier};
use hpke::{Deserializable, Kem as KemTrait, OpModeR, OpModeS, Serializable};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::{Directory, Identity, MemberEntry, MemberKind};

type Kem = hpke::kem::X25519HkdfSha256;
type Kdf = hpke::kdf::HkdfSha256;
type Aead = hpke::aead::ChaCha20Poly1305;

/// HPKE `info`: this protocol and its version.
const HPKE_INFO: &[u8] = b"malines/envelope/v1";
/// Prefix of the bytes a letter's signature covers.
pub const LETTER_CONTEXT: &[u8] = b"malines/letter/v1\0";
/// The largest letter sealed or opened (attachments and data packages included).
pub const MAX_LETTER_BYTES: usize = 24 * 1024 * 1024;

pub use malines_proto::Envelope;

/// What the sender wrote and signed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Letter {
    /// The format's version: 1.
    pub v: u32,
    pub id: String,
    pub from: String,
    pub to: String,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// `message`, `receipt`, `order`, `order_event`, `data_package`…
    pub kind: String,
    pub body: serde_json::Value,
}

/// The part of a letter that is sealed: the signed bytes and the signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Sealed {
    letter: String,
    signature: String,
}

/// A letter opened and verified, with the exact bytes and signature, to keep as proof.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub letter: Letter,
    /// The bytes the sender signed (without [`LETTER_CONTEXT`]).
    pub signed: Vec<u8>,
    pub signature: [u8; 64],
}

/// Why a letter was refused. Each reason says what was wrong, in words a provider's response
/// team can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("this letter is addressed to {to}, not to {me}")]
    NotForMe { to: String, me: String },
    #[error("the sender {0} is not in the federation's directory")]
    UnknownSender(String),
    #[error("the sender {0} is revoked in the federation's directory")]
    RevokedSender(String),
    #[error("the sender {0} is the hub, which sends no letters")]
    SenderIsHub(String),
    #[error("the recipient {0} is not in the federation's directory")]
    UnknownRecipient(String),
    #[error("the recipient {0} is revoked in the federation's directory")]
    RevokedRecipient(String),
    #[error(
        "the letter cannot be opened with this member's key: it was changed on the way, or sealed for another key"
    )]
    Undecryptable,
    #[error(
        "the signature does not match the signing key of {0} in the directory: the letter was changed after it was signed, or signed by someone else"
    )]
    BadSignature(String),
    #[error("the letter says {field} {inside}, the envelope {outside}")]
    Mismatch {
        field: &'static str,
        inside: String,
        outside: String,
    },
    #[error("{field}: {reason}")]
    Malformed { field: &'static str, reason: String },
}

fn malformed(field: &'static str, reason: impl Into<String>) -> SealError {
    SealError::Malformed {
        field,
        reason: reason.into(),
    }
}

/// A new random letter id.
pub fn new_id() -> String {
    let mut b = [0u8; 16];
    // The system's generator; failing it, no letter can be sent anyway (the seal fails too).
    let _ = getrandom::fill(&mut b);
    hex::encode(b)
}

fn aad(id: &str, from: &str, to: &str) -> Vec<u8> {
    format!("{id}\n{from}\n{to}").into_bytes()
}

fn is_id(s: &str) -> bool {
    s.len() == 32
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn member<'a>(directory: &'a Directory, code: &str) -> Option<&'a MemberEntry> {
    directory.member(code)
}

/// A letter signed and sealed: the envelope to send, and the signed bytes and signature the
/// sender keeps (it cannot open the envelope).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub envelope: Envelope,
    pub signed: Vec<u8>,
    pub signature: [u8; 64],
}

/// Signs `letter` with the sender's key and seals it to `recipient`.
pub fn seal(
    sender: &Identity,
    recipient: &MemberEntry,
    letter: &Letter,
) -> Result<Outgoing, SealError> {
    if recipient.revoked {
        return Err(SealError::RevokedRecipient(recipient.code.clone()));
    }
    if letter.from != sender.code {
        return Err(SealError::Mismatch {
            field: "from",
            inside: letter.from.clone(),
            outside: sender.code.clone(),
        });
    }
    if letter.to != recipient.code {
        return Err(SealError::Mismatch {
            field: "to",
            inside: letter.to.clone(),
            outside: recipient.code.clone(),
        });
    }
    if !is_id(&letter.id) {
        return Err(malformed("id", "must be 32 lower-case hex digits"));
    }
    let signed = serde_json::to_vec(letter).map_err(|e| malformed("letter", e.to_string()))?;
    if signed.len() > MAX_LETTER_BYTES {
        return Err(malformed(
            "letter",
            format!(
                "is {} bytes; at most {MAX_LETTER_BYTES} travel in one letter",
                signed.len()
            ),
        ));
    }
    let mut to_sign = LETTER_CONTEXT.to_vec();
    to_sign.extend_from_slice(&signed);
    let signature = sender.signing.sign(&to_sign);
    let inner = serde_json::to_vec(&Sealed {
        letter: B64.encode(&signed),
        signature: B64.encode(signature.to_bytes()),
    })
    .map_err(|e| malformed("letter", e.to_string()))?;
    Ok(Outgoing {
        envelope: envelope(recipient, &letter.id, &letter.from, &inner)?,
        signed,
        signature: signature.to_bytes(),
    })
}

/// Seals bytes and a signature as they are, without signing: what someone who changed a
/// signed letter would send. For tests that such letters are refused; a letter of Malines is
/// made by [`seal`].
pub fn seal_as_is(
    recipient: &MemberEntry,
    id: &str,
    from: &str,
    signed: &[u8],
    signature: &[u8; 64],
) -> Result<Envelope, SealError> {
    let inner = serde_json::to_vec(&Sealed {
        letter: B64.encode(signed),
        signature: B64.encode(signature),
    })
    .map_err(|e| malformed("letter", e.to_string()))?;
    envelope(recipient, id, from, &inner)
}

/// Seals `inner` (a signed letter, serialised) to `recipient` with HPKE, the id and the two
/// codes bound as associated data.
fn envelope(
    recipient: &MemberEntry,
    id: &str,
    from: &str,
    inner: &[u8],
) -> Result<Envelope, SealError> {
    let pk_bytes = recipient
        .hpke_key()
        .map_err(|e| malformed("hpke_key", e.to_string()))?;
    let pk = <Kem as KemTrait>::PublicKey::from_bytes(&pk_bytes)
        .map_err(|_| malformed("hpke_key", "is not an X25519 public key"))?;
    let (enc, ciphertext) = hpke::single_shot_seal::<Aead, Kdf, Kem>(
        &OpModeS::Base,
        &pk,
        HPKE_INFO,
        inner,
        &aad(id, from, &recipient.code),
    )
    .map_err(|e| malformed("seal", e.to_string()))?;
    Ok(Envelope {
        id: id.to_string(),
        from: from.to_string(),
        to: recipient.code.clone(),
        enc: B64.encode(enc.to_bytes()),
        ciphertext: B64.encode(ciphertext),
    })
}

/// Opens an envelope addressed to `me` and verifies it against the directory.
pub fn open(me: &Identity, directory: &Directory, env: &Envelope) -> Result<Opened, SealError> {
    if env.to != me.code {
        return Err(SealError::NotForMe {
            to: env.to.clone(),
            me: me.code.clone(),
        });
    }
    let sender = check_sender(directory, &env.from)?;
    if !is_id(&env.id) {
        return Err(malformed("id", "must be 32 lower-case hex digits"));
    }
    let enc_bytes = B64
        .decode(&env.enc)
        .map_err(|_| malformed("enc", "is not base64"))?;
    let enc = <Kem as KemTrait>::EncappedKey::from_bytes(&enc_bytes)
        .map_err(|_| SealError::Undecryptable)?;
    let ciphertext = B64
        .decode(&env.ciphertext)
        .map_err(|_| malformed("ciphertext", "is not base64"))?;
    if ciphertext.len() > MAX_LETTER_BYTES * 2 {
        return Err(malformed("ciphertext", "is too large"));
    }
    let sk = <Kem as KemTrait>::PrivateKey::from_bytes(&me.hpke_secret.to_bytes())
        .map_err(|_| malformed("hpke_secret", "is not an X25519 secret key"))?;
    let inner = hpke::single_shot_open::<Aead, Kdf, Kem>(
        &OpModeR::Base,
        &sk,
        &enc,
        HPKE_INFO,
        &ciphertext,
        &aad(&env.id, &env.from, &env.to),
    )
    .map_err(|_| SealError::Undecryptable)?;
    let sealed: Sealed = serde_json::from_slice(&inner)
        .map_err(|e| malformed("letter", format!("is not a sealed letter: {e}")))?;
    let signed = B64
        .decode(&sealed.letter)
        .map_err(|_| malformed("letter", "is not base64"))?;
    let sig: [u8; 64] = B64
        .decode(&sealed.signature)
        .ok()
        .and_then(|s| s.try_into().ok())
        .ok_or_else(|| malformed("signature", "is not 64 bytes of base64"))?;
    let letter = verify_signed(sender, &signed, &sig)?;
    for (field, inside, outside) in [
        ("id", &letter.id, &env.id),
        ("from", &letter.from, &env.from),
        ("to", &letter.to, &env.to),
    ] {
        if inside != outside {
            return Err(SealError::Mismatch {
                field,
                inside: inside.clone(),
                outside: outside.clone(),
            });
        }
    }
    Ok(Opened {
        letter,
        signed,
        signature: sig,
    })
}

/// The sender's entry, if it may send letters.
fn check_sender<'a>(directory: &'a Directory, code: &str) -> Result<&'a MemberEntry, SealError> {
    let sender =
        member(directory, code).ok_or_else(|| SealError::UnknownSender(code.to_string()))?;
    if sender.revoked {
        return Err(SealError::RevokedSender(code.to_string()));
    }
    if sender.kind == MemberKind::Hub {
        return Err(SealError::SenderIsHub(code.to_string()));
    }
    Ok(sender)
}

fn verify_signed(sender: &MemberEntry, signed: &[u8], sig: &[u8; 64]) -> Result<Letter, SealError> {
    let key = sender
        .signing_key()
        .map_err(|e| malformed("signing_key", e.to_string()))?;
    let mut to_verify = LETTER_CONTEXT.to_vec();
    to_verify.extend_from_slice(signed);
    key.verify(&to_verify, &Signature::from_bytes(sig))
        .map_err(|_| SealError::BadSignature(sender.code.clone()))?;
    let letter: Letter = serde_json::from_slice(signed)
        .map_err(|e| malformed("letter", format!("is not a letter: {e}")))?;
    if letter.v != 1 {
        return Err(malformed(
            "v",
            format!("version {} is not one this Malines reads", letter.v),
        ));
    }
    if letter.from != sender.code {
        return Err(SealError::Mismatch {
            field: "from",
            inside: letter.from,
            outside: sender.code.clone(),
        });
    }
    Ok(letter)
}

/// Checks a letter kept earlier (its signed bytes and signature) against the directory, as a
/// third party would: the sender named inside must have signed it.
pub fn verify_kept(
    directory: &Directory,
    signed: &[u8],
    signature: &[u8; 64],
) -> Result<Letter, SealError> {
    #[derive(Deserialize)]
    struct From {
        from: String,
    }
    let from: From = serde_json::from_slice(signed)
        .map_err(|e| malformed("letter", format!("is not a letter: {e}")))?;
    let sender = check_sender(directory, &from.from)?;
    verify_signed(sender, signed, signature)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::{IssueRequest, Pki};

    struct Fed {
        _tmp: tempfile::TempDir,
        pki: Pki,
    }

    impl Fed {
        fn new() -> Fed {
            let tmp = tempfile::tempdir().unwrap();
            let pki = Pki::init(&tmp.path().join("pki"), OffsetDateTime::now_utc()).unwrap();
            for (code, kind, cc) in [
                ("HUB", MemberKind::Hub, "BE"),
                ("BE-FED", MemberKind::Authority, "BE"),
                ("MA-PGR", MemberKind::Authority, "MA"),
                ("PROV-TELCO", MemberKind::Provider, "BE"),
            ] {
                let mut r = IssueRequest::new(code, kind, cc);
                r.names = BTreeMap::from([("en".into(), format!("{code} office"))]);
                pki.issue(&r, OffsetDateTime::now_utc()).unwrap();
            }
            Fed { _tmp: tmp, pki }
        }

        fn id(&self, code: &str) -> Identity {
            Identity::load(&self.pki.member_dir(code)).unwrap()
        }

        fn dir(&self) -> Directory {
            self.pki.directory().unwrap().directory
        }
    }

    fn letter(from: &str, to: &str, body: serde_json::Value) -> Letter {
        Letter {
            v: 1,
            id: new_id(),
            from: from.into(),
            to: to.into(),
            at: time::macros::datetime!(2026-11-29 10:00 UTC),
            kind: "message".into(),
            body,
        }
    }

    fn sealed(f: &Fed, body: serde_json::Value) -> (Letter, Envelope) {
        let l = letter("BE-FED", "MA-PGR", body);
        let d = f.dir();
        let out = seal(&f.id("BE-FED"), d.member("MA-PGR").unwrap(), &l).unwrap();
        assert_eq!(serde_json::from_slice::<Letter>(&out.signed).unwrap(), l);
        (l, out.envelope)
    }

    #[test]
    fn a_sealed_letter_opens_only_for_its_recipient_and_says_who_signed_it() {
        let f = Fed::new();
        let (l, env) = sealed(
            &f,
            serde_json::json!({"text": "Salam, about link 0123abcd"}),
        );
        // The envelope shows nothing of the body.
        let json = serde_json::to_string(&env).unwrap();
        assert!(!json.contains("Salam") && !json.contains("0123abcd"));
        let opened = open(&f.id("MA-PGR"), &f.dir(), &env).unwrap();
        assert_eq!(opened.letter, l);
        // The kept bytes verify for a third party, and fail once changed.
        assert_eq!(
            verify_kept(&f.dir(), &opened.signed, &opened.signature).unwrap(),
            l
        );
        let mut changed = opened.signed.clone();
        let i = changed.iter().position(|b| *b == b'S').unwrap();
        changed[i] = b'T';
        assert_eq!(
            verify_kept(&f.dir(), &changed, &opened.signature),
            Err(SealError::BadSignature("BE-FED".into()))
        );
        // Another member cannot open it, even re-addressed to itself.
        let mut other = env.clone();
        other.to = "PROV-TELCO".into();
        assert_eq!(
            open(&f.id("PROV-TELCO"), &f.dir(), &other),
            Err(SealError::Undecryptable)
        );
        assert!(matches!(
            open(&f.id("PROV-TELCO"), &f.dir(), &env),
            Err(SealError::NotForMe { .. })
        ));
    }

    #[test]
    fn a_changed_envelope_or_a_forged_sender_is_refused_with_its_reason() {
        let f = Fed::new();
        let (_, env) = sealed(&f, serde_json::json!({"text": "x"}));
        let me = f.id("MA-PGR");
        // One bit of the ciphertext changed.
        let mut ct = B64.decode(&env.ciphertext).unwrap();
        ct[5] ^= 1;
        let flipped = Envelope {
            ciphertext: B64.encode(&ct),
            ..env.clone()
        };
        assert_eq!(open(&me, &f.dir(), &flipped), Err(SealError::Undecryptable));
        // Another id on the envelope (the hub cannot relabel a letter).
        let relabelled = Envelope {
            id: new_id(),
            ..env.clone()
        };
        assert_eq!(
            open(&me, &f.dir(), &relabelled),
            Err(SealError::Undecryptable)
        );
        // A sender the directory does not know; a revoked one.
        let unknown = Envelope {
            from: "ES-AN".into(),
            ..env.clone()
        };
        assert_eq!(
            open(&me, &f.dir(), &unknown),
            Err(SealError::UnknownSender("ES-AN".into()))
        );
        f.pki.revoke("BE-FED", OffsetDateTime::now_utc()).unwrap();
        assert_eq!(
            open(&me, &f.dir(), &env),
            Err(SealError::RevokedSender("BE-FED".into()))
        );
    }

    #[test]
    fn a_letter_signed_with_a_key_not_in_the_directory_is_refused() {
        let f = Fed::new();
        // An impostor with the right HPKE key (public) but its own signing key claims to be
        // BE-FED: the envelope opens, the signature does not hold.
        let mut impostor = f.id("BE-FED");
        impostor.signing = ed25519_dalek::SigningKey::from_bytes(&[9u8; 32]);
        let l = letter("BE-FED", "MA-PGR", serde_json::json!({"text": "urgent"}));
        let d = f.dir();
        let env = seal(&impostor, d.member("MA-PGR").unwrap(), &l)
            .unwrap()
            .envelope;
        assert_eq!(
            open(&f.id("MA-PGR"), &f.dir(), &env),
            Err(SealError::BadSignature("BE-FED".into()))
        );
        // Nor can a member sign a letter in another's name.
        let mut claims = letter("BE-FED", "MA-PGR", serde_json::json!({}));
        claims.from = "MA-PGR".into();
        assert!(matches!(
            seal(&f.id("BE-FED"), d.member("MA-PGR").unwrap(), &claims),
            Err(SealError::Mismatch { field: "from", .. })
        ));
    }
}
