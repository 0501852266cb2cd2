//! Errors of the web layer. A handler returns a [`WebError`]; the response it becomes carries
//! an [`ErrorPage`] marker that the [`crate::context`] middleware turns into a page in the
//! user's language (or a JSON body under `/api`). Details of internal failures go to the log,
//! never to the page.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// What went wrong, as the user may be told.
#[derive(Debug)]
pub enum WebError {
    /// Not signed in (or the session ended): the sign-in page.
    SignIn,
    /// Signed in, but this role may not do this (HTTP 403).
    Forbidden,
    /// No such thing — or one outside the user's need-to-know, which must look the same.
    NotFound,
    /// A form or request without a valid CSRF token, or from another site.
    Csrf,
    /// Input refused, with a reason naming the field (shown as is).
    BadRequest(String),
    /// Anything else: logged, and the user sees a generic message.
    Internal(String),
}

/// The marker the middleware renders: status and the message key of the page.
#[derive(Debug, Clone)]
pub struct ErrorPage {
    pub status: StatusCode,
    /// Fluent key of the explanation.
    pub key: &'static str,
    /// Extra text shown as is (the field and the reason of a bad request).
    pub detail: Option<String>,
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let (status, key, detail) = match self {
            WebError::SignIn => (StatusCode::UNAUTHORIZED, "error-sign-in", None),
            WebError::Forbidden => (StatusCode::FORBIDDEN, "error-forbidden", None),
            WebError::NotFound => (StatusCode::NOT_FOUND, "error-not-found", None),
            WebError::Csrf => (StatusCode::FORBIDDEN, "error-csrf", None),
            WebError::BadRequest(d) => (StatusCode::BAD_REQUEST, "error-bad-request", Some(d)),
            WebError::Internal(d) => {
                tracing::error!(error = %d, "request failed");
                (StatusCode::INTERNAL_SERVER_ERROR, "error-internal", None)
            }
        };
        let mut r = status.into_response();
        r.extensions_mut().insert(ErrorPage {
            status,
            key,
            detail,
        });
        r
    }
}

impl From<malines_core::Error> for WebError {
    fn from(e: malines_core::Error) -> Self {
        match e {
            malines_core::Error::NotFound { .. } => WebError::NotFound,
            malines_core::Error::Invalid(errs) => WebError::BadRequest(
                errs.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            other => WebError::Internal(other.to_string()),
        }
    }
}

impl From<malines_node::Error> for WebError {
    fn from(e: malines_node::Error) -> Self {
        match e {
            malines_node::Error::Core(c) => c.into(),
            malines_node::Error::Refused(reason) => WebError::BadRequest(reason),
            other => WebError::Internal(other.to_string()),
        }
    }
}

impl From<askama::Error> for WebError {
    fn from(e: askama::Error) -> Self {
        WebError::Internal(format!("template: {e}"))
    }
}
