//! `malines hub`: the federation's hub (linkage, directory, relay) over mutual TLS.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use malines_core::clock::SystemClock;
use malines_hub::{DirectorySource, Hub, Settings};
use malines_pki::Identity;

use super::open_store;
use crate::config::Config;

#[derive(Debug, clap::Args)]
pub struct Cmd {
    /// The hub's member folder from `malines pki issue --kind hub` (certificate, keys, CA)
    #[arg(long, value_name = "DIR", env = "MALINES_HUB_IDENTITY")]
    identity: PathBuf,
    /// The signed directory (`directory.json` of the PKI folder); re-read when it changes
    #[arg(long, value_name = "FILE", env = "MALINES_HUB_DIRECTORY")]
    directory: PathBuf,
    /// Address to listen on
    #[arg(long, default_value = "127.0.0.1:8440", env = "MALINES_HUB_LISTEN")]
    listen: SocketAddr,
    /// Person pairs whose dates of birth agree at least to the month link from this score
    /// (a probability)
    #[arg(long, default_value_t = malines_hub::index::Thresholds::default().dated)]
    threshold: f32,
    /// Person pairs where a side has no date of birth link from this score
    #[arg(long, default_value_t = malines_hub::index::Thresholds::default().no_date)]
    threshold_no_date: f32,
    /// Person pairs where a side knows only the (same) year of birth link from this score
    #[arg(long, default_value_t = malines_hub::index::Thresholds::default().year_only)]
    threshold_year_only: f32,
    /// Blocking keys shared by more persons than this do not propose candidates
    #[arg(long, default_value_t = malines_hub::DEFAULT_MAX_BLOCK)]
    max_block: usize,
}

impl Cmd {
    pub async fn run(self, config: &Config) -> anyhow::Result<()> {
        for (flag, t) in [
            ("--threshold", self.threshold),
            ("--threshold-no-date", self.threshold_no_date),
            ("--threshold-year-only", self.threshold_year_only),
        ] {
            if !(0.0..=1.0).contains(&t) {
                anyhow::bail!("{flag}: {t} is not between 0 and 1");
            }
        }
        let identity = Identity::load(&self.identity)
            .with_context(|| format!("--identity {}", self.identity.display()))?;
        let directory = DirectorySource::open(&self.directory, identity.operator)
            .with_context(|| format!("--directory {}", self.directory.display()))?;
        let tls = malines_pki::server_config(&identity)?;
        // Never the node's own database by mistake: by default the hub has its own file.
        let default_node_db = format!(
            "sqlite://{}",
            config.data_dir.join("malines.sqlite").display()
        );
        let mut config = config.clone();
        if config.database_url.expose() == default_node_db {
            config.database_url = crate::config::DatabaseUrl::new(format!(
                "sqlite://{}",
                config.data_dir.join("hub.sqlite").display()
            ));
        }
        let store = open_store(&config).await?;
        let settings = Settings {
            thresholds: malines_hub::index::Thresholds {
                dated: self.threshold,
                no_date: self.threshold_no_date,
                year_only: self.threshold_year_only,
            },
            max_block: self.max_block,
            ..Settings::default()
        };
        let hub = Hub::open(store, directory, settings, Arc::new(SystemClock)).await?;
        // The hub's ledger head, signed with the hub's key every ten minutes when it grew.
        hub.ledger().clone().sign_heads_every(
            std::time::Duration::from_secs(600),
            Some(Arc::new(super::audit::KeySigner(identity.signing.clone()))),
        );
        let running = malines_hub::tls::Running::start(hub, tls, self.listen)
            .await
            .with_context(|| format!("cannot listen on {}", self.listen))?;
        println!("hub {} listening on {}", identity.code, running.url());
        super::shutdown_signal().await;
        running.stop().await;
        Ok(())
    }
}
