//! The hub's REST API (`/v1`, described by `/v1/openapi.json`). Handlers are thin: the
//! [`Member`] extractor admits the client certificate against the directory, then the
//! handler calls the [`Hub`].

use std::sync::Arc;
use std::time::Duration;

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use malines_pki::{MemberEntry, MemberKind};
use malines_proto::{ApiError, Batch, BatchOutcome, Envelope, Feed, MailAck, Mailbox, PostOutcome};
use serde::Deserialize;

use crate::tls::Peer;
use crate::{Error, Hub};

/// The OpenAPI document of this API.
pub const OPENAPI: &str = include_str!("../openapi.json");

/// Largest request body: a full batch of persons with several variants each.
const MAX_BODY: usize = 64 * 1024 * 1024;

/// The hub's routes. The caller puts a [`Peer`] in each request's extensions (the TLS
/// accept loop does; tests may too).
pub fn router(hub: Arc<Hub>) -> Router {
    Router::new()
        .route("/v1/health", get(health))
        .route("/v1/openapi.json", get(openapi))
        .route("/v1/directory", get(directory))
        .route("/v1/records", post(push))
        .route("/v1/feeds/{code}", get(feed))
        .route("/v1/letters", post(post_letter))
        .route("/v1/mailboxes/{code}", get(mailbox))
        .route("/v1/mailboxes/{code}/ack", post(mail_ack))
        .route("/v1/metrics", get(metrics))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY))
        .with_state(hub)
}

/// A member the directory admits: its certificate is the one listed, and not revoked.
#[derive(Debug, Clone)]
pub struct Member(pub MemberEntry);

impl FromRequestParts<Arc<Hub>> for Member {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, hub: &Arc<Hub>) -> Result<Self, Error> {
        let Some(Peer(peer)) = parts.extensions.get::<Peer>() else {
            return Err(Error::Unauthenticated(
                "a client certificate of the federation is required".into(),
            ));
        };
        let entry = hub.directory().admit(peer)?;
        Ok(Member(entry))
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let (status, body) = match self {
            Error::Invalid { field, reason } => (
                StatusCode::UNPROCESSABLE_ENTITY,
                ApiError {
                    error: reason,
                    field: Some(field),
                },
            ),
            Error::Forbidden(reason) => (
                StatusCode::FORBIDDEN,
                ApiError {
                    error: reason,
                    field: None,
                },
            ),
            Error::Unauthenticated(reason) => (
                StatusCode::UNAUTHORIZED,
                ApiError {
                    error: reason,
                    field: None,
                },
            ),
            Error::Internal(detail) => {
                tracing::error!(%detail, "request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    ApiError {
                        error: "internal error; the hub's log has the details".into(),
                        field: None,
                    },
                )
            }
        };
        (status, Json(body)).into_response()
    }
}

async fn health() -> &'static str {
    "ok\n"
}

async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}

async fn directory(State(hub): State<Arc<Hub>>, _member: Member) -> Response {
    Json(hub.directory().get().as_ref().clone()).into_response()
}

async fn push(
    State(hub): State<Arc<Hub>>,
    Member(member): Member,
    body: Result<Json<Batch>, JsonRejection>,
) -> Result<Json<BatchOutcome>, Error> {
    let Json(batch) = body.map_err(|e| Error::Invalid {
        field: "body".into(),
        reason: e.body_text(),
    })?;
    Ok(Json(hub.push(&member, batch).await?))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FeedQuery {
    /// The last event seen (0 for the start).
    #[serde(default)]
    after: u64,
    /// Seconds to wait for an event when there is none yet.
    #[serde(default)]
    wait: u64,
    #[serde(default)]
    limit: Option<usize>,
}

async fn feed(
    State(hub): State<Arc<Hub>>,
    Member(member): Member,
    Path(code): Path<String>,
    query: Result<Query<FeedQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Feed>, Error> {
    if code != member.code {
        return Err(Error::Forbidden(format!(
            "{} may read only its own feed, not that of {code}",
            member.code
        )));
    }
    let Query(q) = query.map_err(|e| Error::Invalid {
        field: "query".into(),
        reason: e.body_text(),
    })?;
    Ok(Json(
        hub.feed(&member, q.after, Duration::from_secs(q.wait), q.limit)
            .await?,
    ))
}

async fn post_letter(
    State(hub): State<Arc<Hub>>,
    Member(member): Member,
    body: Result<Json<Envelope>, JsonRejection>,
) -> Result<Json<PostOutcome>, Error> {
    let Json(env) = body.map_err(|e| Error::Invalid {
        field: "body".into(),
        reason: e.body_text(),
    })?;
    Ok(Json(hub.post(&member, env).await?))
}

fn own(member: &MemberEntry, code: &str) -> Result<(), Error> {
    if code == member.code {
        Ok(())
    } else {
        Err(Error::Forbidden(format!(
            "{} may read only its own mailbox, not that of {code}",
            member.code
        )))
    }
}

async fn mailbox(
    State(hub): State<Arc<Hub>>,
    Member(member): Member,
    Path(code): Path<String>,
    query: Result<Query<FeedQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Mailbox>, Error> {
    own(&member, &code)?;
    let Query(q) = query.map_err(|e| Error::Invalid {
        field: "query".into(),
        reason: e.body_text(),
    })?;
    Ok(Json(
        hub.mailbox(&member, q.after, Duration::from_secs(q.wait), q.limit)
            .await?,
    ))
}

async fn mail_ack(
    State(hub): State<Arc<Hub>>,
    Member(member): Member,
    Path(code): Path<String>,
    body: Result<Json<MailAck>, JsonRejection>,
) -> Result<Response, Error> {
    own(&member, &code)?;
    let Json(ack) = body.map_err(|e| Error::Invalid {
        field: "body".into(),
        reason: e.body_text(),
    })?;
    let n = hub.mail_ack(&member, ack.through).await?;
    Ok(Json(serde_json::json!({ "forgotten": n })).into_response())
}

/// Prometheus text: sizes of the index. For the hub operator's own certificate only.
async fn metrics(State(hub): State<Arc<Hub>>, Member(member): Member) -> Result<Response, Error> {
    if member.kind != MemberKind::Hub {
        return Err(Error::Forbidden("metrics are for the hub operator".into()));
    }
    let c = hub.counts().await;
    let text = format!(
        "# HELP malines_hub_records Live encoded records.\n# TYPE malines_hub_records gauge\nmalines_hub_records {}\n\
         # HELP malines_hub_persons Live person records.\n# TYPE malines_hub_persons gauge\nmalines_hub_persons {}\n\
         # HELP malines_hub_pairs Matching record pairs.\n# TYPE malines_hub_pairs gauge\nmalines_hub_pairs {}\n\
         # HELP malines_hub_links Active links.\n# TYPE malines_hub_links gauge\nmalines_hub_links {}\n",
        c.records, c.persons, c.pairs, c.links
    );
    Ok(([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], text).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The document describes every route the router serves, and only those.
    #[test]
    fn the_openapi_document_lists_every_route() {
        let doc: serde_json::Value = serde_json::from_str(OPENAPI).unwrap();
        assert_eq!(doc["openapi"], "3.1.0");
        let mut paths: Vec<&str> = doc["paths"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        paths.sort_unstable();
        let source = include_str!("api.rs");
        let mut routes: Vec<&str> = source
            .lines()
            .filter_map(|l| l.trim().strip_prefix(".route(\""))
            .filter_map(|l| l.split('"').next())
            .collect();
        routes.sort_unstable();
        assert_eq!(paths, routes);
        // Every $ref resolves.
        let text = OPENAPI;
        for r in text.split("\"$ref\": \"#/components/").skip(1) {
            let path: Vec<&str> = r.split('"').next().unwrap().split('/').collect();
            assert!(
                doc["components"][path[0]][path[1]].is_object(),
                "unresolved $ref {path:?}"
            );
        }
    }
}
