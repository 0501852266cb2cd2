//! `malines names canon NAME…` and `malines names compare --in PAIRS.csv --out SCORED.csv`.

use std::io::{Read, Write};
use std::path::PathBuf;

use anyhow::Context;
use malines_core::name_pairs::{Options, PairsError, check_header, score_pairs};
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
    let refuse = |e: PairsError| -> anyhow::Error {
        match e {
            PairsError::Write(_) => anyhow::anyhow!("{e}"),
            _ => Exit {
                code: 2,
                message: Some(format!("{}: {e}", a.input.display())),
            }
            .into(),
        }
    };
    // Check the input before touching the output, and write the output under a temporary
    // name renamed at the end: a failed run never leaves a truncated or half-written file.
    check_header(&bytes).map_err(refuse)?;
    let opts = Options { explain: a.explain };
    let mut warn = |w: String| eprintln!("malines: {w}");
    let summary = match &a.output {
        Some(p) if p.as_os_str() != "-" => {
            let tmp = p.with_extension(format!("tmp-{}", std::process::id()));
            let file = std::fs::File::create(&tmp)
                .with_context(|| format!("cannot create {}", tmp.display()))?;
            let result = score_pairs(&bytes, std::io::BufWriter::new(file), opts, &mut warn);
            match result {
                Ok(s) => {
                    std::fs::rename(&tmp, p)
                        .with_context(|| format!("cannot write {}", p.display()))?;
                    s
                }
                Err(e) => {
                    let _ = std::fs::remove_file(&tmp);
                    return Err(refuse(e));
                }
            }
        }
        _ => score_pairs(
            &bytes,
            std::io::BufWriter::new(std::io::stdout().lock()),
            opts,
            &mut warn,
        )
        .map_err(refuse)?,
    };
    if summary.unscored > 0 {
        eprintln!(
            "malines: {} rows, {} without a score (see above)",
            summary.rows, summary.unscored
        );
    }
    Ok(())
}
