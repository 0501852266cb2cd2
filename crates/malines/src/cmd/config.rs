//! `malines config`: the effective configuration, secrets redacted.

use crate::config::Config;

#[derive(Debug, clap::Args)]
pub struct Cmd {}

impl Cmd {
    pub fn run(self, config: &Config) -> anyhow::Result<()> {
        print!("{config}");
        Ok(())
    }
}
