//! Normalisation of names and identifiers, with no I/O.
//!
//! Every value that a node encodes for the hub passes through here first, so that two
//! authorities who wrote the same phone number, IBAN or document number differently still
//! produce the same normalised form (SPEC §3, §4).
//!
//! - [`ident`]: typed identifiers (phone, e-mail, IBAN, IMEI, …) validated and normalised.
//! - [`name`]: person names across scripts and spellings: canonical forms and comparison.
//! - [`place`]: places of birth across languages and scripts, from a gazetteer.

pub mod ident;
pub mod name;
pub mod place;
