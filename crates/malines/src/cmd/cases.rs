//! `malines cases list` and `malines cases show REF`.

use malines_core::date::parse_full_date;
use malines_core::ids::CaseRef;
use malines_core::model::{CaseStatus, Stage, StoredCase};
use malines_core::store::{CaseFilter, CaseStore};

use super::open_store;
use crate::Exit;
use crate::config::Config;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// List cases, by reference
    List(ListArgs),
    /// Show one case with its subjects and identifiers
    Show(ShowArgs),
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only cases at this stage (investigation, prosecution, trial, final_judgment, acquittal, not_prosecuted)
    #[arg(long)]
    stage: Option<String>,
    /// Only open or closed cases
    #[arg(long)]
    status: Option<String>,
    /// Only cases whose reference or title contains this text
    #[arg(long)]
    search: Option<String>,
    /// Only cases whose review is due on or before this date (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    review_due_by: Option<String>,
    /// Print JSON instead of a table
    #[arg(long)]
    json: bool,
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The case reference
    reference: String,
    /// Print JSON instead of text
    #[arg(long)]
    json: bool,
}

fn usage(message: String) -> anyhow::Error {
    Exit {
        code: 2,
        message: Some(message),
    }
    .into()
}

impl Cmd {
    pub async fn run(self, config: &Config) -> anyhow::Result<()> {
        match self {
            Cmd::List(a) => list(a, config).await,
            Cmd::Show(a) => show(a, config).await,
        }
    }
}

async fn list(a: ListArgs, config: &Config) -> anyhow::Result<()> {
    let authority = config.authority()?;
    let filter = CaseFilter {
        member: None,
        stage: a
            .stage
            .as_deref()
            .map(Stage::parse)
            .transpose()
            .map_err(|e| usage(format!("--stage: {e}")))?,
        status: a
            .status
            .as_deref()
            .map(CaseStatus::parse)
            .transpose()
            .map_err(|e| usage(format!("--status: {e}")))?,
        text: a.search.filter(|s| !s.trim().is_empty()),
        review_due_by: a
            .review_due_by
            .as_deref()
            .map(parse_full_date)
            .transpose()
            .map_err(|e| usage(format!("--review-due-by: {e}")))?,
    };
    let store = open_store(config).await?;
    let cases = store.list_cases(authority, &filter).await;
    store.close().await;
    let cases = cases?;
    if a.json {
        println!("{}", serde_json::to_string_pretty(&cases)?);
        return Ok(());
    }
    if cases.is_empty() {
        println!("No case for {authority}.");
        return Ok(());
    }
    let header = [
        "REFERENCE",
        "TITLE",
        "STAGE",
        "STATUS",
        "OPENED",
        "REVIEW DUE",
        "PERSONS",
        "IDENTIFIERS",
    ];
    let rows: Vec<Vec<String>> = cases
        .iter()
        .map(|c| {
            vec![
                c.reference.to_string(),
                ellipsis(&c.title, 48),
                c.stage.to_string(),
                c.status.to_string(),
                c.opened_on.to_string(),
                c.review_due.to_string(),
                c.persons.to_string(),
                c.identifiers.to_string(),
            ]
        })
        .collect();
    print!("{}", table(&header, &rows));
    println!("{} cases for {authority}", cases.len());
    Ok(())
}

async fn show(a: ShowArgs, config: &Config) -> anyhow::Result<()> {
    let authority = config.authority()?;
    let reference = CaseRef::parse(&a.reference).map_err(|e| usage(format!("reference: {e}")))?;
    let store = open_store(config).await?;
    let case = store.get_case(authority, &reference).await;
    store.close().await;
    let Some(case) = case? else {
        return Err(Exit {
            code: 4,
            message: Some(format!("case {reference} not found at {authority}")),
        }
        .into());
    };
    if a.json {
        println!("{}", serde_json::to_string_pretty(&case)?);
    } else {
        print!("{}", render(&case));
    }
    Ok(())
}

/// The case as text, for a terminal.
fn render(s: &StoredCase) -> String {
    use std::fmt::Write;
    let c = &s.draft.case;
    let mut o = String::new();
    let _ = writeln!(o, "{}  {}", c.reference, c.title);
    let _ = writeln!(o, "  authority        {}", s.authority);
    let _ = writeln!(o, "  stage / status   {} / {}", c.stage, c.status);
    let _ = writeln!(o, "  terrorism type   {}", c.terrorism_type);
    if let Some(g) = &c.group_affiliation {
        let _ = writeln!(o, "  group            {g}");
    }
    if !c.offences.is_empty() {
        let _ = writeln!(o, "  offences         {}", c.offences.join("; "));
    }
    if let Some(q) = &c.legal_qualification {
        let _ = writeln!(o, "  qualification    {q}");
    }
    let _ = writeln!(o, "  opened           {}", c.opened_on);
    let _ = writeln!(o, "  review due       {}", c.review_due);
    let team: Vec<&str> = c.team.iter().map(|u| u.as_str()).collect();
    let _ = writeln!(
        o,
        "  team             {}",
        if team.is_empty() {
            "-".into()
        } else {
            team.join(", ")
        }
    );
    let _ = writeln!(
        o,
        "  version          {} (updated {})",
        s.version,
        s.updated_at.date()
    );
    let _ = writeln!(o, "\nPersons ({})", s.draft.persons.len());
    for p in &s.draft.persons {
        let name = [p.family_names.as_deref(), p.given_names.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        let _ = write!(o, "  [{}] {name}", p.subject_ref);
        if let Some(orig) = &p.original_script_name {
            let _ = write!(o, " ({orig})");
        }
        if let Some(d) = p.birth_date {
            let _ = write!(o, ", born {d}");
        }
        if let Some(pl) = &p.place_of_birth {
            let _ = write!(o, " in {pl}");
        }
        if !p.nationalities.is_empty() {
            let n: Vec<&str> = p.nationalities.iter().map(|n| n.as_str()).collect();
            let _ = write!(o, ", {}", n.join("/"));
        }
        let _ = write!(o, ", sex {}", p.sex.as_str().to_uppercase());
        if !p.shared {
            let _ = write!(o, "  [not shared]");
        }
        let _ = writeln!(o);
        if !p.aliases.is_empty() {
            let _ = writeln!(o, "      aliases: {}", p.aliases.join("; "));
        }
    }
    if !s.draft.organisations.is_empty() {
        let _ = writeln!(o, "\nOrganisations ({})", s.draft.organisations.len());
        for g in &s.draft.organisations {
            let _ = write!(o, "  [{}] {}", g.subject_ref, g.name);
            if !g.aliases.is_empty() {
                let _ = write!(o, " (aka {})", g.aliases.join("; "));
            }
            if !g.shared {
                let _ = write!(o, "  [not shared]");
            }
            let _ = writeln!(o);
        }
    }
    let _ = writeln!(o, "\nIdentifiers ({})", s.draft.identifiers.len());
    for i in &s.draft.identifiers {
        let _ = write!(
            o,
            "  {:<18} {}",
            i.identifier.kind.as_str(),
            i.identifier.value
        );
        if let Some(sub) = &i.subject {
            let _ = write!(o, "  → {sub}");
        }
        if !i.shared {
            let _ = write!(o, "  [not shared]");
        }
        let _ = writeln!(o);
    }
    o
}

fn ellipsis(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

/// A plain aligned text table.
fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w.saturating_sub(c.chars().count()))))
            .collect();
        format!("{}\n", padded.join("  ").trim_end())
    };
    let mut out = line(header.to_vec());
    for r in rows {
        out.push_str(&line(r.iter().map(String::as_str).collect()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_aligns_unicode_cells() {
        let t = table(
            &["A", "B"],
            &[vec!["é".into(), "x".into()], vec!["abc".into(), "y".into()]],
        );
        assert_eq!(t, "A    B\né    x\nabc  y\n");
    }

    #[test]
    fn ellipsis_cuts_on_characters() {
        assert_eq!(ellipsis("Opération", 5), "Opér…");
        assert_eq!(ellipsis("abc", 5), "abc");
    }
}
