// The SQL of the federation tables (hub and node), compiled once per backend like
// `queries.rs`: included by `lib.rs` into the modules `sqlite` and `postgres`. Only portable
// SQL goes here; parameters are always bound.

use malines_core::Result;
use sqlx::{Pool, Row};
use time::OffsetDateTime;

use crate::fed::{HubLinkRow, HubRecordRow, HubWrite, NodeLinkRow, OutboxRow};
use crate::storage;

pub(crate) async fn hub_records(pool: &Pool<Db>) -> Result<Vec<HubRecordRow>> {
    let rows = sqlx::query(
        "SELECT slot, authority, record, case_token, version, epoch, payload FROM hub_records
         ORDER BY slot",
    )
    .fetch_all(pool)
    .await
    .map_err(storage)?;
    rows.iter()
        .map(|r| {
            Ok(HubRecordRow {
                slot: r.try_get("slot").map_err(storage)?,
                authority: r.try_get("authority").map_err(storage)?,
                record: r.try_get("record").map_err(storage)?,
                case_token: r.try_get("case_token").map_err(storage)?,
                version: r.try_get("version").map_err(storage)?,
                epoch: r.try_get("epoch").map_err(storage)?,
                payload: r.try_get("payload").map_err(storage)?,
            })
        })
        .collect()
}

pub(crate) async fn hub_links(pool: &Pool<Db>) -> Result<Vec<HubLinkRow>> {
    let rows = sqlx::query(
        "SELECT id, a_authority, a_case, b_authority, b_case, active, evidence FROM hub_links
         ORDER BY id",
    )
    .fetch_all(pool)
    .await
    .map_err(storage)?;
    rows.iter()
        .map(|r| {
            Ok(HubLinkRow {
                id: r.try_get("id").map_err(storage)?,
                a_authority: r.try_get("a_authority").map_err(storage)?,
                a_case: r.try_get("a_case").map_err(storage)?,
                b_authority: r.try_get("b_authority").map_err(storage)?,
                b_case: r.try_get("b_case").map_err(storage)?,
                active: r.try_get("active").map_err(storage)?,
                evidence: r.try_get("evidence").map_err(storage)?,
            })
        })
        .collect()
}

/// Writes records, links and events in one transaction; returns the last event's sequence
/// number (0 if there was none).
pub(crate) async fn hub_write(pool: &Pool<Db>, w: &HubWrite, now: OffsetDateTime) -> Result<i64> {
    let mut tx = pool.begin_with(BEGIN_WRITE).await.map_err(storage)?;
    // Many rows per statement: a batch of thousands of records is written in a few round
    // trips instead of one per record. Rows are keyed by the hub's own numbers, given in
    // order of arrival, so new records are appended: a key of random record tokens made
    // every batch rewrite most pages of its index.
    for chunk in w.records.chunks(500) {
        let mut q = sqlx::QueryBuilder::<Db>::new(
            "INSERT INTO hub_records (slot, authority, record, case_token, version, epoch, payload, updated_at) ",
        );
        q.push_values(chunk, |mut b, r| {
            b.push_bind(r.slot)
                .push_bind(&r.authority)
                .push_bind(&r.record)
                .push_bind(&r.case_token)
                .push_bind(r.version)
                .push_bind(r.epoch)
                .push_bind(&r.payload)
                .push_bind(now);
        });
        // A row number held by another record is refused, not overwritten: the statement
        // then changes fewer rows than it has, and the transaction is abandoned.
        q.push(
            " ON CONFLICT (slot) DO UPDATE SET
                case_token = excluded.case_token, version = excluded.version,
                epoch = excluded.epoch, payload = excluded.payload,
                updated_at = excluded.updated_at
              WHERE hub_records.authority = excluded.authority
                AND hub_records.record = excluded.record",
        );
        let done = q
            .build()
            .execute(&mut *tx)
            .await
            .map_err(storage)?
            .rows_affected();
        if done != chunk.len() as u64 {
            return Err(malines_core::Error::Storage(format!(
                "hub_records: {} of {} rows written; a row number is held by another record",
                done,
                chunk.len()
            )));
        }
    }
    // Links and events too: a batch of thousands of records makes hundreds of each. A write
    // holds each link once (one per pair of cases), as one statement requires.
    for chunk in w.links.chunks(500) {
        let mut q = sqlx::QueryBuilder::<Db>::new(
            "INSERT INTO hub_links (id, a_authority, a_case, b_authority, b_case, active, evidence,
                created_at, updated_at) ",
        );
        q.push_values(chunk, |mut b, l| {
            b.push_bind(&l.id)
                .push_bind(&l.a_authority)
                .push_bind(&l.a_case)
                .push_bind(&l.b_authority)
                .push_bind(&l.b_case)
                .push_bind(l.active)
                .push_bind(&l.evidence)
                .push_bind(now)
                .push_bind(now);
        });
        q.push(
            " ON CONFLICT (id) DO UPDATE SET
                active = excluded.active, evidence = excluded.evidence,
                updated_at = excluded.updated_at",
        );
        q.build().execute(&mut *tx).await.map_err(storage)?;
    }
    // The rows of one statement take their sequence numbers in the order of its values, so
    // each feed keeps the order of the events.
    let mut last = 0;
    for chunk in w.events.chunks(1000) {
        let mut q =
            sqlx::QueryBuilder::<Db>::new("INSERT INTO hub_events (authority, body, created_at) ");
        q.push_values(chunk, |mut b, e| {
            b.push_bind(&e.authority).push_bind(&e.body).push_bind(now);
        });
        q.push(" RETURNING seq");
        let seqs: Vec<i64> = q
            .build_query_scalar()
            .fetch_all(&mut *tx)
            .await
            .map_err(storage)?;
        last = seqs.into_iter().fold(last, i64::max);
    }
    tx.commit().await.map_err(storage)?;
    Ok(last)
}

/// A member's events after `after`, oldest first.
pub(crate) async fn hub_events(
    pool: &Pool<Db>,
    authority: &str,
    after: i64,
    limit: i64,
) -> Result<Vec<(i64, String)>> {
    sqlx::query_as(
        "SELECT seq, body FROM hub_events WHERE authority = $1 AND seq > $2 ORDER BY seq LIMIT $3",
    )
    .bind(authority)
    .bind(after)
    .bind(limit)
    .fetch_all(pool)
    .await
    .map_err(storage)
}

fn outbox_row(r: &<Db as sqlx::Database>::Row) -> Result<OutboxRow> {
    Ok(OutboxRow {
        record: r.try_get("record").map_err(storage)?,
        case_ref: r.try_get("case_ref").map_err(storage)?,
        case_token: r.try_get("case_token").map_err(storage)?,
        kind: r.try_get("kind").map_err(storage)?,
        label: r.try_get("label").map_err(storage)?,
        payload: r.try_get("payload").map_err(storage)?,
        digest: r.try_get("digest").map_err(storage)?,
        epoch: r.try_get("epoch").map_err(storage)?,
        version: r.try_get("version").map_err(storage)?,
        pending: r.try_get("pending").map_err(storage)?,
        refused: r.try_get("refused").map_err(storage)?,
    })
}

pub(crate) async fn outbox_rows(pool: &Pool<Db>) -> Result<Vec<OutboxRow>> {
    let rows = sqlx::query(
        "SELECT record, case_ref, case_token, kind, label, payload, digest, epoch, version, pending,
                refused
         FROM node_outbox ORDER BY case_ref, record",
    )
    .fetch_all(pool)
    .await
    .map_err(storage)?;
    rows.iter().map(outbox_row).collect()
}

/// Record → (case reference, case token, label), without the payloads: what a node needs
/// to name its records in links.
pub(crate) async fn outbox_labels(pool: &Pool<Db>) -> Result<Vec<(String, String, String, String)>> {
    sqlx::query_as("SELECT record, case_ref, case_token, label FROM node_outbox")
        .fetch_all(pool)
        .await
        .map_err(storage)
}

pub(crate) async fn outbox_pending(pool: &Pool<Db>, limit: i64) -> Result<Vec<OutboxRow>> {
    let rows = sqlx::query(
        "SELECT record, case_ref, case_token, kind, label, payload, digest, epoch, version, pending,
                refused
         FROM node_outbox WHERE pending ORDER BY updated_at, record LIMIT $1",
    )
    .bind(limit)
    .fetch_all(pool)
    .await
    .map_err(storage)?;
    rows.iter().map(outbox_row).collect()
}

pub(crate) async fn case_sync(pool: &Pool<Db>) -> Result<Vec<(String, String)>> {
    sqlx::query_as("SELECT case_ref, planned FROM node_case_sync ORDER BY case_ref")
        .fetch_all(pool)
        .await
        .map_err(storage)
}

/// Writes the planned rows of cases and the case versions they were planned from, in one
/// transaction. A `None` version forgets the case (it was deleted).
pub(crate) async fn outbox_plan(
    pool: &Pool<Db>,
    rows: &[OutboxRow],
    cases: &[(String, Option<String>)],
    now: OffsetDateTime,
) -> Result<()> {
    let mut tx = pool.begin_with(BEGIN_WRITE).await.map_err(storage)?;
    for r in rows {
        sqlx::query(
            "INSERT INTO node_outbox (record, case_ref, case_token, kind, label, payload, digest,
                version, pending, updated_at, epoch)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
             ON CONFLICT (record) DO UPDATE SET
                case_ref = excluded.case_ref, case_token = excluded.case_token,
                kind = excluded.kind, label = excluded.label, payload = excluded.payload,
                digest = excluded.digest, version = excluded.version, epoch = excluded.epoch,
                refused = NULL,
                pending = excluded.pending, updated_at = excluded.updated_at",
        )
        .bind(&r.record)
        .bind(&r.case_ref)
        .bind(&r.case_token)
        .bind(&r.kind)
        .bind(&r.label)
        .bind(&r.payload)
        .bind(&r.digest)
        .bind(r.version)
        .bind(r.pending)
        .bind(now)
        .bind(r.epoch)
        .execute(&mut *tx)
        .await
        .map_err(storage)?;
    }
    for (case_ref, version) in cases {
        match version {
            Some(v) => {
                sqlx::query(
                    "INSERT INTO node_case_sync (case_ref, planned) VALUES ($1, $2)
                     ON CONFLICT (case_ref) DO UPDATE SET planned = excluded.planned",
                )
                .bind(case_ref)
                .bind(v)
                .execute(&mut *tx)
                .await
                .map_err(storage)?;
            }
            None => {
                sqlx::query("DELETE FROM node_case_sync WHERE case_ref = $1")
                    .bind(case_ref)
                    .execute(&mut *tx)
                    .await
                    .map_err(storage)?;
            }
        }
    }
    tx.commit().await.map_err(storage)
}

/// Marks pushed rows as acknowledged by the hub, unless they were planned again since (a
/// higher version is still pending).
pub(crate) async fn outbox_acknowledge(pool: &Pool<Db>, acked: &[(String, i64)]) -> Result<()> {
    let mut tx = pool.begin_with(BEGIN_WRITE).await.map_err(storage)?;
    for (record, version) in acked {
        sqlx::query("UPDATE node_outbox SET pending = FALSE WHERE record = $1 AND version = $2")
            .bind(record)
            .bind(version)
            .execute(&mut *tx)
            .await
            .map_err(storage)?;
    }
    tx.commit().await.map_err(storage)
}

/// Stores links read from the feed and the new cursor, in one transaction: a crash between
/// the two cannot lose or repeat an event.
pub(crate) async fn node_apply_feed(
    pool: &Pool<Db>,
    links: &[NodeLinkRow],
    cursor: i64,
    now: OffsetDateTime,
) -> Result<()> {
    let mut tx = pool.begin_with(BEGIN_WRITE).await.map_err(storage)?;
    for l in links {
        // A link made again after a retraction is new again for its users.
        sqlx::query(
            "INSERT INTO node_links (id, case_token, other_authority, other_case, active, score,
                evidence, status, reason, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, $9, $9)
             ON CONFLICT (id) DO UPDATE SET
                active = excluded.active, score = excluded.score, evidence = excluded.evidence,
                status = CASE WHEN excluded.active AND NOT node_links.active THEN excluded.status
                              ELSE node_links.status END,
                reason = CASE WHEN excluded.active AND NOT node_links.active THEN NULL
                              ELSE node_links.reason END,
                updated_at = excluded.updated_at",
        )
        .bind(&l.id)
        .bind(&l.case_token)
        .bind(&l.other_authority)
        .bind(&l.other_case)
        .bind(l.active)
        .bind(l.score)
        .bind(&l.evidence)
        .bind(&l.status)
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(storage)?;
    }
    sqlx::query(
        "INSERT INTO node_state (name, value) VALUES ('feed_cursor', $1)
         ON CONFLICT (name) DO UPDATE SET value = excluded.value",
    )
    .bind(cursor.to_string())
    .execute(&mut *tx)
    .await
    .map_err(storage)?;
    tx.commit().await.map_err(storage)
}

/// Sets a row the hub refused aside, with the hub's reason, unless it was planned again since.
pub(crate) async fn outbox_refuse(
    pool: &Pool<Db>,
    record: &str,
    version: i64,
    reason: &str,
) -> Result<()> {
    sqlx::query(
        "UPDATE node_outbox SET pending = FALSE, refused = $3 WHERE record = $1 AND version = $2",
    )
    .bind(record)
    .bind(version)
    .bind(reason)
    .execute(pool)
    .await
    .map_err(storage)?;
    Ok(())
}

/// After a restore of either database: every row is to be sent again, above any version the
/// hub may hold, and the feed read again from its start. One transaction.
pub(crate) async fn node_resync(pool: &Pool<Db>) -> Result<u64> {
    let mut tx = pool.begin_with(BEGIN_WRITE).await.map_err(storage)?;
    let done = sqlx::query(
        "UPDATE node_outbox SET pending = TRUE, version = version + 1, refused = NULL",
    )
    .execute(&mut *tx)
    .await
    .map_err(storage)?;
    sqlx::query("DELETE FROM node_state WHERE name = 'feed_cursor'")
        .execute(&mut *tx)
        .await
        .map_err(storage)?;
    tx.commit().await.map_err(storage)?;
    Ok(done.rows_affected())
}

pub(crate) async fn outbox_refused_count(pool: &Pool<Db>) -> Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM node_outbox WHERE refused IS NOT NULL")
        .fetch_one(pool)
        .await
        .map_err(storage)
}

pub(crate) async fn outbox_pending_count(pool: &Pool<Db>) -> Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM node_outbox WHERE pending")
        .fetch_one(pool)
        .await
        .map_err(storage)
}

pub(crate) async fn node_cursor(pool: &Pool<Db>) -> Result<i64> {
    state_number(pool, "feed_cursor").await
}

/// A number kept in `node_state` (a cursor); 0 when it was never set.
pub(crate) async fn state_number(pool: &Pool<Db>, name: &str) -> Result<i64> {
    let v: Option<String> = sqlx::query_scalar("SELECT value FROM node_state WHERE name = $1")
        .bind(name)
        .fetch_optional(pool)
        .await
        .map_err(storage)?;
    match v {
        None => Ok(0),
        Some(s) => s
            .parse()
            .map_err(|_| crate::corrupt(name, format!("`{s}` is not a number"))),
    }
}

pub(crate) async fn node_links(pool: &Pool<Db>) -> Result<Vec<NodeLinkRow>> {
    let rows = sqlx::query(
        "SELECT id, case_token, other_authority, other_case, active, score, evidence, status,
                reason, status_by, status_at, created_at, updated_at
         FROM node_links ORDER BY created_at DESC, id",
    )
    .fetch_all(pool)
    .await
    .map_err(storage)?;
    rows.iter()
        .map(|r| {
            Ok(NodeLinkRow {
                id: r.try_get("id").map_err(storage)?,
                case_token: r.try_get("case_token").map_err(storage)?,
                other_authority: r.try_get("other_authority").map_err(storage)?,
                other_case: r.try_get("other_case").map_err(storage)?,
                active: r.try_get("active").map_err(storage)?,
                score: r.try_get("score").map_err(storage)?,
                evidence: r.try_get("evidence").map_err(storage)?,
                status: r.try_get("status").map_err(storage)?,
                reason: r.try_get("reason").map_err(storage)?,
                status_by: r.try_get("status_by").map_err(storage)?,
                status_at: r.try_get("status_at").map_err(storage)?,
                created_at: r.try_get("created_at").map_err(storage)?,
                updated_at: r.try_get("updated_at").map_err(storage)?,
            })
        })
        .collect()
}

/// Sets how a link is handled (`seen`, `followed_up`, `dismissed` with its reason), by whom;
/// false if there is no such link.
pub(crate) async fn node_link_set_status(
    pool: &Pool<Db>,
    id: &str,
    status: &str,
    reason: Option<&str>,
    by: &str,
    now: OffsetDateTime,
) -> Result<bool> {
    let n = sqlx::query(
        "UPDATE node_links SET status = $2, reason = $3, status_by = $4, status_at = $5
         WHERE id = $1",
    )
    .bind(id)
    .bind(status)
    .bind(reason)
    .bind(by)
    .bind(now)
    .execute(pool)
    .await
    .map_err(storage)?
    .rows_affected();
    Ok(n == 1)
}
