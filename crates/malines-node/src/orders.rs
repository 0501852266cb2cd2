//! Disclosure and preservation orders between an authority and a provider (SPEC §6), over
//! the post office's sealed letters.
//!
//! At the authority: an order is drafted, validated by a second person, then signed (the
//! letter's signature is the authority's) and sealed to the provider. Emergency orders for
//! subscriber or identification data only may go before validation, and are withdrawn if no
//! validation comes within 48 hours ([`tick`]). The provider's answers arrive as `order_event`
//! letters and move the order on; a data package is checked against its hash and answered
//! with a signed receipt of that hash.
//!
//! At the provider: an `order` letter (already opened and its signature verified against the
//! directory) is checked by [`malines_core::orders::verify`] (signed by an authority,
//! validated where required, allowed under its framework, not expired, not replayed). A good
//! order is recorded as received, which starts its deadline, and the authority is told. A bad
//! one is recorded as refused with each reason, and the authority is told why.
//!
//! Every step is in the order's timeline and in the member's audit ledger.

use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use malines_core::orders::{
    Capacity, OrderData, OrderDocument, OrderStatus, Receipt, Refusal, Signatory, Step, Timing,
};
use malines_pki::MemberKind;
use malines_pki::seal::{self, Opened};
use malines_store::audit::NewEntry;
use malines_store::orders::{OrderEventRow, OrderRow};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use crate::mail::{Handler, PostOffice, rfc3339};
use crate::{Error, Result};

/// Who acts on an order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub username: String,
    pub name: String,
    /// For issuing and validating: the capacity recorded for the user.
    pub capacity: Option<Capacity>,
}

/// A refused step: the reason, in words.
fn refuse(reason: impl Into<String>) -> Error {
    Error::Refused(reason.into())
}

fn data_of(o: &OrderRow) -> Result<OrderData> {
    serde_json::from_str(&o.data)
        .map_err(|e| Error::Internal(format!("order {} is unreadable: {e}", o.id)))
}

fn document_of(o: &OrderRow) -> Result<Option<OrderDocument>> {
    o.document
        .as_deref()
        .map(|d| {
            serde_json::from_str(d)
                .map_err(|e| Error::Internal(format!("order {} document is unreadable: {e}", o.id)))
        })
        .transpose()
}

/// Who validated an order, as stored (JSON in `validated_by`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Validator {
    /// The user here (empty at a provider: only the name and capacity travel).
    #[serde(default)]
    pub username: String,
    pub name: String,
    pub capacity: Capacity,
}

/// The order's validator, if it has one.
pub fn validator_of(o: &OrderRow) -> Option<Validator> {
    serde_json::from_str(o.validated_by.as_deref()?).ok()
}

fn status_of(o: &OrderRow) -> Result<OrderStatus> {
    OrderStatus::parse(&o.status).map_err(Error::Internal)
}

/// The next step's number in an order's timeline.
async fn next_seq(post: &PostOffice, id: &str) -> Result<i64> {
    Ok(post
        .store()
        .order_events(id)
        .await?
        .last()
        .map_or(1, |e| e.seq + 1))
}

/// Writes an order's new state with its step, in the timeline and the ledger; refused if
/// someone changed the order meanwhile.
async fn record(
    post: &PostOffice,
    mut row: OrderRow,
    actor: &str,
    step: &str,
    detail: String,
) -> Result<OrderRow> {
    let seq = next_seq(post, &row.id).await?;
    row.version += 1;
    let at = post.now();
    let event = OrderEventRow {
        order_id: row.id.clone(),
        seq,
        at,
        actor: actor.to_string(),
        step: step.to_string(),
        detail: detail.clone(),
    };
    // The step first: the ledger records only what happened.
    if !post.store().order_step(&row, &event).await? {
        return Err(refuse(
            "the order was changed by someone else meanwhile; open it again",
        ));
    }
    post.ledger()
        .append(
            at,
            NewEntry::new(actor, &format!("order_{step}"), &row.id).detail(detail),
        )
        .await?;
    Ok(row)
}

/// The authority's next order reference: `CODE-ORD-YEAR-NNNN`.
async fn next_reference(post: &PostOffice) -> Result<String> {
    let year = post.now().year();
    let prefix = format!("{}-ORD-{year}-", post.code());
    let n = post
        .store()
        .orders("issued")
        .await?
        .iter()
        .filter_map(|o| o.reference.strip_prefix(&prefix)?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    Ok(format!("{prefix}{:04}", n + 1))
}

/// Drafts an order (at an authority). The order's rules are checked with the drafter's
/// capacity; a judge's validation, if the rules need one, comes later.
pub async fn draft(
    post: &PostOffice,
    case_ref: Option<&str>,
    data: &OrderData,
    by: &Actor,
) -> Result<OrderRow> {
    if by.capacity != Some(data.capacity) {
        return Err(refuse(format!(
            "capacity: the order says {}, the drafter acts as {}",
            data.capacity,
            by.capacity.map_or("nothing", Capacity::as_str)
        )));
    }
    let now = post.now();
    let row = OrderRow {
        id: seal::new_id(),
        side: "issued".into(),
        reference: next_reference(post).await?,
        counterpart: data.provider.clone(),
        case_ref: case_ref.map(str::to_string),
        status: OrderStatus::Draft.as_str().into(),
        urgency: data.urgency.as_str().into(),
        data: serde_json::to_string(data).map_err(|e| Error::Internal(e.to_string()))?,
        created_by: by.username.clone(),
        created_at: now,
        validated_by: None,
        validated_at: None,
        document: None,
        letter: None,
        sent_at: None,
        received_at: None,
        acknowledged_at: None,
        answered_at: None,
        closed_at: None,
        escalated_at: None,
        answer: None,
        verdict: None,
        version: 1,
    };
    let detail = format!(
        "{} {} order to {} ({})",
        data.urgency, data.order_type, data.provider, data.framework
    );
    post.ledger()
        .append(
            now,
            NewEntry::new(&by.username, "order_drafted", &row.id).detail(detail.clone()),
        )
        .await?;
    post.store()
        .order_insert(
            &row,
            &OrderEventRow {
                order_id: row.id.clone(),
                seq: 1,
                at: now,
                actor: by.username.clone(),
                step: "drafted".into(),
                detail,
            },
        )
        .await?;
    Ok(row)
}

/// Validates an order (at an authority): by a second person, with the validator role, whose
/// capacity satisfies the framework. After sending (an emergency order validated after the
/// fact) the provider is told.
pub async fn validate(post: &PostOffice, id: &str, by: &Actor) -> Result<OrderRow> {
    let _step = post.order_lock().lock().await;
    let mut row = issued(post, id).await?;
    let data = data_of(&row)?;
    if by.username == row.created_by
        || document_of(&row)?.is_some_and(|d| d.issued_by.name == by.name)
    {
        return Err(refuse(
            "an order is validated by a second person, not by whoever drafted or sent it",
        ));
    }
    if row.validated_by.is_some() {
        return Err(refuse("the order is validated already"));
    }
    let capacity = by
        .capacity
        .ok_or_else(|| refuse("you have no capacity recorded to validate orders"))?;
    malines_core::orders::check_rules(&data, Some(capacity), post.now().date()).map_err(|e| {
        refuse(
            e.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n"),
        )
    })?;
    let status = status_of(&row)?;
    let next = status
        .after(Step::Validate, data.needs_prior_validation())
        .map_err(refuse)?;
    let after_sending = status != OrderStatus::Draft;
    row.status = next.as_str().into();
    row.validated_by = Some(
        serde_json::to_string(&Validator {
            username: by.username.clone(),
            name: by.name.clone(),
            capacity,
        })
        .map_err(|e| Error::Internal(e.to_string()))?,
    );
    row.validated_at = Some(post.now());
    let row = record(
        post,
        row,
        &by.username,
        "validated",
        format!("by {} as {capacity}", by.name),
    )
    .await?;
    if after_sending {
        to_counterpart(
            post,
            &row,
            &by.name,
            json!({ "step": "validated", "validator": { "name": by.name, "capacity": capacity } }),
        )
        .await?;
    }
    Ok(row)
}

/// An order of `side` (`issued`, `received`) kept here.
async fn on_side(post: &PostOffice, id: &str, side: &str) -> Result<OrderRow> {
    post.store()
        .order_get(id)
        .await?
        .filter(|o| o.side == side)
        .ok_or_else(|| refuse(format!("no order {id} {side} here")))
}

async fn issued(post: &PostOffice, id: &str) -> Result<OrderRow> {
    on_side(post, id, "issued").await
}

/// Signs and sends an order (at an authority): once, and only when the rules allow it.
pub async fn send(post: &PostOffice, id: &str, by: &Actor) -> Result<OrderRow> {
    let _step = post.order_lock().lock().await;
    let mut row = issued(post, id).await?;
    let data = data_of(&row)?;
    let status = status_of(&row)?;
    let next = status
        .after(Step::Send, data.needs_prior_validation())
        .map_err(refuse)?;
    let capacity = by
        .capacity
        .ok_or_else(|| refuse("you have no capacity recorded to issue orders"))?;
    if capacity != data.capacity {
        return Err(refuse(format!(
            "the order is issued by a {}, you act as {capacity}",
            data.capacity
        )));
    }
    let now = post.now();
    let validator = validator_of(&row);
    let validated_by = match (&validator, row.validated_at) {
        (Some(v), Some(at)) => Some(Signatory {
            name: v.name.clone(),
            capacity: v.capacity,
            at,
        }),
        _ => None,
    };
    malines_core::orders::check_rules(&data, validator.as_ref().map(|v| v.capacity), now.date())
        .map_err(|e| {
            refuse(
                e.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n"),
            )
        })?;
    if validator
        .as_ref()
        .is_some_and(|v| v.username == by.username || v.name == by.name)
    {
        return Err(refuse(
            "the person who validated the order cannot also issue it",
        ));
    }
    let doc = OrderDocument {
        id: row.id.clone(),
        issuer: post.code().to_string(),
        reference: row.reference.clone(),
        expires_at: OrderDocument::expiry(&data, now),
        issued_by: Signatory {
            name: by.name.clone(),
            capacity,
            at: now,
        },
        validated_by,
        issued_at: now,
        order: data,
    };
    let thread = format!("order:{}", row.id);
    let letter = post
        .send(
            &row.counterpart,
            "order",
            &thread,
            &by.username,
            json!({ "thread": thread, "author": by.name, "document": doc }),
        )
        .await?;
    row.status = next.as_str().into();
    row.document = Some(serde_json::to_string(&doc).map_err(|e| Error::Internal(e.to_string()))?);
    row.letter = Some(letter.id.clone());
    row.sent_at = Some(now);
    record(
        post,
        row,
        &by.username,
        "sent",
        format!("signed and sealed to the provider, letter {}", letter.id),
    )
    .await
}

/// Withdraws an order (at an authority); the provider is told if it had it.
pub async fn withdraw(post: &PostOffice, id: &str, by: &Actor, why: &str) -> Result<OrderRow> {
    let _step = post.order_lock().lock().await;
    withdraw_locked(post, issued(post, id).await?, by, why).await
}

/// [`withdraw`], with the order lock already held and the row just read under it.
async fn withdraw_locked(
    post: &PostOffice,
    mut row: OrderRow,
    by: &Actor,
    why: &str,
) -> Result<OrderRow> {
    let data = data_of(&row)?;
    let status = status_of(&row)?;
    let next = status
        .after(Step::Withdraw, data.needs_prior_validation())
        .map_err(refuse)?;
    let was_sent = row.sent_at.is_some();
    row.status = next.as_str().into();
    row.closed_at = Some(post.now());
    let row = record(post, row, &by.username, "withdrawn", why.to_string()).await?;
    if was_sent {
        to_counterpart(
            post,
            &row,
            &by.name,
            json!({ "step": "withdrawn", "why": why }),
        )
        .await?;
    }
    Ok(row)
}

/// What [`tick`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tick {
    /// Orders withdrawn: an emergency order's validation did not come within 48 hours.
    pub withdrawn: Vec<String>,
    /// Orders found past their deadline without an answer (each escalated once).
    pub escalated: Vec<String>,
}

/// Deadlines (at either side): an issued emergency order without its validation after 48
/// hours is withdrawn; an order past its deadline without an answer is escalated (marked,
/// recorded, shown first).
pub async fn tick(post: &PostOffice) -> Result<Tick> {
    let now = post.now();
    let mut out = Tick::default();
    for side in ["issued", "received"] {
        for listed in post.store().orders(side).await? {
            // Each order is read again under the lock: a letter or a user may have moved it
            // since the list was read (validated it, or had it received).
            let _step = post.order_lock().lock().await;
            let Some(row) = post.store().order_get(&listed.id).await? else {
                continue;
            };
            let Ok(status) = status_of(&row) else {
                continue;
            };
            let data = data_of(&row)?;
            if side == "issued"
                && let Some(sent) = row.sent_at
                && status.awaits_answer()
                && malines_core::orders::post_validation_missed(
                    &data,
                    sent,
                    row.validated_at.is_some(),
                    now,
                )
            {
                let system = Actor {
                    username: "system".into(),
                    name: post.code().to_string(),
                    capacity: None,
                };
                let id = row.id.clone();
                withdraw_locked(
                    post,
                    row,
                    &system,
                    "no validation within 48 hours of sending an emergency order",
                )
                .await?;
                out.withdrawn.push(id);
                continue;
            }
            if row.escalated_at.is_none()
                && status.awaits_answer()
                && matches!(
                    malines_core::orders::timing(&data, row.received_at, row.answered_at, now),
                    Timing::Overdue(_)
                )
            {
                let due = row
                    .received_at
                    .map(|at| rfc3339(malines_core::orders::deadline(&data, at)))
                    .unwrap_or_default();
                let (id, reference) = (row.id.clone(), row.reference.clone());
                let mut r = row;
                r.escalated_at = Some(now);
                record(post, r, "system", "overdue", format!("no answer by {due}")).await?;
                tracing::warn!(order = %id, %reference, "order overdue");
                out.escalated.push(id);
            }
        }
    }
    Ok(out)
}

/// The handler of order letters, at an authority and at a provider.
#[derive(Debug, Default)]
pub struct Orders;

impl Handler for Orders {
    fn received<'a>(
        &'a self,
        post: &'a PostOffice,
        opened: &'a Opened,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<()>> + Send + 'a>> {
        Box::pin(async move {
            match opened.letter.kind.as_str() {
                "order" => take_order(post, opened).await,
                "order_event" => take_event(post, opened).await,
                _ => Ok(()),
            }
        })
    }

    fn tick<'a>(
        &'a self,
        post: &'a PostOffice,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<()>> + Send + 'a>> {
        Box::pin(async move { tick(post).await.map(drop) })
    }
}

/// Registers the order handler on a post office.
pub fn handle(post: &Arc<PostOffice>) {
    post.set_handler(Arc::new(Orders));
}

/// At a provider: an order arrives. Checked, recorded as received or refused, and the
/// authority told.
async fn take_order(post: &PostOffice, opened: &Opened) -> Result<()> {
    let l = &opened.letter;
    let now = post.now();
    let doc: OrderDocument =
        match serde_json::from_value(l.body.get("document").cloned().unwrap_or(Value::Null)) {
            Ok(d) => d,
            Err(e) => {
                post.ledger()
                    .append(
                        now,
                        NewEntry::new(&l.from, "order_refused", &l.id)
                            .detail(format!("not an order document: {e}")),
                    )
                    .await?;
                return Ok(());
            }
        };
    let directory = post.directory(false).await?;
    let _step = post.order_lock().lock().await;
    let signer_is_authority = directory
        .member(&l.from)
        .is_some_and(|m| m.kind == MemberKind::Authority && !m.revoked);
    let seen = post.store().order_get(&doc.id).await?;
    let receipt = Receipt {
        me: post.code(),
        signer_is_authority,
        signer: &l.from,
        now,
        seen_before: seen.as_ref().map(|s| s.created_at),
    };
    let mut refusals = malines_core::orders::verify(&doc, &receipt);
    let reused = post
        .store()
        .orders("received")
        .await?
        .into_iter()
        .any(|o| o.counterpart == l.from && o.reference == doc.reference && o.id != doc.id);
    if reused {
        refusals.push(Refusal {
            code: "reference_reused",
            reason: format!(
                "{} already named another order of {}: one reference, one order",
                doc.reference, l.from
            ),
        });
    }
    if seen.is_some() || reused {
        // The order is known here: the copy is not recorded again, only refused.
        post.ledger()
            .append(
                now,
                NewEntry::new(&l.from, "order_refused", &doc.id).detail(join(&refusals)),
            )
            .await?;
        tell_issuer(post, &l.from, &doc, "refused", &refusals).await?;
        return Ok(());
    }
    let accepted = refusals.is_empty();
    let row = OrderRow {
        id: doc.id.clone(),
        side: "received".into(),
        reference: doc.reference.clone(),
        counterpart: l.from.clone(),
        case_ref: None,
        status: if accepted { "received" } else { "refused" }.into(),
        urgency: doc.order.urgency.as_str().into(),
        data: serde_json::to_string(&doc.order).map_err(|e| Error::Internal(e.to_string()))?,
        created_by: l.from.clone(),
        created_at: now,
        validated_by: doc.validated_by.as_ref().and_then(|v| {
            serde_json::to_string(&Validator {
                username: String::new(),
                name: v.name.clone(),
                capacity: v.capacity,
            })
            .ok()
        }),
        validated_at: doc.validated_by.as_ref().map(|v| v.at),
        document: Some(serde_json::to_string(&doc).map_err(|e| Error::Internal(e.to_string()))?),
        letter: Some(l.id.clone()),
        sent_at: Some(doc.issued_at),
        received_at: accepted.then_some(now),
        acknowledged_at: None,
        answered_at: None,
        closed_at: None,
        escalated_at: None,
        answer: None,
        verdict: Some(
            serde_json::to_string(&refusals).map_err(|e| Error::Internal(e.to_string()))?,
        ),
        version: 1,
    };
    let detail = if accepted {
        format!("from {}, {}: checks passed", l.from, doc.reference)
    } else {
        format!("from {}, {}: {}", l.from, doc.reference, join(&refusals))
    };
    let step = if accepted { "received" } else { "refused" };
    post.ledger()
        .append(
            now,
            NewEntry::new(&l.from, &format!("order_{step}"), &doc.id).detail(detail.clone()),
        )
        .await?;
    post.store()
        .order_insert(
            &row,
            &OrderEventRow {
                order_id: row.id.clone(),
                seq: 1,
                at: now,
                actor: l.from.clone(),
                step: step.into(),
                detail,
            },
        )
        .await?;
    tell_issuer(post, &l.from, &doc, step, &refusals).await
}

fn join(refusals: &[Refusal]) -> String {
    refusals
        .iter()
        .map(|r| r.reason.clone())
        .collect::<Vec<_>>()
        .join("; ")
}

async fn tell_issuer(
    post: &PostOffice,
    issuer: &str,
    doc: &OrderDocument,
    step: &str,
    refusals: &[Refusal],
) -> Result<()> {
    let thread = format!("order:{}", doc.id);
    post.send(
        issuer,
        "order_event",
        &thread,
        "system",
        json!({
            "order": doc.id, "thread": thread, "step": step, "at": rfc3339(post.now()),
            "refusals": refusals,
        }),
    )
    .await?;
    Ok(())
}

/// At the provider: the steps of answering.
pub async fn acknowledge(post: &PostOffice, id: &str, by: &Actor) -> Result<OrderRow> {
    let _step = post.order_lock().lock().await;
    let mut row = received(post, id).await?;
    let next = status_of(&row)?
        .after(Step::Acknowledge, true)
        .map_err(refuse)?;
    row.status = next.as_str().into();
    row.acknowledged_at = Some(post.now());
    let row = record(
        post,
        row,
        &by.username,
        "acknowledged",
        format!("by {}", by.name),
    )
    .await?;
    to_counterpart(post, &row, &by.name, json!({ "step": "acknowledged" })).await?;
    Ok(row)
}

/// At the provider: the data asked for, sealed to the issuing authority with its hash.
pub async fn fulfil(
    post: &PostOffice,
    id: &str,
    by: &Actor,
    files: &[(String, Vec<u8>)],
) -> Result<OrderRow> {
    let _step = post.order_lock().lock().await;
    let mut row = received(post, id).await?;
    if data_of(&row)?.order_type == malines_core::orders::OrderType::Preservation {
        return Err(refuse(
            "a preservation order is answered by keeping the data (preserve), not by disclosing it",
        ));
    }
    let next = status_of(&row)?.after(Step::Fulfil, true).map_err(refuse)?;
    if files.is_empty() {
        return Err(refuse("file: a data package needs at least one file"));
    }
    let hash = package_hash(files);
    let package: Vec<Value> = files
        .iter()
        .map(|(name, data)| json!({ "name": name, "data": B64.encode(data) }))
        .collect();
    row.status = next.as_str().into();
    row.answered_at = Some(post.now());
    row.answer = Some(
        json!({ "kind": "package", "sha256": hash, "files": package_listing(files) }).to_string(),
    );
    let row = record(
        post,
        row,
        &by.username,
        "fulfilled",
        format!("data package of {} files, SHA-256 {hash}", files.len()),
    )
    .await?;
    to_counterpart(
        post,
        &row,
        &by.name,
        json!({ "step": "fulfilled", "package": package, "sha256": hash }),
    )
    .await?;
    Ok(row)
}

/// At the provider: the data of a preservation order are kept; the authority learns until
/// when.
pub async fn preserve(post: &PostOffice, id: &str, by: &Actor) -> Result<OrderRow> {
    let _step = post.order_lock().lock().await;
    let mut row = received(post, id).await?;
    if data_of(&row)?.order_type != malines_core::orders::OrderType::Preservation {
        return Err(refuse(
            "only a preservation order is answered by preserving",
        ));
    }
    let next = status_of(&row)?.after(Step::Fulfil, true).map_err(refuse)?;
    let received_at = row
        .received_at
        .ok_or_else(|| refuse("the order was not received"))?;
    let until = malines_core::orders::preserved_until(received_at, extended(post, &row.id).await?);
    row.status = next.as_str().into();
    row.answered_at = Some(post.now());
    row.answer = Some(json!({ "kind": "preserved", "until": rfc3339(until) }).to_string());
    let row = record(
        post,
        row,
        &by.username,
        "preserved",
        format!("data kept until {}", rfc3339(until)),
    )
    .await?;
    to_counterpart(
        post,
        &row,
        &by.name,
        json!({ "step": "preserved", "until": rfc3339(until) }),
    )
    .await?;
    Ok(row)
}

/// Records in a preservation order's answer the new end of the preservation.
fn set_until(row: &mut OrderRow, until: &str) {
    if let Some(mut a) = row
        .answer
        .as_deref()
        .and_then(|a| serde_json::from_str::<Value>(a).ok())
        && let Some(m) = a.as_object_mut()
    {
        m.insert("until".into(), json!(until));
        row.answer = Some(a.to_string());
    }
}

/// Whether an order's preservation was extended.
async fn extended(post: &PostOffice, id: &str) -> Result<bool> {
    Ok(post
        .store()
        .order_events(id)
        .await?
        .iter()
        .any(|e| e.step == "extended"))
}

/// At the authority: a preservation order extended by 30 days, once, before its period ends;
/// the provider is told.
pub async fn extend(post: &PostOffice, id: &str, by: &Actor) -> Result<OrderRow> {
    let _step = post.order_lock().lock().await;
    let row = issued(post, id).await?;
    let data = data_of(&row)?;
    malines_core::orders::may_extend(
        &data,
        row.received_at,
        extended(post, &row.id).await?,
        post.now(),
    )
    .map_err(refuse)?;
    let until = row
        .received_at
        .map(|r| rfc3339(malines_core::orders::preserved_until(r, true)))
        .unwrap_or_default();
    let mut r = row.clone();
    set_until(&mut r, &until);
    let row = record(
        post,
        r,
        &by.username,
        "extended",
        format!("kept until {until}"),
    )
    .await?;
    to_counterpart(post, &row, &by.name, json!({ "step": "extended" })).await?;
    Ok(row)
}

/// At the provider: an objection, with its grounds.
pub async fn object(post: &PostOffice, id: &str, by: &Actor, grounds: &str) -> Result<OrderRow> {
    let _step = post.order_lock().lock().await;
    let grounds = malines_core::validate::required_text(grounds, 4000)
        .map_err(|e| refuse(format!("grounds: {e}")))?;
    let mut row = received(post, id).await?;
    let next = status_of(&row)?.after(Step::Object, true).map_err(refuse)?;
    row.status = next.as_str().into();
    row.answered_at = Some(post.now());
    row.answer = Some(json!({ "kind": "objection", "grounds": grounds }).to_string());
    let row = record(post, row, &by.username, "objected", grounds.clone()).await?;
    to_counterpart(
        post,
        &row,
        &by.name,
        json!({ "step": "objected", "grounds": grounds }),
    )
    .await?;
    Ok(row)
}

async fn received(post: &PostOffice, id: &str) -> Result<OrderRow> {
    on_side(post, id, "received").await
}

/// An `order_event` letter about `row` to its counterpart (the provider of an issued order,
/// the issuer of a received one).
async fn to_counterpart(
    post: &PostOffice,
    row: &OrderRow,
    author: &str,
    mut body: Value,
) -> Result<()> {
    let thread = format!("order:{}", row.id);
    if let Some(m) = body.as_object_mut() {
        m.insert("order".into(), json!(row.id));
        m.insert("thread".into(), json!(thread));
        m.insert("author".into(), json!(author));
        m.entry("at").or_insert_with(|| json!(rfc3339(post.now())));
    }
    post.send(&row.counterpart, "order_event", &thread, author, body)
        .await?;
    Ok(())
}

/// The names and sizes of a data package's files, as an order's answer lists them.
fn package_listing(files: &[(String, Vec<u8>)]) -> Vec<Value> {
    files
        .iter()
        .map(|(n, d)| json!({ "name": n, "size": d.len() }))
        .collect()
}

/// The SHA-256 of a data package: over each file's name and content, in order, each
/// length-prefixed, so that no two packages share a hash by moving bytes between files.
pub fn package_hash(files: &[(String, Vec<u8>)]) -> String {
    let mut h = Sha256::new();
    for (name, data) in files {
        h.update((name.len() as u64).to_be_bytes());
        h.update(name.as_bytes());
        h.update((data.len() as u64).to_be_bytes());
        h.update(data);
    }
    hex::encode(h.finalize())
}

fn time_of(v: &Value) -> Option<OffsetDateTime> {
    v.as_str()
        .and_then(|s| OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).ok())
}

/// An `order_event` letter: at the authority (the provider's steps) or at the provider (a
/// validation after the fact, a withdrawal, the receipt of a package).
async fn take_event(post: &PostOffice, opened: &Opened) -> Result<()> {
    let l = &opened.letter;
    let b = &l.body;
    let Some(id) = b.get("order").and_then(Value::as_str) else {
        return Ok(());
    };
    // Under the lock, as a user's step: the row read here is the one changed.
    let _step = post.order_lock().lock().await;
    let Some(mut row) = post.store().order_get(id).await? else {
        return Ok(());
    };
    // Only the order's counterpart speaks about it.
    if row.counterpart != l.from {
        post.ledger()
            .append(
                post.now(),
                NewEntry::new(&l.from, "order_event_refused", id)
                    .detail(format!("{} is not the counterpart of this order", l.from)),
            )
            .await?;
        return Ok(());
    }
    let step = b.get("step").and_then(Value::as_str).unwrap_or("");
    let at = b.get("at").and_then(time_of).unwrap_or(l.at);
    let who = b
        .get("author")
        .and_then(Value::as_str)
        .unwrap_or(&l.from)
        .to_string();
    let data = data_of(&row)?;
    let status = status_of(&row).ok();
    let transition = |s: Step| status.map(|st| st.after(s, data.needs_prior_validation()));
    match (row.side.as_str(), step) {
        ("issued", "received") => {
            if let Some(Ok(next)) = transition(Step::Receive) {
                row.status = next.as_str().into();
                row.received_at = Some(at);
                let due = rfc3339(malines_core::orders::deadline(&data, at));
                record(
                    post,
                    row,
                    &l.from,
                    "received",
                    format!("by {}; answer due by {due}", l.from),
                )
                .await?;
            }
        }
        ("issued", "refused") => {
            let reasons: Vec<String> = b
                .get("refusals")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|r| r.get("reason").and_then(Value::as_str).map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            row.status = OrderStatus::Closed.as_str().into();
            row.closed_at = Some(at);
            row.answer = Some(json!({ "kind": "refused", "reasons": reasons }).to_string());
            record(post, row, &l.from, "refused", reasons.join("; ")).await?;
        }
        ("issued", "acknowledged") => {
            if let Some(Ok(next)) = transition(Step::Acknowledge) {
                row.status = next.as_str().into();
                row.acknowledged_at = Some(at);
                record(post, row, &l.from, "acknowledged", format!("by {who}")).await?;
            }
        }
        ("issued", "objected") => {
            if let Some(Ok(next)) = transition(Step::Object) {
                let grounds = b.get("grounds").and_then(Value::as_str).unwrap_or("");
                row.status = next.as_str().into();
                row.answered_at = Some(at);
                row.answer =
                    Some(json!({ "kind": "objection", "grounds": grounds, "by": who }).to_string());
                record(post, row, &l.from, "objected", grounds.to_string()).await?;
            }
        }
        ("issued", "preserved") => {
            if let Some(Ok(next)) = transition(Step::Fulfil) {
                let until = b.get("until").and_then(Value::as_str).unwrap_or("");
                row.status = next.as_str().into();
                row.answered_at = Some(at);
                row.answer =
                    Some(json!({ "kind": "preserved", "until": until, "by": who }).to_string());
                record(
                    post,
                    row,
                    &l.from,
                    "preserved",
                    format!("data kept until {until}"),
                )
                .await?;
            }
        }
        ("issued", "fulfilled") => {
            let files: Vec<(String, Vec<u8>)> = b
                .get("package")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|f| {
                            Some((
                                f.get("name")?.as_str()?.to_string(),
                                B64.decode(f.get("data")?.as_str()?).ok()?,
                            ))
                        })
                        .collect()
                })
                .unwrap_or_default();
            let stated = b.get("sha256").and_then(Value::as_str).unwrap_or("");
            let hash = package_hash(&files);
            if hash != stated {
                record(
                    post,
                    row,
                    &l.from,
                    "package_refused",
                    format!("the package's hash is {hash}, the provider stated {stated}"),
                )
                .await?;
                return Ok(());
            }
            if let Some(Ok(next)) = transition(Step::Fulfil) {
                row.status = next.as_str().into();
                row.answered_at = Some(at);
                row.answer = Some(
                    json!({ "kind": "package", "sha256": hash, "letter": l.id, "by": who,
                            "files": package_listing(&files) })
                    .to_string(),
                );
                let row = record(
                    post,
                    row,
                    &l.from,
                    "fulfilled",
                    format!("data package of {} files, SHA-256 {hash}", files.len()),
                )
                .await?;
                // The provider gets a signed receipt of what arrived.
                to_counterpart(
                    post,
                    &row,
                    "system",
                    json!({ "step": "package_received", "sha256": hash, "at": rfc3339(post.now()) }),
                )
                .await?;
            }
        }
        ("received", "validated") => {
            if row.validated_at.is_none()
                && let Ok(v) = serde_json::from_value::<Validator>(
                    b.get("validator").cloned().unwrap_or(Value::Null),
                )
            {
                row.validated_by = serde_json::to_string(&v).ok();
                row.validated_at = Some(l.at);
                record(
                    post,
                    row,
                    &l.from,
                    "validated",
                    "validated after sending".into(),
                )
                .await?;
            }
        }
        ("received", "withdrawn") if row.closed_at.is_none() => {
            row.status = OrderStatus::Withdrawn.as_str().into();
            row.closed_at = Some(l.at);
            let why = b
                .get("why")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            record(post, row, &l.from, "withdrawn", why).await?;
        }
        ("received", "extended") => {
            let already = extended(post, &row.id).await?;
            match malines_core::orders::may_extend(&data, row.received_at, already, l.at) {
                Ok(()) => {
                    let until = row
                        .received_at
                        .map(|r| rfc3339(malines_core::orders::preserved_until(r, true)))
                        .unwrap_or_default();
                    set_until(&mut row, &until);
                    record(
                        post,
                        row,
                        &l.from,
                        "extended",
                        format!("keep until {until}"),
                    )
                    .await?;
                }
                Err(why) => {
                    post.ledger()
                        .append(
                            post.now(),
                            NewEntry::new(&l.from, "order_event_refused", id)
                                .detail(format!("extension refused: {why}")),
                        )
                        .await?;
                }
            }
        }
        ("received", "package_received") => {
            let hash = b.get("sha256").and_then(Value::as_str).unwrap_or("");
            let mut answer: Value = row
                .answer
                .as_deref()
                .and_then(|a| serde_json::from_str(a).ok())
                .unwrap_or(Value::Null);
            if answer.get("sha256").and_then(Value::as_str) == Some(hash) {
                if let Some(m) = answer.as_object_mut() {
                    m.insert("receipt_letter".into(), json!(l.id));
                }
                row.answer = Some(answer.to_string());
                if let Some(Ok(next)) = transition(Step::Close) {
                    row.status = next.as_str().into();
                    row.closed_at = Some(l.at);
                }
                record(
                    post,
                    row,
                    &l.from,
                    "package_receipt",
                    format!("{} signed the receipt of SHA-256 {hash}", l.from),
                )
                .await?;
            }
        }
        _ => {}
    }
    Ok(())
}
