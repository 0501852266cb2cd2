//! The wire types of the Malines federation (SPEC §2, §4): what a node pushes to the hub and
//! what the hub tells each member. Serde only, no I/O, so node, hub, provider and CLI share
//! one definition and cannot drift apart.
//!
//! Nothing here carries personal data in clear. A record is an opaque token chosen by its
//! node; a case is an opaque token too; a person travels as a keyed encoding
//! (`docs/encoding.md`), an identifier as a keyed HMAC token. The hub learns that two tokens
//! are equal or that two encodings are similar, never what they stand for.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// Version prefix of every API path.
pub const API: &str = "/v1";

/// Most changes accepted in one batch.
pub const MAX_BATCH: usize = 5_000;

/// Most name variants (the name as written, in original script, aliases) of one person.
pub const MAX_VARIANTS: usize = 8;

/// A batch of changes from a node: applied in order, in one transaction.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Batch {
    /// The authority the records belong to. It must be the authority of the client
    /// certificate: a node cannot push records in another authority's name.
    pub authority: String,
    #[serde(default)]
    pub upserts: Vec<Upsert>,
    #[serde(default)]
    pub deletes: Vec<Delete>,
}

/// A record created or changed at a node.
///
/// Idempotent: the hub keeps the highest version of each record; a version it already has
/// (a replay) or an older one (a late retry) changes nothing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Upsert {
    /// Opaque token of the record, stable across versions (32 hex digits).
    pub record: String,
    /// Opaque token of the record's case (32 hex digits).
    pub case: String,
    /// Raised by the node on every change of the record; at least 1.
    pub version: u64,
    /// Epoch of the linkage secret the record was encoded under.
    pub epoch: u32,
    pub payload: Payload,
}

/// A record removed at a node (deleted, unshared, its case closed or past review).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delete {
    pub record: String,
    /// Higher than every version of the record pushed before.
    pub version: u64,
}

/// What a record is, encoded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Payload {
    /// A person: one encoding per way the node writes the name (as registered, in original
    /// script, each alias). Two persons match if any two of their variants do.
    Person {
        variants: Vec<PersonEncoding>,
        /// The place of birth, when the node's gazetteer knows it: the identifier token of
        /// kind `place_of_birth` of the gazetteer's key (`docs/encoding.md`). One per person:
        /// it is not part of a name variant.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        place: Option<String>,
    },
    /// A typed identifier: the HMAC token of its normalised value under the identifier kind.
    Identifier {
        /// The identifier kind (`phone`, `iban`, …): tokens are compared within a kind.
        kind: String,
        /// 32 hex digits.
        token: String,
    },
    /// An organisation: tokens of its canonical name and aliases.
    Organisation { tokens: Vec<String> },
}

/// One person encoding, in the text form of `docs/encoding.md` ("Encoded files").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonEncoding {
    /// The 1024-bit Bloom filter, base64.
    pub filter: String,
    /// The 14 date-of-birth token slots, `;`-separated, 16 hex digits or empty.
    pub dob: String,
    /// The blocking keys, `;`-separated, 16 hex digits each.
    pub blocks: String,
}

/// What the hub did with a batch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchOutcome {
    /// Records stored or removed.
    pub applied: u32,
    /// Changes the hub already had (replays) or that an already newer version supersedes.
    pub unchanged: u32,
    /// Link events this batch caused, for this authority and the others.
    pub events: u32,
}

/// A change of a link, as one member sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Position in this member's feed, increasing.
    pub seq: u64,
    pub kind: EventKind,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub link: LinkView,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A new link between one of my cases and a case of another authority.
    Made,
    /// The link still holds, on other evidence (a record pair appeared or disappeared).
    Updated,
    /// The link no longer holds: no pair of records matches any more.
    Retracted,
}

/// A link between a case of mine and a case of another authority, from my side: my records
/// that matched, the other side's only as opaque tokens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkView {
    /// Stable identifier of the link at the hub (the same for both sides).
    pub id: String,
    /// My case token.
    pub case: String,
    /// The other authority's code.
    pub other_authority: String,
    /// The other authority's case token.
    pub other_case: String,
    /// The best pair's score, in [0, 1].
    pub score: f32,
    /// Every pair of records that matched; empty when retracted.
    pub evidence: Vec<PairEvidence>,
}

/// One pair of records that matched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairEvidence {
    /// My record token.
    pub record: String,
    /// The other authority's record token.
    pub other_record: String,
    /// On what: `person`, `organisation`, or the identifier kind (`phone`, `iban`, …).
    pub on: String,
    /// 1 for an exact token match; the person score otherwise.
    pub score: f32,
    /// For persons: what the score was made of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PersonEvidence>,
}

/// What a person score was made of (the hub sees only similarities of encodings).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonEvidence {
    /// Similarity of the given names, absent when a side has none.
    pub given: Option<f32>,
    pub family: Option<f32>,
    /// The names matched crosswise (given name of one side with family name of the other).
    pub swapped: bool,
    /// Date-of-birth agreement: `same_day`, `same_month`, `one_digit_differs`, `year_only`…
    pub dob: String,
    /// Places of birth: `same` or `different`; absent when a side has none the gazetteer
    /// knows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Which of my variants and of theirs matched best (0: the name as registered).
    pub variant: u8,
    pub other_variant: u8,
}

/// A page of my feed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Feed {
    pub events: Vec<Event>,
    /// The cursor to ask from next (the last event's `seq`, or the cursor asked).
    pub next: u64,
}

/// An error body: which field, and why. Never internals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub error: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

/// Whether `s` is an opaque token: 32 lower-case hex digits.
/// A sealed letter as it travels through the hub (SPEC §5): the hub sees the id and the two
/// member codes, nothing else. See `malines-pki::seal`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    /// 32 lower-case hex digits, random: the letter's id.
    pub id: String,
    pub from: String,
    pub to: String,
    /// Base64: the HPKE encapsulated key.
    pub enc: String,
    /// Base64: the sealed letter and its signature.
    pub ciphertext: String,
}

/// A letter in a member's mailbox at the hub.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Posted {
    /// Its place in the mailbox, increasing.
    pub seq: u64,
    pub envelope: Envelope,
}

/// A page of a member's mailbox.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mailbox {
    pub letters: Vec<Posted>,
    /// Ask for letters after this next time; confirm up to it once they are kept.
    pub next: u64,
}

/// A member confirms it keeps its letters up to `through`: the hub forgets them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailAck {
    pub through: u64,
}

/// The hub's answer to a letter given to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostOutcome {
    /// False: the same letter had been given before, and nothing changed.
    pub stored: bool,
}

pub fn is_token(s: &str) -> bool {
    s.len() == 32
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_batch_reads_back_from_its_json() {
        let b = Batch {
            authority: "BE-FED".into(),
            upserts: vec![Upsert {
                record: "0".repeat(32),
                case: "1".repeat(32),
                version: 3,
                epoch: 1,
                payload: Payload::Identifier {
                    kind: "phone".into(),
                    token: "a".repeat(32),
                },
            }],
            deletes: vec![Delete {
                record: "2".repeat(32),
                version: 4,
            }],
        };
        let json = serde_json::to_string(&b).unwrap();
        assert!(json.contains(r#""type":"identifier""#), "{json}");
        assert_eq!(serde_json::from_str::<Batch>(&json).unwrap(), b);
    }

    #[test]
    fn unknown_fields_are_refused() {
        let e = serde_json::from_str::<Batch>(r#"{"authority":"X","name":"Khalid"}"#);
        assert!(e.unwrap_err().to_string().contains("unknown field `name`"));
    }

    #[test]
    fn tokens_are_32_lower_hex_digits() {
        assert!(is_token(&"0a".repeat(16)));
        assert!(!is_token(&"0A".repeat(16)));
        assert!(!is_token("0a"));
        assert!(!is_token(&"g".repeat(32)));
    }
}
