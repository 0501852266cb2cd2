//! `malines names canon NAME…` and `malines names compare --in PAIRS.csv --out SCORED.csv`.

use std::io::{Read, Write};
use std::path::PathBuf;

use anyhow::Context;
use malines_core::name_pairs::{Options, PairsError, score_pairs};
use malines_names::name;

use crate::Exit;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Print the canonical form and keys of each name
    Canon(CanonArgs),
    /// Score name pairs from a CSV (columns name_a,name_b, optional dob_a,dob_b)
    Compare(CompareArgs),
}

#[derive(Debug, clap::Args)]
pub struct CanonArgs {
    /// Names, each as one argument (quote names with spaces)
    #[arg(required = true)]
    names: Vec<String>,
    /// Print JSON
    #[arg(long)]
    json: bool,
}

#[derive(Debug, clap::Args)]
pub struct CompareArgs {
    /// Input CSV with a header holding at least name_a,name_b (and optionally dob_a,dob_b);
    /// `-` reads standard input
    #[arg(long = "in", value_name = "PAIRS.csv")]
    input: PathBuf,
    /// Output CSV: every input row with a `score` column appended [default: standard output]
    #[arg(long = "out", value_name = "SCORED.csv")]
    output: Option<PathBuf>,
    /// Also append the canonical forms and the evidence (which words paired)
    #[arg(long)]
    explain: bool,
}

impl Cmd {
    pub fn run(self) -> anyhow::Result<()> {
        match self {
            Cmd::Canon(a) => canon(a),
            Cmd::Compare(a) => compare(a),
        }
    }
}

fn canon(a: CanonArgs) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    let mut all = Vec::new();
    for n in &a.names {
        let c = name::canonicalise(n);
        if a.json {
            all.push(serde_json::json!({
                "name": n,
                "canonical": c.canonical(),
                "words": c.tokens.iter().map(|t| serde_json::json!({
                    "text": t.text,
                    "without_particle": t.alt,
                    "phonetic": t.phonetic(),
                    "skeleton": t.skeleton(),
                    "weight": round(t.weight),
                    "honorific": t.role == name::Role::Honorific,
                })).collect::<Vec<_>>(),
            }));
            continue;
        }
        writeln!(out, "{n}\n  canonical  {}", c.canonical())?;
        for t in &c.tokens {
            write!(
                out,
                "  {:<16} phonetic {:<16} skeleton {:<12} weight {:.2}",
                t.text,
                t.phonetic(),
                t.skeleton(),
                t.weight
            )?;
            if let Some(alt) = &t.alt {
                write!(out, "  (also {alt})")?;
            }
            if t.role == name::Role::Honorific {
                write!(out, "  (title)")?;
            }
            writeln!(out)?;
        }
    }
    if a.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&all)?)?;
    }
    Ok(())
}

fn round(x: f32) -> f64 {
    (f64::from(x) * 10_000.0).round() / 10_000.0
}

fn compare(a: CompareArgs) -> anyhow::Result<()> {
    let mut bytes = Vec::new();
    if a.input.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(&a.input)
            .with_context(|| format!("cannot read {}", a.input.display()))?;
    }
    let sink: Box<dyn Write> = match &a.output {
        Some(p) if p.as_os_str() != "-" => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        _ => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let opts = Options { explain: a.explain };
    let summary = score_pairs(&bytes, sink, opts, &mut |w| eprintln!("malines: {w}")).map_err(
        |e| match e {
            PairsError::Write(_) => anyhow::anyhow!("{e}"),
            _ => Exit {
                code: 2,
                message: Some(format!("{}: {e}", a.input.display())),
            }
            .into(),
        },
    )?;
    if summary.unscored > 0 {
        eprintln!(
            "malines: {} rows, {} without a score (see above)",
            summary.rows, summary.unscored
        );
    }
    Ok(())
}
