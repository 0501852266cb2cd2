//! The auditor's page: the ledger's size and root, its signed heads, its latest entries, and
//! a full verification on demand (issue #7). Auditors see the ledger, never case content.

use std::sync::Arc;

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use malines_core::audit::{AuditEntry, TreeHead};
use malines_core::users::Action;
use malines_store::audit::Verification;

use super::Fields;
use crate::context::Auth;
use crate::session::check_csrf;
use crate::view::{Page, html};
use crate::{Web, WebError};

/// Entries shown on the page, newest first.
const SHOWN: u64 = 50;

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditView<'a> {
    page: Page<'a>,
    size: i64,
    root: String,
    heads: Vec<TreeHead>,
    entries: Vec<AuditEntry>,
    verification: Option<Verification>,
}

impl AuditView<'_> {
    fn hex(&self, h: &[u8; 32]) -> String {
        hex::encode(h)
    }
}

async fn render(
    web: &Web,
    auth: &Auth,
    verification: Option<Verification>,
) -> Result<Response, WebError> {
    auth.user.require(Action::Audit)?;
    let (size, root) = web.ledger.root().await?;
    let mut entries = web.ledger.entries(size.saturating_sub(SHOWN), size).await?;
    entries.reverse();
    html(&AuditView {
        page: Page::new(web, &auth.ctx, "audit-title", "audit"),
        size: i64::try_from(size).unwrap_or(i64::MAX),
        root: hex::encode(root),
        heads: web.ledger.heads(10).await?,
        entries,
        verification,
    })
}

pub async fn show(State(web): State<Arc<Web>>, auth: Auth) -> Result<Response, WebError> {
    render(&web, &auth, None).await
}

/// Signs the current head, then rereads the whole ledger and checks it against every signed
/// head (signatures are checked by `malines audit verify`, which has the member's public key).
pub async fn verify(
    State(web): State<Arc<Web>>,
    auth: Auth,
    form: Fields,
) -> Result<Response, WebError> {
    auth.user.require(Action::Audit)?;
    check_csrf(&auth.user.csrf, form.csrf())?;
    web.ledger.sign_head(web.clock.now()).await?;
    let v = web.ledger.verify(&[], &|_| true).await?;
    web.audit(
        malines_store::audit::NewEntry::new(
            auth.user.user.username.as_str(),
            "ledger_verified",
            "",
        )
        .detail(match &v.problem {
            None => format!("{} entries, intact", v.entries),
            Some(p) => format!("{} entries: {p}", v.entries),
        }),
    )
    .await?;
    render(&web, &auth, Some(v)).await
}
