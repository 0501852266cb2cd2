//! The crate's one error type.

use std::path::PathBuf;

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What can go wrong with the federation's PKI. Each message names the file, the field or the
/// member it is about, and never quotes a secret.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A value given by the operator (or found in a file) is not well formed.
    #[error("{field}: {reason}")]
    Invalid {
        /// The field, e.g. `code`, `country`, `names.fr`, `dns[0]`.
        field: String,
        /// Why it is refused.
        reason: String,
    },
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A file that would be created exists already: keys are never overwritten.
    #[error("{}: already exists; keys and certificates are never overwritten", path.display())]
    Exists { path: PathBuf },
    /// `init` was given a folder that is not empty.
    #[error("{}: not empty; a PKI is only created in a new or empty folder", path.display())]
    NotEmpty { path: PathBuf },
    /// A file exists but its content is not what it should be.
    #[error("{}: {reason}", path.display())]
    Malformed { path: PathBuf, reason: String },
    /// A secret key file can be read by other users.
    #[error(
        "{}: readable by other users (mode {mode:o}); run `chmod 600` on it",
        path.display()
    )]
    NotPrivate { path: PathBuf, mode: u32 },
    /// `issue` was asked for a code the directory already has.
    #[error("member {0} already exists; a member's keys are never replaced")]
    MemberExists(String),
    /// No member with this code in the directory.
    #[error("member {0} is not in the directory")]
    UnknownMember(String),
    /// `revoke` of a member already revoked.
    #[error("member {0} is already revoked")]
    AlreadyRevoked(String),
    /// The directory's signature does not verify under the operator key: it was altered, or
    /// signed by another federation.
    #[error("the directory's signature does not verify under the operator key")]
    BadSignature,
    /// The directory is signed but its content breaks an invariant (duplicate code, bad key).
    #[error("invalid directory: {0}")]
    InvalidDirectory(String),
    /// A peer certificate does not carry a usable member identity.
    #[error("peer certificate: {0}")]
    PeerCertificate(String),
    /// A verified peer is not admitted by the directory.
    #[error("peer {code} refused: {reason}")]
    Refused { code: String, reason: String },
    /// Generating or signing a certificate failed.
    #[error("certificate: {0}")]
    Certificate(String),
    /// Building a TLS configuration failed.
    #[error("TLS configuration: {0}")]
    Tls(String),
    /// The operating system gave no random bytes.
    #[error("no randomness from the operating system: {0}")]
    Randomness(String),
}

impl Error {
    pub(crate) fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Error::Invalid {
            field: field.into(),
            reason: reason.into(),
        }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn malformed(path: impl Into<PathBuf>, reason: impl Into<String>) -> Self {
        Error::Malformed {
            path: path.into(),
            reason: reason.into(),
        }
    }
}

impl From<rcgen::Error> for Error {
    fn from(e: rcgen::Error) -> Self {
        Error::Certificate(e.to_string())
    }
}

impl From<rustls::Error> for Error {
    fn from(e: rustls::Error) -> Self {
        Error::Tls(e.to_string())
    }
}
