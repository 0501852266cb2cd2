//! `malines-pki`: the federation's PKI and member identities (SPEC §2).
//!
//! What it guarantees:
//!
//! - **One trust anchor.** Every member (hub, authority, provider) holds a TLS certificate
//!   signed by the federation CA, whose common name and `urn:malines:member:CODE` URI name the
//!   member's code. [`server_config`] requires a client certificate chaining to that CA (no
//!   anonymous connection completes the handshake); [`client_config`] trusts that CA only.
//!   Both use TLS 1.3 and rustls' ring provider, given explicitly.
//! - **A signed directory.** [`SignedDirectory`] lists each member's code, country, kind,
//!   display names, certificate fingerprint, Ed25519 signing key and X25519 (HPKE) key, signed
//!   by the operator's Ed25519 key over canonical bytes ([`Directory::canonical_bytes`]).
//!   Any change to a signed field makes [`SignedDirectory::verify`] fail; a member verifies it
//!   offline with the `operator.pub` of its folder.
//! - **Revocation through the directory.** After the handshake the hub reads the peer's code and
//!   fingerprint ([`peer_identity`]) and asks [`Directory::admit`], which refuses a revoked
//!   member and any certificate that is not the one listed for it.
//! - **Keys are never overwritten.** [`Pki::init`] wants a new or empty folder; [`Pki::issue`]
//!   refuses a code that exists. Secret keys are written 0600 in 0700 folders and refused when
//!   loaded if other users can read them. No `Debug` output shows a secret.
//!
//! Time is passed in (`now`), so tests can issue certificates in the past. Key rotation is not
//! implemented yet (see `docs/pki.md`).

mod directory;
mod error;
mod files;
mod identity;
mod member;
mod pki;
pub mod seal;
mod tls;

pub use directory::{Directory, SIGNING_CONTEXT, SignedDirectory, read_operator_key};
pub use error::{Error, Result};
pub use identity::{Identity, MEMBER_URI_PREFIX, PeerIdentity, fingerprint, peer_identity};
pub use member::{MemberEntry, MemberKind, check_code, check_country, check_names};
pub use pki::{CA_NAME, CA_VALIDITY, CLOCK_SKEW, IssueRequest, MEMBER_VALIDITY, ORGANISATION, Pki};
pub use tls::{client_config, provider, server_config};

// Re-exported so that callers name the same versions.
pub use ed25519_dalek;
pub use rustls;
pub use x25519_dalek;

/// File names in the operator's folder (`DIR`) and in each member's (`DIR/members/CODE`).
pub mod layout {
    /// `DIR/ca.crt.pem`, also copied into each member folder: the federation CA certificate.
    pub const CA_CERT: &str = "ca.crt.pem";
    /// `DIR/ca.key.pem` (0600): the CA's private key (PKCS#8 PEM, ECDSA P-256).
    pub const CA_KEY: &str = "ca.key.pem";
    /// `DIR/operator.key` (0600): the operator's Ed25519 secret (base64 of 32 bytes).
    pub const OPERATOR_KEY: &str = "operator.key";
    /// `DIR/operator.pub`, also in each member folder: base64 Ed25519 public key.
    pub const OPERATOR_PUB: &str = "operator.pub";
    /// `DIR/directory.json`: the [`crate::SignedDirectory`].
    pub const DIRECTORY: &str = "directory.json";
    /// `DIR/members/`: one folder per member code.
    pub const MEMBERS: &str = "members";
    /// Member's TLS certificate (PEM).
    pub const MEMBER_CERT: &str = "cert.pem";
    /// Member's TLS private key (0600, PKCS#8 PEM, ECDSA P-256).
    pub const MEMBER_KEY: &str = "key.pem";
    /// Member's Ed25519 secret (0600, base64 of 32 bytes).
    pub const MEMBER_SIGNING_KEY: &str = "signing.key";
    /// Member's X25519 secret for HPKE (0600, base64 of 32 bytes).
    pub const MEMBER_HPKE_KEY: &str = "hpke.key";
    /// Member's own public entry ([`crate::MemberEntry`], JSON).
    pub const MEMBER_ENTRY: &str = "member.json";
}
