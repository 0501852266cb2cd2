//! Users of a node: roles (SPEC §1), passwords and the second factor.
//!
//! - Passwords are hashed with Argon2id (RFC 9106) at the parameters OWASP recommends
//!   (19 MiB, 2 passes, 1 lane), each with a random salt, stored as a PHC string.
//! - The second factor is TOTP (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the kind every
//!   authenticator app reads from an `otpauth://` URI. A code is accepted one step early or
//!   late (clock drift) and only once: the step it was used at is remembered, so a code seen
//!   over a shoulder cannot be replayed.
//!
//! What each role may do is decided here, once ([`Role::may`]); the web layer asks, it does
//! not decide.

use std::fmt;

use argon2::{Argon2, PasswordHasher, PasswordVerifier};
use hmac::{Hmac, KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha1::Sha1;

use crate::ids::Username;

/// What a user does at a node (SPEC §1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Registers cases, sees links and follows them up, talks to foreign colleagues, drafts
    /// orders.
    Prosecutor,
    /// Enters and imports case data; no links, no orders, no messages.
    Clerk,
    /// A magistrate who validates orders (second pair of eyes); reads the cases of their team.
    Validator,
    /// Data-protection officer or oversight body: the audit ledger and statistics, no case
    /// content.
    Auditor,
    /// Users, keys and configuration; no case content.
    Admin,
    /// At a provider: its response team, who check and answer the orders it receives.
    Responder,
}

/// Something a user may want to do. [`Role::may`] is the one place that says who may.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Read the cases of one's team: subjects, identifiers, personal data.
    ReadCases,
    /// Create, edit, import and delete cases of one's team.
    WriteCases,
    /// See the links of one's cases and their evidence, and mark them seen, followed up or
    /// dismissed.
    HandleLinks,
    /// Manage the node's users.
    ManageUsers,
    /// Read the audit ledger and statistics.
    Audit,
    /// Draft, send and withdraw orders to providers about one's team's cases.
    IssueOrders,
    /// Validate orders drafted by someone else (a second person: SPEC §6).
    ValidateOrders,
    /// At a provider: read the orders received, acknowledge, answer or object to them.
    AnswerOrders,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Prosecutor,
        Role::Clerk,
        Role::Validator,
        Role::Auditor,
        Role::Admin,
        Role::Responder,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Prosecutor => "prosecutor",
            Role::Clerk => "clerk",
            Role::Validator => "validator",
            Role::Auditor => "auditor",
            Role::Admin => "admin",
            Role::Responder => "responder",
        }
    }

    pub fn parse(raw: &str) -> Result<Role, String> {
        let k = raw.trim().to_ascii_lowercase();
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == k)
            .ok_or_else(|| {
                format!(
                    "'{}' is not a role (expected one of: prosecutor, clerk, validator, auditor, admin, responder)",
                    raw.trim()
                )
            })
    }

    /// Whether this role may do `action`. Case content is for the case's team only, and
    /// never for admins and auditors (SPEC §7); the team check itself is made per case.
    pub fn may(self, action: Action) -> bool {
        use Action::*;
        use Role::*;
        matches!(
            (self, action),
            (
                Prosecutor,
                ReadCases | WriteCases | HandleLinks | IssueOrders
            ) | (Clerk, ReadCases | WriteCases)
                | (Validator, ReadCases | HandleLinks | ValidateOrders)
                | (Auditor, Audit)
                | (Admin, ManageUsers)
                | (Responder, AnswerOrders)
        )
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A user account as stored (without the password hash and the TOTP secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub username: Username,
    pub display_name: String,
    pub role: Role,
    /// Preferred language tag of the interface (`fr`, `ar`, …); `None`: the browser's.
    pub locale: Option<String>,
    pub disabled: bool,
    /// In what capacity the user issues or validates orders, if any.
    pub capacity: Option<crate::orders::Capacity>,
}

/// Shortest password accepted (NIST SP 800-63B asks for at least 8; a prosecutor's office
/// handling terrorism files can ask for more).
pub const MIN_PASSWORD: usize = 12;
/// Longest password accepted: hashing cost must not be an attack surface.
pub const MAX_PASSWORD: usize = 256;

/// Checks a new password's length; the reason names what is wrong.
pub fn check_new_password(password: &str) -> Result<(), String> {
    let n = password.chars().count();
    if n < MIN_PASSWORD {
        return Err(format!("must be at least {MIN_PASSWORD} characters"));
    }
    if password.len() > MAX_PASSWORD {
        return Err(format!("must be at most {MAX_PASSWORD} bytes"));
    }
    Ok(())
}

/// Argon2id at OWASP's recommended parameters (m = 19 MiB, t = 2, p = 1), which are the
/// crate's defaults.
fn argon2() -> Argon2<'static> {
    Argon2::default()
}

/// Hashes a password with a fresh random salt; the PHC string records the parameters.
pub fn hash_password(password: &str) -> Result<String, String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| format!("no randomness: {e}"))?;
    argon2()
        .hash_password_with_salt(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| format!("cannot hash the password: {e}"))
}

/// Whether `password` matches a PHC hash made by [`hash_password`]. A malformed hash never
/// matches.
pub fn verify_password(hash: &str, password: &str) -> bool {
    if password.len() > MAX_PASSWORD {
        return false;
    }
    argon2().verify_password(password.as_bytes(), hash).is_ok()
}

/// A hash to verify against when the user does not exist, so that the answer takes as long
/// as for a real user and does not tell which usernames exist.
pub fn dummy_hash() -> &'static str {
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$VvNymsmpC0wJmlQ1Tlc4mm6B7q4oXEbRUqYHxhkGMDA"
}

/// A TOTP secret (RFC 6238): 160 random bits, the size RFC 4226 recommends for HMAC-SHA1.
#[derive(Clone, PartialEq, Eq)]
pub struct TotpSecret([u8; 20]);

impl fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TotpSecret(…)")
    }
}

/// Seconds per TOTP step.
pub const TOTP_STEP: i64 = 30;

impl TotpSecret {
    pub fn generate() -> Result<TotpSecret, String> {
        let mut s = [0u8; 20];
        getrandom::fill(&mut s).map_err(|e| format!("no randomness: {e}"))?;
        Ok(TotpSecret(s))
    }

    pub fn from_bytes(b: [u8; 20]) -> TotpSecret {
        TotpSecret(b)
    }

    /// The secret in base32 without padding, as authenticator apps take it.
    pub fn to_base32(&self) -> String {
        data_encoding::BASE32_NOPAD.encode(&self.0)
    }

    /// Reads a base32 secret (spaces and case ignored, padding optional).
    pub fn from_base32(s: &str) -> Result<TotpSecret, String> {
        let clean: String = s
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '=')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let bytes = data_encoding::BASE32_NOPAD
            .decode(clean.as_bytes())
            .map_err(|_| "is not base32".to_string())?;
        let arr: [u8; 20] = bytes
            .try_into()
            .map_err(|_| "must be 160 bits (32 base32 characters)".to_string())?;
        Ok(TotpSecret(arr))
    }

    /// The `otpauth://` URI an authenticator app imports (usually as a QR code).
    pub fn otpauth_uri(&self, issuer: &str, account: &str) -> String {
        let enc = |s: &str| -> String {
            s.bytes()
                .map(|b| {
                    if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                        (b as char).to_string()
                    } else {
                        format!("%{b:02X}")
                    }
                })
                .collect()
        };
        format!(
            "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits=6&period=30",
            enc(issuer),
            enc(account),
            self.to_base32(),
            enc(issuer)
        )
    }

    /// The code of one step (RFC 4226 §5.3, dynamic truncation), with `digits` digits.
    fn hotp(&self, counter: u64, digits: u32) -> u32 {
        let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(&self.0) else {
            return 0;
        };
        mac.update(&counter.to_be_bytes());
        let h = mac.finalize().into_bytes();
        let offset = usize::from(h.get(19).copied().unwrap_or(0) & 0x0f);
        let word = h
            .get(offset..offset + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, u32::from_be_bytes);
        (word & 0x7fff_ffff) % 10u32.pow(digits)
    }

    /// The 6-digit code at Unix time `unix` (zero-padded text).
    pub fn code_at(&self, unix: i64) -> String {
        format!("{:06}", self.hotp(step_of(unix), 6))
    }

    /// Checks `code` at Unix time `unix`, one step of drift allowed either way. Returns the
    /// step it matched, which must be later than `last_used` (a code is good once).
    pub fn verify(&self, code: &str, unix: i64, last_used: Option<i64>) -> Option<i64> {
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let now = i64::try_from(step_of(unix)).ok()?;
        [now - 1, now, now + 1].into_iter().find(|&step| {
            step >= 0
                && last_used.is_none_or(|l| step > l)
                && u64::try_from(step).is_ok_and(|s| {
                    constant_time_eq(
                        format!("{:06}", self.hotp(s, 6)).as_bytes(),
                        code.as_bytes(),
                    )
                })
        })
    }
}

fn step_of(unix: i64) -> u64 {
    u64::try_from(unix.max(0) / TOTP_STEP).unwrap_or(0)
}

/// Equality of two byte strings in time that depends only on their lengths.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_parse_and_decide() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()).unwrap(), r);
        }
        assert!(Role::parse("superuser").unwrap_err().contains("not a role"));
        // Admins and auditors never read case content (SPEC §7).
        assert!(!Role::Admin.may(Action::ReadCases));
        assert!(!Role::Auditor.may(Action::ReadCases));
        assert!(!Role::Clerk.may(Action::HandleLinks));
        assert!(Role::Clerk.may(Action::WriteCases));
        assert!(!Role::Validator.may(Action::WriteCases));
        assert!(Role::Admin.may(Action::ManageUsers));
        assert!(!Role::Prosecutor.may(Action::ManageUsers));
        // Orders: a prosecutor issues, a validator validates, nobody does both.
        assert!(Role::Prosecutor.may(Action::IssueOrders));
        assert!(!Role::Prosecutor.may(Action::ValidateOrders));
        assert!(Role::Validator.may(Action::ValidateOrders));
        assert!(!Role::Validator.may(Action::IssueOrders));
        assert!(!Role::Clerk.may(Action::IssueOrders));
    }

    #[test]
    fn passwords_hash_and_verify() {
        let h = hash_password("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_password(&h, "correct horse battery"));
        assert!(!verify_password(&h, "correct horse batterz"));
        assert!(!verify_password("not a hash", "anything"));
        // Same password, different salt.
        assert_ne!(h, hash_password("correct horse battery").unwrap());
        // The stand-in hash is well-formed, so verifying against it costs a real hash.
        assert!(argon2::PasswordHash::new(dummy_hash()).is_ok());
        assert!(!verify_password(dummy_hash(), "anything at all"));
        assert!(check_new_password("short").is_err());
        assert!(check_new_password("twelve chars").is_ok());
    }

    /// RFC 6238 appendix B, SHA-1 rows, with the 8-digit codes cut to their last 6 digits
    /// (the truncation is modulo 10^digits).
    #[test]
    fn totp_known_answers() {
        let s = TotpSecret::from_bytes(*b"12345678901234567890");
        for (t, code8) in [
            (59, 94287082u32),
            (1111111109, 7081804),
            (1111111111, 14050471),
            (1234567890, 89005924),
            (2000000000, 69279037),
            (20000000000, 65353130),
        ] {
            assert_eq!(s.hotp(step_of(t), 8), code8, "t = {t}");
            assert_eq!(s.code_at(t), format!("{:06}", code8 % 1_000_000));
        }
    }

    #[test]
    fn totp_window_and_replay() {
        let s = TotpSecret::generate().unwrap();
        let t = 1_800_000_000;
        let code = s.code_at(t);
        let step = s.verify(&code, t, None).unwrap();
        assert_eq!(step, t / TOTP_STEP);
        // The same code is refused once used.
        assert_eq!(s.verify(&code, t, Some(step)), None);
        // One step of drift either way is accepted, two are not.
        assert!(s.verify(&code, t + TOTP_STEP, None).is_some());
        assert!(s.verify(&code, t - TOTP_STEP, None).is_some());
        assert!(s.verify(&code, t + 2 * TOTP_STEP + 1, None).is_none());
        for bad in ["", "12345", "1234567", "abcdef", "١٢٣٤٥٦"] {
            assert!(s.verify(bad, t, None).is_none(), "{bad}");
        }
    }

    #[test]
    fn totp_secret_round_trips() {
        let s = TotpSecret::generate().unwrap();
        let b32 = s.to_base32();
        assert_eq!(b32.len(), 32);
        assert_eq!(TotpSecret::from_base32(&b32.to_lowercase()).unwrap(), s);
        assert!(TotpSecret::from_base32("AAAA").is_err());
        assert!(TotpSecret::from_base32("!!!").is_err());
        let uri = s.otpauth_uri("Malines BE-FED", "a.martin");
        assert!(uri.starts_with("otpauth://totp/Malines%20BE-FED:a.martin?secret="));
        assert!(uri.contains("&digits=6&period=30"));
    }
}
