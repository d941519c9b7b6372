//! Reading import files as clerks' spreadsheets write them: byte-order mark,
//! `,` or `;`, CRLF or LF, headers by key or Vietnamese label in any case and
//! order; rows streamed one by one, every problem located as `file:line`.
//! A workbook (.xlsx, .ods …) is read the same way from one of its sheets,
//! its problems located as `file:sheet:row`.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex, mpsc};
use std::thread;

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};

mod bytes;
mod rows;

use bytes::{csv_error, lock, read_error, utf8_fields_at};
pub use rows::Row;
use rows::{BATCHES_AHEAD, CsvRows, RowResult, Splitter, Widening};

use crate::error::{UserError, user_msg};
use crate::i18n::{Arg, Msg};
use crate::import::heading::{HEADER_SEARCH_ROWS, Layout, find_header, is_header, map_header};
use crate::import::place::place;
use crate::import::sheet::{self, SheetRows};
use crate::import::sniff::{self, Content};
use crate::import::{Problem, Problems};
use crate::output::Column;
use crate::progress::{Progress, Unit};

/// An import file as the command line names it: a path (`-` for standard
/// input) and, for a workbook, the sheet to read (else the first).
pub trait InputFile {
    fn path(&self) -> &str;
    fn sheet(&self) -> Option<&str> {
        None
    }
}

impl InputFile for str {
    fn path(&self) -> &str {
        self
    }
}

impl InputFile for String {
    fn path(&self) -> &str {
        self
    }
}

/// Where the rows come from.
enum Source {
    Csv(CsvRows),
    Sheet(SheetRows, Splitter),
}

/// An open import file: a CSV stream or a workbook's sheet.
pub struct CsvInput {
    pub name: String,
    source: Source,
    /// The line (sheet row) taken as the header.
    header_line: u64,
    hasher: Arc<Mutex<Sha256>>,
    progress: Progress,
    /// A wide file's rows become a row per group.
    widening: Option<Widening>,
}

impl CsvInput {
    /// Open an import file (`-` for standard input) and read its header.
    /// What the file is comes from its first bytes, not its name: a
    /// workbook is read as one whatever it is called; a Word document, a
    /// PDF or a text file named as a workbook is refused, saying so.
    pub fn open<F: InputFile + ?Sized>(file: &F, layout: &Layout) -> Result<CsvInput> {
        let path = file.path();
        let (name, mut raw, size): (String, Box<dyn Read + Send>, Option<u64>) = if path == "-" {
            ("<stdin>".to_string(), Box::new(io::stdin()), None)
        } else {
            let file = open_file(path, &layout.what)?;
            let size = file.metadata().ok().map(|m| m.len());
            (path.to_string(), Box::new(file), size)
        };
        let mut head = Vec::with_capacity(SNIFF_BYTES);
        (&mut raw)
            .take(SNIFF_BYTES as u64)
            .read_to_end(&mut head)
            .map_err(|e| cannot_read(&name, &e))?;
        if sniff::needs_whole(&head) {
            raw.read_to_end(&mut head)
                .map_err(|e| cannot_read(&name, &e))?;
        }
        match sniff::content(&head) {
            Content::Workbook(kind) => {
                return CsvInput::open_sheet(&name, kind, head, file.sheet(), layout);
            }
            Content::Other(what) => return Err(not_an_import_file(&name, what, layout)),
            Content::Text => {}
        }
        if path != "-" && sheet::kind_of(path).is_some() {
            return Err(text_named_as_workbook(&name, layout));
        }
        if let Some(sheet) = file.sheet() {
            return Err(user_msg(
                Msg::new("import-sheet-of-csv")
                    .arg("sheet", format!("{sheet:?}"))
                    .arg("path", path),
                Some(Msg::new("import-sheet-of-csv-hint")),
            ));
        }
        // A byte-order mark: an `--excel` export, or a file a spreadsheet
        // saved; its cells that `--excel` neutralised are read back whole.
        let excel = head.starts_with("\u{feff}".as_bytes());
        let hasher = Arc::new(Mutex::new(Sha256::new()));
        let read = Arc::new(AtomicU64::new(0));
        let mut buffered = BufReader::with_capacity(
            1 << 16,
            bytes::reader(
                Box::new(io::Cursor::new(head).chain(raw)) as Box<dyn Read + Send>,
                Arc::clone(&hasher),
                Arc::clone(&read),
            ),
        );
        let (header_line, first) = find_csv_header(&name, &mut buffered, layout)?;
        let delimiter = detect_delimiter(&first);
        let chained: Box<dyn Read + Send> = Box::new(io::Cursor::new(first).chain(buffered));
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .has_headers(false)
            .from_reader(chained);
        let line_offset = header_line - 1;
        let mut header = csv::ByteRecord::new();
        reader
            .read_byte_record(&mut header)
            .map_err(|e| csv_error(&name, header_line, e))?;
        let header = utf8_fields_at(&name, header_line, &header)?;
        let map = map_header(&place(&name, None, header_line), &header, layout)?;
        let mapping = map.mapping.clone();
        let progress = Progress::new(&name, Unit::Bytes, size);
        let splitter = Splitter {
            name: name.clone(),
            mapping: mapping.clone(),
            width: header.len(),
            columns: map.width(layout),
            line_offset,
            excel,
        };
        let (send, batches) = mpsc::sync_channel(BATCHES_AHEAD);
        let (give_back, spent) = mpsc::sync_channel(BATCHES_AHEAD);
        thread::Builder::new()
            .name("csv".into())
            .spawn(move || splitter.run(reader, &send, &spent))
            .context("cannot start the CSV reader")?;
        Ok(CsvInput {
            name,
            source: Source::Csv(CsvRows {
                batches,
                batch: Vec::new().into_iter(),
                spent: Vec::new(),
                give_back,
                read,
                mapping,
            }),
            header_line,
            hasher,
            progress,
            widening: Widening::new(&map, layout),
        })
    }

    /// Open sheet `wanted` (else the first) of the workbook `bytes` (read
    /// from `path`) and find its header.
    fn open_sheet(
        path: &str,
        kind: sheet::Kind,
        bytes: Vec<u8>,
        wanted: Option<&str>,
        layout: &Layout,
    ) -> Result<CsvInput> {
        let hasher = Arc::new(Mutex::new(Sha256::new()));
        lock(&hasher).update(&bytes);
        let mut rows = sheet::open(path, kind, bytes, wanted)?;
        let sheet = rows.sheet.clone();
        let place = |line: u64| place(path, Some(&sheet), line);
        // The first rows that hold anything, and where each one ends.
        let mut candidates = Vec::new();
        while candidates.len() < HEADER_SEARCH_ROWS {
            match rows.next_row() {
                None => break,
                Some((line, Ok(cells))) if cells.iter().any(|c| !c.trim().is_empty()) => {
                    let found = is_header(&cells, layout);
                    candidates.push((line, cells, rows.mark()));
                    if found {
                        break;
                    }
                }
                Some(_) => {}
            }
        }
        if candidates.is_empty() {
            return Err(no_header(&place(1), true, layout));
        }
        let cells: Vec<Vec<String>> = candidates.iter().map(|c| c.1.clone()).collect();
        let (line, header, after) = candidates.swap_remove(find_header(&cells, layout));
        rows.reset(after);
        // A sheet's used range may run past the last heading.
        let width = header
            .iter()
            .rposition(|c| !c.trim().is_empty())
            .map_or(0, |i| i + 1);
        let map = map_header(&place(line), &header[..width], layout)?;
        let widening = Widening::new(&map, layout);
        let columns = map.width(layout);
        let mapping = map.mapping;
        rows.set_month_columns(
            mapping
                .iter()
                .map(|m| {
                    m.is_some_and(|j| layout.columns.get(j).is_some_and(|c| c.key() == "month"))
                })
                .collect(),
        );
        let total = rows.height() as u64;
        Ok(CsvInput {
            name: path.to_string(),
            progress: Progress::new(path, Unit::Rows, Some(total)),
            source: Source::Sheet(
                rows,
                Splitter {
                    name: path.to_string(),
                    mapping,
                    width,
                    columns,
                    line_offset: 0,
                    excel: false,
                },
            ),
            header_line: line,
            hasher,
            widening,
        })
    }

    /// Does the file have the layout's column `j`?
    pub fn has_column(&self, j: usize) -> bool {
        let split = match &self.source {
            Source::Csv(rows) => &rows.mapping,
            Source::Sheet(_, split) => &split.mapping,
        };
        split.contains(&Some(j))
    }

    /// Refuse the import for its bad rows (in the `what` file), saying
    /// which row was taken as the header when title rows were skipped
    /// above it.
    pub fn refusal(&self, problems: Problems, what: &Msg) -> anyhow::Error {
        let count = problems.len();
        let lines: Vec<Msg> = problems.into_vec().into_iter().map(Problem::line).collect();
        let message = if self.header_line > 1 {
            Msg::new("import-refused-below-titles").arg("header", self.place(self.header_line))
        } else {
            Msg::new("import-refused")
        };
        let message = message
            .arg("problems", Arg::Lines(lines))
            .arg("count", count)
            .arg("what", what.clone());
        UserError::from_msg(message, Some(Msg::new("import-refused-hint"))).into()
    }

    /// `file:line`, or `file:sheet:row` for a workbook.
    fn place(&self, line: u64) -> String {
        match &self.source {
            Source::Csv(_) => place(&self.name, None, line),
            Source::Sheet(rows, _) => place(&self.name, Some(&rows.sheet), line),
        }
    }

    /// The next row, `Ok(Some(Err(message)))` for a row that cannot be read
    /// as the layout wants, `Err` for a file that cannot be read at all.
    fn next_row(&mut self) -> Result<Option<RowResult>> {
        let Some(widening) = &mut self.widening else {
            return self.next_source_row();
        };
        if let Some(row) = widening.queue.pop_front() {
            return Ok(Some(Ok(row)));
        }
        loop {
            let row = match self.next_source_row()? {
                None => return Ok(None),
                Some(Err(message)) => return Ok(Some(Err(message))),
                Some(Ok(row)) => row,
            };
            let line = row.line;
            let Some(widening) = &mut self.widening else {
                return Ok(Some(Ok(row)));
            };
            let expanded = widening.expand(&row);
            if let Source::Csv(rows) = &mut self.source {
                rows.spent.push(row.cells);
            }
            if let Err(message) = expanded {
                return Ok(Some(Err(self.at(line, message))));
            }
            if let Some(row) = self.widening.as_mut().and_then(|w| w.queue.pop_front()) {
                return Ok(Some(Ok(row)));
            }
        }
    }

    /// The next row as the file has it.
    fn next_source_row(&mut self) -> Result<Option<RowResult>> {
        match &mut self.source {
            Source::Csv(rows) => rows.next(&mut self.progress),
            Source::Sheet(rows, split) => Ok(split.next_sheet_row(rows, &mut self.progress)),
        }
    }

    /// The next row that can be read as the layout wants; each one that
    /// cannot is handed to `bad` and skipped.
    pub fn next_readable(&mut self, mut bad: impl FnMut(Problem)) -> Result<Option<Row>> {
        loop {
            match self.next_row()? {
                None => return Ok(None),
                Some(Ok(row)) => return Ok(Some(row)),
                Some(Err(message)) => bad(message),
            }
        }
    }

    /// Give a row's cells back to be refilled by a later row.
    pub fn recycle(&mut self, row: Row) {
        if row.group.is_some() {
            // A wide file's group row: refilled by the next groups.
            if let Some(widening) = &mut self.widening
                && widening.spare.len() < SPARE_ROWS
            {
                widening.spare.push(row.cells);
            }
        } else if let Source::Csv(rows) = &mut self.source {
            rows.spent.push(row.cells);
        }
    }

    /// The SHA-256 of the bytes read so far (the whole file once drained:
    /// the CSV thread has then read its last byte).
    pub fn sha256(&self) -> String {
        let digest = lock(&self.hasher).clone().finalize();
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The problem `message` at `file:line`, or `file:sheet:row` for a
    /// workbook.
    pub fn at(&self, line: u64, message: impl Into<Msg>) -> Problem {
        Problem {
            place: self.place(line),
            msg: message.into(),
        }
    }

    /// `at`, naming the wide file's column of `group` (the row's) where
    /// there is one: `file:sheet:row: Việc 3: message`.
    pub fn at_group(&self, line: u64, group: Option<u32>, message: impl Into<Msg>) -> Problem {
        let heading = group.and_then(|g| {
            self.widening
                .as_ref()
                .and_then(|w| w.groups.get(g as usize))
        });
        match heading {
            Some(group) => Problem {
                place: format!("{}: {}", self.place(line), group.heading),
                msg: message.into(),
            },
            None => self.at(line, message),
        }
    }
}

/// Open a file to import (a `what`), with the messages a clerk needs.
/// A file that could not be read, with the system's reason.
pub(super) fn cannot_read(path: &str, e: &io::Error) -> anyhow::Error {
    user_msg(
        Msg::new("import-cannot-read")
            .arg("path", path)
            .arg("reason", e.to_string()),
        Some(Msg::new("import-cannot-read-hint")),
    )
}

fn open_file(path: &str, what: &Msg) -> Result<File> {
    let p = Path::new(path);
    if p.is_dir() {
        return Err(user_msg(
            Msg::new("import-a-directory")
                .arg("path", path)
                .arg("what", what.clone()),
            None,
        ));
    }
    File::open(p).map_err(|e| cannot_read(path, &e))
}

/// The error for a file (or a workbook's sheet) without a header row,
/// located at `place`.
fn no_header(place: &str, sheet: bool, layout: &Layout) -> anyhow::Error {
    let keys = layout
        .columns
        .iter()
        .map(Column::key)
        .collect::<Vec<_>>()
        .join(",");
    let (message, hint) = if sheet {
        ("import-empty-sheet", "import-empty-sheet-hint")
    } else {
        ("import-empty-file", "import-empty-file-hint")
    };
    user_msg(
        Msg::new(message).arg("place", place),
        Some(Msg::new(hint).arg("keys", keys)),
    )
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

/// The group rows of a wide file kept to be refilled: more than a row has
/// groups.
const SPARE_ROWS: usize = 64;

/// The bytes read from a file to tell what it is.
const SNIFF_BYTES: usize = 8192;

/// A file that is not what an import reads, such as a Word document
/// (`what`, a catalogue id of `sniff`).
fn not_an_import_file(name: &str, what: &'static str, layout: &Layout) -> anyhow::Error {
    user_msg(
        Msg::new("import-not-an-import-file")
            .arg("name", name)
            .arg("is", Msg::new(what))
            .arg("what", layout.what.clone()),
        Some(Msg::new("import-not-an-import-file-hint").arg("what", layout.what.clone())),
    )
}

/// A text file whose name says it is a workbook.
fn text_named_as_workbook(name: &str, layout: &Layout) -> anyhow::Error {
    user_msg(
        Msg::new("import-text-named-as-workbook")
            .arg("name", name)
            .arg("what", layout.what.clone()),
        Some(Msg::new("import-text-named-as-workbook-hint")),
    )
}

/// Read the first lines of a CSV file (each bounded by `MAX_ROW_BYTES`)
/// until the header: the first line whose cells all name columns. Title
/// lines above it are dropped; returns the header's line number and the
/// bytes from the header on that were read.
fn find_csv_header<R: BufRead>(
    name: &str,
    input: &mut R,
    layout: &Layout,
) -> Result<(u64, Vec<u8>)> {
    let mut head = Vec::new();
    // (line number, where the line starts in `head`, its cells)
    let mut candidates: Vec<(u64, usize, Vec<String>)> = Vec::new();
    let mut line = 0;
    while candidates.len() < HEADER_SEARCH_ROWS {
        let start = head.len();
        let n = input
            .read_until(b'\n', &mut head)
            .map_err(|e| read_error(name, line + 1, e))?;
        if n == 0 {
            break;
        }
        line += 1;
        if line == 1 && head.starts_with("\u{feff}".as_bytes()) {
            head.drain(..3);
        }
        let text = &head[start..];
        if text.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let cells = split_line(name, line, text)?;
        let found = is_header(&cells, layout);
        candidates.push((line, start, cells));
        if found {
            break;
        }
    }
    if candidates.is_empty() {
        return Err(no_header(&place(name, None, 1), false, layout));
    }
    let cells: Vec<Vec<String>> = candidates.iter().map(|c| c.2.clone()).collect();
    let (header_line, start, _) = candidates.swap_remove(find_header(&cells, layout));
    Ok((header_line, head.split_off(start)))
}

/// The cells of one line, split at its own delimiter.
fn split_line(name: &str, line: u64, text: &[u8]) -> Result<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(detect_delimiter(text))
        .flexible(true)
        .has_headers(false)
        .from_reader(text);
    let mut record = csv::ByteRecord::new();
    reader
        .read_byte_record(&mut record)
        .map_err(|e| csv_error(name, line, e))?;
    utf8_fields_at(name, line, &record)
}
