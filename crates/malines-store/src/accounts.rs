//! Storage of a node's users and their web sessions. Rows are plain values; what they mean
//! (roles, the lock-out policy, session lifetimes) is the web layer's and the core's
//! business. Each method runs the same SQL on both backends (`src/accounts_sql.rs`).

use malines_core::Result;
use time::OffsetDateTime;

use crate::{Store, postgres, sqlite};

/// A user account as stored.
#[derive(Clone, PartialEq, Eq)]
pub struct UserRow {
    pub username: String,
    pub display_name: String,
    pub role: String,
    pub password_hash: String,
    /// Base32 TOTP secret.
    pub totp_secret: String,
    pub totp_last_step: Option<i64>,
    pub locale: Option<String>,
    /// The user must choose their own password and TOTP secret at the next sign-in.
    pub must_enrol: bool,
    pub disabled: bool,
    pub failed_logins: i32,
    pub locked_until: Option<OffsetDateTime>,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
    /// In what capacity the user issues or validates orders (`prosecutor`, `judge`), if any.
    pub capacity: Option<String>,
}

/// Secrets stay out of logs.
impl std::fmt::Debug for UserRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserRow")
            .field("username", &self.username)
            .field("role", &self.role)
            .field("disabled", &self.disabled)
            .field("failed_logins", &self.failed_logins)
            .field("locked_until", &self.locked_until)
            .finish_non_exhaustive()
    }
}

/// A web session, known by the hash of its token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRow {
    pub id_hash: String,
    pub username: String,
    pub csrf: String,
    /// False between the password and the second factor.
    pub authenticated: bool,
    pub created_at: OffsetDateTime,
    pub last_seen: OffsetDateTime,
}

macro_rules! both {
    ($self:ident, $f:ident ( $($arg:expr),* )) => {
        match $self {
            Store::Sqlite(p) => sqlite::accounts::$f(p, $($arg),*).await,
            Store::Postgres(p) => postgres::accounts::$f(p, $($arg),*).await,
        }
    };
}

impl Store {
    /// Creates a user; [`malines_core::Error::Conflict`] if the username is taken.
    pub async fn user_create(&self, u: &UserRow) -> Result<()> {
        both!(self, user_create(u))
    }

    pub async fn user_get(&self, username: &str) -> Result<Option<UserRow>> {
        both!(self, user_get(username))
    }

    pub async fn users(&self) -> Result<Vec<UserRow>> {
        both!(self, users())
    }

    /// Sets the capacity in which a user issues or validates orders; false if no such user.
    pub async fn user_set_capacity(
        &self,
        username: &str,
        capacity: Option<&str>,
        now: OffsetDateTime,
    ) -> Result<bool> {
        both!(self, user_set_capacity(username, capacity, now))
    }

    /// Disables (ending every session) or enables (lifting a lock) a user; false if there
    /// is no such user.
    pub async fn user_set_disabled(
        &self,
        username: &str,
        disabled: bool,
        now: OffsetDateTime,
    ) -> Result<bool> {
        both!(self, user_set_disabled(username, disabled, now))
    }

    /// Counts a sign-in attempt before checking it (atomically: parallel attempts cannot all
    /// pass the lock); the attempts in a row including this one, or `None` if the account is
    /// locked or does not exist. The `max`-th attempt locks it until `lock_until`.
    pub async fn user_sign_in_attempt(
        &self,
        username: &str,
        max: i32,
        lock_until: OffsetDateTime,
        now: OffsetDateTime,
    ) -> Result<Option<i32>> {
        both!(self, user_sign_in_attempt(username, max, lock_until, now))
    }

    /// The attempt just counted had the right password: it is not a failure.
    pub async fn user_attempt_was_right(
        &self,
        username: &str,
        max: i32,
        now: OffsetDateTime,
    ) -> Result<()> {
        both!(self, user_attempt_was_right(username, max, now))
    }

    pub async fn user_sign_in_succeeded(&self, username: &str, now: OffsetDateTime) -> Result<()> {
        both!(self, user_sign_in_succeeded(username, now))
    }

    /// Takes a TOTP step for `username` if it is later than the last one taken: false for
    /// a code already used.
    pub async fn user_use_totp_step(&self, username: &str, step: i64) -> Result<bool> {
        both!(self, user_use_totp_step(username, step))
    }

    pub async fn user_set_locale(
        &self,
        username: &str,
        locale: Option<&str>,
        now: OffsetDateTime,
    ) -> Result<bool> {
        both!(self, user_set_locale(username, locale, now))
    }

    /// The user's own password and TOTP secret, at their first sign-in; false unless the
    /// account was waiting for it.
    pub async fn user_enrol(
        &self,
        username: &str,
        password_hash: &str,
        totp_secret: &str,
        step: i64,
        now: OffsetDateTime,
    ) -> Result<bool> {
        both!(
            self,
            user_enrol(username, password_hash, totp_secret, step, now)
        )
    }

    /// New password hash and/or TOTP secret (to be replaced by the user's own at their next
    /// sign-in); ends the user's sessions and lifts a lock.
    pub async fn user_set_credentials(
        &self,
        username: &str,
        password_hash: Option<&str>,
        totp_secret: Option<&str>,
        now: OffsetDateTime,
    ) -> Result<bool> {
        both!(
            self,
            user_set_credentials(username, password_hash, totp_secret, now)
        )
    }

    pub async fn session_create(&self, s: &SessionRow) -> Result<()> {
        both!(self, session_create(s))
    }

    pub async fn session_get(&self, id_hash: &str) -> Result<Option<SessionRow>> {
        both!(self, session_get(id_hash))
    }

    pub async fn session_touch(&self, id_hash: &str, now: OffsetDateTime) -> Result<()> {
        both!(self, session_touch(id_hash, now))
    }

    /// Replaces one session by another in one transaction.
    pub async fn session_replace(&self, old_hash: &str, new: &SessionRow) -> Result<()> {
        both!(self, session_replace(old_hash, new))
    }

    pub async fn session_delete(&self, id_hash: &str) -> Result<()> {
        both!(self, session_delete(id_hash))
    }

    /// Deletes sessions idle since before `idle_before` or begun before `started_before`;
    /// how many.
    pub async fn sessions_expire(
        &self,
        idle_before: OffsetDateTime,
        started_before: OffsetDateTime,
    ) -> Result<u64> {
        both!(self, sessions_expire(idle_before, started_before))
    }
}
