//! Need-to-know (SPEC §7): a case, its subjects and its links are for the case's team, and
//! every read of a case's personal data is recorded with its purpose.
//!
//! Two handles, each made only here:
//!
//! - a [`TeamCase`] says the user's role allows the action and the user is in the case's
//!   team. It gives the case's reference and version, enough to change or delete it, but not
//!   its content. Only [`open_case`] makes one. A case outside the user's team is answered
//!   exactly like a case that does not exist, so its reference is not confirmed either.
//! - a [`CaseRead`] gives the content. Only [`TeamCase::read`] makes one, and it first writes
//!   the read, with the user's stated [`Purpose`], into the audit ledger; if the ledger cannot
//!   take it, nothing is shown.
//!
//! What a handler may do with each:
//!
//! ```
//! # use malines_web::access::{CaseRead, TeamCase};
//! fn reference(tc: &TeamCase) -> &malines_core::ids::CaseRef {
//!     tc.reference()
//! }
//! fn content(read: &CaseRead) -> &malines_core::model::StoredCase {
//!     read.case()
//! }
//! ```
//!
//! and a handler that skipped the team check or the record of the read does not compile:
//!
//! ```compile_fail
//! # use malines_web::access::{CaseRead, TeamCase};
//! fn content(tc: &TeamCase) -> &malines_core::model::StoredCase {
//!     tc.case // private: the content is only reached through a recorded read
//! }
//! ```
//!
//! ```compile_fail
//! # use malines_web::access::CaseRead;
//! fn forge(case: malines_core::model::StoredCase) -> CaseRead {
//!     CaseRead { case } // private: only `TeamCase::read` makes one
//! }
//! ```
//!
//! Lists go through [`team_cases`] and [`team_links`], which filter the same way; they show
//! references, titles and counts, not persons.

use std::collections::BTreeSet;

use malines_core::ids::CaseRef;
use malines_core::model::{CaseSummary, StoredCase};
use malines_core::store::{CaseFilter, CaseStore};
use malines_core::users::Action;
use malines_node::LinkInfo;
use malines_store::audit::NewEntry;

use crate::purpose::Purpose;
use crate::session::SignedIn;
use crate::{Web, WebError};

/// A case of the user's team: made only by [`open_case`]. Its content is reached through
/// [`TeamCase::read`].
#[derive(Debug)]
pub struct TeamCase {
    case: StoredCase,
}

impl TeamCase {
    pub fn reference(&self) -> &CaseRef {
        &self.case.draft.case.reference
    }

    /// The version stored, to refuse an edit made on an older one.
    pub fn version(&self) -> i64 {
        self.case.version
    }

    /// How many persons, organisations and identifiers the case has.
    pub fn rows(&self) -> (usize, usize, usize) {
        let d = &self.case.draft;
        (d.persons.len(), d.organisations.len(), d.identifiers.len())
    }

    /// Records that `user` reads the case's content for `purpose`, then gives it.
    pub async fn read(
        self,
        web: &Web,
        user: &SignedIn,
        purpose: &Purpose,
    ) -> Result<CaseRead, WebError> {
        web.audit(
            NewEntry::new(
                user.user.username.as_str(),
                "case_read",
                self.reference().as_str(),
            )
            .purpose(&purpose.for_ledger()),
        )
        .await?;
        Ok(CaseRead { case: self.case })
    }
}

/// A case's content, read for a purpose that the ledger holds: made only by
/// [`TeamCase::read`].
#[derive(Debug)]
pub struct CaseRead {
    case: StoredCase,
}

impl CaseRead {
    pub fn case(&self) -> &StoredCase {
        &self.case
    }

    pub fn reference(&self) -> &CaseRef {
        &self.case.draft.case.reference
    }
}

/// Opens one case for `action`, if the user's role allows it and they are in its team.
pub async fn open_case(
    web: &Web,
    user: &SignedIn,
    reference: &str,
    action: Action,
) -> Result<TeamCase, WebError> {
    user.require(action)?;
    let r = CaseRef::parse(reference).map_err(|_| WebError::NotFound)?;
    let case = web
        .store()
        .get_case(web.node()?.authority(), &r)
        .await?
        .ok_or(WebError::NotFound)?;
    if !case.draft.case.team.contains(&user.user.username) {
        return Err(WebError::NotFound);
    }
    Ok(TeamCase { case })
}

/// The user's cases matching `filter` (their team's only, whatever the filter says).
pub async fn team_cases(
    web: &Web,
    user: &SignedIn,
    mut filter: CaseFilter,
) -> Result<Vec<CaseSummary>, WebError> {
    user.require(Action::ReadCases)?;
    filter.member = Some(user.user.username.clone());
    Ok(web
        .store()
        .list_cases(web.node()?.authority(), &filter)
        .await?)
}

/// The links of the user's cases.
pub async fn team_links(web: &Web, user: &SignedIn) -> Result<Vec<LinkInfo>, WebError> {
    user.require(Action::HandleLinks)?;
    let mine: BTreeSet<String> = team_cases(web, user, CaseFilter::default())
        .await?
        .into_iter()
        .map(|c| c.reference.as_str().to_string())
        .collect();
    Ok(web
        .node()?
        .links()
        .await?
        .into_iter()
        .filter(|l| l.case.as_ref().is_some_and(|c| mine.contains(c)))
        .collect())
}

/// One link of the user's cases.
pub async fn team_link(web: &Web, user: &SignedIn, id: &str) -> Result<LinkInfo, WebError> {
    team_links(web, user)
        .await?
        .into_iter()
        .find(|l| l.id == id)
        .ok_or(WebError::NotFound)
}
