//! The question before a case's content is shown: why is it read? (SPEC §7.)
//!
//! A case page or the case's edit form, opened without a purpose stated for that case in this
//! session, shows this form instead. The answer is remembered for the case until sign-out,
//! each read then goes into the ledger with it, and the case page shows it with a way to
//! change it.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use malines_core::users::Action;

use crate::access::{self, TeamCase};
use crate::context::Auth;
use crate::pages::Fields;
use crate::purpose::Purpose;
use crate::reasons;
use crate::session::check_csrf;
use crate::view::{Page, html, unprocessable};
use crate::{Web, WebError};

/// Where the user goes once the purpose is stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    Case,
    Edit,
}

impl Next {
    fn parse(s: &str) -> Next {
        if s == "edit" { Next::Edit } else { Next::Case }
    }

    fn as_str(self) -> &'static str {
        match self {
            Next::Case => "case",
            Next::Edit => "edit",
        }
    }

    fn action(self) -> Action {
        match self {
            Next::Case => Action::ReadCases,
            Next::Edit => Action::WriteCases,
        }
    }

    fn url(self, reference: &str) -> String {
        let r = crate::pages::case_form::url_path(reference);
        match self {
            Next::Case => format!("/cases/{r}"),
            Next::Edit => format!("/cases/{r}/edit"),
        }
    }
}

#[derive(Template)]
#[template(path = "purpose.html")]
struct PurposeView<'a> {
    page: Page<'a>,
    reference: &'a str,
    next: &'static str,
    codes: &'static [&'static str],
    chosen: String,
    detail: String,
    error_field: &'static str,
    error: String,
}

/// The purpose this session stated for the case, if any.
pub fn stated(web: &Web, auth: &Auth, tc: &TeamCase) -> Option<Purpose> {
    web.purposes.get(
        &auth.user.session_hash,
        tc.reference().as_str(),
        web.clock.now(),
        web.settings.max_session,
    )
}

/// The form asking for the purpose (answered 200: the address is the case's, and what it
/// holds is the question).
pub fn ask(
    web: &Web,
    auth: &Auth,
    tc: &TeamCase,
    next: Next,
    current: Option<&Purpose>,
    error: Option<(&'static str, String)>,
) -> Result<Response, WebError> {
    let (error_field, error) = match error {
        Some((f, e)) => (f, reasons::translate(&web.i18n, auth.ctx.locale, &e)),
        None => ("", String::new()),
    };
    let invalid = !error.is_empty();
    let r = html(&PurposeView {
        page: Page::new(web, &auth.ctx, "purpose-title", "cases"),
        reference: tc.reference().as_str(),
        next: next.as_str(),
        codes: &Purpose::CODES,
        chosen: current.map(|p| p.code().to_string()).unwrap_or_default(),
        detail: current
            .and_then(Purpose::detail)
            .unwrap_or_default()
            .to_string(),
        error_field,
        error,
    })?;
    Ok(if invalid { unprocessable(r) } else { r })
}

/// `GET /cases/{ref}/purpose`: to change the purpose stated.
pub async fn form(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Path(reference): Path<String>,
    Query(q): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let next = Next::parse(
        q.iter()
            .find(|(k, _)| k == "next")
            .map_or("", |(_, v)| v.as_str()),
    );
    let tc = access::open_case(&web, &auth.user, &reference, next.action()).await?;
    let current = stated(&web, &auth, &tc);
    ask(&web, &auth, &tc, next, current.as_ref(), None)
}

/// `POST /cases/{ref}/purpose`: states the purpose, then goes on to the case or its form.
pub async fn submit(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Path(reference): Path<String>,
    fields: Fields,
) -> Result<Response, WebError> {
    check_csrf(&auth.user.csrf, fields.csrf())?;
    let next = Next::parse(&fields.text("next"));
    let tc = access::open_case(&web, &auth.user, &reference, next.action()).await?;
    let code = fields.text("purpose");
    let detail = fields.get("purpose_detail").unwrap_or("").to_string();
    match Purpose::parse(&code, &detail) {
        Ok(p) => {
            web.purposes.set(
                &auth.user.session_hash,
                tc.reference().as_str(),
                p,
                web.clock.now(),
            );
            Ok(Redirect::to(&next.url(tc.reference().as_str())).into_response())
        }
        Err(e) => {
            // Keep what was typed, so that the user only fixes the field named.
            let typed = Purpose::parse(&code, "-").ok().map(|p| match p {
                Purpose::Other(_) => Purpose::Other(detail.trim().to_string()),
                p => p,
            });
            ask(&web, &auth, &tc, next, typed.as_ref(), Some(e))
        }
    }
}
