//! Sign-in (password, then TOTP code) and sign-out.

use std::sync::Arc;

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;

use super::Fields;
use crate::context::Ctx;
use malines_core::users::TotpSecret;

use crate::session::{self, EnrolError, Step};
use crate::view::{Page, html};
use crate::{Web, WebError};

#[derive(Template)]
#[template(path = "login.html")]
struct LoginView<'a> {
    page: Page<'a>,
    csrf: String,
    username: String,
    /// Fluent key of the message to show, if any.
    message: Option<&'static str>,
}

#[derive(Template)]
#[template(path = "enrol.html")]
struct EnrolView<'a> {
    page: Page<'a>,
    secret: String,
    uri: String,
    message: Option<&'static str>,
}

#[derive(Template)]
#[template(path = "totp.html")]
struct TotpView<'a> {
    page: Page<'a>,
    message: Option<&'static str>,
}

fn with_cookies(mut r: Response, cookies: &[String]) -> Response {
    for c in cookies {
        if let Ok(v) = HeaderValue::from_str(c) {
            r.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    r
}

fn login_page(
    web: &Web,
    ctx: &Ctx,
    username: String,
    message: Option<&'static str>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let csrf = session::new_token()?;
    let view = LoginView {
        page: Page::new(web, ctx, "sign-in-title", "login"),
        csrf: csrf.clone(),
        username,
        message,
    };
    let mut r = html(&view)?;
    *r.status_mut() = status;
    Ok(with_cookies(
        r,
        &[session::cookie(
            web,
            &session::login_cookie(web),
            &csrf,
            None,
        )],
    ))
}

pub async fn form(State(web): State<Arc<Web>>, ctx: Ctx) -> Result<Response, WebError> {
    if ctx.user.as_ref().is_some_and(|u| u.authenticated) {
        return Ok(Redirect::to("/").into_response());
    }
    login_page(&web, &ctx, String::new(), None, StatusCode::OK)
}

pub async fn submit(
    State(web): State<Arc<Web>>,
    ctx: Ctx,
    headers: HeaderMap,
    form: Fields,
) -> Result<Response, WebError> {
    // Double submit: the form's token must equal the cookie set with the form.
    let jar = CookieJar::from_headers(&headers);
    let expected = jar
        .get(&session::login_cookie(&web))
        .map(|c| c.value().to_string());
    session::check_csrf(expected.as_deref().unwrap_or(""), form.csrf())?;
    let username = form.text("username");
    let password = form.get("password").unwrap_or("");
    match session::password_step(&web, &username, password).await? {
        Step::Enrol(token) => Ok(with_cookies(
            Redirect::to("/login/enrol").into_response(),
            &[
                session::cookie(&web, &session::session_cookie(&web), &token, None),
                session::cookie(&web, &session::login_cookie(&web), "", Some(0)),
            ],
        )),
        Step::Next(token) => Ok(with_cookies(
            Redirect::to("/login/totp").into_response(),
            &[
                session::cookie(&web, &session::session_cookie(&web), &token, None),
                session::cookie(&web, &session::login_cookie(&web), "", Some(0)),
            ],
        )),
        Step::Refused => login_page(
            &web,
            &ctx,
            username,
            Some("sign-in-refused"),
            StatusCode::UNAUTHORIZED,
        ),
        Step::Locked => login_page(
            &web,
            &ctx,
            username,
            Some("sign-in-locked"),
            StatusCode::FORBIDDEN,
        ),
    }
}

pub async fn totp_form(State(web): State<Arc<Web>>, ctx: Ctx) -> Result<Response, WebError> {
    match &ctx.user {
        Some(u) if u.authenticated => Ok(Redirect::to("/").into_response()),
        Some(u) if u.must_enrol => Ok(Redirect::to("/login/enrol").into_response()),
        Some(_) => html(&TotpView {
            page: Page::new(&web, &ctx, "totp-title", "login"),
            message: None,
        }),
        None => Ok(Redirect::to("/login").into_response()),
    }
}

pub async fn totp_submit(
    State(web): State<Arc<Web>>,
    ctx: Ctx,
    form: Fields,
) -> Result<Response, WebError> {
    let Some(pending) = ctx.user.clone().filter(|u| !u.authenticated) else {
        return Ok(Redirect::to("/login").into_response());
    };
    session::check_csrf(&pending.csrf, form.csrf())?;
    match session::code_step(&web, &pending, &form.text("code")).await? {
        Step::Next(token) => Ok(with_cookies(
            Redirect::to("/").into_response(),
            &[session::cookie(
                &web,
                &session::session_cookie(&web),
                &token,
                None,
            )],
        )),
        Step::Enrol(_) => Ok(Redirect::to("/login/enrol").into_response()),
        Step::Refused => {
            let mut r = html(&TotpView {
                page: Page::new(&web, &ctx, "totp-title", "login"),
                message: Some("totp-refused"),
            })?;
            *r.status_mut() = StatusCode::UNAUTHORIZED;
            Ok(r)
        }
        Step::Locked => {
            let ctx = Ctx { user: None, ..ctx };
            let r = login_page(
                &web,
                &ctx,
                pending.user.username.as_str().to_string(),
                Some("sign-in-locked"),
                StatusCode::FORBIDDEN,
            )?;
            Ok(with_cookies(
                r,
                &[session::cookie(
                    &web,
                    &session::session_cookie(&web),
                    "",
                    Some(0),
                )],
            ))
        }
    }
}

fn enrol_page(
    web: &Web,
    ctx: &Ctx,
    secret: &TotpSecret,
    username: &str,
    message: Option<&'static str>,
) -> Result<Response, WebError> {
    let view = EnrolView {
        page: Page::new(web, ctx, "enrol-title", "login"),
        secret: secret.to_base32(),
        uri: secret.otpauth_uri(&format!("Malines {}", web.member()), username),
        message,
    };
    let r = html(&view)?;
    Ok(if message.is_some() {
        crate::view::unprocessable(r)
    } else {
        r
    })
}

/// The first sign-in of an account an administrator made or reset: a new secret, shown
/// here only, and the user's own password.
pub async fn enrol_form(State(web): State<Arc<Web>>, ctx: Ctx) -> Result<Response, WebError> {
    let Some(pending) = ctx
        .user
        .clone()
        .filter(|u| !u.authenticated && u.must_enrol)
    else {
        return Ok(Redirect::to("/login").into_response());
    };
    let secret = TotpSecret::generate().map_err(WebError::Internal)?;
    enrol_page(&web, &ctx, &secret, pending.user.username.as_str(), None)
}

pub async fn enrol_submit(
    State(web): State<Arc<Web>>,
    ctx: Ctx,
    form: Fields,
) -> Result<Response, WebError> {
    let Some(pending) = ctx
        .user
        .clone()
        .filter(|u| !u.authenticated && u.must_enrol)
    else {
        return Ok(Redirect::to("/login").into_response());
    };
    session::check_csrf(&pending.csrf, form.csrf())?;
    // The secret travels in the form: it is the user's to choose, and only a code made from
    // it is accepted.
    let secret = TotpSecret::from_base32(&form.text("secret"))
        .map_err(|r| WebError::BadRequest(format!("secret: {r}")))?;
    let outcome = session::enrol_step(
        &web,
        &pending,
        &secret,
        form.get("password").unwrap_or(""),
        form.get("confirm").unwrap_or(""),
        &form.text("code"),
    )
    .await?;
    match outcome {
        Ok(token) => Ok(with_cookies(
            Redirect::to("/").into_response(),
            &[session::cookie(
                &web,
                &session::session_cookie(&web),
                &token,
                None,
            )],
        )),
        Err(e) => {
            let key = match e {
                EnrolError::PasswordsDiffer => "enrol-passwords-differ",
                EnrolError::PasswordTooShort => "enrol-password-short",
                EnrolError::BadCode => "enrol-bad-code",
            };
            enrol_page(
                &web,
                &ctx,
                &secret,
                pending.user.username.as_str(),
                Some(key),
            )
        }
    }
}

pub async fn logout(
    State(web): State<Arc<Web>>,
    ctx: Ctx,
    form: Fields,
) -> Result<Response, WebError> {
    let Some(user) = &ctx.user else {
        return Ok(Redirect::to("/login").into_response());
    };
    session::check_csrf(&user.csrf, form.csrf())?;
    web.store().session_delete(&user.session_hash).await?;
    web.purposes.forget_session(&user.session_hash);
    tracing::info!(user = %user.user.username, "signed out");
    web.audit(malines_store::audit::NewEntry::new(
        user.user.username.as_str(),
        "sign_out",
        "",
    ))
    .await?;
    Ok(with_cookies(
        Redirect::to("/login").into_response(),
        &[session::cookie(
            &web,
            &session::session_cookie(&web),
            "",
            Some(0),
        )],
    ))
}
