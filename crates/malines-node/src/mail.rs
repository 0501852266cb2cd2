//! The post office of a member (an authority's node, or a provider): sealed letters to and
//! from other members through the hub (SPEC §5, §6).
//!
//! Sending: a letter is signed and sealed here ([`malines_pki::seal`]), recorded with its
//! envelope, then given to the hub by the loop; the envelope is dropped once the hub has it.
//! Receiving: the loop reads this member's mailbox at the hub, opens and verifies each letter
//! against the signed directory, records it, answers a signed *delivered* receipt, and only
//! then confirms it to the hub (which forgets it). A letter that does not open or verify is
//! refused with its reason, in the ledger and in the list of refused letters. Receipts update
//! the letter they are about; a user reading a letter here sends a *read* receipt.
//!
//! Letters of other kinds than messages and receipts (orders and their answers) are recorded
//! the same way and handed to the [`Handler`] the member registers.

use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use malines_core::clock::Clock;
use malines_pki::seal::{self, Letter, Opened, SealError};
use malines_pki::{Directory, Identity};
use malines_proto::Envelope;
use malines_store::Store;
use malines_store::audit::{Ledger, NewEntry};
use malines_store::mail::LetterRow;
use serde_json::Value;
use tokio::sync::{Notify, RwLock};

use crate::client::{HubClient, HubError};
use crate::{Error, Result};

/// How long the directory read from the hub is trusted before it is read again.
const DIRECTORY_TTL: Duration = Duration::from_secs(300);

/// What a member does with the letters of the kinds it handles (orders and their answers).
pub trait Handler: Send + Sync {
    /// A letter received, opened and verified, recorded already.
    fn received<'a>(
        &'a self,
        post: &'a PostOffice,
        opened: &'a Opened,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<()>> + Send + 'a>>;

    /// Called every [`TICK`] while the post office runs (deadlines).
    fn tick<'a>(
        &'a self,
        post: &'a PostOffice,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<()>> + Send + 'a>>;
}

/// How often the handler's [`Handler::tick`] runs.
pub const TICK: Duration = Duration::from_secs(60);

/// A letter that was refused, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Refused {
    pub id: String,
    pub from: String,
    #[serde(with = "time::serde::rfc3339")]
    pub at: time::OffsetDateTime,
    pub reason: String,
}

/// A member's post office.
pub struct PostOffice {
    identity: Identity,
    client: HubClient,
    store: Store,
    clock: Arc<dyn Clock>,
    ledger: Arc<Ledger>,
    directory: RwLock<Option<(Instant, Arc<Directory>)>>,
    wake: Notify,
    handler: std::sync::OnceLock<Arc<dyn Handler>>,
    refused: std::sync::Mutex<Vec<Refused>>,
    order_lock: tokio::sync::Mutex<()>,
}

impl std::fmt::Debug for PostOffice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostOffice")
            .field("member", &self.identity.code)
            .finish_non_exhaustive()
    }
}

/// A time as RFC 3339 text, as letters carry times.
pub fn rfc3339(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

fn b64(bytes: &[u8]) -> String {
    B64.encode(bytes)
}

impl PostOffice {
    pub fn new(
        identity: Identity,
        client: HubClient,
        store: Store,
        clock: Arc<dyn Clock>,
        ledger: Arc<Ledger>,
    ) -> Arc<PostOffice> {
        Arc::new(PostOffice {
            identity,
            client,
            store,
            clock,
            ledger,
            directory: RwLock::new(None),
            wake: Notify::new(),
            handler: std::sync::OnceLock::new(),
            refused: std::sync::Mutex::new(Vec::new()),
            order_lock: tokio::sync::Mutex::new(()),
        })
    }

    /// Registers what to do with orders and their answers (once).
    pub fn set_handler(&self, handler: Arc<dyn Handler>) {
        let _ = self.handler.set(handler);
    }

    pub fn code(&self) -> &str {
        &self.identity.code
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn now(&self) -> time::OffsetDateTime {
        self.clock.now()
    }

    pub fn ledger(&self) -> &Arc<Ledger> {
        &self.ledger
    }

    /// The signed directory (verified with the operator's key), read again after a while or
    /// when `fresh` is asked.
    pub async fn directory(&self, fresh: bool) -> Result<Arc<Directory>> {
        if !fresh
            && let Some((at, d)) = self.directory.read().await.as_ref()
            && at.elapsed() < DIRECTORY_TTL
        {
            return Ok(d.clone());
        }
        let d = Arc::new(self.client.verified_directory().await?);
        *self.directory.write().await = Some((Instant::now(), d.clone()));
        Ok(d)
    }

    /// Uses `directory` (verified by the caller with the operator's key) until it is read
    /// again from the hub: a node starting while the hub is away, or a test.
    pub async fn use_directory(&self, directory: Directory) {
        *self.directory.write().await = Some((Instant::now(), Arc::new(directory)));
    }

    /// Signs and seals a letter to `to`, records it, and wakes the loop to give it to the hub.
    /// `author` is who wrote it here (recorded with it, and named in `body` by the caller
    /// where the recipient should see it).
    pub async fn send(
        &self,
        to: &str,
        kind: &str,
        thread: &str,
        author: &str,
        body: Value,
    ) -> Result<LetterRow> {
        let mut directory = self.directory(false).await?;
        if directory.member(to).is_none() {
            directory = self.directory(true).await?;
        }
        let recipient = directory.member(to).ok_or_else(|| {
            Error::Internal(format!("to: {to} is not a member of the federation"))
        })?;
        let letter = Letter {
            v: 1,
            id: seal::new_id(),
            from: self.identity.code.clone(),
            to: to.to_string(),
            at: self.clock.now(),
            kind: kind.to_string(),
            body,
        };
        let seal::Outgoing {
            envelope,
            signed,
            signature,
        } = seal::seal(&self.identity, recipient, &letter)
            .map_err(|e| Error::Internal(format!("to: {e}")))?;
        let row = LetterRow {
            id: letter.id.clone(),
            direction: "out".into(),
            counterpart: to.to_string(),
            kind: kind.to_string(),
            thread: thread.to_string(),
            author: author.to_string(),
            signed: b64(&signed),
            signature: b64(&signature),
            at: letter.at,
            envelope: Some(
                serde_json::to_string(&envelope)
                    .map_err(|e| Error::Internal(format!("envelope: {e}")))?,
            ),
            sent_at: None,
            delivered_at: None,
            read_at: None,
            read_by: None,
        };
        self.store.letter_insert(&row).await?;
        self.wake.notify_one();
        Ok(row)
    }

    /// Gives the hub every letter it does not have yet; how many it took.
    pub async fn push(&self) -> Result<usize> {
        let mut sent = 0;
        for row in self.store.letters_to_send(50).await? {
            let Some(json) = &row.envelope else {
                continue;
            };
            let env: Envelope = serde_json::from_str(json)
                .map_err(|e| Error::Internal(format!("letter {} is unreadable: {e}", row.id)))?;
            match self.client.post_letter(&env).await {
                Ok(_) => {
                    self.store.letter_sent(&row.id, self.clock.now()).await?;
                    sent += 1;
                }
                // The hub refuses it for good (a revoked recipient): say so, keep it here.
                Err(HubError::Refused { status, body }) if (400..500).contains(&status) => {
                    tracing::warn!(letter = %row.id, to = %row.counterpart, reason = %body.error, "the hub refused a letter");
                    self.ledger
                        .append(
                            self.clock.now(),
                            NewEntry::new("hub", "letter_not_relayed", &row.id)
                                .detail(format!("to {}: {}", row.counterpart, body.error)),
                        )
                        .await?;
                    self.store.letter_sent(&row.id, self.clock.now()).await?;
                }
                Err(e) => return Err(e.into()),
            }
        }
        Ok(sent)
    }

    /// Reads the mailbox once (waiting up to `wait` seconds for a letter), takes in what is
    /// there, and confirms it to the hub; how many letters came.
    pub async fn fetch(&self, wait: u64) -> Result<usize> {
        let cursor = u64::try_from(self.store.mail_cursor().await?).unwrap_or(0);
        let page = self
            .client
            .mailbox(&self.identity.code, cursor, wait)
            .await?;
        if page.letters.is_empty() {
            return Ok(0);
        }
        let n = page.letters.len();
        for posted in &page.letters {
            self.take(&posted.envelope).await?;
        }
        self.store
            .set_mail_cursor(i64::try_from(page.next).unwrap_or(i64::MAX))
            .await?;
        self.client.mail_ack(&self.identity.code, page.next).await?;
        Ok(n)
    }

    /// Opens, verifies and records one letter; a refused one is recorded as refused.
    pub async fn take(&self, env: &Envelope) -> Result<()> {
        let opened = match self.open(env).await? {
            Ok(o) => o,
            Err(e) => {
                let reason = e.to_string();
                tracing::warn!(letter = %env.id, from = %env.from, %reason, "letter refused");
                self.ledger
                    .append(
                        self.clock.now(),
                        NewEntry::new(&env.from, "letter_refused", &env.id).detail(&reason),
                    )
                    .await?;
                if let Ok(mut r) = self.refused.lock() {
                    r.push(Refused {
                        id: env.id.clone(),
                        from: env.from.clone(),
                        at: self.clock.now(),
                        reason,
                    });
                }
                return Ok(());
            }
        };
        let l = &opened.letter;
        if l.kind == "receipt" {
            return self.receipt(&opened).await;
        }
        let thread = l
            .body
            .get("thread")
            .and_then(Value::as_str)
            .unwrap_or(&l.id)
            .to_string();
        let author = l
            .body
            .get("author")
            .and_then(Value::as_str)
            .unwrap_or(&l.from)
            .to_string();
        let now = self.clock.now();
        let row = LetterRow {
            id: l.id.clone(),
            direction: "in".into(),
            counterpart: l.from.clone(),
            kind: l.kind.clone(),
            thread: thread.clone(),
            author,
            signed: b64(&opened.signed),
            signature: b64(&opened.signature),
            at: l.at,
            envelope: None,
            sent_at: None,
            delivered_at: Some(now),
            read_at: None,
            read_by: None,
        };
        if !self.store.letter_insert(&row).await? {
            // A second delivery of a letter taken before (the hub did not get our confirmation).
            return Ok(());
        }
        self.ledger
            .append(
                now,
                NewEntry::new(&l.from, "letter_received", &l.id)
                    .detail(format!("{} in {thread}", l.kind)),
            )
            .await?;
        self.send(
            &l.from,
            "receipt",
            &thread,
            "system",
            serde_json::json!({ "of": l.id, "thread": thread, "delivered_at": rfc3339(now) }),
        )
        .await?;
        if let Some(h) = self.handler.get()
            && let Err(e) = h.received(self, &opened).await
        {
            // The letter is kept; what could not be done with it is said, and the mailbox
            // goes on (one bad letter must not hold up the ones behind it).
            tracing::warn!(letter = %l.id, from = %l.from, kind = %l.kind, error = %e, "letter not handled");
            self.ledger
                .append(
                    self.clock.now(),
                    NewEntry::new(&l.from, "letter_not_handled", &l.id)
                        .detail(format!("{}: {e}", l.kind)),
                )
                .await?;
        }
        Ok(())
    }

    /// Held while an order moves from one step to the next here, so that two requests cannot
    /// both take the same step (and, say, send an order twice).
    pub fn order_lock(&self) -> &tokio::sync::Mutex<()> {
        &self.order_lock
    }

    async fn open(&self, env: &Envelope) -> Result<std::result::Result<Opened, SealError>> {
        let directory = self.directory(false).await?;
        match seal::open(&self.identity, &directory, env) {
            // A member that joined (or was revoked) since the directory was read.
            Err(SealError::UnknownSender(_) | SealError::BadSignature(_)) => {
                let fresh = self.directory(true).await?;
                Ok(seal::open(&self.identity, &fresh, env))
            }
            r => Ok(r),
        }
    }

    async fn receipt(&self, opened: &Opened) -> Result<()> {
        let b = &opened.letter.body;
        let Some(of) = b.get("of").and_then(Value::as_str) else {
            return Ok(());
        };
        let Some(mine) = self.store.letter_get(of).await? else {
            return Ok(());
        };
        // A receipt counts only from the letter's recipient.
        if mine.direction != "out" || mine.counterpart != opened.letter.from {
            return Ok(());
        }
        let time = |k: &str| {
            b.get(k).and_then(Value::as_str).and_then(|s| {
                time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).ok()
            })
        };
        self.store
            .letter_receipt(
                of,
                time("delivered_at"),
                time("read_at"),
                b.get("read_by").and_then(Value::as_str),
            )
            .await?;
        Ok(())
    }

    /// A user here reads a letter received: the first reading is recorded and the sender gets
    /// a signed *read* receipt naming the reader. False if it was read before.
    pub async fn mark_read(&self, letter: &LetterRow, username: &str, name: &str) -> Result<bool> {
        let now = self.clock.now();
        if letter.direction != "in"
            || !self
                .store
                .letter_first_read(&letter.id, username, now)
                .await?
        {
            return Ok(false);
        }
        self.ledger
            .append(now, NewEntry::new(username, "letter_read", &letter.id))
            .await?;
        self.send(
            &letter.counterpart,
            "receipt",
            &letter.thread,
            "system",
            serde_json::json!({
                "of": letter.id, "thread": letter.thread, "read_at": rfc3339(now), "read_by": name,
            }),
        )
        .await?;
        Ok(true)
    }

    /// Letters refused since this post office started, newest last.
    pub fn refused(&self) -> Vec<Refused> {
        self.refused.lock().map(|r| r.clone()).unwrap_or_default()
    }

    /// Checks a recorded letter's signature again against the current directory: who signed
    /// it, as the directory says now.
    pub async fn verify_kept(
        &self,
        row: &LetterRow,
    ) -> Result<std::result::Result<Letter, String>> {
        let signed = B64
            .decode(&row.signed)
            .map_err(|_| Error::Internal(format!("letter {} is unreadable", row.id)))?;
        let sig: [u8; 64] = B64
            .decode(&row.signature)
            .ok()
            .and_then(|s| s.try_into().ok())
            .ok_or_else(|| Error::Internal(format!("letter {} has no signature", row.id)))?;
        let d = self.directory(false).await?;
        Ok(seal::verify_kept(&d, &signed, &sig).map_err(|e| e.to_string()))
    }

    /// The letter as it was signed.
    pub fn letter_of(row: &LetterRow) -> Option<Letter> {
        let signed = B64.decode(&row.signed).ok()?;
        serde_json::from_slice(&signed).ok()
    }

    /// Sends what waits and reads the mailbox, until `shutdown`.
    pub async fn run(self: Arc<Self>, shutdown: impl std::future::Future<Output = ()> + Send) {
        let sender = {
            let post = self.clone();
            async move {
                let mut pause = Duration::from_secs(5);
                loop {
                    match post.push().await {
                        Ok(_) => pause = Duration::from_secs(5),
                        Err(e) => {
                            tracing::warn!(member = %post.identity.code, error = %e, "letters not sent; will retry");
                            pause = (pause * 2).min(Duration::from_secs(60));
                        }
                    }
                    let _ = tokio::time::timeout(pause, post.wake.notified()).await;
                }
            }
        };
        let reader = {
            let post = self.clone();
            async move {
                let mut pause = Duration::from_millis(500);
                loop {
                    match post.fetch(20).await {
                        Ok(_) => pause = Duration::from_millis(500),
                        Err(e) => {
                            tracing::warn!(member = %post.identity.code, error = %e, "mailbox read failed; will retry");
                            tokio::time::sleep(pause).await;
                            pause = (pause * 2).min(Duration::from_secs(30));
                        }
                    }
                }
            }
        };
        let ticker = {
            let post = self.clone();
            async move {
                loop {
                    tokio::time::sleep(TICK).await;
                    if let Some(h) = post.handler.get()
                        && let Err(e) = h.tick(&post).await
                    {
                        tracing::warn!(member = %post.identity.code, error = %e, "deadline check failed");
                    }
                }
            }
        };
        tokio::select! {
            _ = sender => {}
            _ = reader => {}
            _ = ticker => {}
            _ = shutdown => {}
        }
    }
}
