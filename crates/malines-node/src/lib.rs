//! A national node of the Malines federation (SPEC §2–§4).
//!
//! It holds its authority's cases in clear in its own database and sends the hub only what
//! [`encode`] makes of the shared ones. Changes reach the hub through an **outbox**: the
//! planner ([`Node::plan`]) compares each changed case with what the hub was last given and
//! writes the difference (new, changed and removed records, each with a raised version) to
//! the `node_outbox` table in one transaction; the pusher ([`Node::push`]) sends pending rows
//! and marks them acknowledged only once the hub has answered. A crash or an outage leaves
//! rows pending, sent again later; the hub ignores versions it already has. Nothing is lost,
//! nothing is applied twice.
//!
//! The feed reader ([`Node::pull`]) stores link events with the cursor in one transaction.

pub mod client;
pub mod encode;
pub mod keys;
pub mod mail;
pub mod orders;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::Duration;

use malines_core::clock::Clock;
use malines_core::ids::{AuthorityCode, CaseRef};
use malines_core::model::CaseDraft;
use malines_core::store::{CaseFilter, CaseStore, ImportOutcome};
use malines_match::person::Encoder;
use malines_match::token::LinkageSecret;
use malines_proto::{Batch, Delete, EventKind, PairEvidence, Payload, Upsert};
use malines_store::Store;
use malines_store::fed::{NodeLinkRow, OutboxRow};
use serde::Serialize;
use tokio::sync::{Mutex, Notify};

use crate::client::{HubClient, HubError};
use crate::encode::Tokens;

/// Errors of a node.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Core(#[from] malines_core::Error),
    #[error(transparent)]
    Hub(#[from] HubError),
    /// A step refused, with the reason in words (a rule, or a state that does not allow it).
    #[error("{0}")]
    Refused(String),
    #[error("{0}")]
    Internal(String),
}

pub type Result<T> = std::result::Result<T, Error>;

/// How a node works with its hub.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Most outbox rows per batch.
    pub batch: usize,
    /// How often the outbox is planned and pushed when nothing wakes it.
    pub interval: Duration,
    /// Seconds of each feed long-poll.
    pub feed_wait: u64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            batch: 2_000,
            interval: Duration::from_secs(5),
            feed_wait: 25,
        }
    }
}

/// A node.
pub struct Node {
    authority: AuthorityCode,
    store: Store,
    secret: LinkageSecret,
    tokens: Tokens,
    hub: HubClient,
    clock: Arc<dyn Clock>,
    settings: Settings,
    /// One planner and one pusher at a time.
    sync: Mutex<()>,
    wake: Notify,
    /// This node's audit ledger, shared with its web interface: one writer per ledger.
    ledger: Arc<malines_store::audit::Ledger>,
    /// Its letters to and from other members, once its identity is given.
    post: std::sync::OnceLock<Arc<mail::PostOffice>>,
}

impl std::fmt::Debug for Node {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Node")
            .field("authority", &self.authority)
            .finish_non_exhaustive()
    }
}

/// What one round of synchronisation did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    /// Cases whose records were planned again.
    pub cases_planned: usize,
    /// Outbox rows written by the planner.
    pub rows_planned: usize,
    /// Rows the hub acknowledged.
    pub pushed: usize,
    /// Rows still waiting.
    pub pending: usize,
}

/// One of my records in a link, as the node's users see it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceItem {
    /// The record: `P1`, `phone +32470123456`; `?` if the node no longer has it.
    pub label: String,
    pub on: String,
    pub score: f32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<malines_proto::PersonEvidence>,
}

/// A link as the node's users see it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinkInfo {
    pub id: String,
    /// My case (its reference), if I still have it.
    pub case: Option<String>,
    pub other_authority: String,
    pub other_case: String,
    pub active: bool,
    pub score: f64,
    /// `new`, `seen`, `followed_up` or `dismissed`.
    pub status: String,
    /// Why it was dismissed.
    pub reason: Option<String>,
    /// Who last set the status, and when.
    pub status_by: Option<String>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub status_at: Option<time::OffsetDateTime>,
    /// When the link first reached this node.
    #[serde(with = "time::serde::rfc3339")]
    pub received_at: time::OffsetDateTime,
    pub evidence: Vec<EvidenceItem>,
}

impl Node {
    pub fn new(
        authority: AuthorityCode,
        store: Store,
        secret: LinkageSecret,
        local_key: [u8; 32],
        hub: HubClient,
        clock: Arc<dyn Clock>,
        settings: Settings,
    ) -> Arc<Node> {
        let ledger = Arc::new(malines_store::audit::Ledger::new(
            store.clone(),
            authority.as_str(),
            None,
        ));
        Arc::new(Node {
            post: std::sync::OnceLock::new(),
            ledger,
            authority,
            store,
            secret,
            tokens: Tokens::new(local_key),
            hub,
            clock,
            settings,
            sync: Mutex::new(()),
            wake: Notify::new(),
        })
    }

    pub fn authority(&self) -> &AuthorityCode {
        &self.authority
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Opens the node's post office with its member identity (whose keys sign and open its
    /// letters); the loops then run it too. Once.
    pub fn open_post(&self, identity: malines_pki::Identity) -> Arc<mail::PostOffice> {
        self.post
            .get_or_init(|| {
                mail::PostOffice::new(
                    identity,
                    self.hub.clone(),
                    self.store.clone(),
                    self.clock.clone(),
                    self.ledger.clone(),
                )
            })
            .clone()
    }

    /// The post office, if it was opened.
    pub fn post(&self) -> Option<&Arc<mail::PostOffice>> {
        self.post.get()
    }

    /// The node's audit ledger (SPEC §7).
    pub fn ledger(&self) -> &Arc<malines_store::audit::Ledger> {
        &self.ledger
    }

    /// The token the hub knows one of my cases by.
    pub fn case_token(&self, case_ref: &str) -> String {
        self.tokens.case(case_ref)
    }

    /// Imports cases (all or nothing) and wakes the pusher.
    pub async fn import(&self, drafts: &[CaseDraft]) -> Result<ImportOutcome> {
        let out = self
            .store
            .import_cases(&self.authority, drafts, self.clock.now())
            .await?;
        self.wake.notify_one();
        Ok(out)
    }

    /// Deletes a case; its records leave the hub at the next push.
    pub async fn delete_case(&self, reference: &CaseRef) -> Result<bool> {
        let done = self.store.delete_case(&self.authority, reference).await?;
        self.wake.notify_one();
        Ok(done)
    }

    /// After the hub's or this node's database was restored from a backup: sends every
    /// record again above any version the hub holds, and reads the feed from its start. The
    /// hub ignores what it already has; link statuses set by users are kept.
    pub async fn resync(&self) -> Result<u64> {
        let n = self.store.node_resync().await?;
        tracing::info!(node = %self.authority, rows = n, "outbox and feed set to resynchronise");
        self.wake.notify_one();
        Ok(n)
    }

    /// Deletes every case whose retention period ended before today (SPEC §7: 5 years after
    /// a final judgment, 2 after an acquittal or a decision not to prosecute, by default),
    /// each with a `case_purged` entry in the ledger, written before the case goes. Its
    /// records leave the hub at the next push, and its links are retracted. Returns the
    /// references purged.
    pub async fn purge_due(
        &self,
        retention: &malines_core::model::Retention,
    ) -> Result<Vec<CaseRef>> {
        let today = self.clock.today();
        let mut purged = Vec::new();
        for c in self
            .store
            .list_cases(&self.authority, &CaseFilter::default())
            .await?
        {
            if !c.stage.is_decided() {
                continue;
            }
            let Some(stored) = self.store.get_case(&self.authority, &c.reference).await? else {
                continue;
            };
            let Some(until) = retention.keep_until(&stored.draft.case) else {
                continue;
            };
            if until >= today {
                continue;
            }
            self.ledger
                .append(
                    self.clock.now(),
                    malines_store::audit::NewEntry::new(
                        "system",
                        "case_purged",
                        c.reference.as_str(),
                    )
                    .detail(format!(
                        "{} on {}, kept until {until}",
                        c.stage,
                        stored
                            .draft
                            .case
                            .decided_on
                            .map(|d| d.to_string())
                            .unwrap_or_default()
                    )),
                )
                .await?;
            if self.delete_case(&c.reference).await? {
                tracing::info!(case = %c.reference, "purged: retention ended");
                purged.push(c.reference);
            }
        }
        Ok(purged)
    }

    /// Asks the sync loop to run now.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Plans every case changed since it was last planned into the outbox.
    pub async fn plan(&self) -> Result<(usize, usize)> {
        let planned: HashMap<String, String> = self.store.case_sync().await?.into_iter().collect();
        let cases = self
            .store
            .list_cases(&self.authority, &CaseFilter::default())
            .await?;
        // Most runs find nothing to do: then the outbox (every encoded record) is not read.
        let today = self.clock.today();
        let key_of = |c: &malines_core::model::CaseSummary| {
            format!(
                "{}/epoch {}/{}{}",
                c.content_hash,
                self.secret.epoch(),
                self.secret.version(),
                if c.review_due < today {
                    "/review overdue"
                } else {
                    ""
                }
            )
        };
        let live_refs: std::collections::HashSet<&str> =
            cases.iter().map(|c| c.reference.as_str()).collect();
        if cases
            .iter()
            .all(|c| planned.get(c.reference.as_str()) == Some(&key_of(c)))
            && planned.keys().all(|r| live_refs.contains(r.as_str()))
        {
            return Ok((0, 0));
        }
        let mut outbox: BTreeMap<String, Vec<OutboxRow>> = BTreeMap::new();
        for r in self.store.outbox_rows().await? {
            outbox.entry(r.case_ref.clone()).or_default().push(r);
        }
        let mut encoder = Encoder::new(&self.secret);
        let (mut cases_planned, mut rows_planned) = (0, 0);
        let mut rows = Vec::new();
        let mut done: Vec<(String, Option<String>)> = Vec::new();
        let mut live = std::collections::HashSet::new();
        // Sharing suspended or resumed by the review date, for the ledger (written before the
        // outbox changes, like every other event).
        let mut audit: Vec<malines_store::audit::NewEntry> = Vec::new();
        for c in &cases {
            let r = c.reference.as_str().to_string();
            live.insert(r.clone());
            let overdue = c.review_due < today;
            let was_overdue = planned.get(&r).map(|k| k.ends_with("/review overdue"));
            if c.status == malines_core::model::CaseStatus::Open
                && was_overdue != Some(overdue)
                && (was_overdue.is_some() || overdue)
            {
                audit.push(if overdue {
                    malines_store::audit::NewEntry::new("system", "sharing_suspended", &r)
                        .detail(format!("review overdue since {}", c.review_due))
                } else {
                    malines_store::audit::NewEntry::new("system", "sharing_resumed", &r)
                        .detail(format!("reviewed: next review by {}", c.review_due))
                });
            }
            // Planned from this very content under this secret and encoding, and on the same
            // side of its review date: nothing to do. (Not the version: a case deleted and
            // created again starts at version 1.) Passing the review date plans it again:
            // its records leave the hub until it is reviewed.
            let key = key_of(c);
            if planned.get(&r) == Some(&key) {
                continue;
            }
            let Some(stored) = self.store.get_case(&self.authority, &c.reference).await? else {
                continue;
            };
            let want = encode::desired(&stored, &self.secret, &mut encoder, &self.tokens, today);
            let have = outbox.remove(&r).unwrap_or_default();
            rows.extend(diff(
                &r,
                &self.tokens.case(&r),
                self.secret.epoch(),
                &want,
                &have,
            ));
            done.push((r, Some(key)));
            cases_planned += 1;
            if done.len() >= 200 {
                rows_planned += rows.len();
                if !audit.is_empty() {
                    self.ledger
                        .append_many(self.clock.now(), std::mem::take(&mut audit))
                        .await?;
                }
                self.store
                    .outbox_plan(&rows, &done, self.clock.now())
                    .await?;
                rows.clear();
                done.clear();
            }
        }
        // Cases gone from the database: everything they had at the hub goes. (A case whose
        // rows are all acknowledged deletions is done with.)
        let gone: Vec<String> = outbox
            .iter()
            .filter(|(_, rows)| rows.iter().any(|r| r.payload.is_some() || r.pending))
            .map(|(k, _)| k)
            .chain(planned.keys())
            .filter(|r| !live.contains(*r))
            .cloned()
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        for r in gone {
            let have = outbox.remove(&r).unwrap_or_default();
            rows.extend(diff(
                &r,
                &self.tokens.case(&r),
                self.secret.epoch(),
                &[],
                &have,
            ));
            done.push((r, None));
            cases_planned += 1;
        }
        if !audit.is_empty() {
            self.ledger.append_many(self.clock.now(), audit).await?;
        }
        if !done.is_empty() {
            rows_planned += rows.len();
            self.store
                .outbox_plan(&rows, &done, self.clock.now())
                .await?;
        }
        Ok((cases_planned, rows_planned))
    }

    /// Pushes pending outbox rows until none is left; returns how many the hub took.
    pub async fn push(&self) -> Result<usize> {
        let mut pushed = 0;
        loop {
            let rows = self
                .store
                .outbox_pending(i64::try_from(self.settings.batch).unwrap_or(1000))
                .await?;
            if rows.is_empty() {
                return Ok(pushed);
            }
            let mut batch = Batch {
                authority: self.authority.as_str().to_string(),
                ..Batch::default()
            };
            let mut acked = Vec::with_capacity(rows.len());
            // Which outbox row each entry of the batch is, to set aside one the hub refuses.
            let (mut upsert_rows, mut delete_rows) = (Vec::new(), Vec::new());
            for r in &rows {
                let version = u64::try_from(r.version).unwrap_or(0);
                match &r.payload {
                    Some(json) => {
                        let payload: Payload = serde_json::from_str(json).map_err(|e| {
                            Error::Internal(format!("outbox row {} is unreadable: {e}", r.record))
                        })?;
                        upsert_rows.push(r);
                        batch.upserts.push(Upsert {
                            record: r.record.clone(),
                            case: r.case_token.clone(),
                            version,
                            epoch: u32::try_from(r.epoch).unwrap_or(0),
                            payload,
                        });
                    }
                    None => {
                        delete_rows.push(r);
                        batch.deletes.push(Delete {
                            record: r.record.clone(),
                            version,
                        });
                    }
                }
                acked.push((r.record.clone(), r.version));
            }
            match self.hub.push(&batch).await {
                Ok(_) => {}
                Err(HubError::Refused { status: 422, body }) => {
                    // One bad row must not block the outbox for ever: set it aside with the
                    // hub's reason (shown in the status) and send the others.
                    let at = body.field.as_deref().and_then(|f| {
                        entry_index(f, "upserts")
                            .and_then(|i| upsert_rows.get(i))
                            .or_else(|| entry_index(f, "deletes").and_then(|i| delete_rows.get(i)))
                    });
                    let Some(row) = at else {
                        return Err(HubError::Refused { status: 422, body }.into());
                    };
                    let reason = format!("{}: {}", body.field.as_deref().unwrap_or(""), body.error);
                    tracing::error!(node = %self.authority, case = %row.case_ref, %reason, "the hub refused an outbox row; set aside");
                    self.store
                        .outbox_refuse(&row.record, row.version, &reason)
                        .await?;
                    continue;
                }
                Err(e) => return Err(e.into()),
            }
            self.store.outbox_acknowledge(&acked).await?;
            pushed += rows.len();
        }
    }

    /// One round: plan, then push.
    pub async fn sync(&self) -> Result<SyncReport> {
        let _one = self.sync.lock().await;
        let (cases_planned, rows_planned) = self.plan().await?;
        let pushed = self.push().await?;
        Ok(SyncReport {
            cases_planned,
            rows_planned,
            pushed,
            pending: self.store.outbox_pending(1).await?.len(),
        })
    }

    /// Reads my feed once (waiting up to `wait` seconds for an event) and stores what it
    /// brings; returns the number of events.
    pub async fn pull(&self, wait: u64) -> Result<usize> {
        let cursor = self.store.node_cursor().await?;
        let feed = self
            .hub
            .feed(
                self.authority.as_str(),
                u64::try_from(cursor).unwrap_or(0),
                wait,
            )
            .await?;
        if feed.events.is_empty() {
            return Ok(0);
        }
        // The last event of each link is its state.
        let mut last: BTreeMap<String, NodeLinkRow> = BTreeMap::new();
        for e in &feed.events {
            let active = e.kind != EventKind::Retracted;
            last.insert(
                e.link.id.clone(),
                NodeLinkRow {
                    id: e.link.id.clone(),
                    case_token: e.link.case.clone(),
                    other_authority: e.link.other_authority.clone(),
                    other_case: e.link.other_case.clone(),
                    active,
                    score: f64::from(e.link.score),
                    evidence: serde_json::to_string(&e.link.evidence)
                        .unwrap_or_else(|_| "[]".into()),
                    status: "new".into(),
                    reason: None,
                    status_by: None,
                    status_at: None,
                    created_at: e.at,
                    updated_at: e.at,
                },
            );
        }
        let rows: Vec<NodeLinkRow> = last.into_values().collect();
        // Links made, changed and retracted go into the ledger as they arrive: by their id
        // and the other authority, nothing else.
        let audit: Vec<malines_store::audit::NewEntry> = feed
            .events
            .iter()
            .map(|e| {
                let action = match e.kind {
                    EventKind::Made => "link_made",
                    EventKind::Updated => "link_updated",
                    EventKind::Retracted => "link_retracted",
                };
                malines_store::audit::NewEntry::new("hub", action, &e.link.id)
                    .detail(format!("with {}", e.link.other_authority))
            })
            .collect();
        if !audit.is_empty() {
            self.ledger.append_many(self.clock.now(), audit).await?;
        }
        self.store
            .node_apply_feed(
                &rows,
                i64::try_from(feed.next).unwrap_or(i64::MAX),
                self.clock.now(),
            )
            .await?;
        Ok(feed.events.len())
    }

    /// My links, with my records named.
    pub async fn links(&self) -> Result<Vec<LinkInfo>> {
        let outbox = self.store.outbox_labels().await?;
        let by_record: HashMap<&str, &str> = outbox
            .iter()
            .map(|(record, _, _, label)| (record.as_str(), label.as_str()))
            .collect();
        let by_case: HashMap<&str, &str> = outbox
            .iter()
            .map(|(_, case_ref, token, _)| (token.as_str(), case_ref.as_str()))
            .collect();
        let mut out = Vec::new();
        for l in self.store.node_links().await? {
            let pairs: Vec<PairEvidence> = serde_json::from_str(&l.evidence).unwrap_or_default();
            out.push(LinkInfo {
                case: by_case.get(l.case_token.as_str()).map(|s| s.to_string()),
                id: l.id,
                other_authority: l.other_authority,
                other_case: l.other_case,
                active: l.active,
                score: l.score,
                status: l.status,
                reason: l.reason,
                status_by: l.status_by,
                status_at: l.status_at,
                received_at: l.created_at,
                evidence: pairs
                    .into_iter()
                    .map(|p| EvidenceItem {
                        label: by_record
                            .get(p.record.as_str())
                            .map_or_else(|| "?".to_string(), |l| l.to_string()),
                        on: p.on,
                        score: p.score,
                        person: p.person,
                    })
                    .collect(),
            });
        }
        Ok(out)
    }

    /// Runs the sync loop and the feed reader until `shutdown` completes. Failures (the hub
    /// down) are logged and retried with a growing pause; nothing is lost meanwhile.
    pub async fn run(self: Arc<Self>, shutdown: impl std::future::Future<Output = ()> + Send) {
        match self.hub.verified_directory().await {
            Ok(d) => tracing::info!(
                node = %self.authority,
                serial = d.serial,
                members = d.members.len(),
                "directory verified"
            ),
            Err(e) => tracing::error!(node = %self.authority, error = %e, "directory check failed"),
        }
        let pusher = {
            let node = self.clone();
            async move {
                let mut pause = node.settings.interval;
                loop {
                    match node.sync().await {
                        Ok(r) => {
                            if r.rows_planned > 0 || r.pushed > 0 {
                                tracing::info!(node = %node.authority, planned = r.rows_planned, pushed = r.pushed, "outbox synchronised");
                            }
                            pause = node.settings.interval;
                        }
                        Err(e) => {
                            tracing::warn!(node = %node.authority, error = %e, "outbox push failed; will retry");
                            pause = (pause * 2).min(Duration::from_secs(60));
                        }
                    }
                    let _ = tokio::time::timeout(pause, node.wake.notified()).await;
                }
            }
        };
        let reader = {
            let node = self.clone();
            async move {
                let mut pause = Duration::from_millis(500);
                loop {
                    match node.pull(node.settings.feed_wait).await {
                        Ok(_) => pause = Duration::from_millis(500),
                        Err(e) => {
                            tracing::warn!(node = %node.authority, error = %e, "feed read failed; will retry");
                            tokio::time::sleep(pause).await;
                            pause = (pause * 2).min(Duration::from_secs(60));
                        }
                    }
                }
            }
        };
        tokio::select! {
            () = shutdown => {}
            () = pusher => {}
            () = reader => {}
        }
    }
}

/// The index in `upserts[3].payload…` for `list` = "upserts".
fn entry_index(field: &str, list: &str) -> Option<usize> {
    field
        .strip_prefix(list)?
        .strip_prefix('[')?
        .split(']')
        .next()?
        .parse()
        .ok()
}

/// The outbox rows that take a case from what the hub has (`have`) to what it should have
/// (`want`): new and changed records with a raised version, removed ones as deletions.
fn diff(
    case_ref: &str,
    case_token: &str,
    epoch: u32,
    want: &[encode::Desired],
    have: &[OutboxRow],
) -> Vec<OutboxRow> {
    let had: HashMap<&str, &OutboxRow> = have.iter().map(|r| (r.record.as_str(), r)).collect();
    let mut out = Vec::new();
    for w in want {
        let prev = had.get(w.record.as_str());
        if let Some(p) = prev
            && p.payload.is_some()
            && p.digest == w.digest
            && p.epoch == i64::from(epoch)
        {
            continue;
        }
        out.push(OutboxRow {
            record: w.record.clone(),
            case_ref: case_ref.to_string(),
            case_token: case_token.to_string(),
            kind: w.kind.clone(),
            label: w.label.clone(),
            payload: Some(w.json.clone()),
            digest: w.digest.clone(),
            epoch: i64::from(epoch),
            version: prev.map_or(1, |p| p.version + 1),
            pending: true,
            refused: None,
        });
    }
    for h in have {
        if h.payload.is_some() && !want.iter().any(|w| w.record == h.record) {
            out.push(OutboxRow {
                payload: None,
                digest: String::new(),
                version: h.version + 1,
                pending: true,
                refused: None,
                ..h.clone()
            });
        }
    }
    out
}

/// A node running: its sync loop, its feed reader and its API.
#[derive(Debug)]
pub struct Running {
    pub node: Arc<Node>,
    /// Where the web interface and the JSON API listen.
    pub api: std::net::SocketAddr,
    stop: tokio::sync::watch::Sender<bool>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Running {
    /// Starts the node's loops, and serves `app` (its web interface and API, from
    /// `malines-web`) on `api_listen` (port 0: any free port).
    pub async fn start(
        node: Arc<Node>,
        app: axum::Router,
        api_listen: std::net::SocketAddr,
    ) -> std::io::Result<Running> {
        let listener = tokio::net::TcpListener::bind(api_listen).await?;
        let api = listener.local_addr()?;
        let (stop, rx) = tokio::sync::watch::channel(false);
        let stopped = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
            let _ = rx.wait_for(|s| *s).await.map(|_| ());
        };
        let server = axum::serve(listener, app).with_graceful_shutdown(stopped(rx.clone()));
        let mut tasks = vec![
            tokio::spawn(async move {
                if let Err(e) = server.await {
                    tracing::error!(error = %e, "the node's API stopped");
                }
            }),
            tokio::spawn(node.clone().run(stopped(rx.clone()))),
        ];
        if let Some(post) = node.post() {
            tasks.push(tokio::spawn(post.clone().run(stopped(rx))));
        }
        Ok(Running {
            node,
            api,
            stop,
            tasks,
        })
    }

    /// Stops the loops and the API.
    pub async fn stop(self) {
        self.stop.send_replace(true);
        for t in self.tasks {
            let _ = t.await;
        }
    }
}
