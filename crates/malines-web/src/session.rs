//! Sign-in, sessions and CSRF.
//!
//! - Sign-in takes two steps: the password (Argon2id), then a TOTP code. Between them the
//!   browser holds a *pending* session that opens nothing but the second step, for five
//!   minutes at most. Passing the second step replaces the session's token by a new one (a
//!   token planted in the browser before sign-in is worthless after it).
//! - Failed passwords and failed codes count alike: at `max_failures` in a row the account is
//!   locked for `lock_for`, and while it is, even the right password is refused. An unknown
//!   username costs the same hashing time as a known one and gets the same answer.
//! - The session cookie holds 256 random bits; the database holds only their SHA-256. The
//!   cookie is `HttpOnly; SameSite=Strict; Secure`. Sessions end after `idle_timeout` unused or
//!   `max_session` after sign-in, checked on every request against the injected clock.
//! - Every form carries the session's CSRF token; the sign-in form, before any session,
//!   carries one that must equal a cookie set with the form (double submit). Requests from
//!   another site (`Sec-Fetch-Site: cross-site`, or an `Origin` other than the node's) are
//!   refused before any handler runs ([`crate::context`]).

use base64::Engine;
use malines_core::ids::Username;
use malines_core::users::{self, Role, TotpSecret, User};
use malines_store::accounts::{SessionRow, UserRow};
use malines_store::audit::NewEntry;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use crate::{Web, WebError};

/// The cookies' names carry the node's authority: browsers do not tell ports apart, and the
/// demo runs four nodes on one host.
pub fn session_cookie(web: &Web) -> String {
    format!("malines_session_{}", web.member())
}

/// The sign-in form's double-submit CSRF cookie.
pub fn login_cookie(web: &Web) -> String {
    format!("malines_login_{}", web.member())
}

/// The language chosen before signing in.
pub fn lang_cookie(web: &Web) -> String {
    format!("malines_lang_{}", web.member())
}
/// How long the step between password and code may take.
pub const PENDING_FOR: time::Duration = time::Duration::minutes(5);

/// 256 random bits, base64url.
pub fn new_token() -> Result<String, WebError> {
    let mut b = [0u8; 32];
    getrandom::fill(&mut b).map_err(|e| WebError::Internal(format!("no randomness: {e}")))?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b))
}

/// What the database keeps of a session token.
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// A `Set-Cookie` value. `max_age` 0 deletes the cookie; `None` makes it last as long as
/// the browser's session (the server enforces the real lifetime).
pub fn cookie(web: &Web, name: &str, value: &str, max_age: Option<i64>) -> String {
    let mut c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict");
    if web.settings.secure_cookies {
        c.push_str("; Secure");
    }
    if let Some(s) = max_age {
        c.push_str(&format!("; Max-Age={s}"));
    }
    c
}

/// Compares a submitted CSRF token with the expected one, in constant time.
pub fn check_csrf(expected: &str, submitted: Option<&str>) -> Result<(), WebError> {
    match submitted {
        Some(s)
            if !expected.is_empty()
                && users::constant_time_eq(s.as_bytes(), expected.as_bytes()) =>
        {
            Ok(())
        }
        _ => Err(WebError::Csrf),
    }
}

/// The user behind a request, with their session.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub user: User,
    /// The user must choose their own password and TOTP secret before anything else.
    pub must_enrol: bool,
    pub session_hash: String,
    pub csrf: String,
    /// False between the password and the code.
    pub authenticated: bool,
}

impl SignedIn {
    /// Refuses unless the user's role may do `action`.
    pub fn require(&self, action: users::Action) -> Result<(), WebError> {
        if self.user.role.may(action) {
            Ok(())
        } else {
            Err(WebError::Forbidden)
        }
    }
}

/// Turns a stored user into the domain's; a row that no longer parses is refused.
pub fn user_of(row: &UserRow) -> Result<User, WebError> {
    Ok(User {
        username: Username::parse(&row.username)
            .map_err(|e| WebError::Internal(format!("stored username: {e}")))?,
        display_name: row.display_name.clone(),
        role: Role::parse(&row.role)
            .map_err(|e| WebError::Internal(format!("stored role: {e}")))?,
        locale: row.locale.clone(),
        disabled: row.disabled,
        capacity: row
            .capacity
            .as_deref()
            .and_then(|c| malines_core::orders::Capacity::parse(c).ok()),
    })
}

/// Finds the session of a cookie's token, if it is still valid, with its user. Ended
/// sessions are deleted on the way.
pub async fn resolve(web: &Web, token: &str) -> Result<Option<SignedIn>, WebError> {
    let store = web.store();
    let hash = hash_token(token);
    let Some(s) = store.session_get(&hash).await? else {
        return Ok(None);
    };
    let now = web.clock.now();
    let limit = if s.authenticated {
        web.settings.max_session
    } else {
        PENDING_FOR
    };
    if now - s.last_seen > web.settings.idle_timeout || now - s.created_at > limit {
        store.session_delete(&hash).await?;
        return Ok(None);
    }
    let Some(row) = store.user_get(&s.username).await? else {
        store.session_delete(&hash).await?;
        return Ok(None);
    };
    if row.disabled {
        store.session_delete(&hash).await?;
        return Ok(None);
    }
    // Writing on every request would serialise reads on SQLite; a minute is precise enough
    // for an idle timeout of many minutes.
    if now - s.last_seen > time::Duration::minutes(1) {
        store.session_touch(&hash, now).await?;
    }
    Ok(Some(SignedIn {
        must_enrol: row.must_enrol,
        user: user_of(&row)?,
        session_hash: hash,
        csrf: s.csrf,
        authenticated: s.authenticated,
    }))
}

/// The answer to a password or a code.
#[derive(Debug)]
pub enum Step {
    /// Go on: the new session token to set as the cookie.
    Next(String),
    /// Password right, but the user must first choose their own password and TOTP secret:
    /// the pending session's token.
    Enrol(String),
    /// Wrong username, password or code (which one is not said).
    Refused,
    /// Too many failures: locked for a while.
    Locked,
}

/// Counts an attempt on a known account before checking it; `None`: locked.
async fn attempt(web: &Web, username: &str, now: OffsetDateTime) -> Result<Option<i32>, WebError> {
    Ok(web
        .store()
        .user_sign_in_attempt(
            username,
            web.settings.max_failures,
            now + web.settings.lock_for,
            now,
        )
        .await?)
}

/// The same counting for usernames that do not exist, in memory, so that an unknown name
/// answers exactly like a known one: refused, then locked at the same attempt.
fn unknown_attempt(web: &Web, username: &str, now: OffsetDateTime) -> Option<i32> {
    let Ok(mut map) = web.unknown.lock() else {
        return Some(1);
    };
    // Bounded: whoever tries many names starts the counts again, which only lets them try
    // names that do not exist.
    if map.len() > 10_000 {
        map.clear();
    }
    let e = map.entry(username.to_string()).or_insert((0, None));
    if let Some(until) = e.1 {
        if until > now {
            return None;
        }
        *e = (0, None);
    }
    e.0 += 1;
    if e.0 >= web.settings.max_failures {
        e.1 = Some(now + web.settings.lock_for);
    }
    Some(e.0)
}

/// Argon2 takes 19 MiB and tens of milliseconds of CPU: off the async threads, and a few at
/// a time (a flood of sign-ins waits instead of exhausting memory).
async fn verify(web: &Web, hash: String, password: String) -> Result<bool, WebError> {
    let _permit = web
        .argon2
        .acquire()
        .await
        .map_err(|e| WebError::Internal(format!("password check: {e}")))?;
    tokio::task::spawn_blocking(move || users::verify_password(&hash, &password))
        .await
        .map_err(|e| WebError::Internal(format!("password check: {e}")))
}

/// The first step: username and password. On success, a pending session.
pub async fn password_step(web: &Web, username: &str, password: &str) -> Result<Step, WebError> {
    let now = web.clock.now();
    // Ended sessions are deleted when presented; the others that nobody presents again
    // are swept here, at each sign-in.
    web.store()
        .sessions_expire(
            now - web.settings.idle_timeout,
            now - web.settings.max_session,
        )
        .await?;
    let name = Username::parse(username)
        .map(|u| u.as_str().to_string())
        .unwrap_or_else(|_| username.trim().to_ascii_lowercase());
    let row = match Username::parse(username) {
        Ok(u) => web.store().user_get(u.as_str()).await?,
        Err(_) => None,
    };
    // The attempt counts before the password is checked, so parallel guesses cannot pass
    // the lock; a locked account costs no hashing, known or not.
    let actor: String = name.chars().take(64).collect();
    let refused = |detail: &str| NewEntry::new(&actor, "sign_in_refused", "").detail(detail);
    let Some(row) = row else {
        let Some(n) = unknown_attempt(web, &name, now) else {
            web.audit(refused("locked")).await?;
            return Ok(Step::Locked);
        };
        web.audit(refused("no such user")).await?;
        verify(web, users::dummy_hash().to_string(), password.to_string()).await?;
        return Ok(if n >= web.settings.max_failures {
            Step::Locked
        } else {
            Step::Refused
        });
    };
    let Some(n) = attempt(web, &row.username, now).await? else {
        web.audit(refused("locked")).await?;
        return Ok(Step::Locked);
    };
    let ok = verify(web, row.password_hash.clone(), password.to_string()).await?;
    if !ok || row.disabled {
        web.audit(refused(if row.disabled { "disabled" } else { "password" }))
            .await?;
        if n >= web.settings.max_failures {
            tracing::warn!(user = %row.username, "account locked after failed sign-ins");
            web.audit(NewEntry::new(
                &row.username,
                "account_locked",
                &row.username,
            ))
            .await?;
            return Ok(Step::Locked);
        }
        return Ok(Step::Refused);
    }
    web.store()
        .user_attempt_was_right(&row.username, web.settings.max_failures, now)
        .await?;
    let token = new_token()?;
    web.store()
        .session_create(&SessionRow {
            id_hash: hash_token(&token),
            username: row.username.clone(),
            csrf: new_token()?,
            authenticated: false,
            created_at: now,
            last_seen: now,
        })
        .await?;
    Ok(if row.must_enrol {
        Step::Enrol(token)
    } else {
        Step::Next(token)
    })
}

/// What is wrong with an enrolment form, as a message key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnrolError {
    PasswordsDiffer,
    PasswordTooShort,
    BadCode,
}

/// First sign-in of an account made or reset by an administrator: the user, past the
/// password step, sets their own password and proves they enrolled `secret` (shown to them
/// only) with its current code. The administrator then knows neither factor.
pub async fn enrol_step(
    web: &Web,
    pending: &SignedIn,
    secret: &TotpSecret,
    password: &str,
    confirm: &str,
    code: &str,
) -> Result<Result<String, EnrolError>, WebError> {
    let now = web.clock.now();
    let store = web.store();
    let username = pending.user.username.as_str();
    if password != confirm {
        return Ok(Err(EnrolError::PasswordsDiffer));
    }
    if users::check_new_password(password).is_err() {
        return Ok(Err(EnrolError::PasswordTooShort));
    }
    let Some(n) = attempt(web, username, now).await? else {
        store.session_delete(&pending.session_hash).await?;
        return Err(WebError::SignIn);
    };
    let Some(step) = secret.verify(code, now.unix_timestamp(), None) else {
        if n >= web.settings.max_failures {
            store.session_delete(&pending.session_hash).await?;
            return Err(WebError::SignIn);
        }
        return Ok(Err(EnrolError::BadCode));
    };
    let hash = {
        let _permit = web
            .argon2
            .acquire()
            .await
            .map_err(|e| WebError::Internal(format!("password hashing: {e}")))?;
        let p = password.to_string();
        tokio::task::spawn_blocking(move || users::hash_password(&p))
            .await
            .map_err(|e| WebError::Internal(format!("password hashing: {e}")))?
            .map_err(WebError::Internal)?
    };
    if !store
        .user_enrol(username, &hash, &secret.to_base32(), step, now)
        .await?
    {
        return Err(WebError::SignIn);
    }
    let token = new_token()?;
    store
        .session_replace(
            &pending.session_hash,
            &SessionRow {
                id_hash: hash_token(&token),
                username: username.to_string(),
                csrf: new_token()?,
                authenticated: true,
                created_at: now,
                last_seen: now,
            },
        )
        .await?;
    tracing::info!(user = %username, "enrolled and signed in");
    web.audit(NewEntry::new(username, "enrolled", username))
        .await?;
    Ok(Ok(token))
}

/// The second step: the TOTP code, on a pending session. On success the session is
/// replaced by an authenticated one with a new token.
pub async fn code_step(web: &Web, pending: &SignedIn, code: &str) -> Result<Step, WebError> {
    let now = web.clock.now();
    let store = web.store();
    let Some(row) = store.user_get(pending.user.username.as_str()).await? else {
        return Ok(Step::Refused);
    };
    // An account waiting for its owner's own factors is not opened with the ones an
    // administrator handed out.
    if row.must_enrol {
        return Ok(Step::Refused);
    }
    let Some(n) = attempt(web, &row.username, now).await? else {
        store.session_delete(&pending.session_hash).await?;
        return Ok(Step::Locked);
    };
    let secret = TotpSecret::from_base32(&row.totp_secret)
        .map_err(|e| WebError::Internal(format!("stored TOTP secret: {e}")))?;
    let step = secret.verify(code, now.unix_timestamp(), row.totp_last_step);
    let taken = match step {
        Some(s) => store.user_use_totp_step(&row.username, s).await?,
        None => false,
    };
    if !taken {
        web.audit(NewEntry::new(&row.username, "sign_in_refused", "").detail("code"))
            .await?;
        if n >= web.settings.max_failures {
            tracing::warn!(user = %row.username, "account locked after failed codes");
            web.audit(NewEntry::new(
                &row.username,
                "account_locked",
                &row.username,
            ))
            .await?;
            store.session_delete(&pending.session_hash).await?;
            return Ok(Step::Locked);
        }
        return Ok(Step::Refused);
    }
    store.user_sign_in_succeeded(&row.username, now).await?;
    let token = new_token()?;
    store
        .session_replace(
            &pending.session_hash,
            &SessionRow {
                id_hash: hash_token(&token),
                username: row.username.clone(),
                csrf: new_token()?,
                authenticated: true,
                created_at: now,
                last_seen: now,
            },
        )
        .await?;
    tracing::info!(user = %row.username, "signed in");
    web.audit(NewEntry::new(&row.username, "sign_in", ""))
        .await?;
    Ok(Step::Next(token))
}

/// A new account: what `malines users add` and the admin page both do. The password is
/// checked and hashed here; the TOTP secret is made here and returned for the user to
/// enrol in an authenticator app.
///
/// With `must_enrol`, the password is a temporary one: at the first sign-in the user chooses
/// their own and enrols a new TOTP secret (the one returned here then serves nobody).
pub async fn create_user(
    store: &malines_store::Store,
    username: &str,
    display_name: &str,
    role: Role,
    password: &str,
    must_enrol: bool,
    now: OffsetDateTime,
) -> Result<TotpSecret, malines_core::Error> {
    use malines_core::validate::FieldError;
    let invalid = |f: &str, r: String| malines_core::Error::Invalid(vec![FieldError::new(f, r)]);
    let username = Username::parse(username).map_err(|r| invalid("username", r))?;
    let display_name = display_name.trim();
    if display_name.is_empty() || display_name.chars().count() > 200 {
        return Err(invalid(
            "display_name",
            "must be 1 to 200 characters".into(),
        ));
    }
    users::check_new_password(password).map_err(|r| invalid("password", r))?;
    let hash = {
        let p = password.to_string();
        tokio::task::spawn_blocking(move || users::hash_password(&p))
            .await
            .map_err(|e| malines_core::Error::Storage(format!("password hashing: {e}")))?
            .map_err(malines_core::Error::Storage)?
    };
    let secret = TotpSecret::generate().map_err(malines_core::Error::Storage)?;
    store
        .user_create(&UserRow {
            username: username.as_str().to_string(),
            display_name: display_name.to_string(),
            role: role.as_str().to_string(),
            password_hash: hash,
            totp_secret: secret.to_base32(),
            totp_last_step: None,
            locale: None,
            must_enrol,
            disabled: false,
            failed_logins: 0,
            locked_until: None,
            created_at: now,
            updated_at: now,
            // Prosecutors and validators act as prosecutors until an administrator records
            // that a validator is a judge (`malines users capacity`).
            capacity: matches!(role, Role::Prosecutor | Role::Validator)
                .then(|| "prosecutor".to_string()),
        })
        .await
        .map_err(|e| match e {
            malines_core::Error::Conflict(_) => {
                invalid("username", format!("'{username}' is taken"))
            }
            other => other,
        })?;
    Ok(secret)
}
