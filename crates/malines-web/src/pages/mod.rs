//! The pages, one module per group.

use axum::extract::{FromRequest, Request};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use malines_core::users::Role;

use crate::WebError;
use crate::context::Ctx;

pub mod admin;
pub mod audit;
pub mod case_form;
pub mod cases;
pub mod import;
pub mod links;
pub mod login;
pub mod messages;
pub mod orders;
pub mod profile;
pub mod purpose;
pub mod received;

/// The start page of each role.
pub async fn home(ctx: Ctx) -> Response {
    let to = match ctx.user.as_ref().filter(|u| u.authenticated) {
        None => "/login",
        Some(u) => match u.user.role {
            Role::Prosecutor | Role::Validator => "/links",
            Role::Clerk => "/cases",
            Role::Admin => "/admin/users",
            Role::Auditor => "/audit",
            Role::Responder => "/received",
        },
    };
    Redirect::to(to).into_response()
}

/// The one stylesheet, compiled in.
pub async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/malines.css"),
    )
        .into_response()
}

/// The fields of a posted form, in order (a field may repeat). Never refuses a well-formed
/// body: what a field must hold is checked by the page, which names it.
#[derive(Debug, Default)]
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The field's value, trimmed, or "".
    pub fn text(&self, name: &str) -> String {
        self.get(name).map(str::trim).unwrap_or("").to_string()
    }

    pub fn csrf(&self) -> Option<&str> {
        self.get("csrf")
    }
}

impl<S: Send + Sync> FromRequest<S> for Fields {
    type Rejection = WebError;

    async fn from_request(req: Request, s: &S) -> Result<Self, Self::Rejection> {
        axum::Form::<Vec<(String, String)>>::from_request(req, s)
            .await
            .map(|f| Fields(f.0))
            .map_err(|e| WebError::BadRequest(format!("form: {}", e.body_text())))
    }
}
