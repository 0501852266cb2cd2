// The SQL of the audit ledger, compiled once per backend like `queries.rs`: included by
// `lib.rs` into the modules `sqlite` and `postgres`. It only inserts and reads.

use malines_core::Result;
use sqlx::{Pool, Row};
use time::OffsetDateTime;

use crate::audit::{EntryRow, HeadRow};
use crate::storage;

/// Number of entries (the next sequence number, when nothing was deleted).
pub(crate) async fn audit_size(pool: &Pool<Db>) -> Result<i64> {
    let r = sqlx::query("SELECT COALESCE(MAX(seq) + 1, 0) AS n FROM audit_entries")
        .fetch_one(pool)
        .await
        .map_err(storage)?;
    r.try_get("n").map_err(storage)
}

/// Appends entries and the subtrees they complete, in one transaction.
pub(crate) async fn audit_append(
    pool: &Pool<Db>,
    entries: &[EntryRow],
    nodes: &[(i32, i64, String)],
) -> Result<()> {
    let mut tx = pool.begin_with(BEGIN_WRITE).await.map_err(storage)?;
    for chunk in entries.chunks(300) {
        let mut q = sqlx::QueryBuilder::<Db>::new("INSERT INTO audit_entries (seq, body, leaf_hash) ");
        q.push_values(chunk, |mut b, e| {
            b.push_bind(e.seq).push_bind(&e.body).push_bind(&e.leaf_hash);
        });
        q.build().execute(&mut *tx).await.map_err(storage)?;
    }
    for chunk in nodes.chunks(300) {
        let mut q = sqlx::QueryBuilder::<Db>::new("INSERT INTO audit_nodes (level, idx, hash) ");
        q.push_values(chunk, |mut b, (level, idx, hash)| {
            b.push_bind(*level).push_bind(*idx).push_bind(hash);
        });
        q.build().execute(&mut *tx).await.map_err(storage)?;
    }
    tx.commit().await.map_err(storage)
}

/// Stored subtree hashes: level 0 from the entries, the others from `audit_nodes`.
pub(crate) async fn audit_nodes(pool: &Pool<Db>, keys: &[(i32, i64)]) -> Result<Vec<(i32, i64, String)>> {
    let mut out = Vec::with_capacity(keys.len());
    let leaves: Vec<i64> = keys.iter().filter(|k| k.0 == 0).map(|k| k.1).collect();
    for chunk in leaves.chunks(500) {
        let mut q = sqlx::QueryBuilder::<Db>::new("SELECT seq, leaf_hash FROM audit_entries WHERE seq IN (");
        let mut sep = q.separated(", ");
        for s in chunk {
            sep.push_bind(*s);
        }
        q.push(")");
        for r in q.build().fetch_all(pool).await.map_err(storage)? {
            out.push((0, r.try_get("seq").map_err(storage)?, r.try_get("leaf_hash").map_err(storage)?));
        }
    }
    let inner: Vec<(i32, i64)> = keys.iter().filter(|k| k.0 > 0).copied().collect();
    for chunk in inner.chunks(300) {
        let mut q = sqlx::QueryBuilder::<Db>::new("SELECT level, idx, hash FROM audit_nodes WHERE ");
        for (i, (level, idx)) in chunk.iter().enumerate() {
            if i > 0 {
                q.push(" OR ");
            }
            q.push("(level = ").push_bind(*level).push(" AND idx = ").push_bind(*idx).push(")");
        }
        for r in q.build().fetch_all(pool).await.map_err(storage)? {
            out.push((
                r.try_get("level").map_err(storage)?,
                r.try_get("idx").map_err(storage)?,
                r.try_get("hash").map_err(storage)?,
            ));
        }
    }
    Ok(out)
}

/// Entries with `from <= seq < to`, in order.
pub(crate) async fn audit_entries(pool: &Pool<Db>, from: i64, to: i64) -> Result<Vec<EntryRow>> {
    let rows = sqlx::query(
        "SELECT seq, body, leaf_hash FROM audit_entries WHERE seq >= $1 AND seq < $2 ORDER BY seq",
    )
    .bind(from)
    .bind(to)
    .fetch_all(pool)
    .await
    .map_err(storage)?;
    rows.iter()
        .map(|r| {
            Ok(EntryRow {
                seq: r.try_get("seq").map_err(storage)?,
                body: r.try_get("body").map_err(storage)?,
                leaf_hash: r.try_get("leaf_hash").map_err(storage)?,
            })
        })
        .collect()
}

/// Stored subtrees of `level` with `from <= idx < to`.
pub(crate) async fn audit_level(
    pool: &Pool<Db>,
    level: i32,
    from: i64,
    to: i64,
) -> Result<Vec<(i64, String)>> {
    sqlx::query_as("SELECT idx, hash FROM audit_nodes WHERE level = $1 AND idx >= $2 AND idx < $3 ORDER BY idx")
        .bind(level)
        .bind(from)
        .bind(to)
        .fetch_all(pool)
        .await
        .map_err(storage)
}

pub(crate) async fn audit_head_insert(pool: &Pool<Db>, h: &HeadRow) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_heads (size, member, root, at, signature) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (size) DO NOTHING",
    )
    .bind(h.size)
    .bind(&h.member)
    .bind(&h.root)
    .bind(h.at)
    .bind(&h.signature)
    .execute(pool)
    .await
    .map_err(storage)?;
    Ok(())
}

/// Signed heads, newest first, at most `limit`.
pub(crate) async fn audit_heads(pool: &Pool<Db>, limit: i64) -> Result<Vec<HeadRow>> {
    let rows = sqlx::query(
        "SELECT size, member, root, at, signature FROM audit_heads ORDER BY size DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(pool)
    .await
    .map_err(storage)?;
    rows.iter()
        .map(|r| {
            Ok(HeadRow {
                size: r.try_get("size").map_err(storage)?,
                member: r.try_get("member").map_err(storage)?,
                root: r.try_get("root").map_err(storage)?,
                at: r.try_get::<OffsetDateTime, _>("at").map_err(storage)?,
                signature: r.try_get("signature").map_err(storage)?,
            })
        })
        .collect()
}
