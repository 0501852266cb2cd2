//! Storage of the federation: the hub's records, links and feeds, and a node's outbox and
//! links. Rows are plain values (tokens, JSON text, versions); what they mean is the hub's
//! and the node's business. Each method runs the same SQL on both backends
//! (`src/federation.rs`).

use malines_core::Result;
use time::OffsetDateTime;

use crate::{Store, postgres, sqlite};

/// A record at the hub. `payload` is the JSON of the encoded record; `None` once deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HubRecordRow {
    /// The row's number, given by the hub in the order records first arrive: the key of
    /// the table. (The hub, the only writer, keeps one row per authority and record.)
    pub slot: i64,
    pub authority: String,
    pub record: String,
    pub case_token: String,
    pub version: i64,
    pub epoch: i64,
    pub payload: Option<String>,
}

/// A link at the hub, between (a_authority, a_case) < (b_authority, b_case).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HubLinkRow {
    pub id: String,
    pub a_authority: String,
    pub a_case: String,
    pub b_authority: String,
    pub b_case: String,
    pub active: bool,
    /// JSON list of the matching pairs, from a's side.
    pub evidence: String,
}

/// An event for one member's feed (the JSON of the event without its sequence number).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HubEventRow {
    pub authority: String,
    pub body: String,
}

/// What one batch changes at the hub, written in one transaction.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HubWrite {
    pub records: Vec<HubRecordRow>,
    pub links: Vec<HubLinkRow>,
    pub events: Vec<HubEventRow>,
}

impl HubWrite {
    pub fn is_empty(&self) -> bool {
        self.records.is_empty() && self.links.is_empty() && self.events.is_empty()
    }

    /// About how many bytes it writes (tokens, payloads, evidence and event bodies).
    pub fn size(&self) -> usize {
        let records: usize = self
            .records
            .iter()
            .map(|r| {
                r.record.len() + r.case_token.len() + r.payload.as_ref().map_or(0, String::len)
            })
            .sum();
        let links: usize = self
            .links
            .iter()
            .map(|l| l.id.len() + l.evidence.len())
            .sum();
        let events: usize = self.events.iter().map(|e| e.body.len()).sum();
        records + links + events
    }
}

/// A row of a node's outbox: a record the hub has or should have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub record: String,
    pub case_ref: String,
    pub case_token: String,
    /// `person`, `organisation` or the identifier kind.
    pub kind: String,
    /// What the record is, for the node's users only (`P1`, `phone +32470123456`).
    pub label: String,
    /// The JSON of the encoded payload; `None`: the hub must delete the record.
    pub payload: Option<String>,
    /// Digest of the payload, to see whether a case change changed this record.
    pub digest: String,
    /// Epoch of the linkage secret the payload was encoded under.
    pub epoch: i64,
    pub version: i64,
    /// Not yet acknowledged by the hub.
    pub pending: bool,
    /// Why the hub refused this version; `None` unless it did.
    pub refused: Option<String>,
}

/// A link as a node keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeLinkRow {
    pub id: String,
    pub case_token: String,
    pub other_authority: String,
    pub other_case: String,
    pub active: bool,
    pub score: f64,
    /// JSON list of the matching pairs, from this node's side.
    pub evidence: String,
    /// `new`, `seen`, `followed_up` or `dismissed`.
    pub status: String,
    pub reason: Option<String>,
    /// Who last set `status`, and when (`None` while the link is new).
    pub status_by: Option<String>,
    pub status_at: Option<OffsetDateTime>,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

macro_rules! both {
    ($self:ident, $f:ident ( $($arg:expr),* )) => {
        match $self {
            Store::Sqlite(p) => sqlite::federation::$f(p, $($arg),*).await,
            Store::Postgres(p) => postgres::federation::$f(p, $($arg),*).await,
        }
    };
}

impl Store {
    /// Every record the hub holds, deleted ones included.
    pub async fn hub_records(&self) -> Result<Vec<HubRecordRow>> {
        both!(self, hub_records())
    }

    pub async fn hub_links(&self) -> Result<Vec<HubLinkRow>> {
        both!(self, hub_links())
    }

    /// Writes a batch's records, links and events in one transaction; the last event's
    /// sequence number, or 0.
    pub async fn hub_write(&self, w: &HubWrite, now: OffsetDateTime) -> Result<i64> {
        both!(self, hub_write(w, now))
    }

    /// A member's events after `after`, oldest first, at most `limit`.
    pub async fn hub_events(
        &self,
        authority: &str,
        after: i64,
        limit: i64,
    ) -> Result<Vec<(i64, String)>> {
        both!(self, hub_events(authority, after, limit))
    }

    pub async fn outbox_rows(&self) -> Result<Vec<OutboxRow>> {
        both!(self, outbox_rows())
    }

    /// (record, case reference, case token, label) of every outbox row, without payloads.
    pub async fn outbox_labels(&self) -> Result<Vec<(String, String, String, String)>> {
        both!(self, outbox_labels())
    }

    pub async fn outbox_pending(&self, limit: i64) -> Result<Vec<OutboxRow>> {
        both!(self, outbox_pending(limit))
    }

    /// What each case was last planned from (an opaque key made by the node).
    pub async fn case_sync(&self) -> Result<Vec<(String, String)>> {
        both!(self, case_sync())
    }

    /// Writes planned outbox rows and the case versions they come from, in one transaction.
    pub async fn outbox_plan(
        &self,
        rows: &[OutboxRow],
        cases: &[(String, Option<String>)],
        now: OffsetDateTime,
    ) -> Result<()> {
        both!(self, outbox_plan(rows, cases, now))
    }

    /// Marks (record, version) pairs as acknowledged by the hub.
    pub async fn outbox_acknowledge(&self, acked: &[(String, i64)]) -> Result<()> {
        both!(self, outbox_acknowledge(acked))
    }

    /// Stores links from the feed and the new cursor, in one transaction.
    pub async fn node_apply_feed(
        &self,
        links: &[NodeLinkRow],
        cursor: i64,
        now: OffsetDateTime,
    ) -> Result<()> {
        both!(self, node_apply_feed(links, cursor, now))
    }

    /// Sets aside a row the hub refused (the version given), with the hub's reason.
    pub async fn outbox_refuse(&self, record: &str, version: i64, reason: &str) -> Result<()> {
        both!(self, outbox_refuse(record, version, reason))
    }

    /// Marks every outbox row to be sent again (with a raised version) and forgets the feed
    /// cursor, in one transaction: after a restore of the hub's or the node's database.
    /// Returns the number of rows.
    pub async fn node_resync(&self) -> Result<u64> {
        both!(self, node_resync())
    }

    /// How many outbox rows the hub refused.
    pub async fn outbox_refused_count(&self) -> Result<i64> {
        both!(self, outbox_refused_count())
    }

    /// How many outbox rows wait for the hub.
    pub async fn outbox_pending_count(&self) -> Result<i64> {
        both!(self, outbox_pending_count())
    }

    pub async fn node_cursor(&self) -> Result<i64> {
        both!(self, node_cursor())
    }

    pub async fn node_links(&self) -> Result<Vec<NodeLinkRow>> {
        both!(self, node_links())
    }

    /// Sets how users handle a link; false if there is no such link.
    pub async fn node_link_set_status(
        &self,
        id: &str,
        status: &str,
        reason: Option<&str>,
        by: &str,
        now: OffsetDateTime,
    ) -> Result<bool> {
        both!(self, node_link_set_status(id, status, reason, by, now))
    }
}
