//! `malines names canon NAME…` and `malines names compare --in PAIRS.csv --out SCORED.csv`.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::PathBuf;

use anyhow::Context;
use malines_names::name::{self, BirthDate, CanonicalName};

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
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(bytes.as_slice());
    let usage = |m: String| -> anyhow::Error {
        Exit {
            code: 2,
            message: Some(m),
        }
        .into()
    };
    let header = reader
        .byte_headers()
        .map_err(|e| {
            usage(format!(
                "{}: cannot read the header: {e}",
                a.input.display()
            ))
        })?
        .clone();
    let col = |n: &str| {
        header
            .iter()
            .position(|h| String::from_utf8_lossy(h).trim().eq_ignore_ascii_case(n))
    };
    let (Some(ia), Some(ib)) = (col("name_a"), col("name_b")) else {
        return Err(usage(format!(
            "{}: the header must hold name_a and name_b columns",
            a.input.display()
        )));
    };
    let (da, db) = (col("dob_a"), col("dob_b"));

    let sink: Box<dyn Write> = match &a.output {
        Some(p) if p.as_os_str() != "-" => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        _ => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(sink);
    let width = header.len();
    let mut head = header.clone();
    head.push_field(b"score");
    if a.explain {
        head.push_field(b"canonical_a");
        head.push_field(b"canonical_b");
        head.push_field(b"evidence");
    }
    writer.write_byte_record(&head)?;

    let mut cache: HashMap<String, CanonicalName> = HashMap::new();
    let mut warnings = 0usize;
    let mut rows = 0usize;
    for result in reader.byte_records() {
        let mut record = match result {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                eprintln!("malines: line {line}: unreadable row skipped ({e})");
                warnings += 1;
                continue;
            }
        };
        rows += 1;
        let line = record.position().map_or(0, |p| p.line());
        while record.len() < width {
            record.push_field(b"");
        }
        let field = |i: usize| record.get(i).map(std::str::from_utf8);
        let name_of = |i: usize, col: &str| -> Option<String> {
            match field(i) {
                Some(Ok(s)) if !s.trim().is_empty() => Some(s.to_string()),
                Some(Ok(_)) | None => {
                    eprintln!("malines: line {line}: {col} is empty; no score");
                    None
                }
                Some(Err(_)) => {
                    eprintln!("malines: line {line}: {col} is not valid UTF-8; no score");
                    None
                }
            }
        };
        let dob_of = |i: Option<usize>, col: &str| -> Option<BirthDate> {
            let s = i.and_then(field).and_then(Result::ok)?.trim();
            if s.is_empty() {
                return None;
            }
            let d = BirthDate::parse(s);
            if d.is_none() {
                eprintln!(
                    "malines: line {line}: {col} '{s}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD); ignored"
                );
            }
            d
        };
        let (na, nb) = (name_of(ia, "name_a"), name_of(ib, "name_b"));
        let (dob_a, dob_b) = (dob_of(da, "dob_a"), dob_of(db, "dob_b"));
        let mut extra: Vec<String> = Vec::new();
        match (na, nb) {
            (Some(x), Some(y)) => {
                let cx = cache
                    .entry(x.clone())
                    .or_insert_with(|| name::canonicalise(&x))
                    .clone();
                let cy = cache
                    .entry(y.clone())
                    .or_insert_with(|| name::canonicalise(&y))
                    .clone();
                if cx.is_empty() || cy.is_empty() {
                    eprintln!("malines: line {line}: a name holds no letters; no score");
                    warnings += 1;
                    extra.push(String::new());
                    if a.explain {
                        extra.extend([cx.canonical(), cy.canonical(), String::new()]);
                    }
                } else {
                    let c = name::compare_people(&cx, &cy, dob_a.as_ref(), dob_b.as_ref());
                    extra.push(format!("{:.4}", c.score));
                    if a.explain {
                        let mut ev: Vec<String> = c
                            .pairs
                            .iter()
                            .map(|p| format!("{}~{} {:.2}", p.a, p.b, p.similarity))
                            .collect();
                        if !c.unpaired_a.is_empty() || !c.unpaired_b.is_empty() {
                            ev.push(format!(
                                "unpaired {}|{}",
                                c.unpaired_a.join(" "),
                                c.unpaired_b.join(" ")
                            ));
                        }
                        if let Some(d) = c.dob {
                            ev.push(format!("dob {d:?}"));
                        }
                        extra.extend([cx.canonical(), cy.canonical(), ev.join("; ")]);
                    }
                }
            }
            _ => {
                warnings += 1;
                extra.push(String::new());
                if a.explain {
                    extra.extend([String::new(), String::new(), String::new()]);
                }
            }
        }
        for e in &extra {
            record.push_field(e.as_bytes());
        }
        writer.write_byte_record(&record)?;
        if cache.len() > 1_000_000 {
            cache.clear();
        }
    }
    writer.flush()?;
    if warnings > 0 {
        eprintln!("malines: {rows} rows scored, {warnings} without a score (see above)");
    }
    Ok(())
}
