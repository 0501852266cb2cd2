//! The integration tests, one binary made of modules (it links once).
//!
//! - `story`: the backend-agnostic story suite of the case store, run on SQLite always and on
//!   PostgreSQL when `MALINES_TEST_DATABASE_URL` is set (and failing if it is set but the
//!   server cannot be reached).
//! - `cli`: the real `malines` binary driven as a user would.
//! - `link`: `malines secret`, `encode` and `link`, clear and two-party.
//! - `federation`: a hub and nodes over mutual TLS, end to end.
//! - `letters`: sealed letters between members through the hub: messages, receipts, refusals.
//! - `orders`: orders from an authority to a provider: answered, objected, forged, late.
//! - `web`: the node's web interface: sign-in, sessions, CSRF, roles, need-to-know, forms.

// Test code may unwrap: a failure is a test failure.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
#![allow(unreachable_pub)]

mod audit;
mod cli;
mod common;
mod federation;
mod letters;
mod link;
mod names;
mod orders;
mod story;
mod web;
