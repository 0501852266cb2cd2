//! One module per subcommand, each with its `Cmd` (clap arguments) and `run()`.

pub mod cases;
pub mod config;
pub mod import;
pub mod names;

use malines_store::Store;

use crate::config::Config;

/// Opens the configured database, creating the data folder for a default SQLite file.
pub async fn open_store(config: &Config) -> anyhow::Result<Store> {
    if config.database_url.expose().starts_with("sqlite:") {
        std::fs::create_dir_all(&config.data_dir).map_err(|e| {
            anyhow::anyhow!("data_dir: cannot create {}: {e}", config.data_dir.display())
        })?;
    }
    Store::connect(config.database_url.expose())
        .await
        .map_err(|e| anyhow::anyhow!("database {}: {e}", config.database_url))
}
