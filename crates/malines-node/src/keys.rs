//! A node's two secrets, each in its own file readable only by its owner:
//!
//! - the federation's **linkage secret** (`malines secret new`), shared by the authorities
//!   and never sent anywhere: every encoding is keyed with it;
//! - the node's **local key**, its own alone: it derives the opaque record and case tokens
//!   the hub sees, so that no one else can compute which token is which case.

use std::io::Write;
use std::path::Path;

use malines_match::token::{LinkageSecret, Version};
use serde::{Deserialize, Serialize};

/// Why a key file could not be used. The message names the file.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {reason}")]
pub struct KeyError {
    pub path: String,
    pub reason: String,
}

fn err(path: &Path, reason: impl Into<String>) -> KeyError {
    KeyError {
        path: path.display().to_string(),
        reason: reason.into(),
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SecretFile {
    version: String,
    epoch: u32,
    key: String,
}

/// Creates a file only its owner can read; refuses to overwrite one.
fn create_private(path: &Path, text: &str) -> Result<(), KeyError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut f = options.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            err(path, "exists; a key is never overwritten")
        } else {
            err(path, format!("cannot create: {e}"))
        }
    })?;
    f.write_all(text.as_bytes())
        .and_then(|()| f.write_all(b"\n"))
        .and_then(|()| f.sync_all())
        .map_err(|e| err(path, format!("cannot write: {e}")))
}

fn random_key(path: &Path) -> Result<[u8; 32], KeyError> {
    let mut key = [0u8; 32];
    getrandom::fill(&mut key).map_err(|e| err(path, format!("no randomness: {e}")))?;
    Ok(key)
}

/// Creates a new linkage secret file of `epoch`, for encodings of the latest version
/// ([`Version::LATEST`]: the version is fixed with the secret, so that every authority
/// holding it encodes alike).
pub fn create_secret(path: &Path, epoch: u32) -> Result<(), KeyError> {
    let key = random_key(path)?;
    let text = serde_json::to_string_pretty(&SecretFile {
        version: Version::LATEST.label().into(),
        epoch,
        key: hex::encode(key),
    })
    .map_err(|e| err(path, e.to_string()))?;
    create_private(path, &text)
}

/// Reads a linkage secret file.
pub fn read_secret(path: &Path) -> Result<LinkageSecret, KeyError> {
    let text = std::fs::read_to_string(path).map_err(|e| err(path, e.to_string()))?;
    let f: SecretFile =
        serde_json::from_str(&text).map_err(|e| err(path, format!("not a secret file: {e}")))?;
    let Some(version) = Version::parse(&f.version) else {
        return Err(err(
            path,
            format!("version `{}`, expected v1 or v2", f.version),
        ));
    };
    LinkageSecret::from_hex(f.epoch, &f.key)
        .map(|s| s.with_version(version))
        .map_err(|e| err(path, format!("key: {e}")))
}

/// Reads the node's local key, creating it on first use.
pub fn local_key(path: &Path) -> Result<[u8; 32], KeyError> {
    if !path.exists() {
        let key = random_key(path)?;
        create_private(path, &hex::encode(key))?;
    }
    let text = std::fs::read_to_string(path).map_err(|e| err(path, e.to_string()))?;
    let bytes = hex::decode(text.trim()).map_err(|_| err(path, "not hexadecimal"))?;
    bytes
        .try_into()
        .map_err(|_| err(path, "not 32 bytes (64 hexadecimal digits)"))
}
