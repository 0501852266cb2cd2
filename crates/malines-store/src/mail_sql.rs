// The SQL of sealed letters, compiled once per backend (included by `lib.rs` into the modules
// `sqlite` and `postgres`). Portable SQL only; parameters always bound.

use malines_core::Result;
use sqlx::{Pool, Row};
use time::OffsetDateTime;

use crate::mail::{HubMailRow, LetterRow, Put, ThreadCount};
use crate::storage;

pub(crate) async fn hub_mail_put(pool: &Pool<Db>, row: &HubMailRow) -> Result<Put> {
    let existing: Option<String> = sqlx::query_scalar("SELECT digest FROM hub_mail WHERE id = $1")
        .bind(&row.id)
        .fetch_optional(pool)
        .await
        .map_err(storage)?;
    match existing {
        Some(d) if d == row.digest => return Ok(Put::Duplicate),
        Some(_) => {
            return Err(malines_core::Error::Conflict(format!(
                "letter {} was given before with another content",
                row.id
            )));
        }
        None => {}
    }
    let seq: i64 = sqlx::query_scalar(
        "INSERT INTO hub_mail (id, sender, recipient, envelope, digest, size, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING seq",
    )
    .bind(&row.id)
    .bind(&row.sender)
    .bind(&row.recipient)
    .bind(&row.envelope)
    .bind(&row.digest)
    .bind(row.size)
    .bind(row.received_at)
    .fetch_one(pool)
    .await
    .map_err(storage)?;
    Ok(Put::Stored(seq))
}

pub(crate) async fn hub_mail_for(
    pool: &Pool<Db>,
    recipient: &str,
    after: i64,
    limit: i64,
) -> Result<Vec<(i64, String)>> {
    sqlx::query_as(
        "SELECT seq, envelope FROM hub_mail WHERE recipient = $1 AND seq > $2 ORDER BY seq LIMIT $3",
    )
    .bind(recipient)
    .bind(after)
    .bind(limit)
    .fetch_all(pool)
    .await
    .map_err(storage)
}

pub(crate) async fn hub_mail_ack(pool: &Pool<Db>, recipient: &str, through: i64) -> Result<u64> {
    let r = sqlx::query("DELETE FROM hub_mail WHERE recipient = $1 AND seq <= $2")
        .bind(recipient)
        .bind(through)
        .execute(pool)
        .await
        .map_err(storage)?;
    Ok(r.rows_affected())
}

pub(crate) async fn hub_mail_waiting(pool: &Pool<Db>) -> Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM hub_mail")
        .fetch_one(pool)
        .await
        .map_err(storage)
}

/// `SELECT` of every letter column, then the rest of the query.
macro_rules! select_letters {
    ($rest:literal) => {
        concat!(
            "SELECT id, direction, counterpart, kind, thread, author, signed, signature, at,
                    envelope, sent_at, delivered_at, read_at, read_by FROM letters ",
            $rest
        )
    };
}

fn letter(r: &<Db as sqlx::Database>::Row) -> Result<LetterRow> {
    Ok(LetterRow {
        id: r.try_get("id").map_err(storage)?,
        direction: r.try_get("direction").map_err(storage)?,
        counterpart: r.try_get("counterpart").map_err(storage)?,
        kind: r.try_get("kind").map_err(storage)?,
        thread: r.try_get("thread").map_err(storage)?,
        author: r.try_get("author").map_err(storage)?,
        signed: r.try_get("signed").map_err(storage)?,
        signature: r.try_get("signature").map_err(storage)?,
        at: r.try_get("at").map_err(storage)?,
        envelope: r.try_get("envelope").map_err(storage)?,
        sent_at: r.try_get("sent_at").map_err(storage)?,
        delivered_at: r.try_get("delivered_at").map_err(storage)?,
        read_at: r.try_get("read_at").map_err(storage)?,
        read_by: r.try_get("read_by").map_err(storage)?,
    })
}

pub(crate) async fn letter_insert(pool: &Pool<Db>, l: &LetterRow) -> Result<bool> {
    let r = sqlx::query(
        "INSERT INTO letters (id, direction, counterpart, kind, thread, author, signed, signature,
                              at, envelope, sent_at, delivered_at, read_at, read_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         ON CONFLICT (id) DO NOTHING",
    )
    .bind(&l.id)
    .bind(&l.direction)
    .bind(&l.counterpart)
    .bind(&l.kind)
    .bind(&l.thread)
    .bind(&l.author)
    .bind(&l.signed)
    .bind(&l.signature)
    .bind(l.at)
    .bind(&l.envelope)
    .bind(l.sent_at)
    .bind(l.delivered_at)
    .bind(l.read_at)
    .bind(&l.read_by)
    .execute(pool)
    .await
    .map_err(storage)?;
    Ok(r.rows_affected() == 1)
}

pub(crate) async fn letter_get(pool: &Pool<Db>, id: &str) -> Result<Option<LetterRow>> {
    let row = sqlx::query(select_letters!("WHERE id = $1"))
        .bind(id)
        .fetch_optional(pool)
        .await
        .map_err(storage)?;
    row.as_ref().map(letter).transpose()
}

pub(crate) async fn letters_to_send(pool: &Pool<Db>, limit: i64) -> Result<Vec<LetterRow>> {
    let rows = sqlx::query(select_letters!(
        "WHERE direction = 'out' AND sent_at IS NULL ORDER BY at, id LIMIT $1"
    ))
        .bind(limit)
        .fetch_all(pool)
        .await
        .map_err(storage)?;
    rows.iter().map(letter).collect()
}

pub(crate) async fn letter_sent(pool: &Pool<Db>, id: &str, at: OffsetDateTime) -> Result<()> {
    sqlx::query("UPDATE letters SET sent_at = $2, envelope = NULL WHERE id = $1 AND direction = 'out'")
        .bind(id)
        .bind(at)
        .execute(pool)
        .await
        .map_err(storage)?;
    Ok(())
}

pub(crate) async fn letter_receipt(
    pool: &Pool<Db>,
    id: &str,
    delivered_at: Option<OffsetDateTime>,
    read_at: Option<OffsetDateTime>,
    read_by: Option<&str>,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE letters SET
             delivered_at = COALESCE(delivered_at, $2),
             read_at = COALESCE(read_at, $3),
             read_by = COALESCE(read_by, $4)
         WHERE id = $1 AND direction = 'out'",
    )
    .bind(id)
    .bind(delivered_at)
    .bind(read_at)
    .bind(read_by)
    .execute(pool)
    .await
    .map_err(storage)?;
    Ok(r.rows_affected() == 1)
}

pub(crate) async fn letter_first_read(
    pool: &Pool<Db>,
    id: &str,
    by: &str,
    at: OffsetDateTime,
) -> Result<bool> {
    let r = sqlx::query(
        "UPDATE letters SET read_at = $3, read_by = $2
         WHERE id = $1 AND direction = 'in' AND read_at IS NULL",
    )
    .bind(id)
    .bind(by)
    .bind(at)
    .execute(pool)
    .await
    .map_err(storage)?;
    Ok(r.rows_affected() == 1)
}

pub(crate) async fn letters_in_thread(pool: &Pool<Db>, thread: &str) -> Result<Vec<LetterRow>> {
    let rows = sqlx::query(select_letters!("WHERE thread = $1 ORDER BY at, id"))
        .bind(thread)
        .fetch_all(pool)
        .await
        .map_err(storage)?;
    rows.iter().map(letter).collect()
}

pub(crate) async fn letters_of_kinds(pool: &Pool<Db>, kinds: &[String]) -> Result<Vec<LetterRow>> {
    let rows = sqlx::query(select_letters!("ORDER BY at DESC, id"))
        .fetch_all(pool)
        .await
        .map_err(storage)?;
    let mut out = Vec::new();
    for r in &rows {
        let mut l = letter(r)?;
        if kinds.contains(&l.kind) {
            l.envelope = None;
            out.push(l);
        }
    }
    Ok(out)
}

pub(crate) async fn mail_cursor(pool: &Pool<Db>) -> Result<i64> {
    super::federation::state_number(pool, "mail_cursor").await
}

pub(crate) async fn set_mail_cursor(pool: &Pool<Db>, cursor: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO node_state (name, value) VALUES ('mail_cursor', $1)
         ON CONFLICT (name) DO UPDATE SET value = excluded.value",
    )
    .bind(cursor.to_string())
    .execute(pool)
    .await
    .map_err(storage)?;
    Ok(())
}

pub(crate) async fn thread_counts(pool: &Pool<Db>, kind: &str) -> Result<Vec<ThreadCount>> {
    let rows = sqlx::query(
        "SELECT thread, COUNT(*) AS letters,
                SUM(CASE WHEN direction = 'in' AND read_at IS NULL THEN 1 ELSE 0 END) AS unread,
                MAX(at) AS last_at
         FROM letters WHERE kind = $1 GROUP BY thread ORDER BY thread",
    )
    .bind(kind)
    .fetch_all(pool)
    .await
    .map_err(storage)?;
    rows.iter()
        .map(|r| {
            Ok(ThreadCount {
                thread: r.try_get("thread").map_err(storage)?,
                letters: r.try_get("letters").map_err(storage)?,
                unread: r.try_get::<Option<i64>, _>("unread").map_err(storage)?.unwrap_or(0),
                last_at: r.try_get("last_at").map_err(storage)?,
            })
        })
        .collect()
}
