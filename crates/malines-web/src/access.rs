//! Need-to-know (SPEC §7): a case, its subjects and its links are for the case's team.
//!
//! A page that shows or changes a case needs a [`TeamCase`], and the only way to get one is
//! [`open_case`], which checks the role and the team. A case outside the user's team is
//! answered exactly like a case that does not exist, so its reference is not confirmed
//! either. Lists go through [`team_cases`] and [`team_links`], which filter the same way.

use std::collections::BTreeSet;

use malines_core::ids::CaseRef;
use malines_core::model::{CaseSummary, StoredCase};
use malines_core::store::{CaseFilter, CaseStore};
use malines_core::users::Action;
use malines_node::LinkInfo;

use crate::session::SignedIn;
use crate::{Web, WebError};

/// A case the user may see: made only by [`open_case`].
#[derive(Debug)]
pub struct TeamCase {
    case: StoredCase,
}

impl TeamCase {
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
        .node
        .store()
        .get_case(web.node.authority(), &r)
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
        .node
        .store()
        .list_cases(web.node.authority(), &filter)
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
        .node
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
