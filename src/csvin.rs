//! Reading import files as clerks' spreadsheets write them: byte-order mark,
//! `,` or `;`, CRLF or LF, headers by key or Vietnamese label in any case and
//! order; rows streamed one by one, every problem located as `file:line`.

use std::cell::RefCell;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::rc::Rc;

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};

use crate::error::{user_error, user_error_hint};
use crate::output::Column;
use crate::text::fold;

/// Feeds every byte read into a SHA-256, for the audit log.
struct HashingReader<R> {
    inner: R,
    hasher: Rc<RefCell<Sha256>>,
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.borrow_mut().update(&buf[..n]);
        Ok(n)
    }
}

/// Reads CRLF as LF and ends the stream with a LF. The csv crate's record
/// positions count a CRLF or a skipped blank line into the next record, so
/// lines are counted from where a record ends instead (see `next_row`),
/// which needs every record to end with one LF.
struct CrlfToLf<R> {
    inner: R,
    pending_cr: bool,
    last: u8,
}

impl<R: Read> Read for CrlfToLf<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if out.len() < 2 {
            return self.inner.read(out);
        }
        loop {
            let offset = usize::from(self.pending_cr);
            if self.pending_cr {
                out[0] = b'\r';
            }
            let n = self.inner.read(&mut out[offset..])?;
            self.pending_cr = false;
            if n == 0 {
                if offset == 0 && self.last != b'\n' && self.last != 0 {
                    out[0] = b'\n';
                    self.last = b'\n';
                    return Ok(1);
                }
                if offset == 1 {
                    self.last = b'\r';
                }
                return Ok(offset);
            }
            let total = offset + n;
            let mut len = total;
            if out[..total].contains(&b'\r') {
                len = 0;
                for i in 0..total {
                    if out[i] == b'\r' && i + 1 < total && out[i + 1] == b'\n' {
                        continue;
                    }
                    out[len] = out[i];
                    len += 1;
                }
                // A CR at the end of this read may pair with the next read's LF.
                if out[len - 1] == b'\r' {
                    self.pending_cr = true;
                    len -= 1;
                }
            }
            if len > 0 {
                self.last = out[len - 1];
                return Ok(len);
            }
        }
    }
}

/// What an import file may hold.
pub struct Layout {
    /// The columns, in the order the importer wants them.
    pub columns: &'static [Column],
    /// Keys of the columns that must be present.
    pub required: &'static [&'static str],
    /// Read-only columns that exports add and imports ignore.
    pub ignored: &'static [&'static str],
}

/// One data row: its line and its cells in the layout's column order
/// (empty where the file has no such column).
pub struct Row {
    pub line: u64,
    pub cells: Vec<String>,
}

impl Row {
    pub fn get(&self, i: usize) -> &str {
        &self.cells[i]
    }
}

/// An open import file.
pub struct CsvInput {
    pub name: String,
    reader: csv::Reader<Box<dyn Read>>,
    hasher: Rc<RefCell<Sha256>>,
    /// For each file column: the layout column it feeds, or None if ignored.
    mapping: Vec<Option<usize>>,
    width: usize,
    record: csv::ByteRecord,
}

impl CsvInput {
    /// Open `path` (`-` for standard input) and read its header.
    pub fn open(path: &str, layout: &Layout) -> Result<CsvInput> {
        let (name, raw): (String, Box<dyn Read>) = if path == "-" {
            ("<stdin>".to_string(), Box::new(io::stdin()))
        } else {
            let p = Path::new(path);
            if p.is_dir() {
                return Err(user_error(format!("{path} is a directory, not a CSV file")));
            }
            let file = File::open(p).map_err(|e| {
                user_error_hint(
                    format!("cannot read {path}: {e}"),
                    "check the file name and that you may read it",
                )
            })?;
            (path.to_string(), Box::new(file))
        };
        let hasher = Rc::new(RefCell::new(Sha256::new()));
        let mut buffered = BufReader::with_capacity(
            1 << 16,
            CrlfToLf {
                inner: HashingReader {
                    inner: raw,
                    hasher: Rc::clone(&hasher),
                },
                pending_cr: false,
                last: 0,
            },
        );
        let mut first = Vec::new();
        buffered
            .read_until(b'\n', &mut first)
            .with_context(|| format!("cannot read {name}"))?;
        if first.starts_with("\u{feff}".as_bytes()) {
            first.drain(..3);
        }
        if first.iter().all(|b| b.is_ascii_whitespace()) {
            return Err(user_error_hint(
                format!("{name}:1: the file is empty: it has no header row"),
                format!(
                    "the first line names the columns, such as: {}",
                    layout
                        .columns
                        .iter()
                        .map(Column::key)
                        .collect::<Vec<_>>()
                        .join(",")
                ),
            ));
        }
        let delimiter = detect_delimiter(&first);
        let chained: Box<dyn Read> = Box::new(io::Cursor::new(first).chain(buffered));
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .has_headers(false)
            .from_reader(chained);
        let mut header = csv::ByteRecord::new();
        reader
            .read_byte_record(&mut header)
            .map_err(|e| csv_error(&name, e))?;
        let header = utf8_fields_at(&name, 1, &header)?;
        let mapping = map_header(&name, &header, layout)?;
        Ok(CsvInput {
            name,
            reader,
            hasher,
            width: header.len(),
            mapping,
            record: csv::ByteRecord::new(),
        })
    }

    /// The next row, `Ok(Some(Err(message)))` for a row that cannot be read
    /// as the layout wants, `Err` for a file that cannot be read at all.
    pub fn next_row(&mut self, columns: usize) -> Result<Option<Result<Row, String>>> {
        loop {
            if !self
                .reader
                .read_byte_record(&mut self.record)
                .map_err(|e| csv_error(&self.name, e))?
            {
                return Ok(None);
            }
            // The record's first line: the reader now stands on the line
            // after the record's final LF; quoted cells may hold more LFs.
            let inner_lines = self
                .record
                .as_slice()
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            let line = self.reader.position().line() - 1 - inner_lines as u64;
            if self
                .record
                .iter()
                .all(|f| f.iter().all(u8::is_ascii_whitespace))
            {
                continue;
            }
            let fields = utf8_fields_at(&self.name, line, &self.record)?;
            if fields.len() != self.width {
                return Ok(Some(Err(format!(
                    "{}:{line}: {} cells where the header has {}; check for a stray delimiter or a missing quote",
                    self.name,
                    fields.len(),
                    self.width
                ))));
            }
            if let Some(i) = fields.iter().position(|f| f.contains('\0')) {
                return Ok(Some(Err(format!(
                    "{}:{line}: column {}: the cell holds a NUL byte; remove it",
                    self.name,
                    i + 1
                ))));
            }
            let mut cells = vec![String::new(); columns];
            for (value, target) in fields.into_iter().zip(&self.mapping) {
                if let Some(t) = target {
                    cells[*t] = value;
                }
            }
            return Ok(Some(Ok(Row { line, cells })));
        }
    }

    /// The SHA-256 of the bytes read so far (the whole file once drained).
    pub fn sha256(&self) -> String {
        let digest = self.hasher.borrow().clone().finalize();
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// `file:line: message`.
    pub fn at(&self, line: u64, message: impl std::fmt::Display) -> String {
        format!("{}:{line}: {message}", self.name)
    }
}

/// `;` when the header has more semicolons than commas outside quotes.
fn detect_delimiter(header: &[u8]) -> u8 {
    let (mut commas, mut semicolons, mut quoted) = (0, 0, false);
    for &b in header {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas { b';' } else { b',' }
}

fn csv_error(name: &str, e: csv::Error) -> anyhow::Error {
    let line = e.position().map_or(0, |p| p.line());
    match e.into_kind() {
        csv::ErrorKind::Io(io) => anyhow::Error::new(io).context(format!("cannot read {name}")),
        other => user_error(format!("{name}:{line}: cannot read the CSV: {other:?}")),
    }
}

fn utf8_fields_at(name: &str, line: u64, record: &csv::ByteRecord) -> Result<Vec<String>> {
    record
        .iter()
        .map(|field| {
            std::str::from_utf8(field).map(str::to_string).map_err(|_| {
                user_error_hint(
                    format!("{name}:{line}: the file is not UTF-8 (a byte here is in another encoding, such as Windows-1258)"),
                    "in Excel use File > Save As > \"CSV UTF-8 (Comma delimited)\"; in LibreOffice choose the character set \"Unicode (UTF-8)\"",
                )
            })
        })
        .collect()
}

fn map_header(name: &str, header: &[String], layout: &Layout) -> Result<Vec<Option<usize>>> {
    let mut mapping = Vec::with_capacity(header.len());
    let mut seen = vec![false; layout.columns.len()];
    let mut problems = Vec::new();
    for (i, cell) in header.iter().enumerate() {
        let wanted = fold(cell);
        let found = layout
            .columns
            .iter()
            .position(|c| wanted == c.key() || wanted == fold(&c.vi) || wanted == fold(&c.en));
        match found {
            Some(j) if seen[j] => {
                problems.push(format!(
                    "{name}:1: column {} ({cell:?}) repeats the column {}",
                    i + 1,
                    layout.columns[j].key
                ));
                mapping.push(None);
            }
            Some(j) => {
                seen[j] = true;
                mapping.push(Some(j));
            }
            None if layout.ignored.contains(&wanted.as_str()) => mapping.push(None),
            None => {
                problems.push(format!(
                    "{name}:1: column {} ({cell:?}) is not a known column",
                    i + 1
                ));
                mapping.push(None);
            }
        }
    }
    for key in layout.required {
        let j = layout.columns.iter().position(|c| c.key() == *key);
        if j.is_none_or(|j| !seen[j]) {
            problems.push(format!("{name}:1: the required column {key} is missing"));
        }
    }
    if problems.is_empty() {
        Ok(mapping)
    } else {
        Err(user_error_hint(
            problems.join("\n"),
            format!(
                "the columns are: {} (or their Vietnamese labels)",
                layout
                    .columns
                    .iter()
                    .map(Column::key)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ))
    }
}

/// A yes/no cell: `true`/`false`, `yes`/`no`, `1`/`0`, `x`/empty, `có`/`không`.
pub fn parse_yes_no(s: &str) -> Option<bool> {
    match fold(s).as_str() {
        "true" | "yes" | "1" | "x" | "co" => Some(true),
        "false" | "no" | "0" | "" | "khong" => Some(false),
        _ => None,
    }
}

/// The outcome of an import, for the clerk and the audit log.
#[derive(Debug, Default, serde::Serialize)]
pub struct ImportCounts {
    pub file: String,
    pub sha256: String,
    pub added: u64,
    pub replaced: u64,
}

/// Turn the collected row problems into one error listing them all.
pub fn refuse(problems: Vec<String>, what: &str) -> anyhow::Error {
    let count = problems.len();
    user_error_hint(
        format!(
            "{}\n{count} bad row{} in the {what} file; nothing was imported",
            problems.join("\n"),
            if count == 1 { "" } else { "s" }
        ),
        "correct these rows and import the file again (--dry-run checks without writing)",
    )
}
