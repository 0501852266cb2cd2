// The SQL of orders, compiled once per backend (included by `lib.rs` into the modules
// `sqlite` and `postgres`). Portable SQL only; parameters always bound.

use malines_core::Result;
use sqlx::{Pool, Row};

use crate::orders::{OrderEventRow, OrderRow};
use crate::storage;

macro_rules! select_orders {
    ($rest:literal) => {
        concat!(
            "SELECT id, side, reference, counterpart, case_ref, status, urgency, data, created_by,
                    created_at, validated_by, validated_at, document, letter, sent_at, received_at,
                    acknowledged_at, answered_at, closed_at, escalated_at, answer, verdict, version
             FROM orders ",
            $rest
        )
    };
}

fn order(r: &<Db as sqlx::Database>::Row) -> Result<OrderRow> {
    Ok(OrderRow {
        id: r.try_get("id").map_err(storage)?,
        side: r.try_get("side").map_err(storage)?,
        reference: r.try_get("reference").map_err(storage)?,
        counterpart: r.try_get("counterpart").map_err(storage)?,
        case_ref: r.try_get("case_ref").map_err(storage)?,
        status: r.try_get("status").map_err(storage)?,
        urgency: r.try_get("urgency").map_err(storage)?,
        data: r.try_get("data").map_err(storage)?,
        created_by: r.try_get("created_by").map_err(storage)?,
        created_at: r.try_get("created_at").map_err(storage)?,
        validated_by: r.try_get("validated_by").map_err(storage)?,
        validated_at: r.try_get("validated_at").map_err(storage)?,
        document: r.try_get("document").map_err(storage)?,
        letter: r.try_get("letter").map_err(storage)?,
        sent_at: r.try_get("sent_at").map_err(storage)?,
        received_at: r.try_get("received_at").map_err(storage)?,
        acknowledged_at: r.try_get("acknowledged_at").map_err(storage)?,
        answered_at: r.try_get("answered_at").map_err(storage)?,
        closed_at: r.try_get("closed_at").map_err(storage)?,
        escalated_at: r.try_get("escalated_at").map_err(storage)?,
        answer: r.try_get("answer").map_err(storage)?,
        verdict: r.try_get("verdict").map_err(storage)?,
        version: r.try_get("version").map_err(storage)?,
    })
}

async fn insert_event(
    tx: &mut sqlx::Transaction<'_, Db>,
    e: &OrderEventRow,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO order_events (order_id, seq, at, actor, step, detail)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&e.order_id)
    .bind(e.seq)
    .bind(e.at)
    .bind(&e.actor)
    .bind(&e.step)
    .bind(&e.detail)
    .execute(&mut **tx)
    .await
    .map_err(storage)?;
    Ok(())
}

pub(crate) async fn order_insert(pool: &Pool<Db>, o: &OrderRow, first: &OrderEventRow) -> Result<()> {
    let mut tx = pool.begin().await.map_err(storage)?;
    sqlx::query(
        "INSERT INTO orders (id, side, reference, counterpart, case_ref, status, urgency, data,
             created_by, created_at, validated_by, validated_at, document, letter, sent_at,
             received_at, acknowledged_at, answered_at, closed_at, escalated_at, answer, verdict,
             version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
                 $19, $20, $21, $22, $23)",
    )
    .bind(&o.id)
    .bind(&o.side)
    .bind(&o.reference)
    .bind(&o.counterpart)
    .bind(&o.case_ref)
    .bind(&o.status)
    .bind(&o.urgency)
    .bind(&o.data)
    .bind(&o.created_by)
    .bind(o.created_at)
    .bind(&o.validated_by)
    .bind(o.validated_at)
    .bind(&o.document)
    .bind(&o.letter)
    .bind(o.sent_at)
    .bind(o.received_at)
    .bind(o.acknowledged_at)
    .bind(o.answered_at)
    .bind(o.closed_at)
    .bind(o.escalated_at)
    .bind(&o.answer)
    .bind(&o.verdict)
    .bind(o.version)
    .execute(&mut *tx)
    .await
    .map_err(storage)?;
    insert_event(&mut tx, first).await?;
    tx.commit().await.map_err(storage)
}

pub(crate) async fn order_get(pool: &Pool<Db>, id: &str) -> Result<Option<OrderRow>> {
    let row = sqlx::query(select_orders!("WHERE id = $1"))
        .bind(id)
        .fetch_optional(pool)
        .await
        .map_err(storage)?;
    row.as_ref().map(order).transpose()
}

pub(crate) async fn orders(pool: &Pool<Db>, side: &str) -> Result<Vec<OrderRow>> {
    let rows = sqlx::query(select_orders!("WHERE side = $1 ORDER BY created_at DESC, id"))
        .bind(side)
        .fetch_all(pool)
        .await
        .map_err(storage)?;
    rows.iter().map(order).collect()
}

pub(crate) async fn order_step(pool: &Pool<Db>, o: &OrderRow, e: &OrderEventRow) -> Result<bool> {
    let mut tx = pool.begin().await.map_err(storage)?;
    let r = sqlx::query(
        "UPDATE orders SET status = $2, validated_by = $3, validated_at = $4, document = $5,
             letter = $6, sent_at = $7, received_at = $8, acknowledged_at = $9, answered_at = $10,
             closed_at = $11, escalated_at = $12, answer = $13, verdict = $14, version = $15
         WHERE id = $1 AND version = $16",
    )
    .bind(&o.id)
    .bind(&o.status)
    .bind(&o.validated_by)
    .bind(o.validated_at)
    .bind(&o.document)
    .bind(&o.letter)
    .bind(o.sent_at)
    .bind(o.received_at)
    .bind(o.acknowledged_at)
    .bind(o.answered_at)
    .bind(o.closed_at)
    .bind(o.escalated_at)
    .bind(&o.answer)
    .bind(&o.verdict)
    .bind(o.version)
    .bind(o.version - 1)
    .execute(&mut *tx)
    .await
    .map_err(storage)?;
    if r.rows_affected() != 1 {
        tx.rollback().await.map_err(storage)?;
        return Ok(false);
    }
    insert_event(&mut tx, e).await?;
    tx.commit().await.map_err(storage)?;
    Ok(true)
}

pub(crate) async fn order_events(pool: &Pool<Db>, id: &str) -> Result<Vec<OrderEventRow>> {
    let rows = sqlx::query(
        "SELECT order_id, seq, at, actor, step, detail FROM order_events
         WHERE order_id = $1 ORDER BY seq",
    )
    .bind(id)
    .fetch_all(pool)
    .await
    .map_err(storage)?;
    rows.iter()
        .map(|r| {
            Ok(OrderEventRow {
                order_id: r.try_get("order_id").map_err(storage)?,
                seq: r.try_get("seq").map_err(storage)?,
                at: r.try_get("at").map_err(storage)?,
                actor: r.try_get("actor").map_err(storage)?,
                step: r.try_get("step").map_err(storage)?,
                detail: r.try_get("detail").map_err(storage)?,
            })
        })
        .collect()
}
