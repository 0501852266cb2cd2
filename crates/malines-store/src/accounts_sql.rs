// The SQL of users and sessions, compiled once per backend like `queries.rs`: included by
// `lib.rs` into the modules `sqlite` and `postgres`. Only portable SQL goes here; parameters
// are always bound.

use malines_core::Result;
use sqlx::{Pool, Row};
use time::OffsetDateTime;

use crate::accounts::{SessionRow, UserRow};
use crate::storage;

macro_rules! user_columns {
    () => {
        "username, display_name, role, password_hash, totp_secret, totp_last_step, locale,
         must_enrol, disabled, failed_logins, locked_until, created_at, updated_at, capacity"
    };
}

fn user_row(r: &<Db as sqlx::Database>::Row) -> Result<UserRow> {
    Ok(UserRow {
        username: r.try_get("username").map_err(storage)?,
        display_name: r.try_get("display_name").map_err(storage)?,
        role: r.try_get("role").map_err(storage)?,
        password_hash: r.try_get("password_hash").map_err(storage)?,
        totp_secret: r.try_get("totp_secret").map_err(storage)?,
        totp_last_step: r.try_get("totp_last_step").map_err(storage)?,
        locale: r.try_get("locale").map_err(storage)?,
        must_enrol: r.try_get("must_enrol").map_err(storage)?,
        disabled: r.try_get("disabled").map_err(storage)?,
        failed_logins: r.try_get("failed_logins").map_err(storage)?,
        locked_until: r.try_get("locked_until").map_err(storage)?,
        created_at: r.try_get("created_at").map_err(storage)?,
        updated_at: r.try_get("updated_at").map_err(storage)?,
        capacity: r.try_get("capacity").map_err(storage)?,
    })
}

pub(crate) async fn user_create(pool: &Pool<Db>, u: &UserRow) -> Result<()> {
    sqlx::query(
        "INSERT INTO users (username, display_name, role, password_hash, totp_secret,
            totp_last_step, locale, must_enrol, disabled, failed_logins, locked_until, created_at,
            updated_at, capacity)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
    )
    .bind(&u.username)
    .bind(&u.display_name)
    .bind(&u.role)
    .bind(&u.password_hash)
    .bind(&u.totp_secret)
    .bind(u.totp_last_step)
    .bind(&u.locale)
    .bind(u.must_enrol)
    .bind(u.disabled)
    .bind(u.failed_logins)
    .bind(u.locked_until)
    .bind(u.created_at)
    .bind(u.updated_at)
    .bind(&u.capacity)
    .execute(pool)
    .await
    .map_err(storage)?;
    Ok(())
}

pub(crate) async fn user_set_capacity(
    pool: &Pool<Db>,
    username: &str,
    capacity: Option<&str>,
    now: OffsetDateTime,
) -> Result<bool> {
    let r = sqlx::query("UPDATE users SET capacity = $2, updated_at = $3 WHERE username = $1")
        .bind(username)
        .bind(capacity)
        .bind(now)
        .execute(pool)
        .await
        .map_err(storage)?;
    Ok(r.rows_affected() == 1)
}

pub(crate) async fn user_get(pool: &Pool<Db>, username: &str) -> Result<Option<UserRow>> {
    let row = sqlx::query(concat!(
        "SELECT ",
        user_columns!(),
        " FROM users WHERE username = $1"
    ))
        .bind(username)
        .fetch_optional(pool)
        .await
        .map_err(storage)?;
    row.as_ref().map(user_row).transpose()
}

pub(crate) async fn users(pool: &Pool<Db>) -> Result<Vec<UserRow>> {
    let rows = sqlx::query(concat!("SELECT ", user_columns!(), " FROM users ORDER BY username"))
        .fetch_all(pool).await.map_err(storage)?;
    rows.iter().map(user_row).collect()
}

/// Disables or enables a user. Disabling ends their sessions; enabling also lifts a lock.
pub(crate) async fn user_set_disabled(
    pool: &Pool<Db>,
    username: &str,
    disabled: bool,
    now: OffsetDateTime,
) -> Result<bool> {
    let mut tx = pool.begin_with(BEGIN_WRITE).await.map_err(storage)?;
    let done = sqlx::query(
        "UPDATE users SET disabled = $2, updated_at = $3,
            failed_logins = CASE WHEN $2 THEN failed_logins ELSE 0 END,
            locked_until = CASE WHEN $2 THEN locked_until ELSE NULL END
         WHERE username = $1",
    )
    .bind(username)
    .bind(disabled)
    .bind(now)
    .execute(&mut *tx)
    .await
    .map_err(storage)?
    .rows_affected()
        == 1;
    if disabled {
        sqlx::query("DELETE FROM sessions WHERE username = $1")
            .bind(username)
            .execute(&mut *tx)
            .await
            .map_err(storage)?;
    }
    tx.commit().await.map_err(storage)?;
    Ok(done)
}

/// Counts a sign-in attempt before it is checked, in one statement, so that parallel
/// attempts cannot all pass the lock: returns the attempts in a row including this one, or
/// `None` if the account is locked (or does not exist). A lock that has ended starts the
/// count again; the `max`-th attempt locks the account until `lock_until`.
pub(crate) async fn user_sign_in_attempt(
    pool: &Pool<Db>,
    username: &str,
    max: i32,
    lock_until: OffsetDateTime,
    now: OffsetDateTime,
) -> Result<Option<i32>> {
    let row = sqlx::query(
        "UPDATE users SET
            failed_logins = CASE WHEN locked_until IS NOT NULL AND locked_until <= $4 THEN 1
                                 ELSE failed_logins + 1 END,
            locked_until = CASE
                WHEN (CASE WHEN locked_until IS NOT NULL AND locked_until <= $4 THEN 1
                           ELSE failed_logins + 1 END) >= $2 THEN $3
                WHEN locked_until IS NOT NULL AND locked_until <= $4 THEN NULL
                ELSE locked_until END,
            updated_at = $4
         WHERE username = $1 AND (locked_until IS NULL OR locked_until <= $4)
         RETURNING failed_logins",
    )
    .bind(username)
    .bind(max)
    .bind(lock_until)
    .bind(now)
    .fetch_optional(pool)
    .await
    .map_err(storage)?;
    row.map(|r| r.try_get("failed_logins").map_err(storage))
        .transpose()
}

/// The attempt counted by [`user_sign_in_attempt`] was a right password: it does not count
/// as a failure (nor lock), but earlier failures still do until the second factor passes.
pub(crate) async fn user_attempt_was_right(
    pool: &Pool<Db>,
    username: &str,
    max: i32,
    now: OffsetDateTime,
) -> Result<()> {
    sqlx::query(
        "UPDATE users SET
            locked_until = CASE WHEN failed_logins - 1 < $2 THEN NULL ELSE locked_until END,
            failed_logins = CASE WHEN failed_logins > 0 THEN failed_logins - 1 ELSE 0 END,
            updated_at = $3
         WHERE username = $1",
    )
    .bind(username)
    .bind(max)
    .bind(now)
    .execute(pool)
    .await
    .map_err(storage)?;
    Ok(())
}

/// A successful sign-in: the count of failures starts again.
pub(crate) async fn user_sign_in_succeeded(
    pool: &Pool<Db>,
    username: &str,
    now: OffsetDateTime,
) -> Result<()> {
    sqlx::query(
        "UPDATE users SET failed_logins = 0, locked_until = NULL, updated_at = $2
         WHERE username = $1",
    )
    .bind(username)
    .bind(now)
    .execute(pool)
    .await
    .map_err(storage)?;
    Ok(())
}

/// Records the TOTP step a code was accepted at, if it is later than the last one: false
/// means the code was already used (a replay), even by a concurrent request.
pub(crate) async fn user_use_totp_step(pool: &Pool<Db>, username: &str, step: i64) -> Result<bool> {
    let n = sqlx::query(
        "UPDATE users SET totp_last_step = $2
         WHERE username = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)",
    )
    .bind(username)
    .bind(step)
    .execute(pool)
    .await
    .map_err(storage)?
    .rows_affected();
    Ok(n == 1)
}

pub(crate) async fn user_set_locale(
    pool: &Pool<Db>,
    username: &str,
    locale: Option<&str>,
    now: OffsetDateTime,
) -> Result<bool> {
    let n = sqlx::query("UPDATE users SET locale = $2, updated_at = $3 WHERE username = $1")
        .bind(username)
        .bind(locale)
        .bind(now)
        .execute(pool)
        .await
        .map_err(storage)?
        .rows_affected();
    Ok(n == 1)
}

/// The user's own password and TOTP secret, chosen at their first sign-in (the step their
/// first code was accepted at is taken).
pub(crate) async fn user_enrol(
    pool: &Pool<Db>,
    username: &str,
    password_hash: &str,
    totp_secret: &str,
    step: i64,
    now: OffsetDateTime,
) -> Result<bool> {
    let n = sqlx::query(
        "UPDATE users SET password_hash = $2, totp_secret = $3, totp_last_step = $4,
            must_enrol = FALSE, failed_logins = 0, locked_until = NULL, updated_at = $5
         WHERE username = $1 AND must_enrol",
    )
    .bind(username)
    .bind(password_hash)
    .bind(totp_secret)
    .bind(step)
    .bind(now)
    .execute(pool)
    .await
    .map_err(storage)?
    .rows_affected();
    Ok(n == 1)
}

/// Sets a new password hash and, when given, a new TOTP secret; ends the user's sessions.
pub(crate) async fn user_set_credentials(
    pool: &Pool<Db>,
    username: &str,
    password_hash: Option<&str>,
    totp_secret: Option<&str>,
    now: OffsetDateTime,
) -> Result<bool> {
    let mut tx = pool.begin_with(BEGIN_WRITE).await.map_err(storage)?;
    let n = sqlx::query(
        "UPDATE users SET password_hash = COALESCE($2, password_hash),
            totp_secret = COALESCE($3, totp_secret),
            totp_last_step = CASE WHEN $3 IS NULL THEN totp_last_step ELSE NULL END,
            must_enrol = TRUE, failed_logins = 0, locked_until = NULL, updated_at = $4
         WHERE username = $1",
    )
    .bind(username)
    .bind(password_hash)
    .bind(totp_secret)
    .bind(now)
    .execute(&mut *tx)
    .await
    .map_err(storage)?
    .rows_affected();
    sqlx::query("DELETE FROM sessions WHERE username = $1")
        .bind(username)
        .execute(&mut *tx)
        .await
        .map_err(storage)?;
    tx.commit().await.map_err(storage)?;
    Ok(n == 1)
}

/// Inserts a session row (on a pool or inside a transaction).
async fn insert_session<'c, E>(executor: E, s: &SessionRow) -> Result<()>
where
    E: sqlx::Executor<'c, Database = Db>,
{
    sqlx::query(
        "INSERT INTO sessions (id_hash, username, csrf, authenticated, created_at, last_seen)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&s.id_hash)
    .bind(&s.username)
    .bind(&s.csrf)
    .bind(s.authenticated)
    .bind(s.created_at)
    .bind(s.last_seen)
    .execute(executor)
    .await
    .map_err(storage)?;
    Ok(())
}

pub(crate) async fn session_create(pool: &Pool<Db>, s: &SessionRow) -> Result<()> {
    insert_session(pool, s).await
}

pub(crate) async fn session_get(pool: &Pool<Db>, id_hash: &str) -> Result<Option<SessionRow>> {
    let row = sqlx::query(
        "SELECT id_hash, username, csrf, authenticated, created_at, last_seen
         FROM sessions WHERE id_hash = $1",
    )
    .bind(id_hash)
    .fetch_optional(pool)
    .await
    .map_err(storage)?;
    row.map(|r| {
        Ok(SessionRow {
            id_hash: r.try_get("id_hash").map_err(storage)?,
            username: r.try_get("username").map_err(storage)?,
            csrf: r.try_get("csrf").map_err(storage)?,
            authenticated: r.try_get("authenticated").map_err(storage)?,
            created_at: r.try_get("created_at").map_err(storage)?,
            last_seen: r.try_get("last_seen").map_err(storage)?,
        })
    })
    .transpose()
}

pub(crate) async fn session_touch(pool: &Pool<Db>, id_hash: &str, now: OffsetDateTime) -> Result<()> {
    sqlx::query("UPDATE sessions SET last_seen = $2 WHERE id_hash = $1")
        .bind(id_hash)
        .bind(now)
        .execute(pool)
        .await
        .map_err(storage)?;
    Ok(())
}

/// Replaces a session by another (a new token once the second factor is passed, so a token
/// planted before sign-in is worthless after it), in one transaction.
pub(crate) async fn session_replace(pool: &Pool<Db>, old_hash: &str, new: &SessionRow) -> Result<()> {
    let mut tx = pool.begin_with(BEGIN_WRITE).await.map_err(storage)?;
    sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
        .bind(old_hash)
        .execute(&mut *tx)
        .await
        .map_err(storage)?;
    insert_session(&mut *tx, new).await?;
    tx.commit().await.map_err(storage)?;
    Ok(())
}

pub(crate) async fn session_delete(pool: &Pool<Db>, id_hash: &str) -> Result<()> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
        .bind(id_hash)
        .execute(pool)
        .await
        .map_err(storage)?;
    Ok(())
}

/// Deletes sessions idle since before `idle_before` or started before `started_before`.
pub(crate) async fn sessions_expire(
    pool: &Pool<Db>,
    idle_before: OffsetDateTime,
    started_before: OffsetDateTime,
) -> Result<u64> {
    let n = sqlx::query("DELETE FROM sessions WHERE last_seen < $1 OR created_at < $2")
        .bind(idle_before)
        .bind(started_before)
        .execute(pool)
        .await
        .map_err(storage)?
        .rows_affected();
    Ok(n)
}
