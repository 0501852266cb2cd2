//! What a node sends of a case: its shared subjects and identifiers, encoded (SPEC §4).
//!
//! - a person: one encoding per way the case writes the name — as registered (given and
//!   family names), in original script, each alias — with the date of birth, as precise as
//!   it is known;
//! - an identifier: the keyed token of its normalised value, per kind;
//! - an organisation: keyed tokens of its canonical name and aliases.
//!
//! Nothing leaves that is marked not shared, and nothing of a case that is closed. Each
//! record is known at the hub by an opaque token derived from the node's local key.

use hmac::{Hmac, KeyInit, Mac};
use malines_core::model::{CaseStatus, StoredCase};
use malines_match::file::encode_fields;
use malines_match::person::{Encoder, Person};
use malines_match::token::{LinkageSecret, identifier_token, place_of_birth_token};
use malines_names::name::{BirthDate, canonicalise};
use malines_proto::{MAX_VARIANTS, Payload, PersonEncoding};
use sha2::{Digest, Sha256};

type HmacSha256 = Hmac<Sha256>;

/// A record as the node wants the hub to have it.
#[derive(Debug, Clone, PartialEq)]
pub struct Desired {
    pub record: String,
    pub kind: String,
    /// For the node's users only: what the record is.
    pub label: String,
    pub payload: Payload,
    /// JSON of the payload, and its digest.
    pub json: String,
    pub digest: String,
}

/// Derives the opaque tokens of a node from its local key.
#[derive(Clone)]
pub struct Tokens {
    key: [u8; 32],
}

impl std::fmt::Debug for Tokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Tokens([redacted])")
    }
}

impl Tokens {
    pub fn new(key: [u8; 32]) -> Self {
        Tokens { key }
    }

    fn derive(&self, parts: &[&str]) -> String {
        // The key is 32 bytes: HMAC accepts any length, so this cannot fail.
        let Ok(mut m) = <HmacSha256 as KeyInit>::new_from_slice(&self.key) else {
            return String::new();
        };
        for p in parts {
            m.update(&(p.len() as u64).to_be_bytes());
            m.update(p.as_bytes());
        }
        let out = m.finalize().into_bytes();
        hex::encode(out.get(..16).unwrap_or_default())
    }

    /// The token the hub knows a case by.
    pub fn case(&self, case_ref: &str) -> String {
        self.derive(&["case", case_ref])
    }

    fn record(&self, case_ref: &str, kind: &str, key: &str) -> String {
        self.derive(&["record", case_ref, kind, key])
    }
}

/// Splits a full name written in one field: `FAMILY, Given` with a comma, else the first
/// word is the given name (the order of Arabic names and of most aliases).
fn split_full(name: &str) -> (&str, &str) {
    let name = name.trim();
    if let Some((family, given)) = name.split_once(',') {
        return (given.trim(), family.trim());
    }
    match name.split_once(char::is_whitespace) {
        Some((given, family)) => (given.trim(), family.trim()),
        None => ("", name),
    }
}

/// Whether a case is compared at the hub on `today`: open, and reviewed in time (SPEC §7:
/// a case not reviewed by its review date stops being shared until it is).
pub fn shared_on(case: &StoredCase, today: time::Date) -> bool {
    let c = &case.draft.case;
    c.status == CaseStatus::Open && c.review_due >= today
}

/// The records a case should have at the hub on `today`: none for a closed case or one past
/// its review date.
pub fn desired(
    case: &StoredCase,
    secret: &LinkageSecret,
    encoder: &mut Encoder,
    tokens: &Tokens,
    today: time::Date,
) -> Vec<Desired> {
    let d = &case.draft;
    if !shared_on(case, today) {
        return Vec::new();
    }
    let case_ref = d.case.reference.as_str();
    let mut out = Vec::new();
    let mut push = |kind: &str, key: &str, label: String, payload: Payload| {
        let json = serde_json::to_string(&payload).unwrap_or_default();
        let digest = hex::encode(Sha256::digest(json.as_bytes()));
        out.push(Desired {
            record: tokens.record(case_ref, kind, key),
            kind: kind.to_string(),
            label,
            payload,
            json,
            digest,
        });
    };

    for p in d.persons.iter().filter(|p| p.shared) {
        let dob = p
            .birth_date
            .as_ref()
            .and_then(|b| BirthDate::parse(&b.to_string()));
        let mut names: Vec<(&str, &str)> = Vec::new();
        let given = p.given_names.as_deref().unwrap_or("");
        let family = p.family_names.as_deref().unwrap_or("");
        if !given.trim().is_empty() || !family.trim().is_empty() {
            names.push((given, family));
        }
        if let Some(o) = &p.original_script_name {
            names.push(split_full(o));
        }
        for a in &p.aliases {
            names.push(split_full(a));
        }
        let mut variants = Vec::new();
        for (given, family) in names {
            if variants.len() >= MAX_VARIANTS {
                break;
            }
            let person = Person {
                given,
                family,
                dob,
                other: Vec::new(),
            };
            if let Ok(e) = encoder.encode(&person) {
                let f = encode_fields(&e);
                let v = PersonEncoding {
                    filter: f.filter,
                    dob: f.dob,
                    blocks: f.blocks,
                };
                if !variants.contains(&v) {
                    variants.push(v);
                }
            }
        }
        if !variants.is_empty() {
            // The label stays at the node: it names the person for the node's own users.
            let name = [given.trim(), family.trim()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            push(
                "person",
                p.subject_ref.as_str(),
                format!("{} {name}", p.subject_ref.as_str())
                    .trim()
                    .to_string(),
                Payload::Person {
                    variants,
                    place: p
                        .place_of_birth
                        .as_deref()
                        .and_then(|w| place_of_birth_token(secret, w))
                        .map(|t| t.to_string()),
                },
            );
        }
    }

    for o in d.organisations.iter().filter(|o| o.shared) {
        let mut toks: Vec<String> = Vec::new();
        for name in std::iter::once(&o.name).chain(o.aliases.iter()) {
            let canon = canonical_organisation(name);
            if canon.is_empty() || toks.len() >= MAX_VARIANTS {
                continue;
            }
            let t = identifier_token(secret, "organisation", &canon).to_string();
            if !toks.contains(&t) {
                toks.push(t);
            }
        }
        if !toks.is_empty() {
            push(
                "organisation",
                o.subject_ref.as_str(),
                o.subject_ref.as_str().to_string(),
                Payload::Organisation { tokens: toks },
            );
        }
    }

    for id in d.identifiers.iter().filter(|i| i.shared) {
        let kind = id.identifier.kind.as_str();
        let value = &id.identifier.value;
        let subject = id.subject.as_ref().map_or("", |s| s.as_str());
        push(
            kind,
            &format!("{subject}\u{0}{value}"),
            format!("{kind} {value}"),
            Payload::Identifier {
                kind: kind.to_string(),
                token: identifier_token(secret, kind, value).to_string(),
            },
        );
    }
    out
}

/// An organisation's name in canonical words (transliterated, articles and case folded),
/// so that « Katibat al-Battar » and « Katiba Al Battar » give one token.
fn canonical_organisation(name: &str) -> String {
    canonicalise(name)
        .tokens
        .iter()
        .map(|t| t.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}
