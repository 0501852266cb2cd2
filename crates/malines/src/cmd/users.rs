//! `malines users`: the node's user accounts (roles, passwords, the TOTP second factor).

use std::io::BufRead;

use anyhow::Context;
use malines_core::users::{self, Role, TotpSecret};
use time::OffsetDateTime;

use super::open_store;
use crate::Exit;
use crate::config::Config;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Create a user with a temporary password; at the first sign-in they choose their own
    /// password and enrol their own TOTP secret
    Add(AddArgs),
    /// List the users
    List,
    /// Disable a user (their sessions end at once)
    Disable(NameArg),
    /// Enable a user again, lifting a lock-out
    Enable(NameArg),
    /// A temporary password for a user who lost theirs or their authenticator (sessions end;
    /// they enrol again at the next sign-in)
    Reset(ResetArgs),
    /// Print the current TOTP code of a secret (for scripts and the demo; the secret is the
    /// credential)
    Code(CodeArgs),
    /// Record in what capacity a user issues or validates orders: prosecutor, judge or none
    Capacity(CapacityArgs),
}

#[derive(Debug, clap::Args)]
pub struct CapacityArgs {
    username: String,
    /// prosecutor, judge, or none
    capacity: String,
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// Username: a-z, 0-9, '.', '_' and '-'
    username: String,
    /// prosecutor, clerk, validator, auditor or admin
    #[arg(long)]
    role: String,
    /// Full name as shown in the interface
    #[arg(long)]
    name: String,
    /// Read the password from the first line of standard input instead of generating one
    #[arg(long)]
    password_stdin: bool,
}

#[derive(Debug, clap::Args)]
pub struct NameArg {
    username: String,
}

#[derive(Debug, clap::Args)]
pub struct ResetArgs {
    username: String,
    /// Read the password from the first line of standard input instead of generating one
    #[arg(long)]
    password_stdin: bool,
}

#[derive(Debug, clap::Args)]
pub struct CodeArgs {
    /// The base32 TOTP secret
    #[arg(long)]
    secret: String,
}

fn usage(message: String) -> anyhow::Error {
    Exit {
        code: 2,
        message: Some(message),
    }
    .into()
}

/// A password of 20 characters from a 32-letter alphabet without look-alikes (100 bits).
pub fn generate_password() -> anyhow::Result<String> {
    const ALPHABET: &[u8; 32] = b"abcdefghjkmnpqrstuvwxyz23456789Z";
    let mut b = [0u8; 20];
    getrandom::fill(&mut b).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    Ok(b.iter()
        .map(|x| char::from(ALPHABET.get(usize::from(x % 32)).copied().unwrap_or(b'x')))
        .collect())
}

fn read_password(from_stdin: bool) -> anyhow::Result<(String, bool)> {
    if !from_stdin {
        return Ok((generate_password()?, true));
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("cannot read the password from standard input")?;
    let p = line.trim_end_matches(['\n', '\r']).to_string();
    users::check_new_password(&p).map_err(|r| usage(format!("password: {r}")))?;
    Ok((p, false))
}

impl Cmd {
    pub async fn run(self, config: &Config) -> anyhow::Result<()> {
        if let Cmd::Code(a) = &self {
            let s =
                TotpSecret::from_base32(&a.secret).map_err(|r| usage(format!("--secret: {r}")))?;
            println!("{}", s.code_at(OffsetDateTime::now_utc().unix_timestamp()));
            return Ok(());
        }
        let authority = config.authority()?.clone();
        let store = open_store(config).await?;
        let now = OffsetDateTime::now_utc();
        // What an operator does to accounts from the command line is in the ledger too.
        let ledger = malines_store::audit::Ledger::new(store.clone(), authority.as_str(), None);
        let record = |action: &str, user: &str, detail: &str| {
            malines_store::audit::NewEntry::new("cli", action, user).detail(detail)
        };
        let result = match self {
            Cmd::Add(a) => {
                let role = Role::parse(&a.role).map_err(|r| usage(format!("--role: {r}")))?;
                if role == Role::Responder {
                    return Err(usage(
                        "--role: responder is a provider's role; create it with `malines provider add-user`"
                            .into(),
                    ));
                }
                let (password, generated) = read_password(a.password_stdin)?;
                malines_web::session::create_user(
                    &store,
                    &a.username,
                    &a.name,
                    role,
                    &password,
                    true,
                    now,
                )
                .await
                .map_err(|e| match e {
                    malines_core::Error::Invalid(errs) => usage(
                        errs.iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join("; "),
                    ),
                    other => other.into(),
                })?;
                let username = a.username.trim().to_ascii_lowercase();
                ledger
                    .append(now, record("user_created", &username, role.as_str()))
                    .await?;
                println!("user {username} ({role}) created at {authority}");
                if generated {
                    println!("temporary password: {password}");
                }
                println!(
                    "at the first sign-in, {username} chooses their own password and enrols a TOTP secret in their authenticator app; you will know neither"
                );
                Ok(())
            }
            Cmd::List => {
                for u in store.users().await? {
                    let state = if u.disabled {
                        "disabled"
                    } else if u.locked_until.is_some_and(|t| t > now) {
                        "locked"
                    } else {
                        "active"
                    };
                    println!("{}\t{}\t{}\t{}", u.username, u.role, state, u.display_name);
                }
                Ok(())
            }
            Cmd::Disable(a) | Cmd::Enable(a) if store.user_get(&a.username).await?.is_none() => {
                Err(Exit {
                    code: 4,
                    message: Some(format!("no user {}", a.username)),
                }
                .into())
            }
            Cmd::Capacity(a) => {
                let capacity = match a.capacity.trim() {
                    "none" => None,
                    c => Some(
                        malines_core::orders::Capacity::parse(c)
                            .map_err(|r| usage(format!("capacity: {r}, or none")))?,
                    ),
                };
                if !store
                    .user_set_capacity(&a.username, capacity.map(|c| c.as_str()), now)
                    .await?
                {
                    return Err(Exit {
                        code: 4,
                        message: Some(format!("no user {}", a.username)),
                    }
                    .into());
                }
                let shown = capacity.map_or("none", |c| c.as_str());
                ledger
                    .append(now, record("user_capacity", &a.username, shown))
                    .await?;
                println!("user {} now acts on orders as: {shown}", a.username);
                Ok(())
            }
            Cmd::Disable(a) => {
                store.user_set_disabled(&a.username, true, now).await?;
                ledger
                    .append(now, record("user_disabled", &a.username, ""))
                    .await?;
                println!("user {} disabled; their sessions have ended", a.username);
                Ok(())
            }
            Cmd::Enable(a) => {
                store.user_set_disabled(&a.username, false, now).await?;
                ledger
                    .append(now, record("user_enabled", &a.username, ""))
                    .await?;
                println!("user {} enabled", a.username);
                Ok(())
            }
            Cmd::Reset(a) => {
                let (password, generated) = read_password(a.password_stdin)?;
                let hash = users::hash_password(&password).map_err(anyhow::Error::msg)?;
                // A fresh secret nobody is shown: the user enrols their own at sign-in.
                let secret = TotpSecret::generate().map_err(anyhow::Error::msg)?;
                if !store
                    .user_set_credentials(&a.username, Some(&hash), Some(&secret.to_base32()), now)
                    .await?
                {
                    return Err(Exit {
                        code: 4,
                        message: Some(format!("no user {}", a.username)),
                    }
                    .into());
                }
                println!(
                    "user {}: new credentials; their sessions have ended",
                    a.username
                );
                if generated {
                    println!("password: {password}");
                }
                println!("TOTP secret: {}", secret.to_base32());
                Ok(())
            }
            Cmd::Code(_) => Ok(()),
        };
        store.close().await;
        result
    }
}
