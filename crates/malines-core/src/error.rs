//! The core's error type.

use crate::validate::FieldError;

/// Errors of the domain and of the storage behind it.
///
/// Storage backends convert their driver errors into [`Error::Storage`] at their boundary, so
/// no driver type leaks into the domain.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input was refused; each entry names the field and the reason.
    #[error("invalid input: {}", format_field_errors(.0))]
    Invalid(Vec<FieldError>),
    /// The thing asked for does not exist (or is not visible to the caller).
    #[error("{what} not found")]
    NotFound { what: String },
    /// The write conflicts with what is stored (for example a duplicate key).
    #[error("conflict: {0}")]
    Conflict(String),
    /// The database failed or could not be reached; details are in the message.
    #[error("storage error: {0}")]
    Storage(String),
}

/// Result alias for the core.
pub type Result<T> = std::result::Result<T, Error>;

fn format_field_errors(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

impl From<FieldError> for Error {
    fn from(e: FieldError) -> Self {
        Error::Invalid(vec![e])
    }
}
