//! `malines audit`: signed tree heads, verification and export of a node's audit ledger
//! (issue #7), for its operator and for an overseer who does not trust the operator.
//!
//! The overseer keeps the heads they were given (`malines audit head`); later,
//! `malines audit verify --head KEPT.json --member member.json` rereads the whole ledger from
//! the database, checks every entry, the stored tree, every stored head and the kept ones
//! (signatures checked with the member's public key), and names the first entry that does
//! not hold.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use malines_core::audit::{HeadSigner, TreeHead};
use malines_pki::ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use malines_pki::{Identity, MemberEntry};
use malines_store::audit::Ledger;
use time::OffsetDateTime;

use super::open_store;
use crate::Exit;
use crate::config::Config;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Whose ledger: `HUB` for the hub's (with `--db` naming the hub's database); by default
    /// this node's authority
    #[arg(long, value_name = "CODE")]
    code: Option<String>,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Sign the ledger's current head with the member's key and print it (JSON); keep it
    Head(HeadArgs),
    /// Reread and check the whole ledger against its signed heads and those given
    Verify(VerifyArgs),
    /// Write the entries of a period with their inclusion proofs under a signed head (JSON)
    Export(ExportArgs),
}

#[derive(Debug, clap::Args)]
pub struct HeadArgs {
    /// The member folder of this node (`malines pki issue`): its Ed25519 key signs
    #[arg(long, value_name = "DIR", env = "MALINES_NODE_IDENTITY")]
    identity: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct VerifyArgs {
    /// A head kept earlier (from `malines audit head`); may be repeated
    #[arg(long = "head", value_name = "FILE")]
    heads: Vec<PathBuf>,
    /// The member's public entry (`member.json` of its PKI folder, or its directory entry):
    /// the key the heads must be signed with
    #[arg(long, value_name = "FILE")]
    member: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The member folder of this node: signs the head the proofs are made against
    #[arg(long, value_name = "DIR", env = "MALINES_NODE_IDENTITY")]
    identity: PathBuf,
    /// First entry (sequence number)
    #[arg(long, default_value_t = 0)]
    from: u64,
    /// Entry after the last (default: all)
    #[arg(long)]
    to: Option<u64>,
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

/// The member's Ed25519 key, given to the ledger as a signer.
pub struct KeySigner(pub SigningKey);

impl HeadSigner for KeySigner {
    fn sign(&self, message: &[u8]) -> Vec<u8> {
        self.0.sign(message).to_bytes().to_vec()
    }
}

/// Whether a head carries a valid signature of `key`.
pub fn head_signed_by(key: &VerifyingKey, h: &TreeHead) -> bool {
    let (Ok(sig), Some(root)) = (hex::decode(&h.signature), h.root_hash()) else {
        return false;
    };
    let Ok(sig) = Signature::from_slice(&sig) else {
        return false;
    };
    key.verify(
        &TreeHead::signed_bytes(&h.member, h.size, &root, h.at),
        &sig,
    )
    .is_ok()
}

fn failure(message: String) -> anyhow::Error {
    Exit {
        code: 1,
        message: Some(message),
    }
    .into()
}

impl Args {
    pub async fn run(self, config: &Config) -> anyhow::Result<()> {
        let authority = match &self.code {
            Some(c) => c.trim().to_ascii_uppercase(),
            None => config.authority()?.as_str().to_string(),
        };
        let store = open_store(config).await?;
        let result = match self.cmd {
            Cmd::Head(a) => {
                let id = Identity::load(&a.identity)
                    .with_context(|| format!("--identity {}", a.identity.display()))?;
                let ledger = Ledger::new(
                    store.clone(),
                    &authority,
                    Some(Arc::new(KeySigner(id.signing))),
                );
                let head = ledger
                    .sign_head(OffsetDateTime::now_utc())
                    .await?
                    .context("no head was signed")?;
                println!("{}", serde_json::to_string_pretty(&head)?);
                Ok(())
            }
            Cmd::Verify(a) => {
                let member: MemberEntry = serde_json::from_slice(
                    &std::fs::read(&a.member)
                        .with_context(|| format!("--member {}", a.member.display()))?,
                )
                .with_context(|| format!("--member {}: not a member entry", a.member.display()))?;
                let key = member.signing_key()?;
                let mut kept = Vec::new();
                for p in &a.heads {
                    let h: TreeHead = serde_json::from_slice(
                        &std::fs::read(p).with_context(|| format!("--head {}", p.display()))?,
                    )
                    .with_context(|| format!("--head {}: not a tree head", p.display()))?;
                    if h.member != authority {
                        return Err(failure(format!(
                            "--head {}: a head of {}, not of {authority}",
                            p.display(),
                            h.member
                        )));
                    }
                    kept.push(h);
                }
                let ledger = Ledger::new(store.clone(), &authority, None);
                let v = ledger.verify(&kept, &|h| head_signed_by(&key, h)).await?;
                match v.problem {
                    None => {
                        println!(
                            "the audit ledger of {authority} holds: {} entries reread, {} signed heads checked ({} kept by you), root {}",
                            v.entries,
                            v.heads_checked,
                            kept.len(),
                            hex::encode(v.root)
                        );
                        Ok(())
                    }
                    Some(p) => Err(failure(format!(
                        "the audit ledger of {authority} does not hold: {p}"
                    ))),
                }
            }
            Cmd::Export(a) => {
                let id = Identity::load(&a.identity)
                    .with_context(|| format!("--identity {}", a.identity.display()))?;
                let ledger = Ledger::new(
                    store.clone(),
                    &authority,
                    Some(Arc::new(KeySigner(id.signing))),
                );
                // The export is itself an event: it goes in first, under the head it ships.
                ledger
                    .append(
                        OffsetDateTime::now_utc(),
                        malines_store::audit::NewEntry::new("cli", "ledger_exported", "").detail(
                            format!(
                                "entries from {} to {}, to {}",
                                a.from,
                                a.to.map_or_else(|| "the end".to_string(), |t| t.to_string()),
                                a.out.display()
                            ),
                        ),
                    )
                    .await?;
                let head = ledger
                    .sign_head(OffsetDateTime::now_utc())
                    .await?
                    .context("no head was signed")?;
                let to = a.to.unwrap_or(head.size).min(head.size);
                let mut out = Vec::new();
                for e in ledger.entries(a.from, to).await? {
                    let path = ledger
                        .inclusion(e.seq, head.size)
                        .await?
                        .context("no inclusion proof")?;
                    out.push(serde_json::json!({
                        "entry": e,
                        "inclusion": path.iter().map(hex::encode).collect::<Vec<_>>(),
                    }));
                }
                let n = out.len();
                let doc = serde_json::json!({ "head": head, "entries": out });
                std::fs::write(&a.out, serde_json::to_vec_pretty(&doc)?)
                    .with_context(|| format!("cannot write {}", a.out.display()))?;
                println!(
                    "{n} entries of {authority} ({}..{to}) with their inclusion proofs under the head of size {} written to {}",
                    a.from,
                    head.size,
                    a.out.display()
                );
                Ok(())
            }
        };
        store.close().await;
        result
    }
}
