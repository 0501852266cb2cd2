//! `malines provider`: a provider's side of orders (SPEC §6), from the command line.
//!
//! `serve` keeps the provider's mailbox read: each order that arrives is opened, its
//! signature checked against the federation's directory, then checked by the rules (signed by
//! an authority, validated where required, allowed under its framework, not expired, not
//! replayed), recorded with the verdict, and the authority told. `orders` and `show` read what
//! arrived, with the verdict in plain words; `ack`, `fulfil` and `object` answer, signed with
//! the provider's key and sealed for the issuing authority alone.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use malines_core::clock::{Clock, SystemClock};
use malines_core::orders::{OrderData, OrderDocument, Refusal, Timing};
use malines_node::client::HubClient;
use malines_node::mail::PostOffice;
use malines_node::orders::{self, Actor};
use malines_pki::{Identity, MemberKind};

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
    /// The provider's member folder from `malines pki issue --kind provider`
    #[arg(long, value_name = "DIR", env = "MALINES_PROVIDER_IDENTITY")]
    identity: PathBuf,
    #[command(subcommand)]
    what: What,
}

#[derive(Debug, clap::Subcommand)]
enum What {
    /// Read the mailbox and check every order that arrives, and serve the response team's
    /// web portal, until stopped
    Serve {
        /// Where the portal listens. Plain HTTP: keep it on loopback behind an HTTPS proxy
        #[arg(
            long,
            default_value = "127.0.0.1:8450",
            env = "MALINES_PROVIDER_LISTEN"
        )]
        listen: std::net::SocketAddr,
    },
    /// Create a user of the portal (responder, auditor or admin) with a temporary password;
    /// at the first sign-in they choose their own and enrol their own TOTP secret
    AddUser {
        username: String,
        /// responder, auditor or admin
        #[arg(long)]
        role: String,
        /// Full name as the authorities see it on answers
        #[arg(long)]
        name: String,
    },
    /// The orders received, with their verdict and the time left
    Orders,
    /// One order in full, with the verdict of the checks in plain words
    Show { id: String },
    /// Acknowledge an order: the authority learns that it is being handled
    Ack {
        id: String,
        /// Who acknowledges (the name the authority sees)
        #[arg(long)]
        by: String,
    },
    /// Answer an order with the data asked for: the files go sealed to the issuing authority,
    /// with their SHA-256, and its signed receipt comes back
    Fulfil {
        id: String,
        /// A file of the data package (repeat for several)
        #[arg(long = "file", required = true)]
        files: Vec<PathBuf>,
        #[arg(long)]
        by: String,
    },
    /// Answer a preservation order: the data are kept (60 days, or 90 once extended)
    Preserve {
        id: String,
        #[arg(long)]
        by: String,
    },
    /// Object to an order, with the grounds
    Object {
        id: String,
        #[arg(long)]
        grounds: String,
        #[arg(long)]
        by: String,
    },
}

/// A time to the second, UTC.
fn when(t: time::OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{} {:02}:{:02}:{:02} UTC",
        t.date(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

fn actor(by: &str) -> Actor {
    Actor {
        username: by.to_string(),
        name: by.to_string(),
        capacity: None,
    }
}

/// The verdict of an order in plain words.
pub fn verdict_text(row: &malines_store::orders::OrderRow) -> String {
    let refusals: Vec<Refusal> = row
        .verdict
        .as_deref()
        .and_then(|v| serde_json::from_str::<Vec<serde_json::Value>>(v).ok())
        .map(|v| {
            v.into_iter()
                .filter_map(|r| {
                    Some(Refusal {
                        code: "",
                        reason: r.get("reason")?.as_str()?.to_string(),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    if refusals.is_empty() {
        format!(
            "VERIFIED: signed by {}, an authority of the federation's directory; validated where the rules require it; allowed under its legal framework; not expired; not seen before. You may answer it.",
            row.counterpart
        )
    } else {
        let mut s = "REFUSED: do not answer this order. ".to_string();
        for (i, r) in refusals.iter().enumerate() {
            s.push_str(&format!("({}) {}. ", i + 1, r.reason));
        }
        s.trim_end().to_string()
    }
}

fn timing_text(row: &malines_store::orders::OrderRow, now: time::OffsetDateTime) -> String {
    let Ok(data) = serde_json::from_str::<OrderData>(&row.data) else {
        return String::new();
    };
    let hm = |d: time::Duration| format!("{} h {:02} min", d.whole_hours(), d.whole_minutes() % 60);
    match malines_core::orders::timing(&data, row.received_at, row.answered_at, now) {
        _ if row.status == "refused" || row.status == "withdrawn" => String::new(),
        Timing::NotStarted => String::new(),
        Timing::Left(d) => format!("{} left", hm(d)),
        Timing::Overdue(d) => format!("OVERDUE by {}", hm(d)),
        Timing::AnsweredOnTime(_) => "answered on time".into(),
        Timing::AnsweredLate(d) => format!("answered {} late", hm(d)),
    }
}

impl Cmd {
    pub async fn run(self, config: &Config) -> anyhow::Result<()> {
        let identity = Identity::load(&self.identity)
            .with_context(|| format!("--identity {}", self.identity.display()))?;
        if identity.entry.kind != MemberKind::Provider {
            anyhow::bail!(
                "--identity {}: {} is a {}, not a provider",
                self.identity.display(),
                identity.code,
                identity.entry.kind
            );
        }
        let code = identity.code.clone();
        let post_country = identity.entry.country.clone();
        let client = HubClient::new(&self.hub, &identity)?;
        super::create_private_dir(&config.data_dir)
            .with_context(|| format!("cannot create {}", config.data_dir.display()))?;
        let store = open_store(config).await?;
        let clock: Arc<dyn Clock> = Arc::new(SystemClock);
        let ledger = Arc::new(malines_store::audit::Ledger::new(
            store.clone(),
            &code,
            Some(Arc::new(super::audit::KeySigner(identity.signing.clone()))),
        ));
        let post = PostOffice::new(identity, client, store, clock.clone(), ledger.clone());
        orders::handle(&post);
        let now = clock.now();
        match self.what {
            What::AddUser {
                username,
                role,
                name,
            } => {
                let role = malines_core::users::Role::parse(&role)
                    .map_err(|r| anyhow::anyhow!("--role: {r}"))?;
                if !matches!(
                    role,
                    malines_core::users::Role::Responder
                        | malines_core::users::Role::Auditor
                        | malines_core::users::Role::Admin
                ) {
                    anyhow::bail!("--role: a provider's users are responders, auditors or admins");
                }
                let password = super::users::generate_password()?;
                malines_web::session::create_user(
                    post.store(),
                    &username,
                    &name,
                    role,
                    &password,
                    true,
                    now,
                )
                .await?;
                ledger
                    .append(
                        now,
                        malines_store::audit::NewEntry::new("cli", "user_created", &username)
                            .detail(role.as_str()),
                    )
                    .await?;
                println!("user {username} ({role}) created; temporary password: {password}");
                println!(
                    "at the first sign-in they choose their own password and enrol their TOTP secret"
                );
            }
            What::Serve { listen } => {
                let web = malines_web::Web::for_provider(
                    post.clone(),
                    malines_core::ids::Country::parse(&post_country)
                        .map_err(|e| anyhow::anyhow!("the provider's country: {e}"))?,
                    clock.clone(),
                    malines_web::Settings::default(),
                )
                .map_err(anyhow::Error::msg)?;
                let web = Arc::new(web);
                malines_web::sign_heads_every(web.clone(), std::time::Duration::from_secs(600));
                let listener = tokio::net::TcpListener::bind(listen)
                    .await
                    .with_context(|| format!("cannot listen on {listen}"))?;
                println!(
                    "provider {code}: portal on http://{}/",
                    listener.local_addr()?
                );
                let app = malines_web::router(web);
                tokio::spawn(async move {
                    if let Err(e) = axum::serve(listener, app).await {
                        tracing::error!(error = %e, "the provider's portal stopped");
                    }
                });
                ledger
                    .clone()
                    .sign_heads_every(std::time::Duration::from_secs(600), None);
                let ticker = {
                    let post = post.clone();
                    async move {
                        loop {
                            match orders::tick(&post).await {
                                Ok(t) => {
                                    for id in t.escalated {
                                        println!("order {id} is OVERDUE");
                                    }
                                }
                                Err(e) => tracing::warn!(error = %e, "deadline check failed"),
                            }
                            tokio::time::sleep(std::time::Duration::from_secs(60)).await;
                        }
                    }
                };
                println!(
                    "provider {code}: reading its mailbox at {} (Ctrl-C stops)",
                    self.hub
                );
                tokio::select! {
                    _ = post.clone().run(async {
                        let _ = tokio::signal::ctrl_c().await;
                    }) => {}
                    _ = ticker => {}
                }
            }
            What::Orders => {
                let rows = post.store().orders("received").await?;
                if rows.is_empty() {
                    println!("no order received");
                }
                for r in rows {
                    println!(
                        "{}  {}  {:<9} {:<12} from {}  {}  {}",
                        r.id,
                        r.reference,
                        r.urgency,
                        r.status,
                        r.counterpart,
                        timing_text(&r, now),
                        if r.verdict.as_deref().is_some_and(|v| v != "[]") {
                            "REFUSED"
                        } else {
                            "verified"
                        }
                    );
                }
            }
            What::Show { id } => {
                let row = post
                    .store()
                    .order_get(&id)
                    .await?
                    .filter(|r| r.side == "received")
                    .with_context(|| format!("no order {id} received here"))?;
                let doc: OrderDocument =
                    serde_json::from_str(row.document.as_deref().unwrap_or(""))
                        .context("the order's document is unreadable")?;
                println!("{}", verdict_text(&row));
                println!();
                println!("order      {} ({})", doc.reference, doc.id);
                println!(
                    "from       {} · issued by {} ({}) on {}",
                    doc.issuer, doc.issued_by.name, doc.issued_by.capacity, doc.issued_at
                );
                match &doc.validated_by {
                    Some(v) => println!(
                        "validated  by {} ({}) on {}",
                        v.name,
                        v.capacity,
                        when(v.at)
                    ),
                    None => println!("validated  no"),
                }
                let o = &doc.order;
                println!("framework  {}", o.framework);
                println!("type       {} · {}", o.order_type, o.urgency);
                println!(
                    "data       {}",
                    o.categories
                        .iter()
                        .map(|c| c.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                println!(
                    "targets    {}",
                    o.targets
                        .iter()
                        .map(|t| format!("{} {}", t.kind, t.value))
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                println!("period     {} to {}", o.from, o.to);
                println!(
                    "offence    {} (max {} years{})",
                    o.offence,
                    o.max_penalty_years,
                    if o.terrorism {
                        ", terrorist offence"
                    } else {
                        ""
                    }
                );
                println!("necessity  {}", o.necessity);
                println!(
                    "confidential {}",
                    if o.confidential {
                        "yes: do not inform the person"
                    } else {
                        "no"
                    }
                );
                println!("status     {} {}", row.status, timing_text(&row, now));
                for e in post.store().order_events(&id).await? {
                    println!("  {}  {:<14} {}  {}", when(e.at), e.step, e.actor, e.detail);
                }
            }
            What::Ack { id, by } => {
                orders::acknowledge(&post, &id, &actor(&by)).await?;
                post.push().await?;
                println!("order {id} acknowledged; the authority is told");
            }
            What::Fulfil { id, files, by } => {
                let mut package = Vec::new();
                for f in &files {
                    let bytes =
                        std::fs::read(f).with_context(|| format!("--file {}", f.display()))?;
                    let name = f
                        .file_name()
                        .and_then(|n| n.to_str())
                        .unwrap_or("data")
                        .to_string();
                    package.push((name, bytes));
                }
                let hash = orders::package_hash(&package);
                orders::fulfil(&post, &id, &actor(&by), &package).await?;
                post.push().await?;
                println!(
                    "order {id} answered: {} files sealed for the authority, SHA-256 {hash}",
                    package.len()
                );
            }
            What::Preserve { id, by } => {
                let row = orders::preserve(&post, &id, &actor(&by)).await?;
                post.push().await?;
                println!(
                    "order {id}: the data are kept; {}",
                    row.answer.unwrap_or_default()
                );
            }
            What::Object { id, grounds, by } => {
                orders::object(&post, &id, &actor(&by), &grounds).await?;
                post.push().await?;
                println!("order {id}: objection sent");
            }
        }
        Ok(())
    }
}
