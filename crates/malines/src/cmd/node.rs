//! `malines node`: a national node connected to its hub.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use malines_core::clock::SystemClock;
use malines_node::client::HubClient;
use malines_node::{Node, Settings, keys};
use malines_pki::Identity;

use super::open_store;
use crate::config::Config;

#[derive(Debug, clap::Args)]
pub struct Cmd {
    /// The hub's URL
    #[arg(
        long,
        default_value = "https://127.0.0.1:8440",
        env = "MALINES_HUB_URL"
    )]
    hub: String,
    /// This node's member folder from `malines pki issue --kind authority`
    #[arg(long, value_name = "DIR", env = "MALINES_NODE_IDENTITY")]
    identity: PathBuf,
    /// The federation's linkage secret (`malines secret new`); never leaves this machine
    #[arg(long, value_name = "FILE", env = "MALINES_LINKAGE_SECRET")]
    secret: PathBuf,
    /// Where the web interface and the JSON API listen. Plain HTTP: keep it on loopback and
    /// put an HTTPS reverse proxy in front of it for other machines
    #[arg(long, default_value = "127.0.0.1:8441", env = "MALINES_NODE_LISTEN")]
    listen: SocketAddr,
    /// Send every record again and read the feed from its start, then run as usual: after
    /// the hub's or this node's database was restored from a backup
    #[arg(long)]
    resync: bool,
    /// Years a case is kept after a final judgment, then purged (SPEC §7)
    #[arg(long, default_value_t = 5, value_name = "YEARS")]
    keep_after_judgment: i32,
    /// Years a case is kept after an acquittal or a decision not to prosecute, then purged
    #[arg(long, default_value_t = 2, value_name = "YEARS")]
    keep_after_acquittal: i32,
}

impl Cmd {
    pub async fn run(self, config: &Config) -> anyhow::Result<()> {
        let authority = config.authority()?.clone();
        let identity = Identity::load(&self.identity)
            .with_context(|| format!("--identity {}", self.identity.display()))?;
        if identity.code != authority.as_str() {
            anyhow::bail!(
                "--identity {}: the certificate is that of {}, this node is {authority}",
                self.identity.display(),
                identity.code
            );
        }
        let secret = keys::read_secret(&self.secret)?;
        let client = HubClient::new(&self.hub, &identity)?;
        super::create_private_dir(&config.data_dir)
            .with_context(|| format!("cannot create {}", config.data_dir.display()))?;
        let local = keys::local_key(&config.data_dir.join("node.key"))?;
        let store = open_store(config).await?;
        let clock = Arc::new(SystemClock);
        let node = Node::new(
            authority.clone(),
            store,
            secret,
            local,
            client,
            clock.clone(),
            Settings::default(),
        );
        if self.resync {
            let n = node.resync().await?;
            println!(
                "resynchronising: {n} records will be sent again, the feed read from its start"
            );
        }
        if !(1..=100).contains(&self.keep_after_judgment)
            || !(1..=100).contains(&self.keep_after_acquittal)
        {
            anyhow::bail!("--keep-after-judgment, --keep-after-acquittal: from 1 to 100 years");
        }
        let settings = malines_web::Settings {
            retention: malines_core::model::Retention {
                after_judgment_years: self.keep_after_judgment,
                after_acquittal_years: self.keep_after_acquittal,
            },
            review_every_years: config.review_every_years,
            ..malines_web::Settings::default()
        };
        let web = malines_web::Web::new(node.clone(), clock, settings)
            .map_err(anyhow::Error::msg)?
            .with_head_signer(Arc::new(super::audit::KeySigner(identity.signing.clone())));
        web.record_start(&format!(
            "signing key {}, HPKE key {}, certificate {}",
            identity.entry.signing_key, identity.entry.hpke_key, identity.entry.cert_fingerprint
        ))
        .await
        .map_err(|e| anyhow::anyhow!("cannot write the audit ledger: {e}"))?;
        let web = Arc::new(web);
        malines_web::sign_heads_every(web.clone(), std::time::Duration::from_secs(600));
        malines_web::purge_every(web.clone(), std::time::Duration::from_secs(3600));
        let app = malines_web::router(web);
        node.open_post(identity);
        let running = malines_node::Running::start(node, app, self.listen)
            .await
            .with_context(|| format!("cannot listen on {}", self.listen))?;
        println!(
            "node {authority} (hub {}), web interface on http://{}/",
            self.hub, running.api
        );
        super::shutdown_signal().await;
        running.stop().await;
        Ok(())
    }
}
