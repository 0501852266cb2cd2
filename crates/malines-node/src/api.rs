//! The node's JSON API (used by the web interface and by scripts): cases, import, links.
//!
//! It listens on the node's own machine (loopback by default). Users, sessions and
//! need-to-know checks come with the web interface (issue #6); until then this API is for
//! the operator of the node only and must not be exposed.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use malines_core::clock::Clock;
use malines_core::ids::CaseRef;
use malines_core::import::{self, Format, MAX_FILE_BYTES};
use malines_core::model::ValidationContext;
use malines_core::store::{CaseFilter, CaseStore};
use serde_json::json;

use crate::Node;

/// The routes of the node's API.
pub fn router(node: Arc<Node>, clock: Arc<dyn Clock>) -> Router {
    Router::new()
        .route("/api/health", get(|| async { "ok\n" }))
        .route("/api/status", get(status))
        .route("/api/cases", get(list_cases))
        .route("/api/cases/{reference}", get(get_case).delete(delete_case))
        .route("/api/import", post(import_file))
        .route("/api/links", get(links))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_FILE_BYTES))
        .with_state(AppState { node, clock })
}

#[derive(Clone)]
struct AppState {
    node: Arc<Node>,
    clock: Arc<dyn Clock>,
}

/// An error answer: a status and a JSON body naming the field and the reason.
#[derive(Debug)]
pub struct AppError(StatusCode, serde_json::Value);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        (self.0, Json(self.1)).into_response()
    }
}

impl From<crate::Error> for AppError {
    fn from(e: crate::Error) -> Self {
        match e {
            crate::Error::Core(malines_core::Error::Invalid(errs)) => AppError(
                StatusCode::UNPROCESSABLE_ENTITY,
                json!({ "error": "invalid input", "errors": errs.iter().map(|e| json!({"field": e.field, "reason": e.reason})).collect::<Vec<_>>() }),
            ),
            other => {
                tracing::error!(error = %other, "request failed");
                AppError(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    json!({ "error": "internal error; the node's log has the details" }),
                )
            }
        }
    }
}

impl From<malines_core::Error> for AppError {
    fn from(e: malines_core::Error) -> Self {
        crate::Error::Core(e).into()
    }
}

fn parse_ref(raw: &str) -> Result<CaseRef, AppError> {
    CaseRef::parse(raw).map_err(|reason| {
        AppError(
            StatusCode::UNPROCESSABLE_ENTITY,
            json!({ "error": reason, "field": "reference" }),
        )
    })
}

async fn status(State(s): State<AppState>) -> Result<Response, AppError> {
    let pending = s.node.store().outbox_pending_count().await?;
    let refused = s.node.store().outbox_refused_count().await?;
    let cursor = s.node.store().node_cursor().await?;
    Ok(Json(json!({
        "authority": s.node.authority().as_str(),
        "outbox_pending": pending,
        "outbox_refused": refused,
        "feed_cursor": cursor,
    }))
    .into_response())
}

async fn list_cases(State(s): State<AppState>) -> Result<Response, AppError> {
    let cases = s
        .node
        .store()
        .list_cases(s.node.authority(), &CaseFilter::default())
        .await?;
    Ok(Json(cases).into_response())
}

async fn get_case(
    State(s): State<AppState>,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let r = parse_ref(&reference)?;
    match s.node.store().get_case(s.node.authority(), &r).await? {
        Some(c) => Ok(Json(c).into_response()),
        None => Err(AppError(
            StatusCode::NOT_FOUND,
            json!({ "error": format!("case {reference} not found") }),
        )),
    }
}

async fn delete_case(
    State(s): State<AppState>,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let r = parse_ref(&reference)?;
    if s.node.delete_case(&r).await? {
        Ok(StatusCode::NO_CONTENT.into_response())
    } else {
        Err(AppError(
            StatusCode::NOT_FOUND,
            json!({ "error": format!("case {reference} not found") }),
        ))
    }
}

/// Imports a CSV (`Content-Type: text/csv`) or JSON file: all or nothing; the answer lists
/// every problem with its line, field and reason.
async fn import_file(
    State(s): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let ct = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let format = if ct.starts_with("text/csv") {
        Format::Csv
    } else if ct.starts_with("application/json") {
        Format::Json
    } else {
        return Err(AppError(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            json!({ "error": "send text/csv or application/json", "field": "Content-Type" }),
        ));
    };
    let ctx = ValidationContext {
        default_region: s.node.authority().country(),
        today: s.clock.today(),
    };
    let drafts = match import::parse(&body, format, &ctx) {
        Ok(d) => d,
        Err(rejected) => {
            return Err(AppError(
                StatusCode::UNPROCESSABLE_ENTITY,
                json!({ "error": "import refused, nothing was written", "errors": rejected.errors }),
            ));
        }
    };
    let outcome = s.node.import(&drafts).await?;
    Ok(Json(outcome).into_response())
}

async fn links(State(s): State<AppState>) -> Result<Response, AppError> {
    Ok(Json(s.node.links().await?).into_response())
}
