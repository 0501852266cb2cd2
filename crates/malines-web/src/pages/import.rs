//! Import of a CSV or JSON file from the browser, with the row-by-row report.
//!
//! The same rules as `malines import` and the API: the whole file is checked first, and
//! either every case is written in one transaction or nothing is. On top, need-to-know: a
//! case already at this node may be replaced only by a member of its team, and the person
//! importing is added to the team of each new case if the file left them out.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Multipart, State};
use axum::response::Response;
use malines_core::import::{self, Format, RowError};
use malines_core::store::{CaseStore, ImportOutcome};
use malines_core::users::Action;

use crate::context::Auth;
use crate::reasons;
use crate::session::check_csrf;
use crate::view::{Page, html, unprocessable};
use crate::{Web, WebError};

#[derive(Template)]
#[template(path = "import.html")]
struct ImportView<'a> {
    page: Page<'a>,
    file_name: String,
    errors: Vec<RowError>,
    outcome: Option<ImportOutcome>,
}

pub async fn form(State(web): State<Arc<Web>>, auth: Auth) -> Result<Response, WebError> {
    auth.user.require(Action::WriteCases)?;
    html(&ImportView {
        page: Page::new(&web, &auth.ctx, "import-title", "import"),
        file_name: String::new(),
        errors: Vec::new(),
        outcome: None,
    })
}

fn file_error(reason: String) -> RowError {
    RowError {
        line: 0,
        case_ref: None,
        field: "file".into(),
        reason,
    }
}

pub async fn submit(
    State(web): State<Arc<Web>>,
    auth: Auth,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    auth.user.require(Action::WriteCases)?;
    let mut csrf = None;
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| WebError::BadRequest(format!("form: {}", e.body_text())))?
    {
        match field.name() {
            Some("csrf") => csrf = Some(field.text().await.unwrap_or_default()),
            Some("file") => {
                let name = field.file_name().unwrap_or("").to_string();
                let bytes = field
                    .bytes()
                    .await
                    .map_err(|e| WebError::BadRequest(format!("file: {}", e.body_text())))?;
                file = Some((name, bytes.to_vec()));
            }
            _ => {}
        }
    }
    check_csrf(&auth.user.csrf, csrf.as_deref())?;
    let page = Page::new(&web, &auth.ctx, "import-title", "import");
    let refuse = |page: Page<'_>, file_name: String, errors: Vec<RowError>| {
        html(&ImportView {
            page,
            file_name,
            errors,
            outcome: None,
        })
        .map(unprocessable)
    };
    let Some((name, bytes)) = file.filter(|(n, b)| !n.is_empty() || !b.is_empty()) else {
        return refuse(
            page,
            String::new(),
            vec![file_error(page_t(&web, &auth, "import-no-file"))],
        );
    };
    let Some(format) = Format::from_path(std::path::Path::new(&name)) else {
        return refuse(
            page,
            name,
            vec![file_error(page_t(&web, &auth, "import-bad-extension"))],
        );
    };
    let ctx = web.validation_context();
    let mut drafts = match import::parse(&bytes, format, &ctx) {
        Ok(d) => d,
        Err(rejected) => {
            // The core explains in English (the API and the command line keep that); the
            // page shows each reason in the user's language.
            let errors = rejected
                .errors
                .into_iter()
                .map(|e| RowError {
                    reason: reasons::translate(&web.i18n, auth.ctx.locale, &e.reason),
                    ..e
                })
                .collect();
            return refuse(page, name, errors);
        }
    };
    // Need-to-know on existing cases; the importer joins the team of new ones.
    let me = &auth.user.user.username;
    let mut errors = Vec::new();
    for d in &mut drafts {
        let existing = web
            .store()
            .get_case(web.node()?.authority(), &d.case.reference)
            .await?;
        match existing {
            Some(c) if !c.draft.case.team.contains(me) => errors.push(RowError {
                line: 0,
                case_ref: Some(d.case.reference.as_str().to_string()),
                field: "reference".into(),
                reason: page_t(&web, &auth, "import-not-your-case"),
            }),
            Some(_) => {}
            None if !d.case.team.contains(me) => d.case.team.push(me.clone()),
            None => {}
        }
    }
    if !errors.is_empty() {
        return refuse(page, name, errors);
    }
    let outcome = web.node()?.import(&drafts).await?;
    web.audit(
        malines_store::audit::NewEntry::new(me.as_str(), "cases_imported", &name).detail(format!(
            "created {}, updated {}, unchanged {}",
            outcome.created.len(),
            outcome.updated.len(),
            outcome.unchanged.len()
        )),
    )
    .await?;
    tracing::info!(
        user = %me,
        created = outcome.created.len(),
        updated = outcome.updated.len(),
        unchanged = outcome.unchanged.len(),
        "file imported"
    );
    html(&ImportView {
        page,
        file_name: name,
        errors: Vec::new(),
        outcome: Some(outcome),
    })
}

fn page_t(web: &Web, auth: &Auth, key: &str) -> String {
    web.i18n.tr(auth.ctx.locale, key)
}
