//! What every page template shares: the language, the user, the navigation, and the
//! formatting of numbers and dates in the page's locale.

use std::borrow::Borrow;

use askama::Template;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use malines_core::users::Action;

use crate::context::Ctx;
use crate::error::ErrorPage;
use crate::i18n::{self, Arg, Locale};
use crate::{Web, WebError};

/// The frame of a page: `templates/base.html` reads it.
pub struct Page<'a> {
    pub web: &'a Web,
    pub ctx: &'a Ctx,
    /// Fluent key of the page's title.
    pub title: String,
    /// Which entry of the navigation is current (`cases`, `links`, …).
    pub nav: &'static str,
}

impl<'a> Page<'a> {
    pub fn new(web: &'a Web, ctx: &'a Ctx, title_key: &str, nav: &'static str) -> Page<'a> {
        Page {
            web,
            ctx,
            title: web.i18n.tr(ctx.locale, title_key),
            nav,
        }
    }

    /// A message in the page's language.
    pub fn t(&self, key: &str) -> String {
        self.web.i18n.tr(self.ctx.locale, key)
    }

    /// A message with one argument.
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        self.web
            .i18n
            .tr_args(self.ctx.locale, key, &[(name, Arg::Str(value.to_string()))])
    }

    /// A message with two arguments.
    pub fn t2(&self, key: &str, n1: &str, v1: &str, n2: &str, v2: &str) -> String {
        self.web.i18n.tr_args(
            self.ctx.locale,
            key,
            &[
                (n1, Arg::Str(v1.to_string())),
                (n2, Arg::Str(v2.to_string())),
            ],
        )
    }

    /// A message with a count (plural forms).
    pub fn tn(&self, key: &str, n: impl Borrow<i64>) -> String {
        self.web
            .i18n
            .tr_args(self.ctx.locale, key, &[("n", Arg::Num(*n.borrow() as f64))])
    }

    pub fn lang(&self) -> &'static str {
        self.ctx.locale.tag()
    }

    pub fn dir(&self) -> &'static str {
        self.ctx.locale.dir()
    }

    pub fn locale(&self) -> Locale {
        self.ctx.locale
    }

    pub fn locales(&self) -> &'static [Locale] {
        &Locale::ALL
    }

    pub fn authority(&self) -> &str {
        self.web.member()
    }

    /// The signed-in user's name, if both steps are passed.
    pub fn user_name(&self) -> Option<&str> {
        self.ctx
            .user
            .as_ref()
            .filter(|u| u.authenticated)
            .map(|u| u.user.display_name.as_str())
    }

    pub fn role_key(&self) -> String {
        self.ctx
            .user
            .as_ref()
            .map(|u| format!("role-{}", u.user.role.as_str()))
            .unwrap_or_default()
    }

    /// The session's CSRF token, for every form.
    pub fn csrf(&self) -> &str {
        self.ctx.user.as_ref().map_or("", |u| u.csrf.as_str())
    }

    fn may(&self, a: Action) -> bool {
        self.ctx
            .user
            .as_ref()
            .is_some_and(|u| u.authenticated && u.user.role.may(a))
    }

    pub fn may_cases(&self) -> bool {
        self.may(Action::ReadCases)
    }

    pub fn may_write(&self) -> bool {
        self.may(Action::WriteCases)
    }

    pub fn may_links(&self) -> bool {
        self.may(Action::HandleLinks)
    }

    pub fn may_orders(&self) -> bool {
        self.may(Action::IssueOrders) || self.may(Action::ValidateOrders)
    }

    pub fn may_answer_orders(&self) -> bool {
        self.may(Action::AnswerOrders)
    }

    pub fn may_issue_orders(&self) -> bool {
        self.may(Action::IssueOrders)
    }

    pub fn may_audit(&self) -> bool {
        self.may(Action::Audit)
    }

    pub fn may_admin(&self) -> bool {
        self.may(Action::ManageUsers)
    }

    pub fn current(&self, nav: &str) -> &'static str {
        if self.nav == nav { "page" } else { "false" }
    }

    // Templates pass arguments by value or by reference depending on the expression;
    // `Borrow` takes both.
    pub fn date(&self, d: impl Borrow<time::Date>) -> String {
        i18n::format_date(self.ctx.locale, *d.borrow())
    }

    pub fn datetime(&self, t: impl Borrow<time::OffsetDateTime>) -> String {
        i18n::format_datetime(self.ctx.locale, *t.borrow())
    }

    /// A time for a `datetime` attribute (RFC 3339).
    pub fn iso(&self, t: impl Borrow<time::OffsetDateTime>) -> String {
        t.borrow()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default()
    }

    pub fn number(&self, n: impl Borrow<i64>) -> String {
        i18n::format_number(self.ctx.locale, *n.borrow())
    }

    /// A message key made of a prefix and a stored value: `term("stage", "trial")` is the
    /// message `stage-trial`.
    pub fn term(&self, prefix: &str, value: &str) -> String {
        self.t(&format!("{prefix}-{value}"))
    }

    /// A score in [0, 1] as a percentage with no decimals.
    pub fn percent(&self, x: impl Borrow<f64>) -> String {
        let p = (x.borrow() * 100.0).round();
        let n = if p.is_finite() { p as i64 } else { 0 };
        self.t1("percent", "value", &i18n::format_number(self.ctx.locale, n))
    }
}

/// A file as a download, never shown in the browser: whatever it holds, it runs nothing here.
/// Its name keeps ASCII letters, digits, `.`, `-` and `_` (the rest becomes `_`).
pub fn download(name: &str, data: Vec<u8>) -> Response {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    (
        [
            (header::CONTENT_TYPE, "application/octet-stream".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{safe}\""),
            ),
        ],
        data,
    )
        .into_response()
}

/// Renders a template as an HTML response.
pub fn html<T: Template>(t: &T) -> Result<Response, WebError> {
    Ok(Html(t.render()?).into_response())
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorView<'a> {
    page: Page<'a>,
    message: String,
    detail: Option<String>,
    signed_in: bool,
}

/// An error as a page in the user's language. If even that fails, plain text.
pub fn error_page(web: &Web, ctx: &Ctx, e: &ErrorPage) -> Response {
    let page = Page::new(web, ctx, "error-title", "");
    let view = ErrorView {
        message: page.t(e.key),
        detail: e.detail.clone(),
        signed_in: page.user_name().is_some(),
        page,
    };
    match view.render() {
        Ok(body) => (e.status, Html(body)).into_response(),
        Err(err) => {
            tracing::error!(error = %err, "cannot render the error page");
            (
                e.status,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                e.status.canonical_reason().unwrap_or("error"),
            )
                .into_response()
        }
    }
}

/// Refused with 422 and the form shown again: the status of a form with errors.
pub fn unprocessable(r: Response) -> Response {
    let mut r = r;
    *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    r
}
