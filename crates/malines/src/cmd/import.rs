//! `malines import FILE`: cases from CSV or JSON, all or nothing.

use std::path::PathBuf;

use anyhow::Context;
use malines_core::clock::{Clock, SystemClock};
use malines_core::import::{self, Format, MAX_FILE_BYTES};
use malines_core::store::CaseStore;

use super::open_store;
use crate::Exit;
use crate::config::Config;

#[derive(Debug, clap::Args)]
pub struct Cmd {
    /// The file to import (.csv or .json; see docs/import.md)
    file: PathBuf,
    /// File format, when the extension does not tell
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// Check the file and report, but write nothing
    #[arg(long)]
    dry_run: bool,
    /// Print the report as JSON
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum FormatArg {
    Csv,
    Json,
}

impl Cmd {
    pub async fn run(self, config: &Config) -> anyhow::Result<()> {
        let authority = config.authority()?.clone();
        let format = match self.format {
            Some(FormatArg::Csv) => Format::Csv,
            Some(FormatArg::Json) => Format::Json,
            None => Format::from_path(&self.file).ok_or_else(|| Exit {
                code: 2,
                message: Some(format!(
                    "{}: cannot tell the format from the extension; pass --format csv or --format json",
                    self.file.display()
                )),
            })?,
        };
        let size = std::fs::metadata(&self.file)
            .with_context(|| format!("cannot read {}", self.file.display()))?
            .len();
        if size > MAX_FILE_BYTES as u64 {
            return Err(Exit {
                code: 3,
                message: Some(format!(
                    "{}: file is too large ({size} bytes, at most {MAX_FILE_BYTES})",
                    self.file.display()
                )),
            }
            .into());
        }
        let bytes = std::fs::read(&self.file)
            .with_context(|| format!("cannot read {}", self.file.display()))?;
        let clock = SystemClock;
        let ctx = config.validation_context(clock.today())?;
        let drafts = match import::parse(&bytes, format, &ctx) {
            Ok(d) => d,
            Err(rejected) => {
                if self.json {
                    println!(
                        "{}",
                        serde_json::json!({ "status": "refused", "errors": rejected.errors })
                    );
                } else {
                    eprintln!(
                        "{}: import refused, nothing was written. {} problem{}:",
                        self.file.display(),
                        rejected.errors.len(),
                        if rejected.errors.len() == 1 { "" } else { "s" }
                    );
                    for e in &rejected.errors {
                        eprintln!("  {e}");
                    }
                }
                return Err(Exit {
                    code: 3,
                    message: None,
                }
                .into());
            }
        };
        if self.dry_run {
            if self.json {
                println!(
                    "{}",
                    serde_json::json!({ "status": "valid", "cases": drafts.len() })
                );
            } else {
                println!(
                    "{}: {} cases, all valid (dry run: nothing written)",
                    self.file.display(),
                    drafts.len()
                );
            }
            return Ok(());
        }
        let store = open_store(config).await?;
        let outcome = store.import_cases(&authority, &drafts, clock.now()).await;
        store.close().await;
        let outcome = outcome.context("import failed, nothing was written")?;
        if self.json {
            println!(
                "{}",
                serde_json::json!({ "status": "imported", "outcome": outcome })
            );
        } else {
            println!(
                "{}: {} cases imported for {authority} ({} created, {} updated, {} unchanged)",
                self.file.display(),
                drafts.len(),
                outcome.created.len(),
                outcome.updated.len(),
                outcome.unchanged.len()
            );
        }
        Ok(())
    }
}
