//! The case list (search, filters by stage and status, reviews due) and the case page.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use malines_core::model::{CaseStatus, CaseSummary, Stage, StoredCase};
use malines_core::store::CaseFilter;
use malines_core::users::Action;
use malines_node::LinkInfo;

use crate::access::{self, TeamCase};
use crate::context::Auth;
use crate::pages::purpose;
use crate::view::{Page, html};
use crate::{Web, WebError};

#[derive(Template)]
#[template(path = "cases.html")]
struct ListView<'a> {
    page: Page<'a>,
    cases: Vec<CaseSummary>,
    q: String,
    stage: String,
    status: String,
    due: bool,
    today: time::Date,
    stages: &'static [Stage],
    statuses: &'static [CaseStatus],
}

impl ListView<'_> {
    fn overdue(&self, c: &CaseSummary) -> bool {
        c.review_due < self.today
    }
}

/// Days ahead in which a review counts as due on the list.
const DUE_WITHIN_DAYS: i64 = 90;

pub async fn list(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Query(q): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let get = |k: &str| {
        q.iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    };
    let (text, stage, status, due) = (
        get("q"),
        get("stage"),
        get("status"),
        !get("due").is_empty(),
    );
    let today = web.clock.today();
    let filter = CaseFilter {
        // An unknown value in the address is ignored rather than refused: it can only come
        // from an edited URL, and the form shows which filter is in force.
        stage: Stage::parse(&stage).ok().filter(|_| !stage.is_empty()),
        status: CaseStatus::parse(&status)
            .ok()
            .filter(|_| !status.is_empty()),
        text: Some(text.clone()).filter(|t| !t.is_empty()),
        review_due_by: due.then(|| today + time::Duration::days(DUE_WITHIN_DAYS)),
        member: None,
    };
    let cases = access::team_cases(&web, &auth.user, filter).await?;
    html(&ListView {
        page: Page::new(&web, &auth.ctx, "cases-title", "cases"),
        cases,
        q: text,
        stage,
        status,
        due,
        today,
        stages: Stage::ALL,
        statuses: CaseStatus::ALL,
    })
}

#[derive(Template)]
#[template(path = "case.html")]
struct CaseView<'a> {
    page: Page<'a>,
    c: &'a StoredCase,
    links: Vec<LinkInfo>,
    may_write: bool,
    may_links: bool,
    overdue: bool,
    /// The last day the case may be kept, once its proceedings are over.
    keep_until: Option<time::Date>,
    /// Why the user said they read it (recorded with the read).
    purpose: crate::purpose::Purpose,
}

impl CaseView<'_> {
    /// The persons' and organisations' names by their reference, for identifiers.
    fn subject_name(&self, r: &Option<malines_core::ids::SubjectRef>) -> String {
        let Some(r) = r else {
            return String::new();
        };
        let d = &self.c.draft;
        if let Some(p) = d.persons.iter().find(|p| &p.subject_ref == r) {
            return person_name(p);
        }
        if let Some(o) = d.organisations.iter().find(|o| &o.subject_ref == r) {
            return o.name.clone();
        }
        r.as_str().to_string()
    }
}

/// "FAMILY, Given" or whichever part is known.
pub fn person_name(p: &malines_core::model::PersonData) -> String {
    match (&p.family_names, &p.given_names) {
        (Some(f), Some(g)) => format!("{f}, {g}"),
        (Some(f), None) => f.clone(),
        (None, Some(g)) => g.clone(),
        (None, None) => p
            .original_script_name
            .clone()
            .unwrap_or_else(|| p.subject_ref.as_str().to_string()),
    }
}

pub async fn show(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Path(reference): Path<String>,
) -> Result<Response, WebError> {
    let tc: TeamCase = access::open_case(&web, &auth.user, &reference, Action::ReadCases).await?;
    let Some(purpose) = purpose::stated(&web, &auth, &tc) else {
        return purpose::ask(&web, &auth, &tc, purpose::Next::Case, None, None);
    };
    let read = tc.read(&web, &auth.user, &purpose).await?;
    let may_links = auth.user.user.role.may(Action::HandleLinks);
    let links = if may_links {
        access::team_links(&web, &auth.user)
            .await?
            .into_iter()
            .filter(|l| l.case.as_deref() == Some(read.reference().as_str()))
            .collect()
    } else {
        Vec::new()
    };
    let c = read.case();
    let mut page = Page::new(&web, &auth.ctx, "case-title", "cases");
    page.title = format!(
        "{} · {}",
        c.draft.case.reference.as_str(),
        c.draft.case.title
    );
    html(&CaseView {
        keep_until: web.settings.retention.keep_until(&c.draft.case),
        overdue: c.draft.case.review_due < web.clock.today(),
        may_write: auth.user.user.role.may(Action::WriteCases),
        may_links,
        page,
        c,
        links,
        purpose,
    })
}
