//! File helpers: new files are created, never overwritten; secrets are 0600 and their folders
//! 0700 (on Unix); the directory is replaced atomically.

use std::io::Write;
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;

use crate::{Error, Result};

/// Who may read a new file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// 0600: private keys.
    Secret,
    /// 0644: certificates, public keys, the directory.
    Public,
}

/// Creates the folder `dir` (its parents too), readable by this user only. Fails with
/// [`Error::Exists`] if `dir` exists.
pub(crate) fn create_private_dir(dir: &Path) -> Result<()> {
    if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            Error::Exists { path: dir.into() }
        } else {
            Error::io(dir, e)
        }
    })
}

/// Writes a new file; refuses ([`Error::Exists`]) if `path` exists.
pub(crate) fn write_new(path: &Path, bytes: &[u8], mode: Mode) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(match mode {
            Mode::Secret => 0o600,
            Mode::Public => 0o644,
        });
    }
    #[cfg(not(unix))]
    let _ = mode;
    let mut f = options.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            Error::Exists { path: path.into() }
        } else {
            Error::io(path, e)
        }
    })?;
    f.write_all(bytes)
        .and_then(|()| f.sync_all())
        .map_err(|e| Error::io(path, e))
}

/// Replaces `path` with `bytes` atomically (a temporary file beside it, then a rename), so a
/// reader sees the old content or the new, never half of it.
pub(crate) fn replace(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.tmp"));
    // A temporary file left by a crash is ours to remove.
    match std::fs::remove_file(&tmp) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io(&tmp, e)),
    }
    write_new(&tmp, bytes, Mode::Public)?;
    std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))
}

pub(crate) fn read_to_string(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| Error::io(path, e))
}

/// Refuses a secret key file that other users can read (as ssh does).
pub(crate) fn check_private(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .map_err(|e| Error::io(path, e))?
            .permissions()
            .mode();
        if mode & 0o077 != 0 {
            return Err(Error::NotPrivate {
                path: path.into(),
                mode: mode & 0o777,
            });
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// 32 bytes from the operating system's random source.
pub(crate) fn random32() -> Result<[u8; 32]> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| Error::Randomness(e.to_string()))?;
    Ok(bytes)
}

/// A 32-byte key as stored in the key files and the directory: standard base64.
pub(crate) fn encode_key(bytes: &[u8; 32]) -> String {
    B64.encode(bytes)
}

/// Decodes a 32-byte key written by [`encode_key`]; the error is a reason phrase.
pub(crate) fn decode_key(text: &str) -> std::result::Result<[u8; 32], String> {
    let bytes = B64
        .decode(text.trim())
        .map_err(|e| format!("not base64: {e}"))?;
    <[u8; 32]>::try_from(bytes.as_slice())
        .map_err(|_| format!("{} bytes, expected 32", bytes.len()))
}

/// Writes a secret 32-byte key file (0600, never overwritten).
pub(crate) fn write_secret_key(path: &Path, bytes: &[u8; 32]) -> Result<()> {
    write_new(
        path,
        format!("{}\n", encode_key(bytes)).as_bytes(),
        Mode::Secret,
    )
}

/// Reads a secret 32-byte key file, refusing one that others can read.
pub(crate) fn read_secret_key(path: &Path) -> Result<[u8; 32]> {
    check_private(path)?;
    decode_key(&read_to_string(path)?).map_err(|r| Error::malformed(path, r))
}

/// Reads a public 32-byte key file.
pub(crate) fn read_public_key(path: &Path) -> Result<[u8; 32]> {
    decode_key(&read_to_string(path)?).map_err(|r| Error::malformed(path, r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_files_are_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("k");
        write_new(&p, b"one", Mode::Secret).unwrap();
        assert!(matches!(
            write_new(&p, b"two", Mode::Secret),
            Err(Error::Exists { .. })
        ));
        assert_eq!(std::fs::read(&p).unwrap(), b"one");
    }

    #[test]
    fn replace_swaps_content() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("directory.json");
        replace(&p, b"one").unwrap();
        replace(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn secret_keys_are_private_and_refused_when_not() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("signing.key");
        write_secret_key(&p, &[7; 32]).unwrap();
        let mode = std::fs::metadata(&p).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        assert_eq!(read_secret_key(&p).unwrap(), [7; 32]);
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(matches!(
            read_secret_key(&p),
            Err(Error::NotPrivate { mode: 0o644, .. })
        ));
    }

    #[test]
    fn keys_must_be_32_bytes() {
        assert!(decode_key(&encode_key(&[1; 32])).is_ok());
        assert!(decode_key("AAAA").unwrap_err().contains("3 bytes"));
        assert!(decode_key("not base64!").is_err());
    }
}
