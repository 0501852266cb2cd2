//! Batch linkage on the command line (SPEC §4):
//! - `malines secret new KEY.json`: a linkage secret for the two parties;
//! - `malines encode`: a clear CSV of people → an encoded CSV (no clear data);
//! - `malines link`: two clear CSVs (or one, `--dedup`), or two encoded ones (`--encoded`),
//!   → `left_id,right_id,score` and the evidence of each pair.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use malines_match::file;
use malines_match::link::{self, Blocking, Link, Options};
use malines_match::person::{Encoded, Encoder, Person, Shared};
use malines_match::token::{LinkageSecret, Version};
use malines_names::name::BirthDate;

use crate::Exit;

fn usage(message: String) -> anyhow::Error {
    Exit {
        code: 2,
        message: Some(message),
    }
    .into()
}

// ---------------------------------------------------------------------------------------
// secret

#[derive(Debug, clap::Subcommand)]
pub enum SecretCmd {
    /// Create a new linkage secret file (32 random bytes and an epoch), readable only by you
    New(SecretNewArgs),
}

#[derive(Debug, clap::Args)]
pub struct SecretNewArgs {
    /// The file to create (refused if it exists)
    #[arg(value_name = "KEY.json")]
    path: PathBuf,
    /// Epoch number of the secret
    #[arg(long, default_value_t = 1)]
    epoch: u32,
}

impl SecretCmd {
    pub fn run(self) -> anyhow::Result<()> {
        let SecretCmd::New(a) = self;
        malines_node::keys::create_secret(&a.path, a.epoch).map_err(|e| usage(e.to_string()))?;
        eprintln!(
            "created {} (epoch {}): give it to the other party by a secure channel, never to the linking side",
            a.path.display(),
            a.epoch
        );
        Ok(())
    }
}

fn read_secret(path: &Path) -> anyhow::Result<LinkageSecret> {
    malines_node::keys::read_secret(path).map_err(|e| usage(format!("--secret {e}")))
}

// ---------------------------------------------------------------------------------------
// columns and clear files

/// Which column holds what.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Columns {
    id: String,
    given: Option<String>,
    family: Option<String>,
    dob: Option<String>,
    other: Vec<String>,
}

impl std::str::FromStr for Columns {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let mut c = Columns::default();
        let mut id = None;
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (role, col) = part
                .split_once('=')
                .ok_or_else(|| format!("`{part}` is not ROLE=COLUMN"))?;
            let col = col.trim().to_string();
            if col.is_empty() {
                return Err(format!("`{part}`: empty column name"));
            }
            let slot = match role.trim() {
                "id" => &mut id,
                "given" => &mut c.given,
                "family" => &mut c.family,
                "dob" => &mut c.dob,
                "other" => {
                    c.other.push(col);
                    continue;
                }
                r => {
                    return Err(format!(
                        "unknown role `{r}` (expected id, given, family, dob or other)"
                    ));
                }
            };
            if slot.is_some() {
                return Err(format!("role `{}` given twice", role.trim()));
            }
            *slot = Some(col);
        }
        c.id = id.ok_or("no id=COLUMN")?;
        if c.given.is_none() && c.family.is_none() {
            return Err("no given=COLUMN or family=COLUMN: at least one name column".into());
        }
        Ok(c)
    }
}

/// What to do with a bad row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BadRows {
    /// Report every bad row and stop, writing nothing
    Fail,
    /// Report every bad row and go on without them
    Skip,
}

#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Which columns hold the id, names, date of birth and other fields:
    /// `id=COL,given=COL,family=COL,dob=COL[,other=COL…]`
    #[arg(long, value_name = "SPEC")]
    columns: Columns,
    /// What to do with a row that cannot be read (no id, no name, a bad date)
    #[arg(long, value_enum, default_value_t = BadRows::Fail)]
    bad_rows: BadRows,
    /// A date that is not valid keeps its valid leading part (`19960094` → 1996, `19900270` →
    /// 1990-02) instead of making the row bad; each such date is reported
    #[arg(long)]
    lenient_dates: bool,
}

/// A clear row, read and checked.
struct ClearRow {
    id: String,
    given: String,
    family: String,
    dob: Option<BirthDate>,
    other: Vec<String>,
}

struct Problem {
    line: u64,
    field: String,
    reason: String,
}

/// Parses a date as `YYYY-MM-DD`, `YYYYMMDD`, `YYYY-MM` or `YYYY`; with `lenient`, an invalid
/// date keeps its valid leading part.
fn parse_dob(raw: &str, lenient: bool) -> Result<Option<BirthDate>, (Option<BirthDate>, String)> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    if let Some(d) = BirthDate::parse(raw) {
        return Ok(Some(d));
    }
    let reason = format!("`{raw}` is not a date (YYYY-MM-DD, YYYYMMDD, YYYY-MM or YYYY)");
    if !lenient {
        return Err((None, reason));
    }
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    let kept = digits
        .get(..6)
        .and_then(|ym| BirthDate::parse(&format!("{}-{}", ym.get(..4)?, ym.get(4..)?)))
        .or_else(|| digits.get(..4).and_then(BirthDate::parse));
    Err((kept, reason))
}

fn read_clear(
    path: &Path,
    a: &InputArgs,
    problems: &mut Vec<Problem>,
    fatal: &mut usize,
) -> anyhow::Result<Vec<ClearRow>> {
    let mut r = ClearReader::open(path, a)?;
    let mut rows = Vec::new();
    while let Some(row) = r.next_row(problems, fatal)? {
        rows.push(row);
    }
    Ok(rows)
}

/// A clear file read row by row: the good rows, each bad one a problem.
struct ClearReader<'a> {
    name: String,
    args: &'a InputArgs,
    r: csv::Reader<std::fs::File>,
    id: usize,
    given: Option<usize>,
    family: Option<usize>,
    dob: Option<usize>,
    other: Vec<usize>,
    /// The ids read so far.
    seen: HashSet<String>,
    /// One record read into again and again (`records()` makes a new one per row).
    rec: csv::ByteRecord,
}

impl<'a> ClearReader<'a> {
    /// Opens the file and finds its columns.
    fn open(path: &Path, a: &'a InputArgs) -> anyhow::Result<Self> {
        let name = path.display().to_string();
        // Fields are trimmed below, as `Trim::All` would but without copying every record twice.
        let mut r = csv::ReaderBuilder::new()
            .trim(csv::Trim::Headers)
            .flexible(true)
            .from_path(path)
            .map_err(|e| usage(format!("{name}: {e}")))?;
        let header = r
            .headers()
            .map_err(|e| usage(format!("{name}: no header: {e}")))?
            .clone();
        let col = |c: &str| {
            header.iter().position(|h| h == c).ok_or_else(|| {
                usage(format!(
                    "--columns: `{c}` is not a column of {name} (columns: {})",
                    header.iter().collect::<Vec<_>>().join(", ")
                ))
            })
        };
        let c = &a.columns;
        let id = col(&c.id)?;
        let given = c.given.as_deref().map(col).transpose()?;
        let family = c.family.as_deref().map(col).transpose()?;
        let dob = c.dob.as_deref().map(col).transpose()?;
        let other = c
            .other
            .iter()
            .map(|o| col(o))
            .collect::<anyhow::Result<Vec<_>>>()?;
        Ok(ClearReader {
            name,
            args: a,
            r,
            id,
            given,
            family,
            dob,
            other,
            seen: HashSet::new(),
            rec: csv::ByteRecord::new(),
        })
    }

    /// The next good row (`None` at the end of the file), the bad rows before it added to
    /// `problems` (and counted in `fatal` when they are left out).
    fn next_row(
        &mut self,
        problems: &mut Vec<Problem>,
        fatal: &mut usize,
    ) -> anyhow::Result<Option<ClearRow>> {
        let name = &self.name;
        let a = self.args;
        let c = &a.columns;
        let not_csv = |reason: String| Exit {
            code: 3,
            message: Some(format!("{name}: not CSV: {reason}")),
        };
        let rec = &mut self.rec;
        loop {
            let pos = self.r.position().clone();
            let more = self
                .r
                .read_byte_record(rec)
                .map_err(|e| not_csv(e.to_string()))?;
            if let Err((field, valid_up_to)) = check_utf8(rec) {
                // The words of the `csv` crate's own error for a string record.
                return Err(not_csv(format!(
                    "CSV parse error: record {} (line {}, field: {field}, byte: {}): invalid utf-8: \
                     invalid UTF-8 in field {field} near byte index {valid_up_to}",
                    pos.record(),
                    pos.line(),
                    pos.byte()
                ))
                .into());
            }
            if !more {
                return Ok(None);
            }
            let rec = &*rec;
            let line = rec.position().map_or(0, |p| p.line());
            let get = |i: Option<usize>| {
                i.and_then(|i| rec.get(i))
                    .and_then(|f| std::str::from_utf8(f.trim_ascii()).ok())
                    .unwrap_or("")
                    .trim()
                    .to_string()
            };
            let mut bad = |field: &str, reason: String, fatal_here: bool| {
                problems.push(Problem {
                    line,
                    field: field.to_string(),
                    reason,
                });
                if fatal_here {
                    *fatal += 1;
                }
            };
            let row_id = get(Some(self.id));
            if row_id.is_empty() {
                bad(&c.id, "empty id".into(), true);
                continue;
            }
            if !self.seen.insert(row_id.clone()) {
                bad(&c.id, format!("`{row_id}` appears twice"), true);
                continue;
            }
            let (g, f) = (get(self.given), get(self.family));
            if !g.chars().chain(f.chars()).any(char::is_alphabetic) {
                bad("given, family", "no name".into(), true);
                continue;
            }
            let date = match parse_dob(&get(self.dob), a.lenient_dates) {
                Ok(d) => d,
                Err((Some(kept), reason)) => {
                    bad(
                        c.dob.as_deref().unwrap_or("dob"),
                        format!("{reason}; kept {}", show_dob(kept)),
                        false,
                    );
                    Some(kept)
                }
                Err((None, reason)) if a.lenient_dates => {
                    bad(
                        c.dob.as_deref().unwrap_or("dob"),
                        format!("{reason}; left out"),
                        false,
                    );
                    None
                }
                Err((None, reason)) => {
                    bad(c.dob.as_deref().unwrap_or("dob"), reason, true);
                    continue;
                }
            };
            return Ok(Some(ClearRow {
                id: row_id,
                given: g,
                family: f,
                dob: date,
                other: self.other.iter().map(|&i| get(Some(i))).collect(),
            }));
        }
    }
}

/// Checks a record as `csv::StringRecord` does after `Trim::All` trimmed its bytes: the first
/// field that is not UTF-8 once its ASCII whitespace is off, and where in it UTF-8 stops.
fn check_utf8(rec: &csv::ByteRecord) -> Result<(), (usize, usize)> {
    if rec.as_slice().is_ascii() {
        return Ok(());
    }
    for (i, f) in rec.iter().enumerate() {
        if let Err(e) = std::str::from_utf8(f.trim_ascii()) {
            return Err((i, e.valid_up_to()));
        }
    }
    Ok(())
}

fn show_dob(d: BirthDate) -> String {
    match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{:04}-{m:02}-{day:02}", d.year),
        (Some(m), None) => format!("{:04}-{m:02}", d.year),
        _ => format!("{:04}", d.year),
    }
}

/// Prints the problems of a file; errors out when bad rows are fatal.
fn report(name: &str, problems: &[Problem], fatal: usize, mode: BadRows) -> anyhow::Result<()> {
    const SHOWN: usize = 50;
    for p in problems.iter().take(SHOWN) {
        eprintln!("{name}: line {}: {}: {}", p.line, p.field, p.reason);
    }
    if problems.len() > SHOWN {
        eprintln!("{name}: … and {} more", problems.len() - SHOWN);
    }
    if fatal > 0 {
        if mode == BadRows::Fail {
            return Err(Exit {
                code: 3,
                message: Some(format!(
                    "{name}: {fatal} bad row(s); nothing written (--bad-rows skip goes on without them)"
                )),
            }
            .into());
        }
        eprintln!("{name}: {fatal} bad row(s) skipped");
    }
    Ok(())
}

fn bar(len: u64, what: &str) -> ProgressBar {
    let pb = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template("{msg:>10} [{bar:40}] {pos}/{len} ({eta} left)")
    {
        pb.set_style(style.progress_chars("=> "));
    }
    pb.set_message(what.to_string());
    pb
}

/// Encodes rows on every core, in rounds ([`Encoder::encode_all`]: each name and date encoded
/// once for all threads, then one contiguous share of the round per thread).
fn encode_rows(secret: &LinkageSecret, rows: &[ClearRow], what: &str) -> Vec<Encoded> {
    let pb = bar(rows.len() as u64, what);
    let threads = rayon::current_num_threads().max(1);
    let mut encoders = vec![Encoder::new(secret); threads];
    let mut shared = Shared::default();
    // Rows were checked to hold a letter; a name of nothing but particles or titles has no
    // sound to encode and gets an empty filter (it matches nothing).
    let empty = Encoded {
        filter: malines_match::Filter::default(),
        dob: Default::default(),
        blocks: Vec::new(),
    };
    let mut out = Vec::with_capacity(rows.len());
    for round in rows.chunks(threads * ROUND) {
        let people: Vec<Person<'_>> = round.iter().map(person).collect();
        let mut shares: Vec<Vec<Encoded>> = vec![Vec::new(); threads];
        Encoder::encode_all(
            &mut encoders,
            &mut shared,
            &people,
            &mut shares,
            |share, _, e| share.push(e.map_or_else(|_| empty.clone(), Encoded::clone)),
        );
        out.extend(shares.into_iter().flatten());
        pb.inc(round.len() as u64);
    }
    pb.finish_and_clear();
    out
}

/// The person of a clear row.
fn person(r: &ClearRow) -> Person<'_> {
    Person {
        given: &r.given,
        family: &r.family,
        dob: r.dob,
        other: r.other.iter().map(String::as_str).collect(),
    }
}

/// Rows a thread encodes at a time. A round (this many rows per thread) is read while the
/// round before is encoded and the one before that written; its lines go into buffers of
/// about 1.3 MB per thread, reused: neither the rows nor the output are ever held whole
/// (fresh pages cost the kernel more than the encoding itself).
const ROUND: usize = 2048;

/// What reading a whole clear file found besides its good rows.
struct ReadReport {
    rows: usize,
    problems: Vec<Problem>,
    fatal: usize,
}

/// Reads, encodes and writes a clear file as a pipeline: a reader thread reads rounds of
/// rows, every core encodes a round (each thread its share, into its own buffer), a writer
/// thread writes the lines of the round before to `out`, in the order of the rows, as
/// [`encode_rows`] and [`file::write`] would. Every row is read before this returns, so the
/// problems are those of the whole file; the caller decides whether what was written stands.
///
/// A reading error is returned as it is; a writing error with the path `dest`.
fn encode_stream(
    secret: &LinkageSecret,
    mut reader: ClearReader<'_>,
    len: u64,
    out: &mut (impl Write + Send),
    dest: &Path,
) -> anyhow::Result<ReadReport> {
    use std::sync::mpsc;
    // A line is about 570 bytes (a 172-byte filter, 14 date tokens, about 6 keys).
    const LINE: usize = 640;
    let pb = bar(len, "encoding");
    let threads = rayon::current_num_threads().max(1);
    let lines = file::RowWriter::new(secret.epoch(), secret.version());
    // Rows were checked to hold a letter; a name of nothing but particles or titles has no
    // sound to encode and gets an empty filter (it matches nothing).
    let empty = Encoded {
        filter: malines_match::Filter::default(),
        dob: Default::default(),
        blocks: Vec::new(),
    };
    // One encoder per share of a round, kept across rounds with the names and dates they
    // encoded (`shared`), which serve every round.
    let mut encoders = vec![Encoder::new(secret); threads];
    let mut shared = Shared::default();
    let (read, to_encode) = mpsc::sync_channel::<(Vec<ClearRow>, u64)>(1);
    let (full, to_write) = mpsc::sync_channel::<Vec<Vec<u8>>>(1);
    let (written, spare) = mpsc::channel::<Vec<Vec<u8>>>();
    let (reading, writing) = std::thread::scope(|s| {
        let reader = s.spawn(move || -> anyhow::Result<(Vec<Problem>, usize)> {
            let (mut problems, mut fatal) = (Vec::new(), 0);
            let mut round = Vec::with_capacity(threads * ROUND);
            while let Some(row) = reader.next_row(&mut problems, &mut fatal)? {
                round.push(row);
                if round.len() == threads * ROUND {
                    let at = reader.r.position().byte();
                    let next = Vec::with_capacity(threads * ROUND);
                    if read
                        .send((std::mem::replace(&mut round, next), at))
                        .is_err()
                    {
                        // The encoding side stopped on a writing error, which it returns.
                        return Ok((problems, fatal));
                    }
                }
            }
            let at = reader.r.position().byte();
            if !round.is_empty() {
                // As above, a writing error is the encoding side's to return.
                let _ = read.send((round, at));
            }
            Ok((problems, fatal))
        });
        let writer = s.spawn(move || -> std::io::Result<()> {
            for bufs in to_write {
                for b in &bufs {
                    out.write_all(b)?;
                }
                // The encoding side may be gone already; the buffers are then dropped.
                let _ = written.send(bufs);
            }
            Ok(())
        });
        let mut rows = 0;
        for (round, at) in to_encode {
            let mut bufs = spare
                .try_recv()
                .unwrap_or_else(|_| vec![Vec::with_capacity(ROUND * LINE); threads]);
            for b in &mut bufs {
                b.clear();
            }
            let people: Vec<Person<'_>> = round.iter().map(person).collect();
            Encoder::encode_all(
                &mut encoders,
                &mut shared,
                &people,
                &mut bufs,
                |text, i, e| {
                    if let Some(r) = round.get(i) {
                        lines.push(text, &r.id, e.unwrap_or(&empty));
                    }
                },
            );
            rows += round.len();
            pb.set_position(at);
            if full.send(bufs).is_err() {
                // The writer stopped on an error, which `join` below returns.
                break;
            }
        }
        drop(full);
        let panicked = |what: &str| anyhow::anyhow!("the {what} thread panicked");
        let reading = reader
            .join()
            .unwrap_or_else(|_| Err(panicked("reading")))
            .map(|(problems, fatal)| ReadReport {
                rows,
                problems,
                fatal,
            });
        let writing = writer
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("the writer thread panicked")));
        (reading, writing)
    });
    pb.finish_and_clear();
    let report = reading?;
    writing.with_context(|| format!("cannot write {}", dest.display()))?;
    Ok(report)
}

/// Writes `path` whole or not at all: a temporary file in the same folder, renamed.
fn write_atomically(
    path: &Path,
    f: impl FnOnce(&mut std::io::BufWriter<&std::fs::File>) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    let tmp = temp_beside(path)?;
    {
        let mut w = std::io::BufWriter::new(tmp.as_file());
        f(&mut w).with_context(|| format!("cannot write {}", path.display()))?;
        w.flush()?;
    }
    tmp.persist(path)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {}", path.display(), e.error))?;
    Ok(())
}

/// A temporary file in the folder of `path`, to be renamed onto it once written whole. A
/// `path` that exists and is not a regular file (a device such as /dev/null, a folder, a
/// pipe) is refused: the rename would replace it.
fn temp_beside(path: &Path) -> anyhow::Result<tempfile::NamedTempFile> {
    if let Ok(m) = std::fs::metadata(path)
        && !m.is_file()
    {
        return Err(usage(format!(
            "--out: {} exists and is not a regular file",
            path.display()
        )));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    tempfile::NamedTempFile::new_in(&dir)
        .with_context(|| format!("cannot write in {}", dir.display()))
}

// ---------------------------------------------------------------------------------------
// encode

#[derive(Debug, clap::Args)]
pub struct EncodeArgs {
    /// Clear CSV of people, with a header
    #[arg(long = "input", value_name = "PEOPLE.csv")]
    input: PathBuf,
    #[command(flatten)]
    rows: InputArgs,
    /// The linkage secret (`malines secret new`)
    #[arg(long, value_name = "KEY.json")]
    secret: PathBuf,
    /// The encoded CSV to write
    #[arg(long = "out", value_name = "ENCODED.csv")]
    output: PathBuf,
}

impl EncodeArgs {
    pub fn run(self) -> anyhow::Result<()> {
        let secret = read_secret(&self.secret)?;
        let start = Instant::now();
        let reader = ClearReader::open(&self.input, &self.rows)?;
        let len = std::fs::metadata(&self.input).map_or(0, |m| m.len());
        // Written whole or not at all, as `write_atomically` does: a temporary file in the
        // same folder, renamed once every row was read and none made the file fail.
        let path = &self.output;
        let tmp = temp_beside(path)?;
        let done = {
            let mut w = std::io::BufWriter::new(tmp.as_file());
            let mut header = Vec::new();
            file::RowWriter::header(&mut header);
            w.write_all(&header)
                .with_context(|| format!("cannot write {}", path.display()))?;
            let done = encode_stream(&secret, reader, len, &mut w, path)?;
            w.flush()
                .with_context(|| format!("cannot write {}", path.display()))?;
            done
        };
        report(
            &self.input.display().to_string(),
            &done.problems,
            done.fatal,
            self.rows.bad_rows,
        )?;
        tmp.persist(path)
            .map_err(|e| anyhow::anyhow!("cannot write {}: {}", path.display(), e.error))?;
        eprintln!(
            "encoded {} people into {} in {:.2} s",
            done.rows,
            self.output.display(),
            start.elapsed().as_secs_f64()
        );
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------
// link

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BlockingArg {
    /// Block above 2·10⁹ possible pairs
    Auto,
    /// Always compare within blocks only
    On,
    /// Compare every pair
    Off,
}

#[derive(Debug, clap::Args)]
pub struct LinkArgs {
    /// Left CSV (clear, or encoded with --encoded)
    #[arg(long, value_name = "A.csv")]
    left: PathBuf,
    /// Right CSV (not with --dedup)
    #[arg(long, value_name = "B.csv")]
    right: Option<PathBuf>,
    /// The inputs are encoded files (`malines encode`): no clear data here
    #[arg(long)]
    encoded: bool,
    /// Which columns hold what (clear inputs only): `id=COL,given=COL,family=COL,dob=COL[,other=COL…]`
    #[arg(long, value_name = "SPEC")]
    columns: Option<Columns>,
    /// What to do with a row that cannot be read
    #[arg(long, value_enum, default_value_t = BadRows::Fail)]
    bad_rows: BadRows,
    /// Invalid dates keep their valid leading part (clear inputs only)
    #[arg(long)]
    lenient_dates: bool,
    /// Output CSV: left_id,right_id,score and the evidence
    #[arg(long = "out", value_name = "LINKS.csv")]
    output: PathBuf,
    /// Report pairs whose score (a match probability) is at least this
    #[arg(long, default_value_t = link::DEFAULT_THRESHOLD)]
    threshold: f32,
    /// Keep each person in at most one pair, best scores first
    #[arg(long)]
    one_to_one: bool,
    /// Link the left file with itself (duplicates within one file)
    #[arg(long)]
    dedup: bool,
    /// Compare within blocks of the encodings' blocking keys, or every pair
    #[arg(long, value_enum, default_value_t = BlockingArg::Auto)]
    blocking: BlockingArg,
}

impl LinkArgs {
    pub fn run(self) -> anyhow::Result<()> {
        if !(0.0..=1.0).contains(&self.threshold) {
            return Err(usage(format!(
                "--threshold: {} is not between 0 and 1",
                self.threshold
            )));
        }
        match (&self.right, self.dedup) {
            (Some(_), true) => {
                return Err(usage("--dedup links --left with itself: no --right".into()));
            }
            (None, false) => return Err(usage("--right is required (or --dedup)".into())),
            _ => {}
        }
        let start = Instant::now();
        let (left, right) = if self.encoded {
            if self.columns.is_some() || self.lenient_dates {
                return Err(usage(
                    "--columns and --lenient-dates are for clear inputs, not with --encoded".into(),
                ));
            }
            self.read_encoded()?
        } else {
            self.read_and_encode()?
        };
        let opts = Options {
            threshold: self.threshold,
            one_to_one: self.one_to_one,
            dedup: self.dedup,
            blocking: match self.blocking {
                BlockingArg::Auto => Blocking::Auto,
                BlockingArg::On => Blocking::Always,
                BlockingArg::Off => Blocking::Never,
            },
            ..Options::default()
        };
        let (lr, rr) = (&left.1, right.as_ref().map_or(&left.1, |r| &r.1));
        let pb = bar(0, "linking");
        let progress = |done: u64, total: u64| {
            pb.set_length(total);
            pb.set_position(done);
        };
        let (links, stats) = link::link(lr, rr, &opts, Some(&progress));
        pb.finish_and_clear();
        let (lids, rids) = (&left.0, right.as_ref().map_or(&left.0, |r| &r.0));
        write_atomically(&self.output, |w| write_links(w, &links, lids, rids))?;
        eprintln!(
            "{} pairs at threshold {} ({}, {} of {} possible pairs compared{}) in {:.2} s",
            links.len(),
            self.threshold,
            if opts.one_to_one {
                "one to one"
            } else {
                "many to many"
            },
            stats.compared,
            stats.possible,
            if stats.blocked {
                format!(", {} blocks", stats.blocks)
            } else {
                String::new()
            },
            start.elapsed().as_secs_f64()
        );
        Ok(())
    }

    #[allow(clippy::type_complexity)]
    fn read_encoded(
        &self,
    ) -> anyhow::Result<(
        (Vec<String>, Vec<Encoded>),
        Option<(Vec<String>, Vec<Encoded>)>,
    )> {
        #[allow(clippy::type_complexity)]
        let read =
            |path: &Path| -> anyhow::Result<((u32, Option<Version>), (Vec<String>, Vec<Encoded>))> {
                let name = path.display().to_string();
                let f = std::fs::File::open(path).map_err(|e| usage(format!("{name}: {e}")))?;
                let c = file::read(std::io::BufReader::new(f)).map_err(|e| Exit {
                    code: 3,
                    message: Some(format!("{name}: {e}")),
                })?;
                let problems: Vec<Problem> = c
                    .bad
                    .iter()
                    .map(|b| Problem {
                        line: b.line,
                        field: b.field.to_string(),
                        reason: b.reason.clone(),
                    })
                    .collect();
                report(&name, &problems, problems.len(), self.bad_rows)?;
                let epoch = c.epoch.unwrap_or(0);
                let (ids, enc) = c.rows.into_iter().map(|r| (r.id, r.encoded)).unzip();
                Ok(((epoch, c.version), (ids, enc)))
            };
        let ((le, lv), left) = read(&self.left)?;
        let right = match &self.right {
            Some(p) => {
                let ((re, rv), right) = read(p)?;
                let both = !left.0.is_empty() && !right.0.is_empty();
                if re != le && both {
                    return Err(usage(format!(
                        "the files are of different epochs ({le} and {re}): encodings of different secrets cannot be compared"
                    )));
                }
                if let (Some(lv), Some(rv)) = (lv, rv)
                    && lv != rv
                    && both
                {
                    return Err(usage(format!(
                        "the files are of different encoding versions ({lv} and {rv}): encode both with the same secret file"
                    )));
                }
                Some(right)
            }
            None => None,
        };
        Ok((left, right))
    }

    #[allow(clippy::type_complexity)]
    fn read_and_encode(
        &self,
    ) -> anyhow::Result<(
        (Vec<String>, Vec<Encoded>),
        Option<(Vec<String>, Vec<Encoded>)>,
    )> {
        let columns = self
            .columns
            .clone()
            .ok_or_else(|| usage("--columns is required for clear inputs".into()))?;
        let input = InputArgs {
            columns,
            bad_rows: self.bad_rows,
            lenient_dates: self.lenient_dates,
        };
        // A secret of this run only: both sides are encoded here, with the same key.
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
        let secret = LinkageSecret::new(1, key).with_version(Version::LATEST);
        let mut side = |path: &Path| -> anyhow::Result<(Vec<String>, Vec<Encoded>)> {
            let (mut problems, mut fatal) = (Vec::new(), 0);
            let rows = read_clear(path, &input, &mut problems, &mut fatal)?;
            report(&path.display().to_string(), &problems, fatal, self.bad_rows)?;
            let enc = encode_rows(&secret, &rows, "encoding");
            Ok((rows.into_iter().map(|r| r.id).collect(), enc))
        };
        let left = side(&self.left)?;
        let right = self.right.as_deref().map(&mut side).transpose()?;
        Ok((left, right))
    }
}

fn write_links(
    w: impl Write,
    links: &[Link],
    lids: &[String],
    rids: &[String],
) -> std::io::Result<()> {
    let mut out = csv::Writer::from_writer(w);
    out.write_record([
        "left_id",
        "right_id",
        "score",
        "dob",
        "given_similarity",
        "family_similarity",
        "names_swapped",
    ])?;
    let sim = |x: Option<f32>| x.map(|v| format!("{v:.3}")).unwrap_or_default();
    for l in links {
        let (Some(a), Some(b)) = (lids.get(l.left as usize), rids.get(l.right as usize)) else {
            continue;
        };
        let e = &l.evidence;
        out.write_record([
            a.as_str(),
            b.as_str(),
            &format!("{:.4}", l.score),
            e.dob.label(),
            &sim(e.given),
            &sim(e.family),
            if e.swapped { "yes" } else { "no" },
        ])?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_read_and_refused_with_the_reason() {
        let c: Columns = "id=rec_id,given=g,family=f,dob=d,other=a,other=b"
            .parse()
            .unwrap();
        assert_eq!(c.id, "rec_id");
        assert_eq!(c.other, vec!["a", "b"]);
        for (spec, reason) in [
            ("given=g", "no id"),
            ("id=i,dob=d", "no given=COLUMN or family=COLUMN"),
            ("id=i,given=g,name=x", "unknown role `name`"),
            ("id=i,given=g,given=h", "given twice"),
            ("id=i,given", "not ROLE=COLUMN"),
            ("id=,given=g", "empty column name"),
        ] {
            let e = spec.parse::<Columns>().unwrap_err();
            assert!(e.contains(reason), "{spec}: {e}");
        }
    }

    /// What `read_clear` read when the `csv` crate trimmed the fields (`Trim::All`).
    fn read_by_csv(path: &Path) -> Result<Vec<Vec<String>>, String> {
        let mut r = csv::ReaderBuilder::new()
            .trim(csv::Trim::All)
            .flexible(true)
            .from_path(path)
            .unwrap();
        r.records()
            .map(|x| {
                x.map(|x| x.iter().map(String::from).collect())
                    .map_err(|e| e.to_string())
            })
            .collect()
    }

    #[test]
    fn fields_are_trimmed_and_checked_as_the_csv_crate_does() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("people.csv");
        let args = InputArgs {
            columns: "id=id,given=g,family=f,dob=d,other=o".parse().unwrap(),
            bad_rows: BadRows::Skip,
            lenient_dates: false,
        };
        let files: [&[u8]; 4] = [
            "id , g,f,d,o\n 1 ,\u{a0}Ann\u{3000}, Lee\t,1990-01-02 , x \n2,Bo,\"  Ng \",,\n"
                .as_bytes(),
            b"id,g,f,d,o\n1,Ann,Lee,,\n2, \xff Bo,Ng,,\n",
            b"id,g,f,d,o\n1,Ann,Lee,,\n2,Bo,Ng,,\t\xc3\xa9\xc3\n",
            b"id,g,f,d,o\n1,Ann,Lee,,\n2,Bo,Ng,,\n3\n",
        ];
        for text in files {
            std::fs::write(&path, text).unwrap();
            let (mut problems, mut fatal) = (Vec::new(), 0);
            let mine = read_clear(&path, &args, &mut problems, &mut fatal);
            match read_by_csv(&path) {
                Ok(want) => {
                    let got: Vec<Vec<String>> = mine
                        .unwrap()
                        .into_iter()
                        .map(|r| {
                            let mut v = vec![r.id, r.given, r.family];
                            v.extend(r.other);
                            v
                        })
                        .collect();
                    let want: Vec<Vec<String>> = want
                        .into_iter()
                        .filter(|w| w.len() == 5)
                        .map(|w| vec![w[0].clone(), w[1].clone(), w[2].clone(), w[4].clone()])
                        .collect();
                    assert_eq!(got, want);
                }
                Err(want) => assert_eq!(
                    mine.err().unwrap().to_string(),
                    format!("{}: not CSV: {want}", path.display())
                ),
            }
        }
    }

    #[test]
    fn dates_strict_and_lenient() {
        assert_eq!(parse_dob("", false).unwrap(), None);
        assert_eq!(
            show_dob(parse_dob("19651013", false).unwrap().unwrap()),
            "1965-10-13"
        );
        assert_eq!(
            show_dob(parse_dob("1965-10", false).unwrap().unwrap()),
            "1965-10"
        );
        assert!(parse_dob("19960094", false).unwrap_err().0.is_none());
        assert_eq!(
            show_dob(parse_dob("19960094", true).unwrap_err().0.unwrap()),
            "1996"
        );
        assert_eq!(
            show_dob(parse_dob("19900270", true).unwrap_err().0.unwrap()),
            "1990-02"
        );
        assert!(parse_dob("abc", true).unwrap_err().0.is_none());
    }
}
