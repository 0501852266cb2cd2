//! The encoded-person file (`docs/encoding.md`, "Encoded files"): what `malines encode`
//! writes and `malines link --encoded` reads. CSV with the header
//! `id,version,epoch,filter,dob,blocks`; no clear data.
//!
//! Reading never panics and never trusts the file: every row is checked (version, epoch,
//! filter length, token syntax, the number of keys), and every bad row is reported with its
//! line, its field and the reason.

use std::collections::HashSet;
use std::io::{Read, Write};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use crate::Filter;
use crate::person::{DobTokens, Encoded};
use crate::token::Version;

/// The header of an encoded file.
pub const HEADER: [&str; 6] = ["id", "version", "epoch", "filter", "dob", "blocks"];
/// Longest id accepted.
pub const MAX_ID: usize = 256;
/// Most blocking keys accepted per row.
pub const MAX_BLOCKS: usize = 32;
/// Date-of-birth token slots per row.
const DOB_SLOTS: usize = 14;

/// One person of an encoded file.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: String,
    pub encoded: Encoded,
}

/// A row that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {field}: {reason}")]
pub struct RowError {
    pub line: u64,
    pub field: &'static str,
    pub reason: String,
}

/// Why a whole file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("the header must be `{}`, found `{found}`", HEADER.join(","))]
    Header { found: String },
    #[error("line {line}: the rows are of epoch {found}, the file's first row of epoch {expected}")]
    MixedEpochs {
        line: u64,
        expected: u32,
        found: u32,
    },
    #[error(
        "line {line}: the rows are of encoding version {found}, the file's first row of version {expected}"
    )]
    MixedVersions {
        line: u64,
        expected: Version,
        found: Version,
    },
    #[error("line {line}: not CSV: {reason}")]
    Csv { line: u64, reason: String },
}

/// An encoded file read: the good rows, the bad ones, and the epoch and encoding version of
/// the rows.
#[derive(Debug, Default)]
pub struct Contents {
    pub epoch: Option<u32>,
    pub version: Option<Version>,
    pub rows: Vec<Row>,
    pub bad: Vec<RowError>,
}

/// Reads an encoded file.
pub fn read(input: impl Read) -> Result<Contents, FileError> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(input);
    let header = r.headers().map_err(|e| FileError::Csv {
        line: 1,
        reason: e.to_string(),
    })?;
    if header.iter().ne(HEADER.iter().copied()) {
        return Err(FileError::Header {
            found: header.iter().collect::<Vec<_>>().join(","),
        });
    }
    let mut out = Contents::default();
    let mut seen = HashSet::new();
    for record in r.records() {
        let record = match record {
            Ok(rec) => rec,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                return Err(FileError::Csv {
                    line,
                    reason: e.to_string(),
                });
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        match parse_row(&record, line) {
            Ok((epoch, version, row)) => {
                match out.version {
                    None => out.version = Some(version),
                    Some(v) if v != version => {
                        return Err(FileError::MixedVersions {
                            line,
                            expected: v,
                            found: version,
                        });
                    }
                    Some(_) => {}
                }
                match out.epoch {
                    None => out.epoch = Some(epoch),
                    Some(e) if e != epoch => {
                        return Err(FileError::MixedEpochs {
                            line,
                            expected: e,
                            found: epoch,
                        });
                    }
                    Some(_) => {}
                }
                if !seen.insert(row.id.clone()) {
                    out.bad.push(RowError {
                        line,
                        field: "id",
                        reason: format!("`{}` appears twice", row.id),
                    });
                    continue;
                }
                out.rows.push(row);
            }
            Err(e) => out.bad.push(e),
        }
    }
    Ok(out)
}

fn parse_row(record: &csv::StringRecord, line: u64) -> Result<(u32, Version, Row), RowError> {
    let err = |field: &'static str, reason: String| RowError {
        line,
        field,
        reason,
    };
    if record.len() != HEADER.len() {
        return Err(err(
            "row",
            format!("{} fields, expected {}", record.len(), HEADER.len()),
        ));
    }
    let get = |i: usize| record.get(i).unwrap_or("");
    let id = get(0);
    if id.is_empty() {
        return Err(err("id", "empty".into()));
    }
    if id.len() > MAX_ID {
        return Err(err("id", format!("longer than {MAX_ID} bytes")));
    }
    let Some(version) = Version::parse(get(1)) else {
        return Err(err(
            "version",
            format!(
                "`{}` is not a known encoding version (expected v1 or v2)",
                get(1)
            ),
        ));
    };
    let epoch: u32 = get(2)
        .parse()
        .map_err(|_| err("epoch", format!("`{}` is not a whole number", get(2))))?;
    let encoded =
        decode_fields(get(3), get(4), get(5)).map_err(|(field, reason)| err(field, reason))?;
    Ok((
        epoch,
        version,
        Row {
            id: id.to_string(),
            encoded,
        },
    ))
}

/// The text form of an encoding's three parts, as in an encoded file's `filter`, `dob` and
/// `blocks` columns and in the hub's wire format.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields {
    /// The filter's bytes, base64.
    pub filter: String,
    /// The 14 date-of-birth slots, `;`-separated, each 16 hex digits or empty.
    pub dob: String,
    /// The blocking keys, `;`-separated, 16 hex digits each.
    pub blocks: String,
}

/// Writes an encoding's parts as text.
pub fn encode_fields(e: &Encoded) -> Fields {
    let mut f = Fields::default();
    encode_into(e, &mut f);
    f
}

fn encode_into(e: &Encoded, out: &mut Fields) {
    let d = &e.dob;
    out.dob.clear();
    let tokens = [d.year, d.month, d.day, d.month_day, d.year_day, d.unordered];
    for (i, t) in tokens.iter().chain(d.masked.iter()).enumerate() {
        if i > 0 {
            out.dob.push(';');
        }
        if let Some(v) = t {
            push_hex(&mut out.dob, *v);
        }
    }
    out.blocks.clear();
    for (i, b) in e.blocks.iter().enumerate() {
        if i > 0 {
            out.blocks.push(';');
        }
        push_hex(&mut out.blocks, *b);
    }
    out.filter.clear();
    STANDARD.encode_string(e.filter.to_bytes(), &mut out.filter);
}

/// Reads an encoding from its parts, checking each: the error names the part (`filter`,
/// `dob`, `blocks`) and the reason.
pub fn decode_fields(
    filter: &str,
    dob: &str,
    blocks: &str,
) -> Result<Encoded, (&'static str, String)> {
    let bytes = STANDARD
        .decode(filter)
        .map_err(|_| ("filter", "not base64".to_string()))?;
    let bytes: [u8; crate::BITS / 8] = bytes.try_into().map_err(|b: Vec<u8>| {
        (
            "filter",
            format!("{} bytes, expected {}", b.len(), crate::BITS / 8),
        )
    })?;
    let filter = Filter::from_bytes(&bytes);
    let slots: Vec<&str> = dob.split(';').collect();
    if slots.len() != DOB_SLOTS {
        return Err((
            "dob",
            format!("{} slots, expected {DOB_SLOTS}", slots.len()),
        ));
    }
    let mut tokens = Vec::with_capacity(DOB_SLOTS);
    for s in &slots {
        tokens.push(if s.is_empty() {
            None
        } else {
            Some(hex64(s).ok_or_else(|| ("dob", format!("`{s}` is not 16 hex digits")))?)
        });
    }
    let t = |i: usize| tokens.get(i).copied().flatten();
    let mut masked = [None; 8];
    for (k, m) in masked.iter_mut().enumerate() {
        *m = t(6 + k);
    }
    let dob = DobTokens {
        year: t(0),
        month: t(1),
        day: t(2),
        month_day: t(3),
        year_day: t(4),
        unordered: t(5),
        masked,
    };
    let mut keys = Vec::new();
    if !blocks.is_empty() {
        for s in blocks.split(';') {
            if keys.len() >= MAX_BLOCKS {
                return Err(("blocks", format!("more than {MAX_BLOCKS} keys")));
            }
            keys.push(hex64(s).ok_or_else(|| ("blocks", format!("`{s}` is not 16 hex digits")))?);
        }
    }
    keys.sort_unstable();
    keys.dedup();
    Ok(Encoded {
        filter,
        dob,
        blocks: keys,
    })
}

/// Appends 16 lower-case hexadecimal digits.
fn push_hex(out: &mut String, v: u64) {
    let mut buf = [0u8; 16];
    if hex::encode_to_slice(v.to_be_bytes(), &mut buf).is_ok() {
        out.extend(buf.iter().map(|&b| char::from(b)));
    }
}

/// Exactly 16 hex digits (either case) as a number. Read for every date token and blocking
/// key of every record a hub receives, so without `from_str_radix`'s generality.
fn hex64(s: &str) -> Option<u64> {
    let b: &[u8; 16] = s.as_bytes().try_into().ok()?;
    let mut v = 0u64;
    let mut bad = 0u8;
    for &c in b {
        let d = HEX_VALUE.get(usize::from(c)).copied().unwrap_or(0xff);
        bad |= d;
        v = (v << 4) | u64::from(d & 0x0f);
    }
    // Non-digits are 0xff in the table: one of them sets the high bits.
    (bad & 0xf0 == 0).then_some(v)
}

/// The value of each byte as a hex digit, 0xff for a byte that is none.
// Evaluated at compile time: an index out of bounds would fail the build, not panic.
#[allow(clippy::indexing_slicing)]
const HEX_VALUE: [u8; 256] = {
    let mut t = [0xffu8; 256];
    let mut i = 0;
    while i < 10 {
        t[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        t[b'a' as usize + i] = 10 + i as u8;
        t[b'A' as usize + i] = 10 + i as u8;
        i += 1;
    }
    t
};

/// Writes an encoded file.
pub fn write<'a>(
    mut out: impl Write,
    epoch: u32,
    version: Version,
    rows: impl IntoIterator<Item = (&'a str, &'a Encoded)>,
) -> std::io::Result<()> {
    const FLUSH: usize = 1 << 16;
    let w = RowWriter::new(epoch, version);
    let mut buf = Vec::with_capacity(FLUSH + 1024);
    RowWriter::header(&mut buf);
    for (id, e) in rows {
        w.push(&mut buf, id, e);
        if buf.len() >= FLUSH {
            out.write_all(&buf)?;
            buf.clear();
        }
    }
    out.write_all(&buf)?;
    out.flush()
}

/// The lines of an encoded file as bytes, as [`write`] writes them (CSV, `\n` after each
/// line, the id quoted when it holds a `,`, a `"` or a line break): for a file written in
/// parts, each made on its own thread into its own buffer.
#[derive(Debug, Clone)]
pub struct RowWriter {
    epoch: String,
    version: Version,
}

impl RowWriter {
    pub fn new(epoch: u32, version: Version) -> Self {
        RowWriter {
            version,
            epoch: epoch.to_string(),
        }
    }

    /// Appends the header line.
    pub fn header(out: &mut Vec<u8>) {
        out.extend_from_slice(HEADER.join(",").as_bytes());
        out.push(b'\n');
    }

    /// Appends the line of one person.
    pub fn push(&self, out: &mut Vec<u8>, id: &str, e: &Encoded) {
        push_field(out, id.as_bytes());
        out.push(b',');
        out.extend_from_slice(self.version.label().as_bytes());
        out.push(b',');
        out.extend_from_slice(self.epoch.as_bytes());
        out.push(b',');
        let bytes = e.filter.to_bytes();
        let start = out.len();
        out.resize(start + FILTER_BASE64, 0);
        let written = out
            .get_mut(start..)
            .and_then(|room| STANDARD.encode_slice(bytes, room).ok());
        out.truncate(start + written.unwrap_or(0));
        out.push(b',');
        let d = &e.dob;
        let tokens = [d.year, d.month, d.day, d.month_day, d.year_day, d.unordered];
        for (i, t) in tokens.iter().chain(d.masked.iter()).enumerate() {
            if i > 0 {
                out.push(b';');
            }
            if let Some(v) = t {
                push_hex_bytes(out, *v);
            }
        }
        out.push(b',');
        for (i, b) in e.blocks.iter().enumerate() {
            if i > 0 {
                out.push(b';');
            }
            push_hex_bytes(out, *b);
        }
        out.push(b'\n');
    }
}

/// Length of a filter in base64.
const FILTER_BASE64: usize = crate::BITS / 8 / 3 * 4 + 4;

/// Appends a CSV field as the `csv` crate writes it by default: quoted, its quotes doubled,
/// when it holds the delimiter, a quote or a line break.
fn push_field(out: &mut Vec<u8>, field: &[u8]) {
    if !field
        .iter()
        .any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
    {
        out.extend_from_slice(field);
        return;
    }
    out.push(b'"');
    for &b in field {
        if b == b'"' {
            out.push(b'"');
        }
        out.push(b);
    }
    out.push(b'"');
}

/// Appends 16 lower-case hexadecimal digits.
fn push_hex_bytes(out: &mut Vec<u8>, v: u64) {
    let mut buf = [0u8; 16];
    if hex::encode_to_slice(v.to_be_bytes(), &mut buf).is_ok() {
        out.extend_from_slice(&buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::person::{Encoder, Person};
    use crate::token::LinkageSecret;
    use malines_names::name::BirthDate;
    use proptest::prelude::*;

    proptest! {
        /// The hand-written reader of 16 hex digits reads what the standard library does,
        /// and refuses what it refuses (signs, other lengths, non-ASCII bytes).
        #[test]
        fn hex64_reads_as_from_str_radix(s in "[0-9a-fA-F+g-]{14,17}|[0-9a-f]{15}\\PC") {
            let expected = if s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit()) {
                u64::from_str_radix(&s, 16).ok()
            } else {
                None
            };
            prop_assert_eq!(hex64(&s), expected);
        }

        #[test]
        fn hex64_reads_every_number(v in any::<u64>()) {
            prop_assert_eq!(hex64(&format!("{v:016x}")), Some(v));
            prop_assert_eq!(hex64(&format!("{v:016X}")), Some(v));
        }
    }

    fn sample() -> Vec<(String, Encoded)> {
        let mut e = Encoder::new(&LinkageSecret::new(3, [1; 32]));
        [
            ("p1", "Khalid", "El Amrani", "1987-03-12"),
            ("p2", "Amina", "Tazi", "1990"),
            ("p3", "", "Benali", ""),
        ]
        .iter()
        .map(|(id, g, f, d)| {
            let enc = e
                .encode(&Person {
                    given: g,
                    family: f,
                    dob: BirthDate::parse(d),
                    other: Vec::new(),
                })
                .unwrap();
            (id.to_string(), enc)
        })
        .collect()
    }

    fn written(rows: &[(String, Encoded)]) -> String {
        let mut out = Vec::new();
        write(
            &mut out,
            3,
            Version::V1,
            rows.iter().map(|(i, e)| (i.as_str(), e)),
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn what_is_written_reads_back_the_same() {
        let rows = sample();
        let text = written(&rows);
        assert!(text.starts_with("id,version,epoch,filter,dob,blocks\n"));
        let c = read(text.as_bytes()).unwrap();
        assert_eq!(c.epoch, Some(3));
        assert_eq!(c.version, Some(Version::V1));
        assert!(c.bad.is_empty());
        assert_eq!(c.rows.len(), 3);
        for (r, (id, e)) in c.rows.iter().zip(&rows) {
            assert_eq!(&r.id, id);
            assert_eq!(&r.encoded, e);
        }
    }

    #[test]
    fn bad_rows_are_reported_with_line_field_and_reason() {
        let text = written(&sample());
        let mut lines: Vec<String> = text.lines().map(String::from).collect();
        let good = lines[1].clone();
        let fields: Vec<&str> = good.split(',').collect();
        let with = |i: usize, v: &str| {
            let mut f = fields.clone();
            f[i] = v;
            f.join(",")
        };
        lines.push(with(0, "")); // line 5
        lines.push(with(1, "v9")); // 6
        lines.push(with(2, "-1")); // 7
        lines.push(with(3, "AAAA")); // 8
        lines.push(with(4, "zz;;")); // 9
        lines.push(with(5, "123")); // 10
        lines.push(good.clone()); // 11: id repeated
        lines.push("x,v1".into()); // 12
        let c = read(lines.join("\n").as_bytes()).unwrap();
        assert_eq!(c.rows.len(), 3);
        let got: Vec<(u64, &str)> = c.bad.iter().map(|b| (b.line, b.field)).collect();
        assert_eq!(
            got,
            vec![
                (5, "id"),
                (6, "version"),
                (7, "epoch"),
                (8, "filter"),
                (9, "dob"),
                (10, "blocks"),
                (11, "id"),
                (12, "row")
            ]
        );
        assert!(
            c.bad[3].reason.contains("3 bytes, expected 128"),
            "{}",
            c.bad[3]
        );
        assert!(c.bad[6].reason.contains("appears twice"));
    }

    #[test]
    fn a_wrong_header_or_mixed_epochs_refuse_the_file() {
        assert!(matches!(
            read("id,filter\n".as_bytes()),
            Err(FileError::Header { .. })
        ));
        let text = written(&sample());
        let mixed = text.replacen(",v1,3,", ",v1,4,", 1);
        assert!(matches!(
            read(mixed.as_bytes()),
            Err(FileError::MixedEpochs {
                line: 3,
                expected: 4,
                found: 3
            })
        ));
        let mixed = text.replacen(",v1,3,", ",v2,3,", 1);
        assert!(matches!(
            read(mixed.as_bytes()),
            Err(FileError::MixedVersions {
                line: 3,
                expected: Version::V2,
                found: Version::V1
            })
        ));
    }

    /// What `write` wrote with `csv::Writer` before it wrote rows itself.
    fn written_by_csv(epoch: u32, rows: &[(String, Encoded)]) -> Vec<u8> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(HEADER).unwrap();
        let epoch = epoch.to_string();
        for (id, e) in rows {
            let f = encode_fields(e);
            w.write_record([id, "v2", &epoch, &f.filter, &f.dob, &f.blocks])
                .unwrap();
        }
        w.into_inner().unwrap()
    }

    proptest! {
        #[test]
        fn rows_are_written_as_the_csv_crate_writes_them(
            ids in proptest::collection::vec(prop_oneof!["(?s).{0,12}", "[a,\"\r\n ]{0,6}"], 1..4),
            epoch in any::<u32>(),
        ) {
            let encoded = sample();
            let rows: Vec<(String, Encoded)> = ids
                .iter()
                .zip(encoded.iter().cycle())
                .map(|(id, (_, e))| (id.clone(), e.clone()))
                .collect();
            let mut mine = Vec::new();
            write(&mut mine, epoch, Version::V2, rows.iter().map(|(i, e)| (i.as_str(), e))).unwrap();
            prop_assert_eq!(
                String::from_utf8(mine).unwrap(),
                String::from_utf8(written_by_csv(epoch, &rows)).unwrap()
            );
        }

        #[test]
        fn any_input_reads_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            let mut input = b"id,version,epoch,filter,dob,blocks\n".to_vec();
            input.extend(bytes);
            let _ = read(input.as_slice());
        }
    }
}
