//! One module per subcommand, each with its `Cmd` (clap arguments) and `run()`.

pub mod audit;
pub mod cases;
pub mod config;
pub mod demo;
pub mod hub;
pub mod import;
pub mod link;
pub mod names;
pub mod node;
pub mod pki;
pub mod provider;
pub mod users;

use malines_store::Store;

use crate::config::Config;

/// Opens the configured database. For SQLite, the folder of the file is created readable by
/// this user only (0700), and a new database file too (0600): it holds case data.
pub async fn open_store(config: &Config) -> anyhow::Result<Store> {
    if let Some(path) = config.database_url.expose().strip_prefix("sqlite:") {
        let path = std::path::Path::new(path.trim_start_matches("//"));
        let path = std::path::Path::new(
            path.to_str()
                .and_then(|p| p.split('?').next())
                .unwrap_or(""),
        );
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            create_private_dir(dir)
                .map_err(|e| anyhow::anyhow!("cannot create the folder {}: {e}", dir.display()))?;
        }
        if !path.as_os_str().is_empty() && !path.exists() && path.to_str() != Some(":memory:") {
            create_private_file(path)
                .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", path.display()))?;
        }
    }
    Store::connect(config.database_url.expose())
        .await
        .map_err(|e| anyhow::anyhow!("database {}: {e}", config.database_url))
}

#[cfg(unix)]
pub(crate) fn create_private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
pub(crate) fn create_private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(unix)]
fn create_private_file(path: &std::path::Path) -> std::io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map(drop)
}

#[cfg(not(unix))]
fn create_private_file(path: &std::path::Path) -> std::io::Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map(drop)
}

/// Completes on Ctrl-C or, on Unix, SIGTERM (what `systemctl stop` and `docker stop` send),
/// so that services stop cleanly: connections closed, nothing half written.
pub(crate) async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
