//! The rows of an import file: a CSV file's read on a thread of their own,
//! a sheet's split the same way, a wide file's widened into a row per group.

use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, mpsc};

use anyhow::Result;

use super::bytes::{csv_error, not_utf8, row_too_long};
use crate::i18n::Msg;
use crate::import::Problem;
use crate::import::heading::{Group, HeaderMap, Layout};
use crate::import::place::problem;
use crate::import::sheet::{MAX_ROW_BYTES, SheetRows};
use crate::progress::Progress;

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

/// A row as the CSV thread sends it, or what keeps it from being read as
/// the layout wants (`file:line: …`).
pub(super) type RowResult = Result<Row, Problem>;

/// Rows the CSV thread sends at a time, and batches it may read ahead.
pub(super) const BATCH_ROWS: usize = 1024;
pub(super) const BATCHES_AHEAD: usize = 4;

/// A CSV file read on a thread of its own: bytes, hash, CSV syntax, UTF-8
/// and cells are done there while the importer checks and writes the rows
/// before them (a report file has millions). The thread stops at the end of
/// the file, at an error it sends, or when the importer drops the rows.
pub(super) struct CsvRows {
    pub(super) batches: mpsc::Receiver<Result<Vec<RowResult>>>,
    pub(super) batch: std::vec::IntoIter<RowResult>,
    /// Cells the importer is done with, handed back to be filled again
    /// instead of allocating every cell anew.
    pub(super) spent: Vec<Vec<String>>,
    pub(super) give_back: mpsc::SyncSender<Vec<Vec<String>>>,
    /// Bytes read so far.
    pub(super) read: Arc<AtomicU64>,
    /// The splitter's mapping of the file's columns.
    pub(super) mapping: Vec<Option<usize>>,
}

/// What turns the cells of a record (or a sheet's row) into a row.
pub(super) struct Splitter {
    pub(super) name: String,
    /// For each file column: the layout column it feeds, or None if ignored.
    pub(super) mapping: Vec<Option<usize>>,
    /// The file's columns (the header's cells).
    pub(super) width: usize,
    /// The layout's columns: the cells of every row.
    pub(super) columns: usize,
    /// Lines above the header (title rows skipped), added to the line
    /// numbers the CSV reader counts from the header.
    pub(super) line_offset: u64,
    /// Whether cells `--excel` neutralised against formulas (`'=…`) lose
    /// their `'`: in a file with a byte-order mark, as `--excel` writes.
    pub(super) excel: bool,
}

/// What turns a wide file's row (the layout's cells, then each group's)
/// into a row of the layout per group that holds anything.
pub(super) struct Widening {
    /// The layout's columns.
    pub(super) base: usize,
    /// The layout column the group's number goes to.
    pub(super) number: usize,
    /// The layout column each cell of a group goes to.
    pub(super) slots: Vec<usize>,
    pub(super) groups: Vec<Group>,
    /// Each group's number as the number column has it.
    numbers: Vec<String>,
    pub(super) queue: std::collections::VecDeque<Row>,
    /// The cells of rows the importer is done with, filled again by the
    /// next groups instead of allocating every cell anew.
    pub(super) spare: Vec<Vec<String>>,
}

impl Widening {
    pub(super) fn new(map: &HeaderMap, layout: &Layout) -> Option<Widening> {
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
            numbers: map.groups.iter().map(|g| g.no.to_string()).collect(),
            groups: map.groups.clone(),
            queue: Default::default(),
            spare: Vec::new(),
        })
    }

    /// Queue the rows of the wide `row`; a row whose groups are all empty
    /// stands for nothing. A group with cells but no first cell (a note
    /// without a status) is an error, the message naming the group's column.
    pub(super) fn expand(&mut self, row: &Row) -> Result<(), Msg> {
        let width = self.slots.len();
        for (g, group) in self.groups.iter().enumerate() {
            let at = self.base + g * width;
            let cells = &row.cells[at..at + width];
            if cells[0].trim().is_empty() {
                if cells.iter().any(|c| !c.trim().is_empty()) {
                    return Err(Msg::new("import-group-first-empty")
                        .arg("heading", &group.heading)
                        .arg("no", group.no));
                }
                continue;
            }
            // Copied into the spare cells' own buffers: no allocation once
            // the first rows are recycled.
            let mut cells = self.spare.pop().unwrap_or_default();
            cells.resize(self.base, String::new());
            for (cell, from) in cells.iter_mut().zip(&row.cells[..self.base]) {
                cell.clone_from(from);
            }
            cells[self.number].clone_from(&self.numbers[g]);
            for (s, &target) in self.slots.iter().enumerate() {
                cells[target].clone_from(&row.cells[at + s]);
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

impl CsvRows {
    /// The next row the CSV thread has sent, waiting for its next batch.
    pub(super) fn next(&mut self, progress: &mut Progress) -> Result<Option<RowResult>> {
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
    pub(super) fn next_sheet_row(
        &self,
        rows: &mut SheetRows,
        progress: &mut Progress,
    ) -> Option<RowResult> {
        loop {
            let (line, cells) = rows.next_row()?;
            let at = |line: u64, msg: Msg| problem(&self.name, Some(&rows.sheet), line, msg);
            progress.update(line);
            let mut cells = match cells {
                Ok(cells) => cells,
                Err(e) => return Some(Err(at(line, e))),
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
                    Msg::new("import-cell-without-heading")
                        .arg("column", self.width + i + 1)
                        .arg("value", format!("{:?}", cells[self.width + i])),
                )));
            }
            cells.truncate(self.width);
            if let Some(i) = cells.iter().position(|f| f.contains('\0')) {
                return Some(Err(at(line, nul_byte(i))));
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
    pub(super) fn run(
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
    pub(super) fn next(
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
            return Ok(Some(Err(problem(
                name,
                None,
                line,
                Msg::new("import-cell-count")
                    .arg("cells", record.len())
                    .arg("width", self.width),
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
                return Ok(Some(Err(problem(name, None, line, nul_byte(i)))));
            }
            if let Some(t) = target {
                cells[*t].push_str(if self.excel {
                    crate::output::unneutralise(text)
                } else {
                    text
                });
            }
        }
        Ok(Some(Ok(Row {
            line,
            cells,
            group: None,
        })))
    }
}

/// The problem of a cell (the `i`th, from 0) that holds a NUL byte.
fn nul_byte(i: usize) -> Msg {
    Msg::new("import-nul-byte").arg("column", i + 1)
}
