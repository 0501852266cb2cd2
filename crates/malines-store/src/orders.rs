//! Storage of disclosure and preservation orders (SPEC §6), issued at an authority or
//! received at a provider. The SQL is in `src/orders_sql.rs`, compiled for both backends.

use malines_core::Result;
use time::OffsetDateTime;

use crate::{Store, postgres, sqlite};

/// An order as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderRow {
    pub id: String,
    /// `issued` or `received`.
    pub side: String,
    pub reference: String,
    pub counterpart: String,
    pub case_ref: Option<String>,
    pub status: String,
    pub urgency: String,
    /// `OrderData` as JSON.
    pub data: String,
    pub created_by: String,
    pub created_at: OffsetDateTime,
    pub validated_by: Option<String>,
    pub validated_at: Option<OffsetDateTime>,
    pub document: Option<String>,
    pub letter: Option<String>,
    pub sent_at: Option<OffsetDateTime>,
    pub received_at: Option<OffsetDateTime>,
    pub acknowledged_at: Option<OffsetDateTime>,
    pub answered_at: Option<OffsetDateTime>,
    pub closed_at: Option<OffsetDateTime>,
    pub escalated_at: Option<OffsetDateTime>,
    pub answer: Option<String>,
    pub verdict: Option<String>,
    pub version: i64,
}

/// One step of an order's life.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderEventRow {
    pub order_id: String,
    pub seq: i64,
    pub at: OffsetDateTime,
    pub actor: String,
    pub step: String,
    pub detail: String,
}

macro_rules! both {
    ($self:ident, $f:ident ( $($arg:expr),* )) => {
        match $self {
            Store::Sqlite(p) => sqlite::orders::$f(p, $($arg),*).await,
            Store::Postgres(p) => postgres::orders::$f(p, $($arg),*).await,
        }
    };
}

impl Store {
    /// Records a new order and its first step; a [`malines_core::Error::Conflict`] if its id,
    /// or its reference with the same counterpart, exists.
    pub async fn order_insert(&self, row: &OrderRow, first: &OrderEventRow) -> Result<()> {
        both!(self, order_insert(row, first))
    }

    pub async fn order_get(&self, id: &str) -> Result<Option<OrderRow>> {
        both!(self, order_get(id))
    }

    /// The orders of one side, newest first.
    pub async fn orders(&self, side: &str) -> Result<Vec<OrderRow>> {
        both!(self, orders(side))
    }

    /// Writes an order's new state and its step, if nobody changed it since `row.version - 1`
    /// was read; false if someone did (nothing is written then).
    pub async fn order_step(&self, row: &OrderRow, event: &OrderEventRow) -> Result<bool> {
        both!(self, order_step(row, event))
    }

    pub async fn order_events(&self, id: &str) -> Result<Vec<OrderEventRow>> {
        both!(self, order_events(id))
    }
}
