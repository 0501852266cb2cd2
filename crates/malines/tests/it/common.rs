//! Test fixtures: a fresh database per test on each backend.

use std::sync::atomic::{AtomicU32, Ordering};

use malines_store::Store;
use sqlx::Connection;

/// A database for one test; dropped with the test (the PostgreSQL schema is dropped by
/// [`TestDb::cleanup`], or left behind for inspection if the test fails first).
pub struct TestDb {
    pub url: String,
    pub store: Store,
    _dir: Option<tempfile::TempDir>,
    pg: Option<(String, String)>,
}

impl TestDb {
    pub async fn cleanup(self) {
        self.store.close().await;
        if let Some((admin_url, schema)) = self.pg {
            let mut c = sqlx::PgConnection::connect(&admin_url).await.unwrap();
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "DROP SCHEMA IF EXISTS {schema} CASCADE"
            )))
            .execute(&mut c)
            .await
            .unwrap();
        }
    }
}

/// A fresh SQLite file in a temporary folder.
pub async fn sqlite() -> TestDb {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("test.sqlite").display());
    let store = Store::connect(&url).await.unwrap();
    TestDb {
        url,
        store,
        _dir: Some(dir),
        pg: None,
    }
}

/// The PostgreSQL test server's URL, if the suite should run there.
pub fn postgres_url() -> Option<String> {
    std::env::var("MALINES_TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty())
}

/// A fresh schema on the PostgreSQL test server, or `None` when none is configured.
/// Panics when one is configured but cannot be reached: CI must not pass silently.
pub async fn postgres() -> Option<TestDb> {
    static N: AtomicU32 = AtomicU32::new(0);
    let admin_url = postgres_url()?;
    let schema = format!(
        "malines_t{}_{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst),
        time::OffsetDateTime::now_utc().unix_timestamp_nanos() % 1_000_000
    );
    let mut c = sqlx::PgConnection::connect(&admin_url)
        .await
        .unwrap_or_else(|e| panic!("MALINES_TEST_DATABASE_URL is set but unreachable: {e}"));
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
        .execute(&mut c)
        .await
        .unwrap();
    let sep = if admin_url.contains('?') { '&' } else { '?' };
    let url = format!("{admin_url}{sep}options=-c%20search_path%3D{schema}");
    let store = Store::connect(&url).await.unwrap();
    Some(TestDb {
        url,
        store,
        _dir: None,
        pg: Some((admin_url, schema)),
    })
}
