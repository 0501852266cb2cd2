//! The user's own page and the choice of language.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::Fields;
use crate::context::{Auth, Ctx};
use crate::i18n::Locale;
use crate::session::{self, check_csrf};
use crate::view::{Page, html};
use crate::{Web, WebError};

#[derive(Template)]
#[template(path = "profile.html")]
struct ProfileView<'a> {
    page: Page<'a>,
    username: String,
    role: String,
}

pub async fn show(State(web): State<Arc<Web>>, auth: Auth) -> Result<Response, WebError> {
    let page = Page::new(&web, &auth.ctx, "profile-title", "profile");
    let role = page.term("role", auth.user.user.role.as_str());
    html(&ProfileView {
        page,
        username: auth.user.user.username.as_str().to_string(),
        role,
    })
}

/// Where to go back after a change of language: the page it was made on, if it is ours.
fn back(headers: &HeaderMap) -> String {
    headers
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| r.find("://").map(|i| &r[i + 3..]).or(Some(r)))
        .and_then(|r| r.find('/').map(|i| r[i..].to_string()))
        .filter(|p| p.starts_with('/') && !p.starts_with("//"))
        .unwrap_or_else(|| "/".into())
}

pub async fn set_locale(
    State(web): State<Arc<Web>>,
    auth: Auth,
    headers: HeaderMap,
    form: Fields,
) -> Result<Response, WebError> {
    check_csrf(&auth.user.csrf, form.csrf())?;
    let tag = form.text("locale");
    let locale = Locale::parse(&tag)
        .ok_or_else(|| WebError::BadRequest(format!("locale: '{tag}' is not offered")))?;
    web.store()
        .user_set_locale(
            auth.user.user.username.as_str(),
            Some(locale.tag()),
            web.clock.now(),
        )
        .await?;
    Ok(Redirect::to(&back(&headers)).into_response())
}

/// Before signing in: the language is kept in a cookie.
pub async fn anonymous_locale(
    State(web): State<Arc<Web>>,
    _ctx: Ctx,
    Path(tag): Path<String>,
) -> Result<Response, WebError> {
    let locale = Locale::parse(&tag).ok_or(WebError::NotFound)?;
    let mut r = Redirect::to("/login").into_response();
    let c = session::cookie(
        &web,
        &session::lang_cookie(&web),
        locale.tag(),
        Some(365 * 24 * 3600),
    );
    if let Ok(v) = HeaderValue::from_str(&c) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(r)
}
