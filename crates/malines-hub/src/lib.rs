//! The Malines hub (SPEC §2, §4): linkage unit, directory and relay.
//!
//! It is *honest but curious* by design: members push keyed encodings under opaque record
//! and case tokens; the hub matches them incrementally ([`index`]), keeps the links between
//! cases of different authorities, and tells each side, in its own feed, which of *its*
//! records a link concerns and the other side's opaque case token. It never holds the
//! linkage secret, so it cannot compute an encoding of a name it guesses.
//!
//! Every request comes over mutual TLS ([`tls`]); the client certificate must be the one
//! the signed directory lists for a member that is not revoked ([`api`]).

pub mod api;
pub mod index;
pub mod place;
pub mod tls;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Weak};
use std::time::{Duration, SystemTime};

use malines_core::clock::Clock;
use malines_match::file::decode_fields;
use malines_match::score::Scoring;
use malines_pki::ed25519_dalek::VerifyingKey;
use malines_pki::{MemberEntry, PeerIdentity, SignedDirectory};
use malines_proto::{
    Batch, BatchOutcome, Envelope, Event, EventKind, Feed, LinkView, MAX_BATCH, MAX_VARIANTS,
    Mailbox, Payload, PostOutcome, Posted, is_token,
};
use malines_store::Store;
use malines_store::fed::{HubEventRow, HubLinkRow, HubRecordRow, HubWrite};
use serde::{Deserialize, Serialize};
use tokio::sync::{Mutex, mpsc, oneshot, watch};

use crate::index::{Change, Content, Index, LinkChange, Thresholds};

/// Errors of the hub, each with what the client may be told.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The request is wrong: which field, and why.
    #[error("{field}: {reason}")]
    Invalid { field: String, reason: String },
    /// The client is not allowed to do this.
    #[error("{0}")]
    Forbidden(String),
    /// No acceptable client certificate.
    #[error("{0}")]
    Unauthenticated(String),
    /// The hub failed; details go to the operator's log only.
    #[error("internal error: {0}")]
    Internal(String),
}

pub type Result<T> = std::result::Result<T, Error>;

impl From<malines_core::Error> for Error {
    fn from(e: malines_core::Error) -> Self {
        Error::Internal(e.to_string())
    }
}

fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Error {
    Error::Invalid {
        field: field.into(),
        reason: reason.into(),
    }
}

/// While the index is rebuilt at start, a line in the log every so many records.
const LOAD_PROGRESS: usize = 100_000;
/// Stored records matched together at start ([`Index::load_all`]): their new persons are
/// scored on every core.
const LOAD_RUN: usize = 4096;

/// Default of [`Settings::max_block`].
pub const DEFAULT_MAX_BLOCK: usize = usize::MAX;

/// How the hub matches.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// Person pairs link from these scores (probabilities), by what the dates say.
    pub thresholds: Thresholds,
    /// log₂ prior odds that a candidate person pair is a match. The batch linker derives it
    /// from the sizes of two files; the hub has no two files, so it takes the prior of two
    /// sides of `prior_size` people each.
    pub prior_size: usize,
    /// Most events in one page of a feed.
    pub feed_page: usize,
    /// Longest wait of a long-poll.
    pub max_wait: Duration,
    /// Blocks of more persons than this are not used to find candidates (see
    /// `bench/hub/README.md` for what it costs in recall and saves in time).
    pub max_block: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            thresholds: Thresholds::default(),
            prior_size: 10_000,
            feed_page: 500,
            max_wait: Duration::from_secs(30),
            max_block: DEFAULT_MAX_BLOCK,
        }
    }
}

impl Settings {
    fn scoring(&self) -> Scoring {
        Scoring {
            prior: Some(malines_match::score::prior_for(
                self.prior_size,
                self.prior_size,
                false,
            )),
            ..Scoring::default()
        }
    }
}

/// The signed directory, read from its file and read again when the file changes (so that
/// `malines pki revoke` takes effect without a restart). Verified with the operator key on
/// every read; a directory that does not verify is refused and the last good one kept.
#[derive(Debug)]
pub struct DirectorySource {
    path: PathBuf,
    operator: VerifyingKey,
    current: std::sync::RwLock<(Option<SystemTime>, Arc<SignedDirectory>)>,
}

impl DirectorySource {
    pub fn open(path: &Path, operator: VerifyingKey) -> Result<Self> {
        let signed = SignedDirectory::load(path)
            .map_err(|e| Error::Internal(format!("directory {}: {e}", path.display())))?;
        signed
            .verify(&operator)
            .map_err(|e| Error::Internal(format!("directory {}: {e}", path.display())))?;
        let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        Ok(DirectorySource {
            path: path.to_path_buf(),
            operator,
            current: std::sync::RwLock::new((modified, Arc::new(signed))),
        })
    }

    /// The current directory (re-read if its file changed).
    pub fn get(&self) -> Arc<SignedDirectory> {
        let modified = std::fs::metadata(&self.path)
            .and_then(|m| m.modified())
            .ok();
        if let Ok(cur) = self.current.read()
            && cur.0 == modified
        {
            return cur.1.clone();
        }
        match SignedDirectory::load(&self.path) {
            Ok(signed) if signed.verify(&self.operator).is_ok() => {
                let signed = Arc::new(signed);
                if let Ok(mut cur) = self.current.write() {
                    *cur = (modified, signed.clone());
                }
                signed
            }
            _ => {
                tracing::error!(path = %self.path.display(), "the directory file does not verify; keeping the last good one");
                self.current
                    .read()
                    .map(|c| c.1.clone())
                    .unwrap_or_else(|p| p.into_inner().1.clone())
            }
        }
    }

    /// The member a verified peer certificate belongs to, if the directory admits it.
    pub fn admit(&self, peer: &PeerIdentity) -> Result<MemberEntry> {
        self.get()
            .directory
            .admit(peer)
            .cloned()
            .map_err(|e| Error::Forbidden(e.to_string()))
    }
}

/// What is stored for each feed event (its sequence number is the row's).
#[derive(Debug, Clone, Serialize, Deserialize)]
struct EventBody {
    kind: EventKind,
    #[serde(with = "time::serde::rfc3339")]
    at: time::OffsetDateTime,
    link: LinkView,
}

/// The ledger entries of the links a write makes or retracts: the link, and the two
/// authorities, never their case tokens' meaning.
fn link_entries(write: &HubWrite) -> Vec<malines_store::audit::NewEntry> {
    write
        .links
        .iter()
        .map(|l| {
            malines_store::audit::NewEntry::new(
                "HUB",
                if l.active {
                    "link_made"
                } else {
                    "link_retracted"
                },
                &l.id,
            )
            .detail(format!("{} ↔ {}", l.a_authority, l.b_authority))
        })
        .collect()
}

/// Adds link changes to `write`: a row per link, and an event for each of its two sides
/// (told at `at`).
fn link_rows(changes: Vec<LinkChange>, at: time::OffsetDateTime, write: &mut HubWrite) {
    for change in changes {
        let evidence = serde_json::to_string(&change.evidence).unwrap_or_else(|_| "[]".into());
        write.links.push(HubLinkRow {
            id: change.id,
            a_authority: change.a.0.clone(),
            a_case: change.a.1,
            b_authority: change.b.0.clone(),
            b_case: change.b.1,
            active: change.active,
            evidence,
        });
        for (authority, link) in [(change.a.0, change.view_a), (change.b.0, change.view_b)] {
            let body = EventBody {
                kind: change.kind,
                at,
                link,
            };
            match serde_json::to_string(&body) {
                Ok(body) => write.events.push(HubEventRow { authority, body }),
                // (Plain strings and numbers: it does not fail.)
                Err(e) => tracing::error!(error = %e, "an event could not be written"),
            }
        }
    }
}

/// The hub.
pub struct Hub {
    store: Store,
    /// The hub's audit ledger: what each member pushed, and every link made or retracted
    /// (never any content: tokens, codes and counts).
    ledger: Arc<malines_store::audit::Ledger>,
    settings: Settings,
    index: Mutex<Index>,
    directory: DirectorySource,
    clock: Arc<dyn Clock>,
    last_event: watch::Sender<i64>,
    /// The place of the last letter taken, to wake the mailboxes' long-polls.
    last_letter: watch::Sender<i64>,
    /// Batches matched and waiting to be stored, in the order they were matched (see
    /// [`committer`]). The index is free for the next batch while one is being stored.
    commits: mpsc::UnboundedSender<Pending>,
    /// Changes (under the index's lock) each time the index is rebuilt from the database
    /// after a failed write: a batch matched before then was matched on what was not stored.
    generation: AtomicU64,
}

/// How many bytes of records, links and events are written between two checkpoints.
const CHECKPOINT_AFTER: usize = 1 << 20;

/// A matched batch on its way to the database.
struct Pending {
    write: HubWrite,
    /// The links the batch made, changed or retracted, and when: turned into rows and
    /// events by the committer, off the index's lock ([`link_rows`]).
    links: Vec<LinkChange>,
    at: time::OffsetDateTime,
    /// What the ledger records of it, once stored (in the same order as the batches); the
    /// links' entries follow.
    entries: Vec<malines_store::audit::NewEntry>,
    generation: u64,
    done: oneshot::Sender<Result<()>>,
}

/// Stores matched batches one by one, in the order they were matched, so that the database
/// and the ledger take them in the order the index applied them. If a write fails, the index
/// is rebuilt from the database and every batch matched before the rebuild is refused (its
/// client sends it again; batches are idempotent), since it was matched on top of what was
/// lost.
async fn committer(hub: Weak<Hub>, mut rx: mpsc::UnboundedReceiver<Pending>) {
    // At most one checkpoint at a time, beside the writes, once about a mebibyte has been
    // written since the last (SQLite would do it itself at 4 MiB, in the commit that
    // crosses it, while a client waits).
    let checkpointing = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut written = 0usize;
    while let Some(mut p) = rx.recv().await {
        let Some(hub) = hub.upgrade() else {
            break;
        };
        let result = if p.generation == hub.generation.load(Ordering::SeqCst) {
            link_rows(p.links, p.at, &mut p.write);
            p.entries.extend(link_entries(&p.write));
            match hub.store_write(&p.write).await {
                Ok(()) => hub
                    .ledger
                    .append_many(hub.clock.now(), p.entries)
                    .await
                    .map(|_| ())
                    .map_err(Error::from),
                Err(e) => Err(e),
            }
        } else {
            Err(Error::Internal(
                "an earlier batch could not be stored and the index was rebuilt; send this one again"
                    .into(),
            ))
        };
        written = written.saturating_add(if result.is_ok() { p.write.size() } else { 0 });
        // The client may have gone: the write stands anyway.
        let _ = p.done.send(result);
        // The log of what was written goes into the database file on another connection,
        // while the next batches are matched and written.
        if written >= CHECKPOINT_AFTER && !checkpointing.swap(true, Ordering::SeqCst) {
            written = 0;
            let (store, flag) = (hub.store.clone(), checkpointing.clone());
            tokio::spawn(async move {
                if let Err(e) = store.checkpoint().await {
                    tracing::warn!(error = %e, "checkpoint failed");
                }
                flag.store(false, Ordering::SeqCst);
            });
        }
    }
}

impl std::fmt::Debug for Hub {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hub")
            .field("settings", &self.settings)
            .finish()
    }
}

impl Hub {
    /// Opens the hub on its database: rebuilds the index from the stored records and
    /// reconciles the stored links with it.
    pub async fn open(
        store: Store,
        directory: DirectorySource,
        settings: Settings,
        clock: Arc<dyn Clock>,
    ) -> Result<Arc<Hub>> {
        let (tx, _) = watch::channel(0);
        let (letters, _) = watch::channel(0);
        let (commits, pending) = mpsc::unbounded_channel();
        let hub = Hub {
            commits,
            generation: AtomicU64::new(0),
            last_letter: letters,
            ledger: Arc::new(malines_store::audit::Ledger::new(
                store.clone(),
                "HUB",
                None,
            )),
            store,
            settings,
            index: Mutex::new(Index::new(
                settings.scoring(),
                settings.thresholds,
                settings.max_block,
            )),
            directory,
            clock,
            last_event: tx,
        };
        {
            let started = std::time::Instant::now();
            let mut index = hub.index.lock().await;
            *index = hub.load().await?;
            let mut write = HubWrite::default();
            link_rows(index.settle(), hub.clock.now(), &mut write);
            if !write.is_empty() {
                tracing::info!(
                    links = write.links.len(),
                    "links changed since the last start (matcher or settings changed)"
                );
                hub.commit(&mut index, &write).await?;
                hub.ledger
                    .append_many(hub.clock.now(), link_entries(&write))
                    .await?;
            }
            let c = index.counts();
            tracing::info!(
                records = c.records,
                persons = c.persons,
                pairs = c.pairs,
                links = c.links,
                seconds = started.elapsed().as_secs_f64(),
                "hub index rebuilt"
            );
        }
        let hub = Arc::new(hub);
        tokio::spawn(committer(Arc::downgrade(&hub), pending));
        Ok(hub)
    }

    pub fn directory(&self) -> &DirectorySource {
        &self.directory
    }

    /// The index's sizes.
    pub async fn counts(&self) -> index::Counts {
        self.index.lock().await.counts()
    }

    /// Rebuilds the index from the database.
    async fn load(&self) -> Result<Index> {
        let mut index = Index::new(
            self.settings.scoring(),
            self.settings.thresholds,
            self.settings.max_block,
        );
        for l in self.store.hub_links().await? {
            index.load_link(
                (&l.a_authority, &l.a_case),
                (&l.b_authority, &l.b_case),
                &l.id,
                l.active,
                &l.evidence,
            );
        }
        // Read and decoded on every core, then matched one by one in the order they arrived.
        use rayon::prelude::*;
        let changes: Vec<(Change, i64)> = self
            .store
            .hub_records()
            .await?
            .into_par_iter()
            .map(|r| {
                let version = u64::try_from(r.version).unwrap_or(0);
                let change = match r.payload {
                    None => Change::Delete {
                        authority: r.authority.as_str().into(),
                        record: r.record.as_str().into(),
                        version,
                    },
                    Some(raw) => {
                        let payload: Payload = serde_json::from_str(&raw).map_err(|e| {
                            Error::Internal(format!(
                                "stored record {} is unreadable: {e}",
                                r.record
                            ))
                        })?;
                        let content = content(&payload, "payload")?;
                        Change::Upsert {
                            authority: r.authority.as_str().into(),
                            record: r.record.as_str().into(),
                            case: r.case_token.as_str().into(),
                            version,
                            epoch: u32::try_from(r.epoch).unwrap_or(0),
                            content,
                            raw,
                        }
                    }
                };
                Ok((change, r.slot))
            })
            .collect::<Result<_>>()?;
        // At a large hub this takes a while (a minute for a million records on two cores)
        // and the hub answers nothing meanwhile: the operator sees it advance.
        let n = changes.len();
        tracing::info!(
            records = n,
            "stored records read; matching them again in order"
        );
        // In runs of a few thousand, whose new persons are scored on every core.
        let mut changes = changes.into_iter();
        let mut done = 0;
        loop {
            let run: Vec<(Change, i64)> = changes.by_ref().take(LOAD_RUN).collect();
            if run.is_empty() {
                break;
            }
            let before = done;
            done += run.len();
            index.load_all(run);
            if done / LOAD_PROGRESS > before / LOAD_PROGRESS {
                tracing::info!(matched = done, of = n, "matching stored records");
            }
        }
        Ok(index)
    }

    /// Applies a member's batch: checks all of it, then applies it in order and stores the
    /// records, links and events in one transaction. Nothing is applied if anything is wrong.
    pub async fn push(&self, member: &MemberEntry, batch: Batch) -> Result<BatchOutcome> {
        if batch.authority != member.code {
            return Err(Error::Forbidden(format!(
                "authority: records of {} cannot be pushed with the certificate of {}",
                batch.authority, member.code
            )));
        }
        if member.kind != malines_pki::MemberKind::Authority {
            return Err(Error::Forbidden(format!(
                "{} is a {}, only authorities push records",
                member.code,
                member.kind.as_str()
            )));
        }
        let n = batch.upserts.len() + batch.deletes.len();
        if n > MAX_BATCH {
            return Err(invalid(
                "upserts",
                format!("{n} changes in one batch, at most {MAX_BATCH}"),
            ));
        }
        let authority: Arc<str> = Arc::from(member.code.as_str());
        let mut changes = Vec::with_capacity(n);
        let mut seen = hashbrown::HashSet::with_capacity(n);
        for (i, u) in batch.upserts.iter().enumerate() {
            let at = |f: &str| format!("upserts[{i}].{f}");
            check_token(&u.record, &at("record"))?;
            check_token(&u.case, &at("case"))?;
            check_version(u.version, &at("version"))?;
            if !seen.insert(u.record.as_str()) {
                return Err(invalid(at("record"), "appears twice in the batch"));
            }
            let raw = serde_json::to_string(&u.payload)
                .map_err(|e| Error::Internal(format!("cannot serialise a payload: {e}")))?;
            changes.push(Change::Upsert {
                authority: authority.clone(),
                record: u.record.as_str().into(),
                case: u.case.as_str().into(),
                version: u.version,
                epoch: u.epoch,
                content: content(&u.payload, &at("payload"))?,
                raw,
            });
        }
        for (i, d) in batch.deletes.iter().enumerate() {
            check_token(&d.record, &format!("deletes[{i}].record"))?;
            // One change per record and batch: the database writes each record once.
            if !seen.insert(d.record.as_str()) {
                return Err(invalid(
                    format!("deletes[{i}].record"),
                    "appears twice in the batch",
                ));
            }
            if d.version == 0 {
                return Err(invalid(
                    format!("deletes[{i}].version"),
                    "must be at least 1",
                ));
            }
            changes.push(Change::Delete {
                authority: authority.clone(),
                record: d.record.as_str().into(),
                version: d.version,
            });
        }

        let mut index = self.index.lock().await;
        let generation = self.generation.load(Ordering::SeqCst);
        let mut write = HubWrite::default();
        let mut outcome = BatchOutcome::default();
        for stored in index.apply_all(changes) {
            match stored {
                Some(s) => {
                    outcome.applied += 1;
                    write.records.push(HubRecordRow {
                        slot: s.slot,
                        authority: s.authority,
                        record: s.record,
                        case_token: s.case,
                        version: i64::try_from(s.version).unwrap_or(i64::MAX),
                        epoch: i64::from(s.epoch),
                        payload: s.payload,
                    });
                }
                None => outcome.unchanged += 1,
            }
        }
        // Only the changes are taken under the lock: their rows and events, JSON, are made
        // by the committer while the next batch is matched.
        let links = index.settle();
        let at = self.clock.now();
        outcome.events = u32::try_from(2 * links.len()).unwrap_or(u32::MAX);
        let entries = vec![
            malines_store::audit::NewEntry::new(&member.code, "records_received", "").detail(
                format!(
                    "applied {}, unchanged {}, link events {}",
                    outcome.applied, outcome.unchanged, outcome.events
                ),
            ),
        ];
        let (done, stored) = oneshot::channel();
        self.commits
            .send(Pending {
                write,
                links,
                at,
                entries,
                generation,
                done,
            })
            .map_err(|_| Error::Internal("the hub's writer has stopped".into()))?;
        // The next batch may be matched while this one is stored; the answer waits for it.
        drop(index);
        stored
            .await
            .map_err(|_| Error::Internal("the hub's writer has stopped".into()))??;
        Ok(outcome)
    }

    /// The hub's audit ledger.
    pub fn ledger(&self) -> &Arc<malines_store::audit::Ledger> {
        &self.ledger
    }

    /// Stores a matched batch (from [`committer`]). If the database refuses it, the index
    /// (already changed, and maybe by later batches too) is rebuilt from the database, so
    /// memory never holds what was not stored.
    async fn store_write(&self, write: &HubWrite) -> Result<()> {
        if write.is_empty() {
            return Ok(());
        }
        if let Err(e) = self.write(write).await {
            let mut index = self.index.lock().await;
            self.rebuild(&mut index, &e).await;
            return Err(e);
        }
        Ok(())
    }

    /// Stores a write at start, the index locked; as [`Hub::store_write`] if it fails.
    async fn commit(&self, index: &mut Index, write: &HubWrite) -> Result<()> {
        if let Err(e) = self.write(write).await {
            self.rebuild(index, &e).await;
            return Err(e);
        }
        Ok(())
    }

    /// Writes a batch's records, links and events; the new events wake the feeds.
    async fn write(&self, write: &HubWrite) -> Result<()> {
        let last = self.store.hub_write(write, self.clock.now()).await?;
        if last > 0 {
            self.last_event.send_replace(last);
        }
        Ok(())
    }

    /// After a write the database refused: the index again from the database, and the
    /// batches matched before now refused by the writer (see [`committer`]).
    async fn rebuild(&self, index: &mut Index, cause: &Error) {
        tracing::error!(error = %cause, "a batch could not be stored; rebuilding the index");
        self.generation.fetch_add(1, Ordering::SeqCst);
        match self.load().await {
            Ok(fresh) => *index = fresh,
            Err(e) => tracing::error!(error = %e, "the index could not be rebuilt"),
        }
    }

    /// A member's events after `after`; waits up to `wait` for one if there is none yet.
    pub async fn feed(
        &self,
        member: &MemberEntry,
        after: u64,
        wait: Duration,
        limit: Option<usize>,
    ) -> Result<Feed> {
        let limit = limit
            .unwrap_or(self.settings.feed_page)
            .clamp(1, self.settings.feed_page);
        let wait = wait.min(self.settings.max_wait);
        let deadline = tokio::time::Instant::now() + wait;
        let after_i = i64::try_from(after).unwrap_or(i64::MAX);
        let mut rx = self.last_event.subscribe();
        loop {
            rx.borrow_and_update();
            let rows = self
                .store
                .hub_events(&member.code, after_i, i64::try_from(limit).unwrap_or(500))
                .await?;
            if !rows.is_empty() {
                let mut events = Vec::with_capacity(rows.len());
                for (seq, body) in rows {
                    let b: EventBody = serde_json::from_str(&body).map_err(|e| {
                        Error::Internal(format!("stored event {seq} is unreadable: {e}"))
                    })?;
                    events.push(Event {
                        seq: u64::try_from(seq).unwrap_or(0),
                        kind: b.kind,
                        at: b.at,
                        link: b.link,
                    });
                }
                let next = events.last().map_or(after, |e| e.seq);
                return Ok(Feed { events, next });
            }
            if tokio::time::timeout_at(deadline, rx.changed())
                .await
                .is_err()
            {
                return Ok(Feed {
                    events: Vec::new(),
                    next: after,
                });
            }
        }
    }
}

/// The longest ciphertext of one letter, in base64 characters (a letter of
/// `malines_pki::seal::MAX_LETTER_BYTES`, sealed, then base64).
pub const MAX_CIPHERTEXT: usize = 34 * 1024 * 1024;

impl Hub {
    /// Takes a sealed letter from `member` for its recipient (SPEC §5). The hub checks that the
    /// member sends in its own name, to a member that may receive letters, within the sizes;
    /// it cannot read the letter. The same letter given twice is taken once.
    pub async fn post(&self, member: &MemberEntry, env: Envelope) -> Result<PostOutcome> {
        if env.from != member.code {
            return Err(Error::Forbidden(format!(
                "from: letters of {} cannot be sent with the certificate of {}",
                env.from, member.code
            )));
        }
        if member.kind == malines_pki::MemberKind::Hub {
            return Err(Error::Forbidden("the hub sends no letters".into()));
        }
        check_token(&env.id, "id")?;
        let directory = self.directory.get();
        let recipient = directory.directory.member(&env.to).ok_or_else(|| {
            invalid(
                "to",
                format!("{} is not a member of the federation", env.to),
            )
        })?;
        if recipient.revoked {
            return Err(invalid("to", format!("{} is revoked", env.to)));
        }
        if recipient.kind == malines_pki::MemberKind::Hub || env.to == member.code {
            return Err(invalid(
                "to",
                format!("{} does not receive letters from {}", env.to, member.code),
            ));
        }
        if env.enc.is_empty() || env.enc.len() > 64 {
            return Err(invalid(
                "enc",
                "must be the base64 of an HPKE encapsulated key",
            ));
        }
        if env.ciphertext.is_empty() || env.ciphertext.len() > MAX_CIPHERTEXT {
            return Err(invalid(
                "ciphertext",
                format!(
                    "{} characters; a letter holds 1 to {MAX_CIPHERTEXT}",
                    env.ciphertext.len()
                ),
            ));
        }
        let json = serde_json::to_string(&env)
            .map_err(|e| Error::Internal(format!("cannot serialise an envelope: {e}")))?;
        let size = i64::try_from(env.ciphertext.len()).unwrap_or(i64::MAX);
        let row = malines_store::mail::HubMailRow {
            id: env.id.clone(),
            sender: env.from.clone(),
            recipient: env.to.clone(),
            digest: hex::encode(<sha2::Sha256 as sha2::Digest>::digest(json.as_bytes())),
            envelope: json,
            size,
            received_at: self.clock.now(),
        };
        let put = self.store.hub_mail_put(&row).await.map_err(|e| match e {
            malines_core::Error::Conflict(_) => invalid(
                "id",
                format!("letter {} was given before with another content", env.id),
            ),
            e => e.into(),
        })?;
        match put {
            malines_store::mail::Put::Stored(seq) => {
                self.ledger
                    .append(
                        self.clock.now(),
                        malines_store::audit::NewEntry::new(
                            &member.code,
                            "letter_relayed",
                            &env.id,
                        )
                        .detail(format!("to {}, {size} bytes sealed", env.to)),
                    )
                    .await?;
                self.last_letter.send_replace(seq);
                Ok(PostOutcome { stored: true })
            }
            malines_store::mail::Put::Duplicate => Ok(PostOutcome { stored: false }),
        }
    }

    /// A member's letters after `after`; waits up to `wait` for one if there is none yet.
    pub async fn mailbox(
        &self,
        member: &MemberEntry,
        after: u64,
        wait: Duration,
        limit: Option<usize>,
    ) -> Result<Mailbox> {
        let limit = limit.unwrap_or(100).clamp(1, 100);
        let deadline = tokio::time::Instant::now() + wait.min(self.settings.max_wait);
        let after_i = i64::try_from(after).unwrap_or(i64::MAX);
        let mut rx = self.last_letter.subscribe();
        loop {
            rx.borrow_and_update();
            let rows = self
                .store
                .hub_mail_for(&member.code, after_i, i64::try_from(limit).unwrap_or(100))
                .await?;
            if !rows.is_empty() {
                let mut letters = Vec::with_capacity(rows.len());
                for (seq, json) in rows {
                    let envelope: Envelope = serde_json::from_str(&json).map_err(|e| {
                        Error::Internal(format!("stored letter {seq} is unreadable: {e}"))
                    })?;
                    letters.push(Posted {
                        seq: u64::try_from(seq).unwrap_or(0),
                        envelope,
                    });
                }
                let next = letters.last().map_or(after, |l| l.seq);
                return Ok(Mailbox { letters, next });
            }
            if tokio::time::timeout_at(deadline, rx.changed())
                .await
                .is_err()
            {
                return Ok(Mailbox {
                    letters: Vec::new(),
                    next: after,
                });
            }
        }
    }

    /// A member keeps its letters up to `through`: the hub forgets them.
    pub async fn mail_ack(&self, member: &MemberEntry, through: u64) -> Result<u64> {
        let through = i64::try_from(through).unwrap_or(i64::MAX);
        let n = self.store.hub_mail_ack(&member.code, through).await?;
        if n > 0 {
            self.ledger
                .append(
                    self.clock.now(),
                    malines_store::audit::NewEntry::new(&member.code, "letters_delivered", "")
                        .detail(format!("{n} letters, through place {through}")),
                )
                .await?;
        }
        Ok(n)
    }
}

/// Versions are stored as signed 64-bit integers.
fn check_version(v: u64, field: &str) -> Result<()> {
    if v == 0 || i64::try_from(v).is_err() {
        Err(invalid(
            field,
            format!("must be between 1 and {}", i64::MAX),
        ))
    } else {
        Ok(())
    }
}

fn check_token(s: &str, field: &str) -> Result<()> {
    if is_token(s) {
        Ok(())
    } else {
        Err(invalid(field, "must be 32 lower-case hexadecimal digits"))
    }
}

/// Decodes and checks a payload; errors name the field under `at`.
fn content(p: &Payload, at: &str) -> Result<Content> {
    Ok(match p {
        Payload::Person { variants, place } => {
            if variants.is_empty() || variants.len() > MAX_VARIANTS {
                return Err(invalid(
                    format!("{at}.variants"),
                    format!("{} variants, expected 1 to {MAX_VARIANTS}", variants.len()),
                ));
            }
            let mut out = Vec::with_capacity(variants.len());
            for (i, v) in variants.iter().enumerate() {
                out.push(decode_fields(&v.filter, &v.dob, &v.blocks).map_err(
                    |(field, reason)| invalid(format!("{at}.variants[{i}].{field}"), reason),
                )?);
            }
            let place = match place {
                None => None,
                Some(t) => {
                    check_token(t, &format!("{at}.place"))?;
                    Some(
                        t.get(..16)
                            .and_then(|h| u64::from_str_radix(h, 16).ok())
                            .ok_or_else(|| invalid(format!("{at}.place"), "not a token"))?,
                    )
                }
            };
            Content::Person {
                variants: out,
                place,
            }
        }
        Payload::Identifier { kind, token } => {
            if kind.is_empty()
                || kind.len() > 32
                || !kind.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
            {
                return Err(invalid(
                    format!("{at}.kind"),
                    "must be an identifier kind such as phone or iban",
                ));
            }
            check_token(token, &format!("{at}.token"))?;
            Content::Identifier {
                kind: kind.clone(),
                token: token.clone(),
            }
        }
        Payload::Organisation { tokens } => {
            if tokens.is_empty() || tokens.len() > MAX_VARIANTS {
                return Err(invalid(
                    format!("{at}.tokens"),
                    format!("{} tokens, expected 1 to {MAX_VARIANTS}", tokens.len()),
                ));
            }
            for (i, t) in tokens.iter().enumerate() {
                check_token(t, &format!("{at}.tokens[{i}]"))?;
            }
            Content::Organisation(tokens.clone())
        }
    })
}
