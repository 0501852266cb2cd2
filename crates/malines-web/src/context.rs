//! The middleware every request goes through.
//!
//! Before the handler: refuses state-changing requests from another site, finds the session
//! and its user, and chooses the language (the user's profile, else the language chosen on
//! the sign-in page, else the browser's `Accept-Language`, else English). The result is a
//! [`Ctx`] in the request's extensions, which handlers extract.
//!
//! After the handler: renders [`ErrorPage`] markers as pages in that language (JSON under
//! `/api`), turns "sign in first" into a redirect to the sign-in page, and adds the security
//! headers: a Content-Security-Policy that allows nothing but this node's own stylesheet and
//! forms (no script at all, no inline style, no external request), no framing, no referrer
//! to other sites,
//! and no caching of pages that hold personal data.

use std::sync::Arc;

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;
use malines_core::users::Action;

use crate::error::ErrorPage;
use crate::i18n::{Locale, negotiate};
use crate::session::{self, SignedIn};
use crate::{Web, WebError, view};

/// Who asks, and in which language.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub locale: Locale,
    /// The session's user, authenticated or between the two sign-in steps.
    pub user: Option<SignedIn>,
    /// Messages received about the user's links and not read yet (shown in the navigation).
    pub unread_messages: i64,
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .ok_or_else(|| WebError::Internal("no request context".into()))
    }
}

/// A signed-in user (both steps passed); anything else is sent to the sign-in page.
#[derive(Debug, Clone)]
pub struct Auth {
    pub user: SignedIn,
    pub ctx: Ctx,
}

impl<S: Send + Sync> FromRequestParts<S> for Auth {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, s: &S) -> Result<Self, Self::Rejection> {
        let ctx = Ctx::from_request_parts(parts, s).await?;
        match &ctx.user {
            Some(u) if u.authenticated => Ok(Auth {
                user: u.clone(),
                ctx,
            }),
            _ => Err(WebError::SignIn),
        }
    }
}

/// Whether a state-changing request comes from anywhere but this node's own pages.
/// Browsers send `Sec-Fetch-Site`: only `same-origin` (our own page) and `none` (typed by
/// the user) pass; `same-site` is refused too, since another node of the demo on another
/// port of the same host is the same site. Without it (older browsers, scripts), an
/// `Origin` header must name this host. The CSRF token is checked in any case.
fn cross_site(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    match (
        headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        headers.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) {
        (Some(origin), Some(host)) => {
            let o = origin
                .strip_prefix("http://")
                .or_else(|| origin.strip_prefix("https://"))
                .unwrap_or(origin);
            o != host
        }
        (Some(_), None) => true,
        _ => false,
    }
}

pub async fn middleware(State(web): State<Arc<Web>>, mut req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let api = path.starts_with("/api/");
    if !matches!(*req.method(), Method::GET | Method::HEAD) && cross_site(req.headers()) {
        let ctx = Ctx {
            locale: Locale::En,
            user: None,
            unread_messages: 0,
        };
        return finish(&web, &ctx, api, WebError::Csrf.into_response());
    }
    let jar = CookieJar::from_headers(req.headers());
    let user = match jar.get(&session::session_cookie(&web)) {
        Some(c) => match session::resolve(&web, c.value()).await {
            Ok(u) => u,
            Err(e) => {
                let ctx = Ctx {
                    locale: Locale::En,
                    user: None,
                    unread_messages: 0,
                };
                return finish(&web, &ctx, api, e.into_response());
            }
        },
        None => None,
    };
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let chosen = user
        .as_ref()
        .and_then(|u| u.user.locale.clone())
        .or_else(|| {
            jar.get(&session::lang_cookie(&web))
                .map(|c| c.value().to_string())
        });
    // Pages (not the API, not static files) of a user who handles links say how many
    // messages about them wait unread.
    let unread_messages = match &user {
        Some(u)
            if u.authenticated
                && *req.method() == Method::GET
                && !api
                && !path.starts_with("/static/")
                && u.user.role.may(Action::HandleLinks) =>
        {
            crate::pages::messages::unread_for(&web, u)
                .await
                .unwrap_or(0)
        }
        _ => 0,
    };
    let ctx = Ctx {
        locale: negotiate(chosen.as_deref(), accept.as_deref(), Locale::En),
        user,
        unread_messages,
    };
    req.extensions_mut().insert(ctx.clone());
    let res = next.run(req).await;
    finish(&web, &ctx, api, res)
}

/// Renders error markers and adds the security headers.
fn finish(web: &Web, ctx: &Ctx, api: bool, res: Response) -> Response {
    let mut res = match res.extensions().get::<ErrorPage>().cloned() {
        Some(page) if page.status == StatusCode::UNAUTHORIZED && !api => {
            Redirect::to("/login").into_response()
        }
        Some(page) if api => {
            let body = serde_json::json!({
                "error": web.i18n.tr(Locale::En, page.key),
                "detail": page.detail,
            });
            (page.status, axum::Json(body)).into_response()
        }
        Some(page) => view::error_page(web, ctx, &page),
        None => res,
    };
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; \
             frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
    );
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}
