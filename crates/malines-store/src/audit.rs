//! The audit ledger at a node or at the hub: append, read, prove, verify (issue #7).
//!
//! The store only inserts and reads (and the database refuses updates and deletes of these
//! tables). [`Ledger`] keeps the right edge of the tree in memory ([`Frontier`]), so an
//! append writes the entry and the subtrees it completes in one transaction without reading
//! anything; proofs read the few stored subtrees they need in one query.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use malines_core::audit::{
    AuditEntry, Frontier, Hash, HeadSigner, NodeKey, Plan, TreeHead, empty_root, leaf_hash,
};
use malines_core::{Error, Result};
use time::OffsetDateTime;

use crate::{Store, postgres, sqlite};

/// A stored entry: its sequence number, canonical JSON and leaf hash (hex).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryRow {
    pub seq: i64,
    pub body: String,
    pub leaf_hash: String,
}

/// A stored signed tree head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadRow {
    pub size: i64,
    pub member: String,
    pub root: String,
    pub at: OffsetDateTime,
    pub signature: String,
}

macro_rules! both {
    ($self:ident, $f:ident ( $($arg:expr),* )) => {
        match $self {
            Store::Sqlite(p) => sqlite::audit::$f(p, $($arg),*).await,
            Store::Postgres(p) => postgres::audit::$f(p, $($arg),*).await,
        }
    };
}

impl Store {
    pub async fn audit_size(&self) -> Result<i64> {
        both!(self, audit_size())
    }

    /// Inserts entries and tree nodes in one transaction (nothing else writes these tables).
    pub async fn audit_append(
        &self,
        entries: &[EntryRow],
        nodes: &[(i32, i64, String)],
    ) -> Result<()> {
        both!(self, audit_append(entries, nodes))
    }

    /// The stored hashes of the given subtrees (level 0: leaves).
    pub async fn audit_nodes(&self, keys: &[(i32, i64)]) -> Result<Vec<(i32, i64, String)>> {
        both!(self, audit_nodes(keys))
    }

    /// Entries with `from <= seq < to`, in order.
    pub async fn audit_entries(&self, from: i64, to: i64) -> Result<Vec<EntryRow>> {
        both!(self, audit_entries(from, to))
    }

    /// Stored subtrees of one level with `from <= idx < to`.
    pub async fn audit_level(&self, level: i32, from: i64, to: i64) -> Result<Vec<(i64, String)>> {
        both!(self, audit_level(level, from, to))
    }

    pub async fn audit_head_insert(&self, h: &HeadRow) -> Result<()> {
        both!(self, audit_head_insert(h))
    }

    /// Signed heads, newest first.
    pub async fn audit_heads(&self, limit: i64) -> Result<Vec<HeadRow>> {
        both!(self, audit_heads(limit))
    }
}

/// What to record: everything of an entry but its place and time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewEntry {
    pub actor: String,
    pub action: String,
    pub target: String,
    pub purpose: String,
    pub detail: String,
}

impl NewEntry {
    pub fn new(actor: &str, action: &str, target: &str) -> NewEntry {
        NewEntry {
            actor: actor.into(),
            action: action.into(),
            target: target.into(),
            ..Default::default()
        }
    }

    pub fn purpose(mut self, p: &str) -> NewEntry {
        self.purpose = p.into();
        self
    }

    pub fn detail(mut self, d: impl Into<String>) -> NewEntry {
        self.detail = d.into();
        self
    }
}

fn hash_of(hex_text: &str) -> Option<Hash> {
    hex::decode(hex_text).ok()?.try_into().ok()
}

fn to_i64(n: u64) -> Result<i64> {
    i64::try_from(n).map_err(|_| Error::Storage("audit ledger too large".into()))
}

fn key_i(k: NodeKey) -> Result<(i32, i64)> {
    Ok((
        i32::try_from(k.0).map_err(|_| Error::Storage("tree level".into()))?,
        to_i64(k.1)?,
    ))
}

/// A head as stored and as shown: from a row.
pub fn head_of(r: &HeadRow) -> TreeHead {
    TreeHead {
        member: r.member.clone(),
        size: u64::try_from(r.size).unwrap_or(0),
        root: r.root.clone(),
        at: r.at,
        signature: r.signature.clone(),
    }
}

/// What [`Ledger::verify`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    /// Entries read.
    pub entries: u64,
    /// The root recomputed from them.
    pub root: Hash,
    /// Signed heads checked (stored and given).
    pub heads_checked: usize,
    /// The first problem, naming the entry; `None`: the ledger is intact.
    pub problem: Option<String>,
}

/// One ledger (a node's, or the hub's).
pub struct Ledger {
    store: Store,
    member: String,
    /// Set at start, once the member's identity is loaded.
    signer: std::sync::RwLock<Option<Arc<dyn HeadSigner>>>,
    state: tokio::sync::Mutex<Option<Frontier>>,
    /// Appends waiting for the next transaction (group commit).
    pending: std::sync::Mutex<Vec<Pending>>,
}

/// An append waiting to be written, and where to send its sequence number.
type Pending = (
    OffsetDateTime,
    NewEntry,
    tokio::sync::oneshot::Sender<Result<u64>>,
);

impl std::fmt::Debug for Ledger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ledger")
            .field("member", &self.member)
            .finish_non_exhaustive()
    }
}

/// Entries read per query when verifying or exporting.
const CHUNK: i64 = 20_000;

impl Ledger {
    /// The ledger of `member` in `store`; heads are signed only with a signer.
    pub fn new(store: Store, member: &str, signer: Option<Arc<dyn HeadSigner>>) -> Ledger {
        Ledger {
            store,
            member: member.into(),
            signer: std::sync::RwLock::new(signer),
            state: tokio::sync::Mutex::new(None),
            pending: std::sync::Mutex::new(Vec::new()),
        }
    }

    pub fn member(&self) -> &str {
        &self.member
    }

    /// Signs the heads with `signer` from now on.
    pub fn set_signer(&self, signer: Arc<dyn HeadSigner>) {
        if let Ok(mut s) = self.signer.write() {
            *s = Some(signer);
        }
    }

    fn signer(&self) -> Option<Arc<dyn HeadSigner>> {
        self.signer.read().ok().and_then(|s| s.clone())
    }

    async fn fetch(&self, keys: &[NodeKey]) -> Result<BTreeMap<NodeKey, Hash>> {
        let ks = keys.iter().map(|k| key_i(*k)).collect::<Result<Vec<_>>>()?;
        let mut out = BTreeMap::new();
        for (level, idx, h) in self.store.audit_nodes(&ks).await? {
            let (Ok(level), Ok(idx), Some(h)) =
                (u32::try_from(level), u64::try_from(idx), hash_of(&h))
            else {
                return Err(Error::Storage("a stored audit node is malformed".into()));
            };
            out.insert((level, idx), h);
        }
        Ok(out)
    }

    async fn frontier(&self, state: &mut Option<Frontier>) -> Result<Frontier> {
        if let Some(f) = state {
            return Ok(f.clone());
        }
        let size = u64::try_from(self.store.audit_size().await?).unwrap_or(0);
        let keys = Frontier::keys(size);
        let nodes = self.fetch(&keys).await?;
        let f = Frontier::load(size, &nodes).ok_or_else(|| {
            Error::Storage(
                "the audit ledger's stored tree is incomplete: run `malines audit verify`".into(),
            )
        })?;
        *state = Some(f.clone());
        Ok(f)
    }

    /// Appends one entry; its sequence number.
    ///
    /// Group commit: entries that arrive while another append is being written wait for it,
    /// and the next writer writes them all in one transaction (each still gets its own
    /// sequence number and its own time). Under concurrent requests this is what keeps the
    /// rate of appends above the rate of transactions.
    pub async fn append(&self, at: OffsetDateTime, e: NewEntry) -> Result<u64> {
        let (tx, mut rx) = tokio::sync::oneshot::channel();
        if let Ok(mut q) = self.pending.lock() {
            q.push((at, e, tx));
        }
        tokio::select! {
            // Another append took ours into its transaction.
            r = &mut rx => {
                return r.map_err(|_| Error::Storage("an audit append was dropped".into()))?;
            }
            mut state = self.state.lock() => {
                // The leader writes what is waiting, and what arrives meanwhile, a few rounds
                // at most (so that it returns too).
                for _ in 0..8 {
                    let batch: Vec<_> = self
                        .pending
                        .lock()
                        .map(|mut q| std::mem::take(&mut *q))
                        .unwrap_or_default();
                    if batch.is_empty() {
                        break;
                    }
                    let (items, senders): (Vec<_>, Vec<_>) = batch
                        .into_iter()
                        .map(|(at, e, tx)| ((at, e), tx))
                        .unzip();
                    match self.write(&mut state, items).await {
                        Ok(first) => {
                            for (i, tx) in senders.into_iter().enumerate() {
                                let _ = tx.send(Ok(first + i as u64));
                            }
                        }
                        Err(e) => {
                            for tx in senders {
                                let _ = tx.send(Err(Error::Storage(e.to_string())));
                            }
                        }
                    }
                }
            }
        }
        rx.await
            .map_err(|_| Error::Storage("an audit append was dropped".into()))?
    }

    /// Appends entries in one transaction; the sequence number of the first.
    pub async fn append_many(&self, at: OffsetDateTime, entries: Vec<NewEntry>) -> Result<u64> {
        let mut state = self.state.lock().await;
        self.write(&mut state, entries.into_iter().map(|e| (at, e)).collect())
            .await
    }

    /// Writes entries (each with its time) in one transaction, under the state lock. If it
    /// fails, the right edge is read again from the store and the write tried once more:
    /// another process (a `malines users` command next to the running node) may have appended
    /// meanwhile.
    async fn write(
        &self,
        state: &mut Option<Frontier>,
        entries: Vec<(OffsetDateTime, NewEntry)>,
    ) -> Result<u64> {
        match self.try_write(state, &entries).await {
            Ok(first) => Ok(first),
            Err(_) => self.try_write(state, &entries).await,
        }
    }

    async fn try_write(
        &self,
        state: &mut Option<Frontier>,
        entries: &[(OffsetDateTime, NewEntry)],
    ) -> Result<u64> {
        let mut f = self.frontier(state).await?;
        let first = f.size();
        let mut rows = Vec::with_capacity(entries.len());
        let mut nodes = Vec::new();
        for (at, e) in entries {
            let entry = AuditEntry {
                seq: f.size(),
                at: *at,
                actor: e.actor.clone(),
                action: e.action.clone(),
                target: e.target.clone(),
                purpose: e.purpose.clone(),
                detail: e.detail.clone(),
            };
            let body = String::from_utf8(entry.canonical_bytes())
                .map_err(|_| Error::Storage("audit entry encoding".into()))?;
            let leaf = leaf_hash(body.as_bytes());
            for (k, h) in f.push(leaf) {
                if k.0 > 0 {
                    let (l, i) = key_i(k)?;
                    nodes.push((l, i, hex::encode(h)));
                }
            }
            rows.push(EntryRow {
                seq: to_i64(entry.seq)?,
                body,
                leaf_hash: hex::encode(leaf),
            });
        }
        match self.store.audit_append(&rows, &nodes).await {
            Ok(()) => {
                *state = Some(f);
                Ok(first)
            }
            Err(e) => {
                // Reload from the store next time: it may hold more than we think.
                *state = None;
                Err(e)
            }
        }
    }

    /// The current size and root.
    pub async fn root(&self) -> Result<(u64, Hash)> {
        let mut state = self.state.lock().await;
        let f = self.frontier(&mut state).await?;
        Ok((f.size(), f.root()))
    }

    /// Signs and stores the current head (if there is a signer and it grew since the last).
    pub async fn sign_head(&self, at: OffsetDateTime) -> Result<Option<TreeHead>> {
        match self.signer() {
            Some(signer) => self.sign_head_with(signer.as_ref(), at).await.map(Some),
            None => Ok(None),
        }
    }

    /// Signs and stores the current head with `signer` (for a ledger opened without one).
    pub async fn sign_head_with(
        &self,
        signer: &dyn HeadSigner,
        at: OffsetDateTime,
    ) -> Result<TreeHead> {
        let (size, root) = self.root().await?;
        let sig = signer.sign(&TreeHead::signed_bytes(&self.member, size, &root, at));
        let row = HeadRow {
            size: to_i64(size)?,
            member: self.member.clone(),
            root: hex::encode(root),
            at,
            signature: hex::encode(sig),
        };
        self.store.audit_head_insert(&row).await?;
        // The head stored for this size (an earlier one if it did not grow).
        let latest = self.store.audit_heads(1).await?;
        latest
            .first()
            .map(head_of)
            .ok_or_else(|| Error::Storage("the signed head was not stored".into()))
    }

    /// Signs the head every `every`, when the ledger grew since the last one, for as long as
    /// the runtime runs (with `signer`, or the ledger's own). Failures are logged and retried
    /// at the next tick.
    pub fn sign_heads_every(
        self: Arc<Self>,
        every: std::time::Duration,
        signer: Option<Arc<dyn HeadSigner>>,
    ) {
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            let mut last = None;
            loop {
                tick.tick().await;
                let size = match self.root().await {
                    Ok((size, _)) => size,
                    Err(e) => {
                        tracing::warn!(member = %self.member, error = %e, "cannot read the audit ledger");
                        continue;
                    }
                };
                if last == Some(size) {
                    continue;
                }
                let now = OffsetDateTime::now_utc();
                let signed = match &signer {
                    Some(s) => self.sign_head_with(s.as_ref(), now).await.map(Some),
                    None => self.sign_head(now).await,
                };
                match signed {
                    Ok(_) => last = Some(size),
                    Err(e) => {
                        tracing::warn!(member = %self.member, error = %e, "cannot sign the audit ledger's head");
                    }
                }
            }
        });
    }

    /// Signed heads, newest first.
    pub async fn heads(&self, limit: i64) -> Result<Vec<TreeHead>> {
        Ok(self
            .store
            .audit_heads(limit)
            .await?
            .iter()
            .map(head_of)
            .collect())
    }

    async fn plan<T>(&self, f: impl Fn(&mut Plan) -> Option<T>) -> Result<Option<T>> {
        let mut p = Plan::new();
        if let Some(v) = f(&mut p) {
            return Ok(Some(v));
        }
        let keys = p.keys();
        if keys.is_empty() {
            return Ok(None);
        }
        let nodes = self.fetch(&keys).await?;
        p.supply(nodes);
        Ok(f(&mut p))
    }

    /// The inclusion path of entry `seq` in the tree of `size` entries.
    pub async fn inclusion(&self, seq: u64, size: u64) -> Result<Option<Vec<Hash>>> {
        if size > self.root().await?.0 {
            return Ok(None);
        }
        self.plan(|p| p.inclusion(seq, size)).await
    }

    /// The consistency proof from `old` entries to `new`.
    pub async fn consistency(&self, old: u64, new: u64) -> Result<Option<Vec<Hash>>> {
        if new > self.root().await?.0 {
            return Ok(None);
        }
        self.plan(|p| p.consistency(old, new)).await
    }

    /// Entries with `from <= seq < to`, parsed.
    pub async fn entries(&self, from: u64, to: u64) -> Result<Vec<AuditEntry>> {
        let rows = self.store.audit_entries(to_i64(from)?, to_i64(to)?).await?;
        rows.iter()
            .map(|r| {
                serde_json::from_str(&r.body)
                    .map_err(|e| Error::Storage(format!("audit entry {}: {e}", r.seq)))
            })
            .collect()
    }

    /// Rereads every entry and checks, in order: no entry missing, each entry's content at
    /// its place and matching its stored hash, the stored tree matching the entries, every
    /// stored head and every head in `anchors` (saved by an auditor) matching the root
    /// recomputed at its size with a valid signature (`signature_ok`). Stops at the first
    /// problem, which names the entry.
    pub async fn verify(
        &self,
        anchors: &[TreeHead],
        signature_ok: &(dyn Fn(&TreeHead) -> bool + Sync),
    ) -> Result<Verification> {
        let stored: Vec<TreeHead> = self
            .store
            .audit_heads(i64::MAX)
            .await?
            .iter()
            .map(head_of)
            .collect();
        let mut heads: Vec<(&TreeHead, &str)> = stored.iter().map(|h| (h, "stored")).collect();
        heads.extend(anchors.iter().map(|h| (h, "saved")));
        let sizes: BTreeSet<u64> = heads.iter().map(|(h, _)| h.size).collect();
        let mut roots: BTreeMap<u64, Hash> = BTreeMap::new();
        if sizes.contains(&0) {
            roots.insert(0, empty_root());
        }
        let mut f = Frontier::default();
        let mut problem = None;
        let mut from = 0i64;
        'read: loop {
            let rows = self.store.audit_entries(from, from + CHUNK).await?;
            let last_chunk = rows.len() < usize::try_from(CHUNK).unwrap_or(usize::MAX);
            let mut completed: Vec<(NodeKey, Hash)> = Vec::new();
            for r in &rows {
                let expected = to_i64(f.size())?;
                if r.seq != expected {
                    problem = Some(format!(
                        "entry {expected} is missing (the next stored entry is {})",
                        r.seq
                    ));
                    break 'read;
                }
                match serde_json::from_str::<AuditEntry>(&r.body) {
                    Ok(e) if e.seq != f.size() => {
                        problem = Some(format!(
                            "entry {expected} holds the content of entry {} (entries were moved)",
                            e.seq
                        ));
                        break 'read;
                    }
                    Ok(_) => {}
                    Err(_) => {
                        problem = Some(format!("entry {expected} is not a ledger entry any more"));
                        break 'read;
                    }
                }
                let leaf = leaf_hash(r.body.as_bytes());
                if hex::encode(leaf) != r.leaf_hash {
                    problem = Some(format!(
                        "entry {expected} was changed after it was written (its content no longer has its recorded hash)"
                    ));
                    break 'read;
                }
                completed.extend(f.push(leaf).into_iter().filter(|(k, _)| k.0 > 0));
                if sizes.contains(&f.size()) {
                    roots.insert(f.size(), f.root());
                }
            }
            // The stored tree must be the tree of these entries.
            let keys: Vec<NodeKey> = completed.iter().map(|(k, _)| *k).collect();
            let stored_nodes = self.fetch(&keys).await?;
            for (k, h) in &completed {
                if stored_nodes.get(k) != Some(h) {
                    let first = k.1 << k.0;
                    let last = first + (1u64 << k.0) - 1;
                    problem = Some(format!(
                        "entries {first} to {last} do not match the stored tree: one of them was rewritten, or the tree was"
                    ));
                    break 'read;
                }
            }
            if last_chunk {
                break;
            }
            from += CHUNK;
        }
        let mut checked = 0;
        if problem.is_none() {
            for (h, whence) in &heads {
                checked += 1;
                let Some(root) = roots.get(&h.size) else {
                    problem = Some(format!(
                        "the {whence} head of size {} is beyond the {} entries left: entries were deleted",
                        h.size,
                        f.size()
                    ));
                    break;
                };
                if h.root_hash().as_ref() != Some(root) {
                    problem = Some(format!(
                        "the {whence} head of size {} does not match the entries before it: an entry before {} was rewritten",
                        h.size, h.size
                    ));
                    break;
                }
                if !signature_ok(h) {
                    problem = Some(format!(
                        "the {whence} head of size {} does not carry a valid signature of {}",
                        h.size, h.member
                    ));
                    break;
                }
            }
        }
        Ok(Verification {
            entries: f.size(),
            root: f.root(),
            heads_checked: checked,
            problem,
        })
    }
}
