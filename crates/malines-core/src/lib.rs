//! The Malines domain, in the middle of the workspace: no web framework, no database driver.
//!
//! - [`ids`]: identifier newtypes (`CaseId`, `AuthorityCode`, `CaseRef`, …), validated on
//!   construction.
//! - [`model`]: cases, persons, organisations and typed identifiers (SPEC §3), as validated
//!   drafts (what a user or a file proposes) and stored records (what the database holds).
//! - [`date`]: full and partial dates (a date of birth may be known only to the month or year).
//! - [`import`]: CSV and JSON import, parsed and validated as a whole before anything is
//!   written, with a report naming every bad line, field and reason.
//! - [`name_pairs`]: scoring a CSV of name pairs (`malines names compare`).
//! - [`store`]: the storage traits that the `malines-store` backends implement.
//! - [`users`]: roles and what each may do, password hashing, the TOTP second factor.
//! - [`audit`]: the audit ledger's entries, its Merkle tree (RFC 9162), proofs and signed heads.
//! - [`clock`]: time, injected so that deadlines and retention are testable.

#[macro_use]
mod macros;

pub mod audit;
pub mod clock;
pub mod date;
pub mod error;
pub mod ids;
pub mod import;
pub mod model;
pub mod name_pairs;
pub mod orders;
pub mod store;
pub mod users;
pub mod validate;

pub use error::{Error, Result};
