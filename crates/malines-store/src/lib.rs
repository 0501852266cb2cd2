//! Storage for Malines on SQLite (default: one file, WAL) and PostgreSQL (production), behind
//! the core's storage traits.
//!
//! The backend is chosen by the URL's scheme (`sqlite:` or `postgres:`). Both backends run the
//! same SQL text (portable SQL with `$n` parameters, always bound, never formatted in), compiled
//! once per backend from [`queries.rs`](../src/malines_store/queries.rs.html) so the two cannot
//! drift apart; each backend has its own embedded migrations under `migrations/`.
//! Driver errors are converted to [`malines_core::Error`] here and never leak further.

use std::str::FromStr;
use std::time::Duration;

use malines_core::ids::{AuthorityCode, CaseRef};
use malines_core::model::{CaseDraft, CaseSummary, StoredCase};
use malines_core::store::{CaseFilter, CaseStore, ImportOutcome};
use malines_core::{Error, Result};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use time::OffsetDateTime;

/// The queries, compiled for SQLite.
mod sqlite {
    type Db = sqlx::Sqlite;
    /// Take the write lock at once: two imports at the same time then queue (up to the busy
    /// timeout) instead of failing half-way with "database is locked".
    const BEGIN_WRITE: &str = "BEGIN IMMEDIATE";
    include!("queries.rs");
    pub(crate) mod federation {
        type Db = sqlx::Sqlite;
        use super::BEGIN_WRITE;
        include!("federation.rs");
    }
    pub(crate) mod accounts {
        type Db = sqlx::Sqlite;
        use super::BEGIN_WRITE;
        include!("accounts_sql.rs");
    }
    pub(crate) mod audit {
        type Db = sqlx::Sqlite;
        use super::BEGIN_WRITE;
        include!("audit_sql.rs");
    }
    pub(crate) mod mail {
        type Db = sqlx::Sqlite;
        include!("mail_sql.rs");
    }
    pub(crate) mod orders {
        type Db = sqlx::Sqlite;
        include!("orders_sql.rs");
    }
}

/// The same queries, compiled for PostgreSQL.
mod postgres {
    type Db = sqlx::Postgres;
    const BEGIN_WRITE: &str = "BEGIN";
    include!("queries.rs");
    pub(crate) mod federation {
        type Db = sqlx::Postgres;
        use super::BEGIN_WRITE;
        include!("federation.rs");
    }
    pub(crate) mod accounts {
        type Db = sqlx::Postgres;
        use super::BEGIN_WRITE;
        include!("accounts_sql.rs");
    }
    pub(crate) mod audit {
        type Db = sqlx::Postgres;
        use super::BEGIN_WRITE;
        include!("audit_sql.rs");
    }
    pub(crate) mod mail {
        type Db = sqlx::Postgres;
        include!("mail_sql.rs");
    }
    pub(crate) mod orders {
        type Db = sqlx::Postgres;
        include!("orders_sql.rs");
    }
}

pub mod accounts;
pub mod audit;
pub mod fed;
pub mod mail;
pub mod orders;

/// Which database a [`Store`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }

    /// The backend a database URL names, or why it names none.
    pub fn of_url(url: &str) -> Result<Self> {
        let scheme = url.split(':').next().unwrap_or("").to_ascii_lowercase();
        match scheme.as_str() {
            "sqlite" => Ok(Backend::Sqlite),
            "postgres" | "postgresql" => Ok(Backend::Postgres),
            _ => Err(Error::Invalid(vec![
                malines_core::validate::FieldError::new(
                    "database_url",
                    "must start with sqlite: or postgres:",
                ),
            ])),
        }
    }
}

/// A connection pool to one of the two backends, with its schema migrated.
#[derive(Debug, Clone)]
pub enum Store {
    Sqlite(sqlx::SqlitePool),
    Postgres(sqlx::PgPool),
}

impl Store {
    /// Connects to `url`, creating a SQLite file if needed, and applies pending migrations.
    pub async fn connect(url: &str) -> Result<Self> {
        Self::connect_at(url, None).await
    }

    /// Connects to `url` and migrates its schema up to migration `version` only: a database
    /// as an older Malines left it, for tests of the migrations that follow.
    pub async fn connect_migrated_to(url: &str, version: i64) -> Result<Self> {
        Self::connect_at(url, Some(version)).await
    }

    async fn connect_at(url: &str, version: Option<i64>) -> Result<Self> {
        let store = match Backend::of_url(url)? {
            Backend::Sqlite => {
                let opts = SqliteConnectOptions::from_str(url)
                    .map_err(storage)?
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    // A hub's batch of thousands of records touches more pages than the
                    // default cache of 2 MiB holds: it would spill them mid-transaction and
                    // read them again. And the statement journals of those upserts stay in
                    // memory rather than in temporary files.
                    .pragma("cache_size", "-32768")
                    .pragma("temp_store", "memory")
                    .busy_timeout(Duration::from_secs(10));
                let pool = SqlitePoolOptions::new()
                    .max_connections(4)
                    .connect_with(opts)
                    .await
                    .map_err(storage)?;
                let migrator = sqlx::migrate!("./migrations/sqlite");
                match version {
                    None => migrator.run(&pool).await,
                    Some(v) => migrator.run_to(v, &pool).await,
                }
                .map_err(|e| Error::Storage(format!("migration failed: {e}")))?;
                Store::Sqlite(pool)
            }
            Backend::Postgres => {
                let opts = PgConnectOptions::from_str(url).map_err(storage)?;
                let pool = PgPoolOptions::new()
                    .max_connections(8)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect_with(opts)
                    .await
                    .map_err(storage)?;
                let migrator = sqlx::migrate!("./migrations/postgres");
                match version {
                    None => migrator.run(&pool).await,
                    Some(v) => migrator.run_to(v, &pool).await,
                }
                .map_err(|e| Error::Storage(format!("migration failed: {e}")))?;
                Store::Postgres(pool)
            }
        };
        tracing::debug!(backend = store.backend().name(), "database ready");
        Ok(store)
    }

    pub fn backend(&self) -> Backend {
        match self {
            Store::Sqlite(_) => Backend::Sqlite,
            Store::Postgres(_) => Backend::Postgres,
        }
    }

    /// Closes every connection (and, for SQLite, checkpoints the WAL).
    pub async fn close(&self) {
        match self {
            Store::Sqlite(p) => p.close().await,
            Store::Postgres(p) => p.close().await,
        }
    }

    /// SQLite: copies what the write-ahead log holds into the database file, without
    /// waiting for readers or blocking writers (a passive checkpoint), so that the commit
    /// that fills the log does not have to. PostgreSQL checkpoints by itself: nothing to do.
    pub async fn checkpoint(&self) -> Result<()> {
        match self {
            Store::Sqlite(p) => sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
                .execute(p)
                .await
                .map(|_| ())
                .map_err(storage),
            Store::Postgres(_) => Ok(()),
        }
    }
}

impl CaseStore for Store {
    async fn import_cases(
        &self,
        authority: &AuthorityCode,
        drafts: &[CaseDraft],
        now: OffsetDateTime,
    ) -> Result<ImportOutcome> {
        match self {
            Store::Sqlite(p) => sqlite::import_cases(p, authority, drafts, now).await,
            Store::Postgres(p) => postgres::import_cases(p, authority, drafts, now).await,
        }
    }

    async fn list_cases(
        &self,
        authority: &AuthorityCode,
        filter: &CaseFilter,
    ) -> Result<Vec<CaseSummary>> {
        match self {
            Store::Sqlite(p) => sqlite::list_cases(p, authority, filter).await,
            Store::Postgres(p) => postgres::list_cases(p, authority, filter).await,
        }
    }

    async fn delete_case(&self, authority: &AuthorityCode, reference: &CaseRef) -> Result<bool> {
        match self {
            Store::Sqlite(p) => sqlite::delete_case(p, authority, reference).await,
            Store::Postgres(p) => postgres::delete_case(p, authority, reference).await,
        }
    }

    async fn get_case(
        &self,
        authority: &AuthorityCode,
        reference: &CaseRef,
    ) -> Result<Option<StoredCase>> {
        match self {
            Store::Sqlite(p) => sqlite::get_case(p, authority, reference).await,
            Store::Postgres(p) => postgres::get_case(p, authority, reference).await,
        }
    }
}

/// Converts a driver error at the boundary. A unique-key violation is a conflict; anything
/// else is a storage failure whose text goes to the operator's log, not to end users.
fn storage(e: sqlx::Error) -> Error {
    if let sqlx::Error::Database(db) = &e
        && db.is_unique_violation()
    {
        return Error::Conflict(db.message().to_string());
    }
    Error::Storage(e.to_string())
}

/// A stored value that no longer parses: the database was changed behind our back.
fn corrupt(what: &str, reason: impl std::fmt::Display) -> Error {
    Error::Storage(format!("stored {what} is invalid: {reason}"))
}
