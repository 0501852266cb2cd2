//! The federation operator's PKI (SPEC §2), on the command line:
//! - `malines pki init DIR`: the CA, the operator key and an empty signed directory;
//! - `malines pki issue --dir DIR --code CODE --kind KIND --country CC …`: a member's
//!   certificate and keys in `DIR/members/CODE`, added to the directory;
//! - `malines pki revoke --dir DIR --code CODE`: marks a member revoked in the directory;
//! - `malines pki show --dir DIR`: verifies the directory's signature and prints its members.
//!
//! Files and keys are described in `docs/pki.md`.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::path::{Path, PathBuf};

use malines_pki::{IssueRequest, MemberKind, Pki, SignedDirectory, layout, read_operator_key};
use time::OffsetDateTime;

use crate::Exit;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Create a federation in a new or empty folder: CA, operator key, empty signed directory
    Init {
        /// The folder to create (refused if it exists and is not empty)
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
    /// Issue a member: certificate and keys in DIR/members/CODE, added to the directory
    Issue(IssueArgs),
    /// Mark a member revoked and sign the directory again (the hub then refuses it)
    Revoke {
        /// The federation's folder (made by `pki init`)
        #[arg(long, value_name = "DIR")]
        dir: PathBuf,
        /// The member's code
        #[arg(long, value_name = "CODE")]
        code: String,
    },
    /// Verify the directory's signature and list its members
    Show {
        /// A folder with directory.json and operator.pub (the federation's folder)
        #[arg(long, value_name = "DIR")]
        dir: PathBuf,
    },
}

#[derive(Debug, clap::Args)]
pub struct IssueArgs {
    /// The federation's folder (made by `pki init`)
    #[arg(long, value_name = "DIR")]
    dir: PathBuf,
    /// Member code: capital letters, digits and '-', e.g. BE-FED, FR-PNAT, HUB, PROV-TELCO
    #[arg(long, value_name = "CODE")]
    code: String,
    /// hub, authority or provider
    #[arg(long, value_name = "KIND")]
    kind: MemberKind,
    /// ISO 3166-1 alpha-2 country code, e.g. BE
    #[arg(long, value_name = "CC")]
    country: String,
    /// Display name in a language, e.g. --name "fr=Parquet national antiterroriste" (repeatable)
    #[arg(long = "name", value_name = "LANG=TEXT", value_parser = parse_name)]
    names: Vec<(String, String)>,
    /// Extra DNS name the certificate is valid for (repeatable; a hub always has localhost)
    #[arg(long = "dns", value_name = "NAME")]
    dns_names: Vec<String>,
    /// Extra IP address the certificate is valid for (repeatable; a hub always has 127.0.0.1 and ::1)
    #[arg(long = "ip", value_name = "ADDR")]
    ip_addresses: Vec<IpAddr>,
}

fn parse_name(s: &str) -> Result<(String, String), String> {
    let (lang, text) = s
        .split_once('=')
        .ok_or_else(|| format!("`{s}` is not LANG=TEXT"))?;
    Ok((lang.trim().to_string(), text.trim().to_string()))
}

impl Cmd {
    pub fn run(self) -> anyhow::Result<()> {
        let now = OffsetDateTime::now_utc();
        match self {
            Cmd::Init { dir } => {
                let pki = Pki::init(&dir, now).map_err(exit)?;
                let operator =
                    std::fs::read_to_string(dir.join(layout::OPERATOR_PUB)).unwrap_or_default();
                println!("created the federation in {}", dir.display());
                println!(
                    "  {}: the CA certificate, SHA-256 {}",
                    layout::CA_CERT,
                    malines_pki::fingerprint(pki.ca_cert())
                );
                println!(
                    "  {}: the operator key that signs the directory, {}",
                    layout::OPERATOR_PUB,
                    operator.trim()
                );
                println!(
                    "  {}, {}: secret keys; keep them offline",
                    layout::CA_KEY,
                    layout::OPERATOR_KEY
                );
                Ok(())
            }
            Cmd::Issue(a) => a.run(now),
            Cmd::Revoke { dir, code } => {
                let pki = Pki::open(&dir).map_err(exit)?;
                pki.revoke(&code, now).map_err(exit)?;
                let serial = pki.directory().map_err(exit)?.directory.serial;
                println!("revoked {code}; directory serial {serial}");
                Ok(())
            }
            Cmd::Show { dir } => show(&dir),
        }
    }
}

impl IssueArgs {
    fn run(self, now: OffsetDateTime) -> anyhow::Result<()> {
        let mut names = BTreeMap::new();
        for (lang, text) in self.names {
            if names.insert(lang.clone(), text).is_some() {
                return Err(usage(format!("--name: `{lang}` given twice")));
            }
        }
        let req = IssueRequest {
            code: self.code,
            kind: self.kind,
            country: self.country,
            names,
            dns_names: self.dns_names,
            ip_addresses: self.ip_addresses,
        };
        let pki = Pki::open(&self.dir).map_err(exit)?;
        let entry = pki.issue(&req, now).map_err(exit)?;
        let serial = pki.directory().map_err(exit)?.directory.serial;
        println!(
            "issued {} ({}, {}) in {}",
            entry.code,
            entry.kind,
            entry.country,
            pki.member_dir(&entry.code).display()
        );
        println!("  certificate SHA-256 {}", entry.cert_fingerprint);
        println!("  directory serial {serial}");
        println!("give the folder to the member by a secure channel: it holds its secret keys");
        Ok(())
    }
}

fn show(dir: &Path) -> anyhow::Result<()> {
    let operator = read_operator_key(&dir.join(layout::OPERATOR_PUB)).map_err(exit)?;
    let signed = SignedDirectory::load(&dir.join(layout::DIRECTORY)).map_err(exit)?;
    let d = signed.verify(&operator).map_err(exit)?;
    let issued = d
        .issued_at
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    println!(
        "directory serial {}, issued {issued}, signature verified ({} members)",
        d.serial,
        d.members.len()
    );
    println!(
        "{:<16} {:<10} {:<7} {:<17} REVOKED",
        "CODE", "KIND", "COUNTRY", "FINGERPRINT"
    );
    for m in &d.members {
        println!(
            "{:<16} {:<10} {:<7} {:<17} {}",
            m.code,
            m.kind.as_str(),
            m.country,
            format!("{}…", m.cert_fingerprint.get(..16).unwrap_or_default()),
            if m.revoked { "yes" } else { "no" }
        );
    }
    Ok(())
}

fn usage(message: String) -> anyhow::Error {
    Exit {
        code: 2,
        message: Some(message),
    }
    .into()
}

/// Exit codes (see `main.rs`): 2 for what the operator asked wrongly (a bad field, a folder
/// or member that exists), 4 for an unknown member, 1 for the rest (I/O, a directory whose
/// signature does not verify).
fn exit(e: malines_pki::Error) -> anyhow::Error {
    use malines_pki::Error as E;
    let code = match &e {
        E::Invalid { .. }
        | E::Exists { .. }
        | E::NotEmpty { .. }
        | E::MemberExists(_)
        | E::AlreadyRevoked(_) => 2,
        E::UnknownMember(_) => 4,
        _ => 1,
    };
    Exit {
        code,
        message: Some(e.to_string()),
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_lang_equals_text() {
        assert_eq!(
            parse_name("fr=Parquet fédéral").unwrap(),
            ("fr".into(), "Parquet fédéral".into())
        );
        assert_eq!(parse_name("ar= النيابة ").unwrap().1, "النيابة");
        assert!(parse_name("Parquet").is_err());
    }
}
