//! `malines`: the command-line tool of the Malines federation.
//!
//! Exit codes: 0 success; 1 failure (storage, I/O); 2 bad usage or configuration;
//! 3 input refused (an import with invalid rows: nothing was written); 4 not found.

// Items are `pub` for the modules of this binary; nothing is exported.
#![allow(unreachable_pub)]

mod cmd;
mod config;

/// mimalloc rather than the system's allocator: the hub ingests about 1.5 times as many
/// records per second with it (bench/hub/README.md, "Allocator").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config::{Config, RawConfig, default_data_dir};

/// Malines: cross-border hit/no-hit linkage of terrorism cases, with safeguards.
#[derive(Debug, Parser)]
#[command(
    name = "malines",
    version,
    about = "Malines: cross-border hit/no-hit linkage of terrorism cases, with safeguards",
    max_term_width = 100
)]
struct Cli {
    /// TOML configuration file (see malines.example.toml) [env: MALINES_CONFIG]
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Database URL: sqlite://PATH or postgres://USER@HOST/DB [default: SQLite in the data dir]
    #[arg(long = "db", global = true, value_name = "URL")]
    database_url: Option<String>,
    /// Folder for the node's files [default: ~/.local/share/malines]
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// This node's authority code, e.g. BE-FED, FR-PNAT, ES-AN, MA-PGR
    #[arg(long, global = true, value_name = "CODE")]
    authority: Option<String>,
    /// Region for phone numbers without country code [default: the authority's country]
    #[arg(long, global = true, value_name = "CC")]
    default_region: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the hub: linkage, directory and relay, over mutual TLS
    Hub(cmd::hub::Cmd),
    /// Run a national node: encode shared case data, push it to the hub, read the links
    Node(cmd::node::Cmd),
    /// A provider's side of orders: read the mailbox, check orders, answer them
    Provider(cmd::provider::Cmd),
    /// Start a whole federation on loopback with a synthetic scenario
    Demo(cmd::demo::Cmd),
    /// Import cases from a CSV or JSON file: all or nothing
    Import(cmd::import::Cmd),
    /// List and show cases
    #[command(subcommand)]
    Cases(cmd::cases::Cmd),
    /// Print the effective configuration (secrets redacted)
    Config(cmd::config::Cmd),
    /// Canonical forms of person names, and name comparison
    #[command(subcommand)]
    Names(cmd::names::Cmd),
    /// Linkage secrets for `encode` and `link`
    #[command(subcommand)]
    Secret(cmd::link::SecretCmd),
    /// Encode a clear CSV of people (names, date of birth) under a linkage secret
    Encode(cmd::link::EncodeArgs),
    /// Link two CSVs of people (clear or encoded), or one with itself
    Link(cmd::link::LinkArgs),
    /// Federation PKI: CA, member certificates and keys, the signed directory
    #[command(subcommand)]
    Pki(cmd::pki::Cmd),
    /// The node's users: add, list, disable, enable, reset
    #[command(subcommand)]
    Users(cmd::users::Cmd),
    /// The audit ledger: signed heads, verification, export with proofs
    Audit(cmd::audit::Args),
}

/// An error that carries its own exit code.
#[derive(Debug)]
pub struct Exit {
    pub code: u8,
    pub message: Option<String>,
}

impl std::fmt::Display for Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message.as_deref().unwrap_or(""))
    }
}

impl std::error::Error for Exit {}

fn main() -> ExitCode {
    quiet_broken_pipe();
    let cli = Cli::parse();
    let config = match load_config(&cli) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("malines: {e:#}");
            return ExitCode::from(2);
        }
    };
    init_logging(&config.log);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("malines: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async {
        match cli.command {
            Command::Hub(c) => c.run(&config).await,
            Command::Node(c) => c.run(&config).await,
            Command::Provider(c) => c.run(&config).await,
            Command::Demo(c) => c.run(&config).await,
            Command::Import(c) => c.run(&config).await,
            Command::Cases(c) => c.run(&config).await,
            Command::Config(c) => c.run(&config),
            Command::Names(c) => c.run(),
            Command::Secret(c) => c.run(),
            Command::Encode(c) => c.run(),
            Command::Link(c) => c.run(),
            Command::Pki(c) => c.run(),
            Command::Users(c) => c.run(&config).await,
            Command::Audit(c) => c.run(&config).await,
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => match e.downcast_ref::<Exit>() {
            Some(exit) => {
                if let Some(m) = &exit.message {
                    eprintln!("malines: {m}");
                }
                ExitCode::from(exit.code)
            }
            None => {
                eprintln!("malines: {e:#}");
                ExitCode::FAILURE
            }
        },
    }
}

fn load_config(cli: &Cli) -> anyhow::Result<Config> {
    let env = |k: &str| std::env::var(k).ok();
    let file = match cli
        .config
        .clone()
        .or_else(|| env("MALINES_CONFIG").map(PathBuf::from))
    {
        Some(path) => RawConfig::from_toml_file(&path)?,
        None => RawConfig::default(),
    };
    let flags = RawConfig {
        data_dir: cli.data_dir.clone(),
        database_url: cli.database_url.clone(),
        database_url_file: None,
        authority: cli.authority.clone(),
        default_region: cli.default_region.clone(),
        log: None,
        review_every_years: None,
    };
    let raw = RawConfig::default()
        .merge(file)?
        .merge(RawConfig::from_env(env))?
        .merge(flags)?;
    Config::from_raw(raw, default_data_dir(env))
}

/// A reader that stops early (`malines cases list | head`) closes our standard output; the
/// next print then fails. That is the reader's choice, not an error: end quietly, as other
/// command-line tools do, instead of printing a panic.
fn quiet_broken_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if msg.contains("failed printing to stdout") && msg.contains("Broken pipe") {
            std::process::exit(0);
        }
        default(info);
    }));
}

fn init_logging(filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_new(filter)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
