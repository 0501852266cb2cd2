//! The node's JSON API: the same data and the same checks as the pages.
//!
//! It uses the web session (sign in through the pages first); requests that change
//! something carry the session's CSRF token in an `X-CSRF-Token` header, since a cookie
//! alone would let another site act in the user's name. `/api/health` is open.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use malines_core::import::{self, Format};
use malines_core::store::CaseFilter;
use malines_core::users::Action;
use malines_store::audit::NewEntry;
use serde_json::json;

use crate::access;
use crate::context::Auth;
use crate::purpose::Purpose;
use crate::session::check_csrf;
use crate::{Web, WebError};

pub fn router() -> Router<Arc<Web>> {
    Router::new()
        .route("/api/health", get(|| async { "ok\n" }))
        .route("/api/status", get(status))
        .route("/api/cases", get(list_cases))
        .route("/api/cases/{reference}", get(get_case).delete(delete_case))
        .route(
            "/api/import",
            post(import_file).layer(axum::extract::DefaultBodyLimit::max(
                malines_core::import::MAX_FILE_BYTES,
            )),
        )
        .route("/api/links", get(links))
        .route("/api/audit/head", get(audit_head))
        .route("/api/audit/inclusion", get(audit_inclusion))
        .route("/api/audit/consistency", get(audit_consistency))
}

/// A numeric query parameter, or a refusal naming it.
fn number(q: &[(String, String)], name: &str) -> Result<u64, WebError> {
    let v = q
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .ok_or_else(|| WebError::BadRequest(format!("{name}: is required")))?;
    v.parse()
        .map_err(|_| WebError::BadRequest(format!("{name}: '{v}' is not a whole number")))
}

/// The ledger's head, signed now (auditors; SPEC §7).
async fn audit_head(State(web): State<Arc<Web>>, auth: Auth) -> Result<Response, WebError> {
    auth.user.require(Action::Audit)?;
    let head = match web.ledger.sign_head(web.clock.now()).await? {
        Some(h) => Some(h),
        None => web.ledger.heads(1).await?.into_iter().next(),
    };
    let (size, root) = web.ledger.root().await?;
    Ok(Json(json!({ "signed": head, "size": size, "root": hex::encode(root) })).into_response())
}

/// The inclusion proof of entry `seq` in the tree of `size` entries, with the entry.
async fn audit_inclusion(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Query(q): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    auth.user.require(Action::Audit)?;
    let (seq, size) = (number(&q, "seq")?, number(&q, "size")?);
    let path = web.ledger.inclusion(seq, size).await?.ok_or_else(|| {
        WebError::BadRequest(format!(
            "seq, size: no entry {seq} in a ledger of {size} entries here"
        ))
    })?;
    let entry = web.ledger.entries(seq, seq + 1).await?.into_iter().next();
    Ok(Json(json!({
        "seq": seq, "size": size, "entry": entry,
        "path": path.iter().map(hex::encode).collect::<Vec<_>>(),
    }))
    .into_response())
}

/// The consistency proof from the tree of `from` entries to the tree of `to`.
async fn audit_consistency(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Query(q): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    auth.user.require(Action::Audit)?;
    let (from, to) = (number(&q, "from")?, number(&q, "to")?);
    let proof = web.ledger.consistency(from, to).await?.ok_or_else(|| {
        WebError::BadRequest(format!(
            "from, to: no proof from {from} to {to} entries (0 < from <= to <= the ledger's size)"
        ))
    })?;
    Ok(Json(json!({
        "from": from, "to": to,
        "proof": proof.iter().map(hex::encode).collect::<Vec<_>>(),
    }))
    .into_response())
}

fn csrf(auth: &Auth, headers: &HeaderMap) -> Result<(), WebError> {
    check_csrf(
        &auth.user.csrf,
        headers.get("x-csrf-token").and_then(|v| v.to_str().ok()),
    )
}

async fn status(State(web): State<Arc<Web>>, _auth: Auth) -> Result<Response, WebError> {
    let store = web.store();
    Ok(Json(json!({
        "authority": web.member(),
        "outbox_pending": store.outbox_pending_count().await?,
        "outbox_refused": store.outbox_refused_count().await?,
        "feed_cursor": store.node_cursor().await?,
    }))
    .into_response())
}

async fn list_cases(State(web): State<Arc<Web>>, auth: Auth) -> Result<Response, WebError> {
    Ok(Json(access::team_cases(&web, &auth.user, CaseFilter::default()).await?).into_response())
}

/// `GET /api/cases/{ref}?purpose=CODE[&purpose_detail=TEXT]`: the case, read for a stated
/// purpose (one of `investigation`, `review`, `link_follow_up`, `cooperation`,
/// `data_protection`, or `other` with a `purpose_detail`), recorded in the ledger.
async fn get_case(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Path(reference): Path<String>,
    Query(q): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let tc = access::open_case(&web, &auth.user, &reference, Action::ReadCases).await?;
    let get = |k: &str| {
        q.iter()
            .find(|(n, _)| n == k)
            .map_or("", |(_, v)| v.as_str())
    };
    let purpose = Purpose::parse(get("purpose"), get("purpose_detail"))
        .map_err(|(field, reason)| WebError::BadRequest(format!("{field}: {reason}")))?;
    let read = tc.read(&web, &auth.user, &purpose).await?;
    Ok(Json(read.case()).into_response())
}

async fn delete_case(
    State(web): State<Arc<Web>>,
    auth: Auth,
    headers: HeaderMap,
    Path(reference): Path<String>,
) -> Result<Response, WebError> {
    let c = access::open_case(&web, &auth.user, &reference, Action::WriteCases).await?;
    csrf(&auth, &headers)?;
    web.node()?.delete_case(c.reference()).await?;
    web.audit(NewEntry::new(
        auth.user.user.username.as_str(),
        "case_deleted",
        c.reference().as_str(),
    ))
    .await?;
    tracing::info!(user = %auth.user.user.username, case = %c.reference(), "case deleted");
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Imports a CSV (`Content-Type: text/csv`) or JSON file: all or nothing; the answer lists
/// every problem with its line, field and reason. Existing cases only by their team.
async fn import_file(
    State(web): State<Arc<Web>>,
    auth: Auth,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, WebError> {
    auth.user.require(Action::WriteCases)?;
    csrf(&auth, &headers)?;
    let ct = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let format = if ct.starts_with("text/csv") {
        Format::Csv
    } else if ct.starts_with("application/json") {
        Format::Json
    } else {
        return Ok((
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Json(json!({ "error": "send text/csv or application/json", "field": "Content-Type" })),
        )
            .into_response());
    };
    let ctx = web.validation_context();
    let mut drafts = match import::parse(&body, format, &ctx) {
        Ok(d) => d,
        Err(rejected) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                Json(json!({ "error": "import refused, nothing was written", "errors": rejected.errors })),
            )
                .into_response());
        }
    };
    let me = &auth.user.user.username;
    let mut refused = Vec::new();
    for d in &mut drafts {
        match malines_core::store::CaseStore::get_case(
            web.store(),
            web.node()?.authority(),
            &d.case.reference,
        )
        .await?
        {
            Some(c) if !c.draft.case.team.contains(me) => refused.push(json!({
                "line": 0, "case_ref": d.case.reference.as_str(), "field": "reference",
                "reason": "this reference is not available to you",
            })),
            Some(_) => {}
            None if !d.case.team.contains(me) => d.case.team.push(me.clone()),
            None => {}
        }
    }
    if !refused.is_empty() {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(json!({ "error": "import refused, nothing was written", "errors": refused })),
        )
            .into_response());
    }
    let outcome = web.node()?.import(&drafts).await?;
    web.audit(
        NewEntry::new(me.as_str(), "cases_imported", "api").detail(format!(
            "created {}, updated {}, unchanged {}",
            outcome.created.len(),
            outcome.updated.len(),
            outcome.unchanged.len()
        )),
    )
    .await?;
    Ok(Json(outcome).into_response())
}

async fn links(State(web): State<Arc<Web>>, auth: Auth) -> Result<Response, WebError> {
    Ok(Json(access::team_links(&web, &auth.user).await?).into_response())
}
