//! Storage of sealed letters (SPEC §5, §6): the hub's mailboxes, which hold ciphertext until
//! the recipient has it, and each member's record of the letters it sent and received. The
//! SQL is in `src/mail_sql.rs`, compiled for both backends.

use malines_core::Result;
use time::OffsetDateTime;

use crate::{Store, postgres, sqlite};

/// A letter waiting at the hub.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HubMailRow {
    pub id: String,
    pub sender: String,
    pub recipient: String,
    /// The envelope's JSON.
    pub envelope: String,
    pub digest: String,
    pub size: i64,
    pub received_at: OffsetDateTime,
}

/// What became of a letter the hub was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Put {
    /// Stored, with its place in the recipient's mailbox.
    Stored(i64),
    /// The same letter was given before: nothing changed.
    Duplicate,
}

/// A letter a member sent or received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterRow {
    pub id: String,
    /// `in` or `out`.
    pub direction: String,
    pub counterpart: String,
    pub kind: String,
    pub thread: String,
    pub author: String,
    /// Base64 of the signed bytes.
    pub signed: String,
    /// Base64 of the Ed25519 signature.
    pub signature: String,
    pub at: OffsetDateTime,
    /// An outgoing letter's envelope (JSON), until the hub has it.
    pub envelope: Option<String>,
    pub sent_at: Option<OffsetDateTime>,
    pub delivered_at: Option<OffsetDateTime>,
    pub read_at: Option<OffsetDateTime>,
    pub read_by: Option<String>,
}

/// How many letters of one kind a thread holds, how many of them came in and were not read
/// yet, and when the last was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadCount {
    pub thread: String,
    pub letters: i64,
    pub unread: i64,
    pub last_at: OffsetDateTime,
}

macro_rules! both {
    ($self:ident, $f:ident ( $($arg:expr),* )) => {
        match $self {
            Store::Sqlite(p) => sqlite::mail::$f(p, $($arg),*).await,
            Store::Postgres(p) => postgres::mail::$f(p, $($arg),*).await,
        }
    };
}

impl Store {
    /// Takes a letter into its recipient's mailbox. The same id with another content is a
    /// [`malines_core::Error::Conflict`].
    pub async fn hub_mail_put(&self, row: &HubMailRow) -> Result<Put> {
        both!(self, hub_mail_put(row))
    }

    /// A recipient's letters after `after`, oldest first: (place, envelope JSON).
    pub async fn hub_mail_for(
        &self,
        recipient: &str,
        after: i64,
        limit: i64,
    ) -> Result<Vec<(i64, String)>> {
        both!(self, hub_mail_for(recipient, after, limit))
    }

    /// Forgets a recipient's letters up to `through`, which it confirmed it has; how many.
    pub async fn hub_mail_ack(&self, recipient: &str, through: i64) -> Result<u64> {
        both!(self, hub_mail_ack(recipient, through))
    }

    /// Letters waiting at the hub, in all.
    pub async fn hub_mail_waiting(&self) -> Result<i64> {
        both!(self, hub_mail_waiting())
    }

    /// Records a letter; false if one with its id is there already (a second delivery).
    pub async fn letter_insert(&self, row: &LetterRow) -> Result<bool> {
        both!(self, letter_insert(row))
    }

    pub async fn letter_get(&self, id: &str) -> Result<Option<LetterRow>> {
        both!(self, letter_get(id))
    }

    /// Outgoing letters the hub has not taken yet, oldest first.
    pub async fn letters_to_send(&self, limit: i64) -> Result<Vec<LetterRow>> {
        both!(self, letters_to_send(limit))
    }

    /// The hub took an outgoing letter: its envelope is no longer kept.
    pub async fn letter_sent(&self, id: &str, at: OffsetDateTime) -> Result<()> {
        both!(self, letter_sent(id, at))
    }

    /// A receipt for an outgoing letter: delivered, or read by someone. Earlier times stay.
    pub async fn letter_receipt(
        &self,
        id: &str,
        delivered_at: Option<OffsetDateTime>,
        read_at: Option<OffsetDateTime>,
        read_by: Option<&str>,
    ) -> Result<bool> {
        both!(self, letter_receipt(id, delivered_at, read_at, read_by))
    }

    /// An incoming letter read here for the first time; false if it was read before.
    pub async fn letter_first_read(&self, id: &str, by: &str, at: OffsetDateTime) -> Result<bool> {
        both!(self, letter_first_read(id, by, at))
    }

    /// The letters of a thread, oldest first.
    pub async fn letters_in_thread(&self, thread: &str) -> Result<Vec<LetterRow>> {
        both!(self, letters_in_thread(thread))
    }

    /// Every letter of the given kinds, newest first, without their envelopes.
    pub async fn letters_of_kinds(&self, kinds: &[&str]) -> Result<Vec<LetterRow>> {
        let kinds: Vec<String> = kinds.iter().map(|k| k.to_string()).collect();
        both!(self, letters_of_kinds(&kinds))
    }

    /// Per thread, the letters of `kind` (e.g. `message`), the unread ones among those
    /// received, and the time of the last.
    pub async fn thread_counts(&self, kind: &str) -> Result<Vec<ThreadCount>> {
        both!(self, thread_counts(kind))
    }

    /// The place in the hub's mailbox up to which this member has its letters.
    pub async fn mail_cursor(&self) -> Result<i64> {
        both!(self, mail_cursor())
    }

    pub async fn set_mail_cursor(&self, cursor: i64) -> Result<()> {
        both!(self, set_mail_cursor(cursor))
    }
}
