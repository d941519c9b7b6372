//! Reading import files as clerks' spreadsheets write them: byte-order mark,
//! `,` or `;`, CRLF or LF, headers by key or Vietnamese label in any case and
//! order; rows streamed one by one, every problem located as `file:line`.
//! A workbook (.xlsx, .ods …) is read the same way from one of its sheets,
//! its problems located as `file:sheet:row`.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::thread;

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};

use crate::error::{user_error, user_error_hint};
pub use crate::heading::Layout;
use crate::heading::{Group, HEADER_SEARCH_ROWS, HeaderMap, find_header, is_header, map_header};
use crate::output::Column;
use crate::progress::{Progress, Unit};
use crate::sheetin::{self, MAX_ROW_BYTES, SheetRows};
use crate::sniff::{self, Content};
use crate::text::fold;

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

/// Feeds every byte read into a SHA-256, for the audit log, and counts
/// them, for the progress bar.
struct HashingReader<R> {
    inner: R,
    hasher: Arc<Mutex<Sha256>>,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        lock(&self.hasher).update(&buf[..n]);
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// The hasher, even if a thread panicked holding it (it then holds the
/// bytes hashed so far, which is all a hash of a half-read file can be).
fn lock(hasher: &Mutex<Sha256>) -> std::sync::MutexGuard<'_, Sha256> {
    hasher
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Reads CRLF and a lone CR as LF and ends the stream with a LF. The csv crate's record
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
                    out[0] = b'\n';
                    self.last = b'\n';
                }
                return Ok(offset);
            }
            let total = offset + n;
            let mut len = total;
            if out[..total].contains(&b'\r') {
                len = 0;
                for i in 0..total {
                    if out[i] != b'\r' {
                        out[len] = out[i];
                        len += 1;
                    } else if i + 1 == total {
                        // It may pair with the next read's LF.
                        self.pending_cr = true;
                    } else if out[i + 1] != b'\n' {
                        // A lone CR ends a line, as old Mac files write them.
                        out[len] = b'\n';
                        len += 1;
                    }
                }
            }
            if len > 0 {
                self.last = out[len - 1];
                return Ok(len);
            }
        }
    }
}

/// Fails a read once a line runs past `MAX_ROW_BYTES`, so that a file
/// without line ends (a NUL-filled disk image, a binary) is refused before
/// the CSV reader holds it all. It looks at each read's first and last LF,
/// never at each byte.
struct LineLimit<R> {
    inner: R,
    /// Bytes since the last LF.
    run: usize,
}

/// The error a `LineLimit` read fails with.
#[derive(Debug)]
struct LineTooLong;

impl std::fmt::Display for LineTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a line is longer than {MAX_ROW_BYTES} bytes")
    }
}

impl std::error::Error for LineTooLong {}

impl<R: Read> Read for LineLimit<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let chunk = &buf[..n];
        let first = memchr::memchr(b'\n', chunk).unwrap_or(n);
        if self.run + first > MAX_ROW_BYTES {
            return Err(io::Error::other(LineTooLong));
        }
        self.run = match memchr::memrchr(b'\n', chunk) {
            Some(last) => n - last - 1,
            None => self.run + n,
        };
        Ok(n)
    }
}

/// One data row: its line (its row number on a sheet) and its cells in the
/// layout's column order (empty where the file has no such column).
pub struct Row {
    pub line: u64,
    pub cells: Vec<String>,
    /// In a wide file, the group (counted from 0) the row comes from.
    pub group: Option<u32>,
}

impl Row {
    pub fn get(&self, i: usize) -> &str {
        &self.cells[i]
    }
}

/// Where the rows come from.
enum Source {
    Csv(CsvRows),
    Sheet(SheetRows, Splitter),
}

/// A row as the CSV thread sends it, or what keeps it from being read as
/// the layout wants (`file:line: …`).
type RowResult = Result<Row, String>;

/// Rows the CSV thread sends at a time, and batches it may read ahead.
const BATCH_ROWS: usize = 1024;
const BATCHES_AHEAD: usize = 4;

/// A CSV file read on a thread of its own: bytes, hash, CSV syntax, UTF-8
/// and cells are done there while the importer checks and writes the rows
/// before them (a report file has millions). The thread stops at the end of
/// the file, at an error it sends, or when the importer drops the rows.
struct CsvRows {
    batches: mpsc::Receiver<Result<Vec<RowResult>>>,
    batch: std::vec::IntoIter<RowResult>,
    /// Cells the importer is done with, handed back to be filled again
    /// instead of allocating every cell anew.
    spent: Vec<Vec<String>>,
    give_back: mpsc::SyncSender<Vec<Vec<String>>>,
    /// Bytes read so far.
    read: Arc<AtomicU64>,
    /// The splitter's mapping of the file's columns.
    mapping: Vec<Option<usize>>,
}

/// What turns the cells of a record (or a sheet's row) into a row.
struct Splitter {
    name: String,
    /// For each file column: the layout column it feeds, or None if ignored.
    mapping: Vec<Option<usize>>,
    /// The file's columns (the header's cells).
    width: usize,
    /// The layout's columns: the cells of every row.
    columns: usize,
    /// Lines above the header (title rows skipped), added to the line
    /// numbers the CSV reader counts from the header.
    line_offset: u64,
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

/// What turns a wide file's row (the layout's cells, then each group's)
/// into a row of the layout per group that holds anything.
struct Widening {
    /// The layout's columns.
    base: usize,
    /// The layout column the group's number goes to.
    number: usize,
    /// The layout column each cell of a group goes to.
    slots: Vec<usize>,
    groups: Vec<Group>,
    queue: std::collections::VecDeque<Row>,
}

impl Widening {
    fn new(map: &HeaderMap, layout: &Layout) -> Option<Widening> {
        let wide = layout.wide.filter(|_| !map.groups.is_empty())?;
        let column = |key: &str| layout.columns.iter().position(|c| c.key() == key);
        Some(Widening {
            base: layout.columns.len(),
            number: column(wide.number)?,
            slots: wide
                .cells
                .iter()
                .map(|(key, _)| column(key))
                .collect::<Option<Vec<usize>>>()?,
            groups: map.groups.clone(),
            queue: Default::default(),
        })
    }

    /// Queue the rows of the wide `row`; a row whose groups are all empty
    /// stands for nothing. A group with cells but no first cell (a note
    /// without a status) is an error, the message naming the group's column.
    fn expand(&mut self, row: Row) -> Result<(), String> {
        let width = self.slots.len();
        for (g, group) in self.groups.iter().enumerate() {
            let at = self.base + g * width;
            let cells = &row.cells[at..at + width];
            if cells[0].trim().is_empty() {
                if cells.iter().any(|c| !c.trim().is_empty()) {
                    return Err(format!(
                        "{}: the cell is empty but the other cells of number {} are filled; fill it or clear them",
                        group.heading, group.no
                    ));
                }
                continue;
            }
            let mut cells: Vec<String> = row.cells[..self.base].to_vec();
            cells[self.number] = group.no.to_string();
            for (s, &target) in self.slots.iter().enumerate() {
                cells[target] = row.cells[at + s].clone();
            }
            self.queue.push_back(Row {
                line: row.line,
                cells,
                group: Some(u32::try_from(g).unwrap_or(u32::MAX)),
            });
        }
        Ok(())
    }
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
            let file = open_file(path, &format!("a {}", layout.what))?;
            let size = file.metadata().ok().map(|m| m.len());
            (path.to_string(), Box::new(file), size)
        };
        let mut head = Vec::with_capacity(SNIFF_BYTES);
        (&mut raw)
            .take(SNIFF_BYTES as u64)
            .read_to_end(&mut head)
            .with_context(|| format!("cannot read {name}"))?;
        if sniff::needs_whole(&head) {
            raw.read_to_end(&mut head)
                .with_context(|| format!("cannot read {name}"))?;
        }
        match sniff::content(&head) {
            Content::Workbook(kind) => {
                return CsvInput::open_sheet(&name, kind, head, file.sheet(), layout);
            }
            Content::Other(what) => return Err(not_an_import_file(&name, what, layout)),
            Content::Text => {}
        }
        if path != "-" && sheetin::kind_of(path).is_some() {
            return Err(text_named_as_workbook(&name, layout));
        }
        if let Some(sheet) = file.sheet() {
            return Err(user_error_hint(
                format!("--sheet {sheet:?}: {path} is not a workbook"),
                "--sheet chooses a sheet of an .xlsx or .ods file; a CSV file has none",
            ));
        }
        let hasher = Arc::new(Mutex::new(Sha256::new()));
        let read = Arc::new(AtomicU64::new(0));
        let mut buffered = BufReader::with_capacity(
            1 << 16,
            LineLimit {
                inner: CrlfToLf {
                    inner: HashingReader {
                        inner: Box::new(io::Cursor::new(head).chain(raw)) as Box<dyn Read + Send>,
                        hasher: Arc::clone(&hasher),
                        count: Arc::clone(&read),
                    },
                    pending_cr: false,
                    last: 0,
                },
                run: 0,
            },
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
        let map = map_header(&format!("{name}:{header_line}"), &header, layout)?;
        let mapping = map.mapping.clone();
        let progress = Progress::new(&name, Unit::Bytes, size);
        let splitter = Splitter {
            name: name.clone(),
            mapping: mapping.clone(),
            width: header.len(),
            columns: map.width(layout),
            line_offset,
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
        kind: sheetin::Kind,
        bytes: Vec<u8>,
        wanted: Option<&str>,
        layout: &Layout,
    ) -> Result<CsvInput> {
        let hasher = Arc::new(Mutex::new(Sha256::new()));
        lock(&hasher).update(&bytes);
        let mut rows = sheetin::open(path, kind, bytes, wanted)?;
        let sheet = rows.sheet.clone();
        let place = |line: u64| format!("{path}:{sheet}:{line}");
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
            return Err(no_header(&place(1), "sheet", layout));
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

    /// Refuse the import for its bad rows (`text`, `count` of them, in the
    /// `what` file), saying which row was taken as the header when title
    /// rows were skipped above it.
    pub fn refusal(&self, text: &str, count: u64, what: &str) -> anyhow::Error {
        let header = if self.header_line > 1 {
            format!(
                "\n(the header was taken from {}; the rows above it were skipped as titles)",
                self.place(self.header_line)
            )
        } else {
            String::new()
        };
        user_error_hint(
            format!(
                "{text}\n{count} bad row{} in the {what} file; nothing was imported{header}",
                if count == 1 { "" } else { "s" }
            ),
            "correct these rows and import the file again (--dry-run checks without writing)",
        )
    }

    /// `file:line`, or `file:sheet:row` for a workbook.
    fn place(&self, line: u64) -> String {
        match &self.source {
            Source::Csv(_) => format!("{}:{line}", self.name),
            Source::Sheet(rows, _) => format!("{}:{}:{line}", self.name, rows.sheet),
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
            if let Err(message) = widening.expand(row) {
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
    /// cannot is handed to `bad` (as `file:line: what is wrong`) and skipped.
    pub fn next_readable(&mut self, mut bad: impl FnMut(String)) -> Result<Option<Row>> {
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
        if let Source::Csv(rows) = &mut self.source {
            rows.spent.push(row.cells);
        }
    }

    /// The SHA-256 of the bytes read so far (the whole file once drained:
    /// the CSV thread has then read its last byte).
    pub fn sha256(&self) -> String {
        let digest = lock(&self.hasher).clone().finalize();
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// `file:line: message`, or `file:sheet:row: message` for a workbook.
    pub fn at(&self, line: u64, message: impl std::fmt::Display) -> String {
        format!("{}: {message}", self.place(line))
    }

    /// `at`, naming the wide file's column of `group` (the row's) where
    /// there is one: `file:sheet:row: Việc 3: message`.
    pub fn at_group(
        &self,
        line: u64,
        group: Option<u32>,
        message: impl std::fmt::Display,
    ) -> String {
        let heading = group.and_then(|g| {
            self.widening
                .as_ref()
                .and_then(|w| w.groups.get(g as usize))
        });
        match heading {
            Some(group) => format!("{}: {}: {message}", self.place(line), group.heading),
            None => self.at(line, message),
        }
    }
}

impl CsvRows {
    /// The next row the CSV thread has sent, waiting for its next batch.
    fn next(&mut self, progress: &mut Progress) -> Result<Option<RowResult>> {
        loop {
            if let Some(row) = self.batch.next() {
                return Ok(Some(row));
            }
            if !self.spent.is_empty() {
                // The thread allocates afresh when its queue is full.
                let _ = self.give_back.try_send(std::mem::take(&mut self.spent));
            }
            match self.batches.recv() {
                Ok(Ok(batch)) => {
                    self.batch = batch.into_iter();
                    progress.update(self.read.load(Ordering::Relaxed));
                }
                Ok(Err(e)) => return Err(e),
                Err(mpsc::RecvError) => {
                    progress.finish();
                    return Ok(None);
                }
            }
        }
    }
}

impl Splitter {
    /// The next row of a sheet, its blank rows skipped.
    fn next_sheet_row(&self, rows: &mut SheetRows, progress: &mut Progress) -> Option<RowResult> {
        loop {
            let (line, cells) = rows.next_row()?;
            let at = |line: u64, message: String| {
                format!("{}:{}:{line}: {message}", self.name, rows.sheet)
            };
            progress.update(line);
            let mut cells = match cells {
                Ok(cells) => cells,
                Err(e) => return Some(Err(at(line, e.to_string()))),
            };
            if cells.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            if cells.len() < self.width {
                cells.resize(self.width, String::new());
            }
            if let Some(i) = cells[self.width..]
                .iter()
                .position(|c| !c.trim().is_empty())
            {
                return Some(Err(at(
                    line,
                    format!(
                        "column {} holds {:?} but has no heading; add its heading or clear the cell",
                        self.width + i + 1,
                        cells[self.width + i]
                    ),
                )));
            }
            cells.truncate(self.width);
            if let Some(i) = cells.iter().position(|f| f.contains('\0')) {
                return Some(Err(at(
                    line,
                    format!("column {}: the cell holds a NUL byte; remove it", i + 1),
                )));
            }
            let mut row = vec![String::new(); self.columns];
            for (value, target) in cells.into_iter().zip(&self.mapping) {
                if let Some(t) = target {
                    row[*t] = value;
                }
            }
            return Some(Ok(Row {
                line,
                cells: row,
                group: None,
            }));
        }
    }

    /// The CSV thread: read records into rows and send them on in batches
    /// until the end of the file, an error (sent as the last message), or
    /// the importer's end.
    fn run(
        &self,
        mut reader: csv::Reader<Box<dyn Read + Send>>,
        send: &mpsc::SyncSender<Result<Vec<RowResult>>>,
        spent: &mpsc::Receiver<Vec<Vec<String>>>,
    ) {
        let mut record = csv::ByteRecord::new();
        let mut spare: Vec<Vec<String>> = Vec::new();
        loop {
            let mut batch = Vec::with_capacity(BATCH_ROWS);
            // None while the file goes on; then its end or its error.
            let end = loop {
                if batch.len() == BATCH_ROWS {
                    break None;
                }
                match self.next(&mut reader, &mut record, &mut spare, spent) {
                    Ok(Some(row)) => batch.push(row),
                    Ok(None) => break Some(Ok(())),
                    Err(e) => break Some(Err(e)),
                }
            };
            if !batch.is_empty() && send.send(Ok(batch)).is_err() {
                return;
            }
            match end {
                None => {}
                Some(Ok(())) => return,
                Some(Err(e)) => {
                    let _ = send.send(Err(e));
                    return;
                }
            }
        }
    }

    /// The next row, blank records skipped; `Ok(None)` at the end of the
    /// file.
    fn next(
        &self,
        reader: &mut csv::Reader<Box<dyn Read + Send>>,
        record: &mut csv::ByteRecord,
        spare: &mut Vec<Vec<String>>,
        spent: &mpsc::Receiver<Vec<Vec<String>>>,
    ) -> Result<Option<RowResult>> {
        let name = &self.name;
        let line = loop {
            let read = reader.read_byte_record(record);
            if !read.map_err(|e| csv_error(name, reader.position().line() + self.line_offset, e))? {
                return Ok(None);
            }
            if !record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
                // The record's first line: the reader now stands on the line
                // after the record's final LF; quoted cells may hold more LFs.
                let inner_lines = record.as_slice().iter().filter(|&&b| b == b'\n').count();
                break reader.position().line() - 1 - inner_lines as u64 + self.line_offset;
            }
        };
        if record.as_slice().len() > MAX_ROW_BYTES {
            return Err(row_too_long(name, line));
        }
        if record.len() != self.width {
            return Ok(Some(Err(format!(
                "{name}:{line}: {} cells where the header has {}; check for a stray delimiter or a missing quote",
                record.len(),
                self.width
            ))));
        }
        if spare.is_empty()
            && let Ok(more) = spent.try_recv()
        {
            *spare = more;
        }
        let mut cells = spare.pop().unwrap_or_default();
        cells.resize(self.columns, String::new());
        cells.iter_mut().for_each(String::clear);
        for (i, (field, target)) in record.iter().zip(&self.mapping).enumerate() {
            let text = std::str::from_utf8(field).map_err(|_| not_utf8(name, line))?;
            if text.contains('\0') {
                return Ok(Some(Err(format!(
                    "{name}:{line}: column {}: the cell holds a NUL byte; remove it",
                    i + 1
                ))));
            }
            if let Some(t) = target {
                cells[*t].push_str(text);
            }
        }
        Ok(Some(Ok(Row {
            line,
            cells,
            group: None,
        })))
    }
}

/// Open a file to import, with the messages a clerk needs.
fn open_file(path: &str, what: &str) -> Result<File> {
    let p = Path::new(path);
    if p.is_dir() {
        return Err(user_error(format!("{path} is a directory, not {what}")));
    }
    File::open(p).map_err(|e| {
        user_error_hint(
            format!("cannot read {path}: {e}"),
            "check the file name and that you may read it",
        )
    })
}

/// The error for a file (or sheet) without a header row, located at `place`.
fn no_header(place: &str, what: &str, layout: &Layout) -> anyhow::Error {
    user_error_hint(
        format!("{place}: the {what} is empty: it has no header row"),
        format!(
            "the first {} names the columns, such as: {}",
            if what == "sheet" { "row" } else { "line" },
            layout
                .columns
                .iter()
                .map(Column::key)
                .collect::<Vec<_>>()
                .join(",")
        ),
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

/// A CSV error met reading the record at `line`.
fn csv_error(name: &str, line: u64, e: csv::Error) -> anyhow::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => read_error(name, line, io),
        other => user_error(format!("{name}:{line}: cannot read the CSV: {other:?}")),
    }
}

/// A failed read at `line`: a line too long, or the disk's error.
fn read_error(name: &str, line: u64, e: io::Error) -> anyhow::Error {
    if e.get_ref().is_some_and(|inner| inner.is::<LineTooLong>()) {
        return row_too_long(name, line);
    }
    anyhow::Error::new(e).context(format!("cannot read {name}"))
}

fn row_too_long(name: &str, line: u64) -> anyhow::Error {
    user_error_hint(
        format!(
            "{name}:{line}: the line is longer than {MAX_ROW_BYTES} bytes; this does not look like a list of rows"
        ),
        "check that this is the right file: a CSV file has one row per line",
    )
}

/// The bytes read from a file to tell what it is.
const SNIFF_BYTES: usize = 8192;

/// A file that is not what an import reads, such as a Word document.
fn not_an_import_file(name: &str, what: &str, layout: &Layout) -> anyhow::Error {
    user_error_hint(
        format!("{name} is {what}, not a {}", layout.what),
        format!(
            "import the {} as CSV UTF-8 or as an .xlsx or .ods workbook: open it, copy the table into a spreadsheet and save it as one",
            layout.what
        ),
    )
}

/// A text file whose name says it is a workbook.
fn text_named_as_workbook(name: &str, layout: &Layout) -> anyhow::Error {
    user_error_hint(
        format!(
            "{name} is a text (CSV) file, not a workbook as its name says; a {} was expected in a workbook",
            layout.what
        ),
        "if it is CSV, rename it to .csv and import it again; if it should be a workbook, save it again from Excel or LibreOffice",
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
        return Err(no_header(&format!("{name}:1"), "file", layout));
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

fn utf8_fields_at(name: &str, line: u64, record: &csv::ByteRecord) -> Result<Vec<String>> {
    record
        .iter()
        .map(|field| {
            std::str::from_utf8(field)
                .map(str::to_string)
                .map_err(|_| not_utf8(name, line))
        })
        .collect()
}

fn not_utf8(name: &str, line: u64) -> anyhow::Error {
    user_error_hint(
        format!(
            "{name}:{line}: the file is not UTF-8 (a byte here is in another encoding, such as Windows-1258)"
        ),
        "in Excel use File > Save As > \"CSV UTF-8 (Comma delimited)\"; in LibreOffice choose the character set \"Unicode (UTF-8)\"",
    )
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
