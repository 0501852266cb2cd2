//! `malines demo`: a whole federation on loopback — the hub, the four national nodes and a
//! provider's keys — loaded with the synthetic scenario of `malines-scenario`.
//!
//! Every part is the real one: the PKI, mutual TLS between each node and the hub, the
//! nodes' outboxes and feed readers, each node's own SQLite database. `--check` waits until
//! linkage settles and compares the links the nodes received with the scenario's ground
//! truth, then scans the hub's database for any clear value of the scenario.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use malines_core::clock::{Clock, SystemClock};
use malines_core::ids::AuthorityCode;
use malines_core::model::CaseDraft;
use malines_hub::{DirectorySource, Hub};
use malines_node::client::HubClient;
use malines_node::{Node, keys};
use malines_pki::{Identity, IssueRequest, MemberKind, Pki};
use malines_scenario::{Options, Scenario};
use malines_store::Store;

use crate::Exit;
use crate::config::Config;

#[derive(Debug, clap::Args)]
pub struct Cmd {
    /// Run the scenario, wait until linkage settles, compare the links with the ground
    /// truth and exit: 0 if recall ≥ 0.95, precision ≥ 0.98 and it settled within 60 s
    #[arg(long)]
    check: bool,
    /// Cases per country
    #[arg(long, default_value_t = 300)]
    cases: usize,
    /// Seed of the synthetic scenario
    #[arg(long, default_value_t = malines_scenario::DEFAULT_SEED)]
    seed: u64,
    /// Folder of the demo, recreated on each run [default: DATA_DIR/demo]
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
    /// Port of the hub; the nodes' APIs take the next four [default: 8440; 0 with --check]
    #[arg(long)]
    port: Option<u16>,
}

/// The national members of the demo: code, country, names.
const AUTHORITIES: [(&str, &str, &str); 4] = [
    ("BE-FED", "BE", "Parquet fédéral / Federaal parket"),
    ("FR-PNAT", "FR", "Parquet national antiterroriste"),
    ("ES-AN", "ES", "Fiscalía de la Audiencia Nacional"),
    (
        "MA-PGR",
        "MA",
        "Parquet général près la Cour d'appel de Rabat",
    ),
];

/// Marks a folder this command made, so that it never deletes anything else.
const MARKER: &str = ".malines-demo";

const RECALL: f64 = 0.95;
const PRECISION: f64 = 0.98;
const SETTLE: Duration = Duration::from_secs(60);

impl Cmd {
    pub async fn run(self, config: &Config) -> anyhow::Result<()> {
        let dir = self
            .dir
            .clone()
            .unwrap_or_else(|| config.data_dir.join("demo"));
        prepare(&dir)?;
        let now = time::OffsetDateTime::now_utc();
        let clock: Arc<dyn Clock> = Arc::new(SystemClock);

        // Keys and certificates for every member.
        let pki = Pki::init(&dir.join("pki"), now)?;
        pki.issue(
            &IssueRequest {
                names: [("en".to_string(), "Malines hub".to_string())].into(),
                ..IssueRequest::new("HUB", MemberKind::Hub, "BE")
            },
            now,
        )?;
        for (code, country, name) in AUTHORITIES {
            pki.issue(
                &IssueRequest {
                    names: [("fr".to_string(), name.to_string())].into(),
                    ..IssueRequest::new(code, MemberKind::Authority, country)
                },
                now,
            )?;
        }
        pki.issue(
            &IssueRequest {
                names: [("en".to_string(), "Demo telecom operator".to_string())].into(),
                ..IssueRequest::new("PROV-TELCO", MemberKind::Provider, "ES")
            },
            now,
        )?;
        keys::create_secret(&dir.join("linkage-secret.json"), 1)?;

        // The hub.
        let port = self.port.unwrap_or(if self.check { 0 } else { 8440 });
        let hub_store = Store::connect(&sqlite_url(&dir.join("hub.sqlite"))).await?;
        let directory = DirectorySource::open(&pki.dir().join("directory.json"), pki.operator())?;
        let hub = Hub::open(
            hub_store,
            directory,
            malines_hub::Settings::default(),
            clock.clone(),
        )
        .await?;
        let hub_id = Identity::load(&pki.member_dir("HUB"))?;
        let hub_running = malines_hub::tls::Running::start(
            hub,
            malines_pki::server_config(&hub_id)?,
            SocketAddr::from(([127, 0, 0, 1], port)),
        )
        .await
        .with_context(|| format!("cannot listen on 127.0.0.1:{port}"))?;
        let hub_url = hub_running.url();

        // The nodes.
        let secret_path = dir.join("linkage-secret.json");
        let mut nodes: BTreeMap<&str, malines_node::Running> = BTreeMap::new();
        for (i, (code, _, _)) in AUTHORITIES.iter().enumerate() {
            let store = Store::connect(&sqlite_url(&dir.join(format!("{code}.sqlite")))).await?;
            let identity = Identity::load(&pki.member_dir(code))?;
            let node = Node::new(
                AuthorityCode::parse(code).map_err(anyhow::Error::msg)?,
                store,
                keys::read_secret(&secret_path)?,
                keys::local_key(&dir.join(format!("{code}.key")))?,
                HubClient::new(&hub_url, &identity)?,
                clock.clone(),
                malines_node::Settings {
                    interval: Duration::from_millis(500),
                    ..malines_node::Settings::default()
                },
            );
            let api_port = if port == 0 {
                0
            } else {
                port.saturating_add(1 + u16::try_from(i).unwrap_or(0))
            };
            let web = malines_web::Web::new(
                node.clone(),
                clock.clone(),
                malines_web::Settings::default(),
            )
            .map_err(anyhow::Error::msg)?
            .with_head_signer(Arc::new(super::audit::KeySigner(identity.signing.clone())));
            web.record_start(&format!(
                "signing key {}, HPKE key {}, certificate {}",
                identity.entry.signing_key,
                identity.entry.hpke_key,
                identity.entry.cert_fingerprint
            ))
            .await
            .map_err(|e| anyhow::anyhow!("cannot write the audit ledger: {e}"))?;
            let web = Arc::new(web);
            malines_web::sign_heads_every(web.clone(), Duration::from_secs(60));
            malines_web::purge_every(web.clone(), Duration::from_secs(3600));
            malines_node::orders::handle(&node.open_post(identity));
            let running = malines_node::Running::start(
                node,
                malines_web::router(web),
                SocketAddr::from(([127, 0, 0, 1], api_port)),
            )
            .await
            .with_context(|| format!("cannot listen on 127.0.0.1:{api_port}"))?;
            nodes.insert(code, running);
        }

        // The scenario, imported at each node.
        let scenario = malines_scenario::generate(&Options {
            seed: self.seed,
            cases_per_country: self.cases,
        });
        let started = Instant::now();
        for a in &scenario.authorities {
            let node = nodes
                .get(a.code)
                .with_context(|| format!("the scenario names an unknown authority {}", a.code))?;
            let today = clock.today();
            let mut ctx = malines_scenario::validation_context(a.country)
                .with_context(|| format!("unknown country {}", a.country))?;
            // The scenario is written before its date; the demo runs today.
            ctx.today = ctx.today.max(today);
            let mut drafts = Vec::with_capacity(a.cases.len());
            for (i, raw) in a.cases.iter().enumerate() {
                // The offices of the demo keep their reviews up to date: each open case was
                // reviewed lately and is next due within three years of today. (A case past
                // its review date stops being shared, SPEC §7; left to the scenario's
                // opening dates, most would be.)
                let mut raw = raw.clone();
                raw.review_due =
                    Some((today + time::Duration::days(30 * (1 + (i as i64 % 35)))).to_string());
                let raw = &raw;
                let d = CaseDraft::validate(raw, &ctx).map_err(|errs| {
                    anyhow::anyhow!(
                        "the scenario's case {} is invalid: {}",
                        raw.reference,
                        errs.iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join("; ")
                    )
                })?;
                drafts.push(d);
            }
            node.node.import(&drafts).await?;
        }
        let credentials = create_users(&scenario, &nodes, &dir).await?;

        // The provider: a telecom operator in Spain, with its own database, reading its
        // mailbox; the demo plays its response team.
        let provider_dir = dir.join("provider");
        super::create_private_dir(&provider_dir)?;
        let provider_store =
            Store::connect(&sqlite_url(&provider_dir.join("malines.sqlite"))).await?;
        let provider_id = Identity::load(&pki.member_dir("PROV-TELCO"))?;
        let provider_ledger = Arc::new(malines_store::audit::Ledger::new(
            provider_store.clone(),
            "PROV-TELCO",
            Some(Arc::new(super::audit::KeySigner(
                provider_id.signing.clone(),
            ))),
        ));
        let provider = malines_node::mail::PostOffice::new(
            provider_id,
            HubClient::new(&hub_url, &Identity::load(&pki.member_dir("PROV-TELCO"))?)?,
            provider_store,
            clock.clone(),
            provider_ledger,
        );
        malines_node::orders::handle(&provider);
        // Its response team's portal, with a responder, an auditor and an administrator.
        let provider_web = Arc::new(
            malines_web::Web::for_provider(
                provider.clone(),
                malines_core::ids::Country::parse("ES").map_err(anyhow::Error::msg)?,
                clock.clone(),
                malines_web::Settings::default(),
            )
            .map_err(anyhow::Error::msg)?,
        );
        let provider_port = if port == 0 { 0 } else { port.saturating_add(5) };
        let provider_listener =
            tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], provider_port)))
                .await
                .with_context(|| format!("cannot listen on 127.0.0.1:{provider_port}"))?;
        let provider_url = format!("http://{}/", provider_listener.local_addr()?);
        {
            use std::fmt::Write as _;
            let mut lines = std::fs::read_to_string(&credentials).unwrap_or_default();
            let now = time::OffsetDateTime::now_utc();
            for (username, role) in [
                ("responder.telco", malines_core::users::Role::Responder),
                ("auditor.telco", malines_core::users::Role::Auditor),
                ("admin.telco", malines_core::users::Role::Admin),
            ] {
                let password = super::users::generate_password()?;
                let secret = malines_web::session::create_user(
                    provider.store(),
                    username,
                    &demo_display_name(username),
                    role,
                    &password,
                    false,
                    now,
                )
                .await?;
                let _ = writeln!(
                    lines,
                    "PROV-TELCO\t{provider_url}\t{username}\t{role}\t{password}\t{}",
                    secret.to_base32()
                );
            }
            write_private(&credentials, lines.as_bytes())
                .with_context(|| format!("cannot write {}", credentials.display()))?;
        }
        let provider_app = malines_web::router(provider_web);
        let provider_server = tokio::spawn(async move {
            if let Err(e) = axum::serve(provider_listener, provider_app).await {
                tracing::error!(error = %e, "the provider's portal stopped");
            }
        });
        let (provider_stop, provider_stopped) = tokio::sync::watch::channel(false);
        let provider_task = tokio::spawn(provider.clone().run(async move {
            let mut rx = provider_stopped;
            let _ = rx.wait_for(|s| *s).await;
        }));
        let be_node = nodes
            .get("BE-FED")
            .map(|n| n.node.clone())
            .context("the demo has no BE-FED node")?;
        let ma_node = nodes
            .get("MA-PGR")
            .map(|n| n.node.clone())
            .context("the demo has no MA-PGR node")?;
        let orders_task = tokio::spawn({
            let (scenario, be, provider) = (scenario.clone(), be_node.clone(), provider.clone());
            async move {
                let orders = order_scenario(scenario, be.clone(), provider).await?;
                let messages = message_scenario(be, ma_node).await?;
                Ok::<_, anyhow::Error>(format!("{orders}; {messages}"))
            }
        });
        let persons: usize = scenario
            .authorities
            .iter()
            .flat_map(|a| &a.cases)
            .map(|c| c.persons.len())
            .sum();
        println!(
            "Malines demo in {}: hub {hub_url}, {} cases and {persons} persons from the scenario (seed {})",
            dir.display(),
            scenario
                .authorities
                .iter()
                .map(|a| a.cases.len())
                .sum::<usize>(),
            self.seed
        );
        for (code, n) in &nodes {
            println!("  node {code:8} web interface http://{}/", n.api);
        }
        println!(
            "Users (one per role and node; password, then the code of `malines users code --secret SECRET`), also in {}:",
            credentials.display()
        );
        if let Ok(text) = std::fs::read_to_string(&credentials) {
            for line in text
                .lines()
                .take(1 + 4 * DEMO_ROLES.len())
                .chain(text.lines().filter(|l| l.starts_with("PROV-TELCO")))
            {
                println!("  {line}");
            }
        }

        println!(
            "  provider PROV-TELCO (a telecom operator in Spain): portal {provider_url}; or `malines --data-dir {} provider --hub {hub_url} --identity {} orders`",
            provider_dir.display(),
            pki.member_dir("PROV-TELCO").display()
        );
        if !self.check {
            println!(
                "Serving until Ctrl-C. Truth: {} cross-border links to find. BE-FED sends PROV-TELCO an emergency order (answered) and a standard one (objected to).",
                scenario.truth.len()
            );
            tokio::spawn(async move {
                match orders_task.await {
                    Ok(Ok(summary)) => println!("Orders: {summary}."),
                    Ok(Err(e)) => eprintln!("the demo's orders failed: {e:#}"),
                    Err(e) => eprintln!("the demo's orders stopped: {e}"),
                }
            });
            super::shutdown_signal().await;
        } else {
            let result = check(&scenario, &nodes, started).await;
            let orders = match tokio::time::timeout(Duration::from_secs(60), orders_task).await {
                Ok(Ok(Ok(summary))) => {
                    println!("orders and messages: {summary}");
                    true
                }
                Ok(Ok(Err(e))) => {
                    println!("orders and messages: FAILED: {e:#}");
                    false
                }
                _ => {
                    println!("orders and messages: did not finish within 60 s");
                    false
                }
            };
            let result = result.map(|ok| ok && orders);
            provider_stop.send_replace(true);
            let _ = provider_task.await;
            provider_server.abort();
            for n in std::mem::take(&mut nodes).into_values() {
                n.stop().await;
            }
            hub_running.stop().await;
            let privacy = scan_hub(&dir.join("hub.sqlite"), &scenario).await?;
            let ok = result? && privacy;
            if !ok {
                return Err(Exit {
                    code: 1,
                    message: Some("demo check failed".into()),
                }
                .into());
            }
            println!("demo check passed");
            return Ok(());
        }
        provider_stop.send_replace(true);
        let _ = provider_task.await;
        provider_server.abort();
        for n in nodes.into_values() {
            n.stop().await;
        }
        hub_running.stop().await;
        Ok(())
    }
}

/// Belgium writes to Morocco about their first link, with an attachment; Morocco reads it
/// and answers. Returns what happened, in a line.
async fn message_scenario(be: Arc<Node>, ma: Arc<Node>) -> anyhow::Result<String> {
    let mut link = None;
    for _ in 0..600 {
        link = be
            .links()
            .await?
            .into_iter()
            .find(|l| l.active && l.other_authority == "MA-PGR");
        if link.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let link = link.context("no link between BE-FED and MA-PGR to write about")?;
    let thread = malines_web::pages::messages::thread_of(&link.id);
    let post_be = be.post().context("BE-FED has no post office")?.clone();
    let post_ma = ma.post().context("MA-PGR has no post office")?.clone();
    let sent = post_be
        .send(
            "MA-PGR",
            "message",
            &thread,
            "demo",
            serde_json::json!({
                "thread": thread, "link": link.id, "author": "A. Peeters",
                "text": MESSAGE_TEXTS[0],
                "attachments": [{"name": "pv-audition.txt", "media_type": "text/plain",
                                 "data": base64::Engine::encode(&base64::engine::general_purpose::STANDARD, MESSAGE_TEXTS[1])}],
            }),
        )
        .await?;
    let mut got = None;
    for _ in 0..600 {
        got = post_ma.store().letter_get(&sent.id).await?;
        if got.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let got = got.context("Morocco never received Belgium's message")?;
    post_ma.mark_read(&got, "demo", "M. Bennani").await?;
    post_ma
        .send(
            "BE-FED",
            "message",
            &thread,
            "demo",
            serde_json::json!({
                "thread": thread, "link": link.id, "author": "M. Bennani",
                "text": MESSAGE_TEXTS[2],
            }),
        )
        .await?;
    Ok(format!(
        "BE-FED and MA-PGR exchanged messages about link {}",
        link.id
    ))
}

/// The demo's messages, which the hub must never see in clear.
const MESSAGE_TEXTS: [&str; 3] = [
    "Bonjour, notre suspect a appelé ce numéro marocain trois fois la veille de son départ.",
    "Procès-verbal d'audition 2026/117 : le témoin situe la rencontre à la gare du Midi.",
    "Merci. Le titulaire de la ligne est connu de nos services; nous vous adressons une demande.",
];

/// The free texts of the demo's orders and answers, which the hub must never see in clear.
const ORDER_TEXTS: [&str; 5] = [
    "Imminent threat to life: the user of this number announced an attack in Brussels within hours.",
    "The contacts of this number over two months are needed to identify the cell's members.",
    "The number was ported out to another operator on the first day of the period: we hold no traffic data for it.",
    "Cliente de prepago sin identificar",
    "Tienda Calle de Atocha 80 Madrid",
];

/// The demo's orders (SPEC §6): Belgium's prosecutor sends the telecom operator an emergency
/// order for the subscriber of a phone of one of its cases, which the operator answers with a
/// data package; then a standard order for traffic data, validated by the investigating judge,
/// which the operator objects to. Returns what happened, in a line.
async fn order_scenario(
    scenario: Scenario,
    node: Arc<Node>,
    provider: Arc<malines_node::mail::PostOffice>,
) -> anyhow::Result<String> {
    use malines_core::orders::{Capacity, OrderData, RawOrder};
    use malines_node::orders::{self, Actor};
    let be = scenario
        .authorities
        .iter()
        .find(|a| a.code == "BE-FED")
        .context("the scenario has no BE-FED")?;
    // A case of the scenario with a phone, and its team.
    let (case, phone) = be
        .cases
        .iter()
        .find_map(|c| {
            let phone = c
                .persons
                .iter()
                .flat_map(|p| &p.identifiers)
                .chain(&c.identifiers)
                .find(|i| i.kind == "phone")?;
            Some((c, phone.value.clone()))
        })
        .context("no Belgian case with a phone in the scenario")?;
    let name = |u: &str| demo_display_name(u);
    let prosecutor_user = case
        .team
        .first()
        .cloned()
        .unwrap_or_else(|| "prosecutor".into());
    let prosecutor = Actor {
        name: name(&prosecutor_user),
        username: prosecutor_user,
        capacity: Some(Capacity::Prosecutor),
    };
    let judge_user = be.users.get(2).map_or("validator.be", |u| u).to_string();
    let judge = Actor {
        name: name(&judge_user),
        username: judge_user,
        capacity: Some(Capacity::Judge),
    };
    let responder = Actor {
        username: "response.team".into(),
        name: "Equipo de respuesta (PROV-TELCO)".into(),
        capacity: None,
    };
    let post = node
        .post()
        .context("the Belgian node has no post office")?
        .clone();
    let today = time::OffsetDateTime::now_utc().date();
    let ctx = malines_core::model::ValidationContext::new(node.authority().country(), today);
    let raw = |urgency: &str, category: &str, necessity: &str| RawOrder {
        framework: "e_evidence".into(),
        order_type: "production".into(),
        urgency: urgency.into(),
        provider: "PROV-TELCO".into(),
        provider_state: "ES".into(),
        file_reference: case.reference.clone(),
        offence: "Participation in the activities of a terrorist group".into(),
        max_penalty_years: "10".into(),
        terrorism: "yes".into(),
        targets: vec![malines_core::model::RawIdentifier {
            kind: "phone".into(),
            value: phone.clone(),
            ..Default::default()
        }],
        categories: vec![category.into()],
        from: (today - time::Duration::days(60)).to_string(),
        to: (today - time::Duration::days(1)).to_string(),
        necessity: necessity.into(),
        capacity: "prosecutor".into(),
        language: "es".into(),
        ..Default::default()
    };
    let valid = |r: RawOrder| {
        OrderData::validate(&r, &ctx).map_err(|e| {
            anyhow::anyhow!(
                "{}",
                e.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; ")
            )
        })
    };
    let wait = |id: String,
                side: Arc<malines_node::mail::PostOffice>,
                want: &'static [&'static str]| async move {
        for _ in 0..600 {
            if let Some(o) = side.store().order_get(&id).await?
                && want.contains(&o.status.as_str())
            {
                return Ok::<_, anyhow::Error>(o);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        anyhow::bail!("order {id} did not reach {want:?} at {}", side.code())
    };

    // 1. Emergency: the subscriber of the phone, now.
    let emergency = valid(raw("emergency", "subscriber", ORDER_TEXTS[0]))?;
    let o = orders::draft(&post, Some(&case.reference), &emergency, &prosecutor).await?;
    orders::send(&post, &o.id, &prosecutor).await?;
    wait(o.id.clone(), provider.clone(), &["received"]).await?;
    orders::acknowledge(&provider, &o.id, &responder).await?;
    let package = vec![(
        "abonado.csv".to_string(),
        format!(
            "msisdn,titular,alta,domicilio\n{phone},{},2026-03-02,{}\n",
            ORDER_TEXTS[3], ORDER_TEXTS[4]
        )
        .into_bytes(),
    )];
    orders::fulfil(&provider, &o.id, &responder, &package).await?;
    wait(o.id.clone(), post.clone(), &["fulfilled"]).await?;
    orders::validate(&post, &o.id, &judge).await?;

    // 2. Standard: traffic data, validated by the judge first; the operator objects.
    let standard = valid(raw("standard", "traffic", ORDER_TEXTS[1]))?;
    let s = orders::draft(&post, Some(&case.reference), &standard, &prosecutor).await?;
    orders::validate(&post, &s.id, &judge).await?;
    orders::send(&post, &s.id, &prosecutor).await?;
    wait(s.id.clone(), provider.clone(), &["received"]).await?;
    orders::object(&provider, &s.id, &responder, ORDER_TEXTS[2]).await?;
    wait(s.id.clone(), post.clone(), &["objected"]).await?;
    Ok(format!(
        "BE-FED's emergency order {} answered with a data package; its standard order {} objected to",
        o.reference, s.reference
    ))
}

/// The roles of the demo's users at each node: the scenario's first users work on its cases
/// (as prosecutor, clerk, validator), then an auditor and an admin, who see no case.
const DEMO_ROLES: [malines_core::users::Role; 5] = [
    malines_core::users::Role::Prosecutor,
    malines_core::users::Role::Clerk,
    malines_core::users::Role::Validator,
    malines_core::users::Role::Auditor,
    malines_core::users::Role::Admin,
];

/// Creates the demo's users at each node, every scenario user who sits in case teams among
/// them; writes their credentials to `credentials.txt` (0600) and returns its path.
async fn create_users(
    scenario: &Scenario,
    nodes: &BTreeMap<&str, malines_node::Running>,
    dir: &Path,
) -> anyhow::Result<PathBuf> {
    use malines_core::users::Role;
    use std::fmt::Write as _;
    let now = time::OffsetDateTime::now_utc();
    let mut out = String::from("node\turl\tusername\trole\tpassword\ttotp_secret\n");
    let mut extra = String::new();
    for a in &scenario.authorities {
        let Some(n) = nodes.get(a.code) else { continue };
        let country = a.country.to_ascii_lowercase();
        let mut accounts: Vec<(String, Role)> = Vec::new();
        for (i, role) in DEMO_ROLES.iter().enumerate() {
            let name = match role {
                Role::Auditor => format!("auditor.{country}"),
                Role::Admin => format!("admin.{country}"),
                _ => a
                    .users
                    .get(i)
                    .map_or_else(|| format!("user{i}.{country}"), |u| u.to_string()),
            };
            accounts.push((name, *role));
        }
        // The scenario's other users are prosecutors, so that every case has a team member.
        for u in a.users.iter().skip(3) {
            accounts.push((u.to_string(), Role::Prosecutor));
        }
        for (i, (username, role)) in accounts.iter().enumerate() {
            let password = super::users::generate_password()?;
            let secret = malines_web::session::create_user(
                n.node.store(),
                username,
                &demo_display_name(username),
                *role,
                &password,
                // Demo users sign in at once with the printed secret; real accounts enrol
                // their own at the first sign-in.
                false,
                now,
            )
            .await
            .with_context(|| format!("demo user {username} at {}", a.code))?;
            if *role == Role::Validator {
                // The demo's validating colleague is an investigating judge, who may validate
                // orders for traffic and content data.
                n.node
                    .store()
                    .user_set_capacity(username, Some("judge"), now)
                    .await?;
            }
            let line = format!(
                "{}\thttp://{}/\t{username}\t{role}\t{password}\t{}\n",
                a.code,
                n.api,
                secret.to_base32()
            );
            if i < DEMO_ROLES.len() {
                out.push_str(&line);
            } else {
                extra.push_str(&line);
            }
        }
    }
    let _ = write!(out, "{extra}");
    let path = dir.join("credentials.txt");
    write_private(&path, out.as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(path)
}

/// "k.alaoui" → "K. Alaoui".
fn demo_display_name(username: &str) -> String {
    username
        .split('.')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(". ")
}

#[cfg(unix)]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(bytes)
}

#[cfg(not(unix))]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, bytes)
}

fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}", path.display())
}

/// Empties the demo folder if this command made it; refuses any other non-empty folder.
fn prepare(dir: &Path) -> anyhow::Result<()> {
    if dir.exists() {
        let empty = std::fs::read_dir(dir)?.next().is_none();
        if !empty {
            if !dir.join(MARKER).exists() {
                return Err(Exit {
                    code: 2,
                    message: Some(format!(
                        "--dir {}: not empty and not made by `malines demo`; choose another folder",
                        dir.display()
                    )),
                }
                .into());
            }
            std::fs::remove_dir_all(dir)
                .with_context(|| format!("cannot empty {}", dir.display()))?;
        }
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    std::fs::write(
        dir.join(MARKER),
        "made by `malines demo`; emptied on its next run\n",
    )?;
    Ok(())
}

type CasePair = ((String, String), (String, String));

fn ordered(x: (String, String), y: (String, String)) -> CasePair {
    if x <= y { (x, y) } else { (y, x) }
}

/// The cross-border links the nodes hold now, by (authority, case reference) on both sides,
/// and how many were seen by one side only.
async fn found_links(
    scenario: &Scenario,
    nodes: &BTreeMap<&str, malines_node::Running>,
) -> anyhow::Result<(BTreeSet<CasePair>, usize)> {
    let mut by_token: HashMap<(String, String), String> = HashMap::new();
    for a in &scenario.authorities {
        if let Some(n) = nodes.get(a.code) {
            for c in &a.cases {
                by_token.insert(
                    (a.code.to_string(), n.node.case_token(&c.reference)),
                    c.reference.clone(),
                );
            }
        }
    }
    let mut seen: BTreeMap<CasePair, usize> = BTreeMap::new();
    for (code, n) in nodes {
        for l in n.node.links().await? {
            if !l.active {
                continue;
            }
            let Some(mine) = l.case else { continue };
            let Some(theirs) = by_token.get(&(l.other_authority.clone(), l.other_case.clone()))
            else {
                continue;
            };
            let pair = ordered(
                (code.to_string(), mine),
                (l.other_authority.clone(), theirs.clone()),
            );
            *seen.entry(pair).or_default() += 1;
        }
    }
    let one_sided = seen.values().filter(|&&n| n < 2).count();
    Ok((seen.into_keys().collect(), one_sided))
}

/// Waits for linkage to settle, then prints the comparison with the ground truth. True if
/// the targets are met.
async fn check(
    scenario: &Scenario,
    nodes: &BTreeMap<&str, malines_node::Running>,
    started: Instant,
) -> anyhow::Result<bool> {
    // Settled: every outbox is empty and the links have not changed for two seconds.
    let mut last: Option<(BTreeSet<CasePair>, usize)> = None;
    let mut last_change = Instant::now();
    let mut settled_at = None;
    let give_up = Duration::from_secs(180);
    while started.elapsed() < give_up {
        let mut pending = 0;
        for n in nodes.values() {
            pending += n.node.store().outbox_pending(1).await?.len();
        }
        let now = found_links(scenario, nodes).await?;
        if last.as_ref() != Some(&now) {
            last = Some(now);
            last_change = Instant::now();
        }
        if pending == 0 && last_change.elapsed() >= Duration::from_secs(2) {
            settled_at = Some(last_change.duration_since(started));
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (found, one_sided) = last.unwrap_or_default();
    let truth: BTreeSet<CasePair> = scenario
        .truth
        .iter()
        .map(|t| ordered(t.a.clone(), t.b.clone()))
        .collect();
    let tp = found.intersection(&truth).count();
    let precision = if found.is_empty() {
        0.0
    } else {
        tp as f64 / found.len() as f64
    };
    let recall = if truth.is_empty() {
        1.0
    } else {
        tp as f64 / truth.len() as f64
    };

    let mut by_why: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for t in &scenario.truth {
        let hit = found.contains(&ordered(t.a.clone(), t.b.clone()));
        for w in &t.why {
            let e = by_why.entry(w.as_str()).or_default();
            e.0 += 1;
            e.1 += usize::from(hit);
        }
    }
    println!();
    println!(
        "cross-border links   truth {:5}   found {:5}   correct {:5}",
        truth.len(),
        found.len(),
        tp
    );
    println!(
        "precision {precision:.4} (≥ {PRECISION})   recall {recall:.4} (≥ {RECALL})   links seen by one side only: {one_sided}"
    );
    match settled_at {
        Some(t) => println!(
            "settled {:.1} s after the import began (≤ {} s)",
            t.as_secs_f64(),
            SETTLE.as_secs()
        ),
        None => println!("did not settle within {} s", give_up.as_secs()),
    }
    println!("found / truth, by what the cases share (a link may share several):");
    for (why, (n, hit)) in &by_why {
        println!("  {why:15} {hit:5} / {n:5}");
    }
    let missed: Vec<&malines_scenario::TruthLink> = scenario
        .truth
        .iter()
        .filter(|t| !found.contains(&ordered(t.a.clone(), t.b.clone())))
        .collect();
    for t in missed.iter().take(10) {
        let hard: Vec<String> = t
            .people
            .iter()
            .flat_map(|p| p.hard.iter().map(|h| format!("{h:?}")))
            .collect();
        println!(
            "  missed {} {} ~ {} {} ({}{})",
            t.a.0,
            t.a.1,
            t.b.0,
            t.b.1,
            t.why
                .iter()
                .map(|w| w.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            if hard.is_empty() {
                String::new()
            } else {
                format!("; {}", hard.join(", "))
            }
        );
    }
    for f in found.difference(&truth).take(10) {
        println!("  false  {} {} ~ {} {}", f.0.0, f.0.1, f.1.0, f.1.1);
    }
    let settled_ok = settled_at.is_some_and(|t| t <= SETTLE);
    Ok(precision >= PRECISION && recall >= RECALL && settled_ok)
}

/// Scans every table and the raw files of the hub's database for clear values of the
/// scenario: names, dates of birth, identifiers as written and normalised, case references.
async fn scan_hub(path: &Path, scenario: &Scenario) -> anyhow::Result<bool> {
    let mut needles: BTreeSet<String> = BTreeSet::new();
    let mut add = |s: &str| {
        let s = s.trim();
        // Short values (a year, "Ali") would also occur by chance in hexadecimal and base64.
        if s.chars().count() >= 7 {
            needles.insert(s.to_string());
        }
    };
    // What the demo's orders and their answers say, in clear only at the two ends.
    for text in ORDER_TEXTS.iter().chain(&MESSAGE_TEXTS) {
        add(text);
    }
    for a in &scenario.authorities {
        let ctx = malines_scenario::validation_context(a.country);
        for c in &a.cases {
            add(&c.reference);
            for p in &c.persons {
                add(&p.family_names);
                add(&p.given_names);
                add(&format!("{} {}", p.given_names, p.family_names));
                if let Some(o) = &p.original_script_name {
                    add(o);
                }
                if let Some(d) = &p.birth_date {
                    add(d);
                }
                // The place, and its gazetteer key: the node sends only the key's token.
                if let Some(place) = &p.place_of_birth {
                    add(place);
                    if let Some(key) = malines_names::place::place_key(place) {
                        add(key);
                    }
                }
            }
            if let Some(ctx) = &ctx
                && let Ok(d) = CaseDraft::validate(c, ctx)
            {
                for i in &d.identifiers {
                    add(&i.identifier.value);
                }
            }
        }
    }
    let mut hay = String::new();
    for suffix in ["", "-wal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        if let Ok(bytes) = std::fs::read(&p) {
            hay.push_str(&String::from_utf8_lossy(&bytes));
        }
    }
    let needles: Vec<String> = needles.into_iter().collect();
    let matcher = aho_corasick::AhoCorasick::new(&needles)?;
    let bytes = hay.as_bytes();
    let leaked: BTreeSet<&String> = matcher
        .find_overlapping_iter(&hay)
        .filter(|m| !inside_hex(bytes, m.start(), m.end()))
        .filter_map(|m| needles.get(m.pattern().as_usize()))
        .collect();
    println!(
        "privacy: {} clear values of the scenario searched in the hub's database files ({} bytes): {} found",
        needles.len(),
        hay.len(),
        leaked.len()
    );
    for l in leaked.iter().take(10) {
        println!("  LEAKED {l:?}");
    }
    Ok(leaked.is_empty() && !hay.is_empty())
}

/// Whether `hay[start..end]` is made of lower-case hexadecimal digits only and lies inside a
/// run of them as long as the hub's shortest tokens (16 digits): a date written 19870917
/// occurs by chance in a few megabytes of hexadecimal tokens (about once a run), and such a
/// match is part of a token, not a value written in clear.
fn inside_hex(hay: &[u8], start: usize, end: usize) -> bool {
    let hex = |b: &u8| b.is_ascii_digit() || (b'a'..=b'f').contains(b);
    let Some(found) = hay.get(start..end) else {
        return false;
    };
    if !found.iter().all(hex) {
        return false;
    }
    let left = hay
        .get(..start)
        .map_or(0, |h| h.iter().rev().take_while(|b| hex(b)).count());
    let right = hay
        .get(end..)
        .map_or(0, |h| h.iter().take_while(|b| hex(b)).count());
    left + found.len() + right >= 16
}

#[cfg(test)]
mod tests {
    use super::inside_hex;

    #[test]
    fn a_date_inside_a_hexadecimal_token_is_not_a_value_in_clear() {
        let hay = b"{\"dob\":\"19870917\",\"t\":\"a1b219870917c3d4e5f6\",\"x\":\"ab19870917\"}";
        let at = |from: usize| {
            let s = String::from_utf8_lossy(hay);
            let i = s[from..].find("19870917").unwrap() + from;
            (i, i + 8)
        };
        let (a, b) = at(0);
        assert!(!inside_hex(hay, a, b), "in clear, between quotes");
        let (c, d) = at(b);
        assert!(inside_hex(hay, c, d), "inside a 20-digit token");
        let (e, f) = at(d);
        assert!(
            !inside_hex(hay, e, f),
            "a short run is no token: still a leak"
        );
        assert!(!inside_hex(b"1987-09-17", 0, 10));
    }
}
