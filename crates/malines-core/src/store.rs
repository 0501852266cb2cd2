//! Storage traits. The `malines-store` crate implements them on SQLite and PostgreSQL; the
//! domain and the interfaces only ever see these traits.

use std::future::Future;

use serde::Serialize;
use time::{Date, OffsetDateTime};

use crate::Result;
use crate::ids::{AuthorityCode, CaseRef, Username};
use crate::model::{CaseDraft, CaseStatus, CaseSummary, Stage, StoredCase};

/// What an import did, case by case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportOutcome {
    pub created: Vec<CaseRef>,
    pub updated: Vec<CaseRef>,
    /// Cases whose content was already stored exactly so: left untouched, version kept.
    pub unchanged: Vec<CaseRef>,
}

/// Filters for a case list. Empty means all cases.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseFilter {
    pub stage: Option<Stage>,
    pub status: Option<CaseStatus>,
    /// Substring of the reference or the title, ignoring case.
    pub text: Option<String>,
    /// Only cases whose review is due on or before this date.
    pub review_due_by: Option<Date>,
    /// Only cases whose team holds this user (need-to-know, SPEC §7).
    pub member: Option<Username>,
}

/// Cases of one authority, with their subjects and identifiers.
pub trait CaseStore: Send + Sync {
    /// Writes every case in one transaction: all of them or none. A case is keyed by its
    /// authority and reference; a case stored with the same content is left as it is, a
    /// changed one is replaced (subjects kept by their reference) and its version raised.
    fn import_cases(
        &self,
        authority: &AuthorityCode,
        drafts: &[CaseDraft],
        now: OffsetDateTime,
    ) -> impl Future<Output = Result<ImportOutcome>> + Send;

    /// The authority's cases matching `filter`, by reference.
    fn list_cases(
        &self,
        authority: &AuthorityCode,
        filter: &CaseFilter,
    ) -> impl Future<Output = Result<Vec<CaseSummary>>> + Send;

    /// Deletes a case with its subjects and identifiers; false if there was none.
    fn delete_case(
        &self,
        authority: &AuthorityCode,
        reference: &CaseRef,
    ) -> impl Future<Output = Result<bool>> + Send;

    /// One case with everything it holds, if it exists.
    fn get_case(
        &self,
        authority: &AuthorityCode,
        reference: &CaseRef,
    ) -> impl Future<Output = Result<Option<StoredCase>>> + Send;
}
