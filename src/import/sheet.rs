//! Reading one sheet of a workbook (.xlsx, .xlsm, .xls, .xlsb, .ods) as rows
//! of text, the way the same cells would read in a CSV file: real date
//! cells as ISO dates, whole numbers without `.0`, booleans as true/false.

use std::io::Cursor;
use std::path::Path;

use anyhow::Result;
use calamine::{Data, DataRef, Dimensions, Ods, Reader, Xls, Xlsb, Xlsx, open_workbook_from_rs};

use crate::error::user_msg;
use crate::i18n::Msg;

/// The most rows and columns a sheet may address (Excel's own limits).
pub const MAX_ROWS: u32 = 1_048_576;
pub const MAX_COLUMNS: u32 = 16_384;
/// The most cells a sheet may hold, or span from its first to its last.
pub const MAX_CELLS: u64 = 50_000_000;
/// The most bytes of text one row (or line of a CSV file) may hold.
pub const MAX_ROW_BYTES: usize = 1 << 20;

/// The workbook formats read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Xlsx,
    Xls,
    Xlsb,
    Ods,
}

/// The kind of workbook a file name says it is, if any.
pub fn kind_of(path: &str) -> Option<Kind> {
    let ext = Path::new(path).extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "xlsx" | "xlsm" => Some(Kind::Xlsx),
        "xls" => Some(Kind::Xls),
        "xlsb" => Some(Kind::Xlsb),
        "ods" => Some(Kind::Ods),
        _ => None,
    }
}

/// One row of a sheet that holds something: its number counted from 0 and
/// its non-empty cells, by column.
struct SheetRow {
    number: u32,
    cells: Vec<(u32, Data)>,
}

/// The rows of one sheet that hold something, read in order. Only the
/// cells a sheet holds are kept, never the rectangle they span: a lone cell
/// at XFD1048576 costs one cell.
pub struct SheetRows {
    /// The sheet's name, as locations show it.
    pub sheet: String,
    rows: Vec<SheetRow>,
    /// The first column that holds anything: cells are counted from it.
    first_col: u32,
    /// The next row to read, an index into `rows`.
    next: usize,
    /// Per column (counted from `first_col`): does it hold months (`YYYY-MM`)?
    months: Vec<bool>,
}

/// A sheet too large to read, and why.
fn too_large(name: &str, sheet: &str, what: Msg) -> anyhow::Error {
    user_msg(
        Msg::new("import-sheet-too-large")
            .arg("file", name)
            .arg("sheet", format!("{sheet:?}"))
            .arg("what", what),
        Some(
            Msg::new("import-sheet-too-large-hint")
                .arg("rows", MAX_ROWS.to_string())
                .arg("columns", MAX_COLUMNS.to_string())
                .arg("cells", MAX_CELLS.to_string())
                .arg("bytes", MAX_ROW_BYTES.to_string()),
        ),
    )
}

/// The cells seen so far, checked against the limits as they come.
struct Collector<'a> {
    name: &'a str,
    sheet: &'a str,
    cells: Vec<(u32, u32, Data)>,
    read: u64,
    top_left: (u32, u32),
    bottom_right: (u32, u32),
}

impl Collector<'_> {
    fn push(&mut self, (row, col): (u32, u32), value: Data) -> Result<()> {
        self.read += 1;
        if self.read > MAX_CELLS {
            return Err(too_large(
                self.name,
                self.sheet,
                Msg::new("import-sheet-too-many-cells").arg("max", MAX_CELLS.to_string()),
            ));
        }
        if row >= MAX_ROWS || col >= MAX_COLUMNS {
            return Err(too_large(
                self.name,
                self.sheet,
                Msg::new("import-sheet-cell-beyond").arg(
                    "cell",
                    format!("{}{}", column_letters(col as usize), u64::from(row) + 1),
                ),
            ));
        }
        if matches!(value, Data::Empty) {
            return Ok(());
        }
        self.top_left = (self.top_left.0.min(row), self.top_left.1.min(col));
        self.bottom_right = (self.bottom_right.0.max(row), self.bottom_right.1.max(col));
        self.cells.push((row, col, value));
        Ok(())
    }

    /// Group the cells into rows, checking the span and each row's size.
    fn finish(mut self) -> Result<(Vec<SheetRow>, u32)> {
        if self.cells.is_empty() {
            return Ok((Vec::new(), 0));
        }
        check_span(
            self.name,
            self.sheet,
            Dimensions::new(self.top_left, self.bottom_right),
            false,
        )?;
        self.cells.sort_by_key(|&(row, col, _)| (row, col));
        let mut rows: Vec<SheetRow> = Vec::new();
        let mut bytes = 0usize;
        for (row, col, value) in self.cells {
            if rows.last().is_none_or(|r| r.number != row) {
                rows.push(SheetRow {
                    number: row,
                    cells: Vec::new(),
                });
                bytes = 0;
            }
            bytes += match &value {
                Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.len(),
                _ => 8,
            };
            if bytes > MAX_ROW_BYTES {
                return Err(too_large(
                    self.name,
                    self.sheet,
                    Msg::new("import-sheet-row-too-long")
                        .arg("row", (u64::from(row) + 1).to_string())
                        .arg("max", MAX_ROW_BYTES.to_string()),
                ));
            }
            if let Some(r) = rows.last_mut() {
                r.cells.push((col, value));
            }
        }
        Ok((rows, self.top_left.1))
    }
}

/// Refuse a sheet whose cells span (or, `declared`, whose own declared
/// size spans) more than `MAX_CELLS`.
fn check_span(name: &str, sheet: &str, d: Dimensions, declared: bool) -> Result<()> {
    if d.end.0 < d.start.0 || d.end.1 < d.start.1 {
        return Ok(());
    }
    if d.len() > MAX_CELLS {
        return Err(too_large(
            name,
            sheet,
            Msg::new(if declared {
                "import-sheet-declared-span"
            } else {
                "import-sheet-cells-span"
            })
            .arg(
                "range",
                format!(
                    "{}{}:{}{}",
                    column_letters(d.start.1 as usize),
                    u64::from(d.start.0) + 1,
                    column_letters(d.end.1 as usize),
                    u64::from(d.end.0) + 1,
                ),
            )
            .arg("rows", (u64::from(d.end.0 - d.start.0) + 1).to_string())
            .arg("columns", (u64::from(d.end.1 - d.start.1) + 1).to_string())
            .arg("max", MAX_CELLS.to_string()),
        ));
    }
    Ok(())
}

/// Open the workbook held in `bytes` (read from `name`) and its sheet
/// `wanted`, or the first sheet. An .xlsx or .xlsb sheet is streamed cell
/// by cell and refused as soon as it passes a limit (its declared size is
/// checked first); .xls and .ods sheets are read by calamine whole (an .xls
/// sheet cannot address more than 65,536 × 256 cells).
pub fn open(name: &str, kind: Kind, bytes: Vec<u8>, wanted: Option<&str>) -> Result<SheetRows> {
    let cursor = Cursor::new(bytes);
    let unreadable = |e: &dyn std::fmt::Display| {
        user_msg(
            Msg::new("import-workbook-unreadable")
                .arg("file", name)
                .arg("detail", e.to_string()),
            Some(Msg::new("import-workbook-unreadable-hint")),
        )
    };
    macro_rules! collector {
        ($sheet:expr) => {
            Collector {
                name,
                sheet: $sheet,
                cells: Vec::new(),
                read: 0,
                top_left: (u32::MAX, u32::MAX),
                bottom_right: (0, 0),
            }
        };
    }
    let (sheet, (rows, first_col)) = match kind {
        Kind::Xlsx => {
            let mut wb = open_workbook_from_rs::<Xlsx<_>, _>(cursor).map_err(|e| unreadable(&e))?;
            let sheet = choose(name, wb.sheet_names(), wanted)?;
            let mut reader = wb
                .worksheet_cells_reader(&sheet)
                .map_err(|e| unreadable(&e))?;
            check_span(name, &sheet, reader.dimensions(), true)?;
            let mut c = collector!(&sheet);
            while let Some(cell) = reader.next_cell().map_err(|e| unreadable(&e))? {
                c.push(cell.get_position(), data(cell.get_value()))?;
            }
            let rows = c.finish()?;
            (sheet, rows)
        }
        Kind::Xlsb => {
            let mut wb = open_workbook_from_rs::<Xlsb<_>, _>(cursor).map_err(|e| unreadable(&e))?;
            let sheet = choose(name, wb.sheet_names(), wanted)?;
            let mut reader = wb
                .worksheet_cells_reader(&sheet)
                .map_err(|e| unreadable(&e))?;
            check_span(name, &sheet, reader.dimensions(), true)?;
            let mut c = collector!(&sheet);
            while let Some(cell) = reader.next_cell().map_err(|e| unreadable(&e))? {
                c.push(cell.get_position(), data(cell.get_value()))?;
            }
            let rows = c.finish()?;
            (sheet, rows)
        }
        Kind::Xls => {
            let mut wb = open_workbook_from_rs::<Xls<_>, _>(cursor).map_err(|e| unreadable(&e))?;
            let sheet = choose(name, wb.sheet_names(), wanted)?;
            let range = wb.worksheet_range(&sheet).map_err(|e| unreadable(&e))?;
            let mut c = collector!(&sheet);
            for (row, col, value) in range.used_cells() {
                let (r0, c0) = range.start().unwrap_or((0, 0));
                c.push((r0 + row as u32, c0 + col as u32), value.clone())?;
            }
            let rows = c.finish()?;
            (sheet, rows)
        }
        Kind::Ods => {
            ods::check(name, cursor.get_ref())?;
            let mut wb = open_workbook_from_rs::<Ods<_>, _>(cursor).map_err(|e| unreadable(&e))?;
            let sheet = choose(name, wb.sheet_names(), wanted)?;
            let range = wb.worksheet_range(&sheet).map_err(|e| unreadable(&e))?;
            let mut c = collector!(&sheet);
            for (row, col, value) in range.used_cells() {
                let (r0, c0) = range.start().unwrap_or((0, 0));
                c.push((r0 + row as u32, c0 + col as u32), value.clone())?;
            }
            let rows = c.finish()?;
            (sheet, rows)
        }
    };
    Ok(SheetRows {
        sheet,
        rows,
        first_col,
        next: 0,
        months: Vec::new(),
    })
}

/// A cell's value as the rows keep it.
fn data(value: &DataRef<'_>) -> Data {
    value.clone().into()
}

/// The sheet `wanted` (exactly, else in any case), or the first sheet.
fn choose(name: &str, names: Vec<String>, wanted: Option<&str>) -> Result<String> {
    match wanted {
        Some(w) => names
            .iter()
            .find(|n| n.as_str() == w)
            .or_else(|| names.iter().find(|n| n.to_lowercase() == w.to_lowercase()))
            .cloned()
            .ok_or_else(|| {
                let sheets: Vec<String> = names.iter().map(|n| format!("{n:?}")).collect();
                user_msg(
                    Msg::new("sheet-no-such-sheet")
                        .arg("name", name)
                        .arg("sheet", format!("{w:?}")),
                    Some(Msg::new("sheet-the-sheets-are").arg("sheets", sheets.join(", "))),
                )
            }),
        None => names
            .first()
            .cloned()
            .ok_or_else(|| user_msg(Msg::new("sheet-no-sheet").arg("name", name), None)),
    }
}

impl SheetRows {
    /// The number of the sheet's last row that holds anything.
    pub fn height(&self) -> usize {
        self.rows.last().map_or(0, |r| r.number as usize + 1)
    }

    /// Where the next row will be read from, to come back to with `reset`.
    pub fn mark(&self) -> usize {
        self.next
    }

    pub fn reset(&mut self, mark: usize) {
        self.next = mark;
    }

    /// Mark the columns (counted from the first cell of the header) whose
    /// date cells stand for months.
    pub fn set_month_columns(&mut self, months: Vec<bool>) {
        self.months = months;
    }

    /// The next row that holds anything: its number on the sheet (1 for the
    /// sheet's first row) and its cells from the sheet's first used column
    /// to its own last, or a message naming the first cell that cannot be
    /// read.
    pub fn next_row(&mut self) -> Option<(u64, Result<Vec<String>, Msg>)> {
        let row = self.rows.get(self.next)?;
        self.next += 1;
        let number = u64::from(row.number) + 1;
        let width = row
            .cells
            .last()
            .map_or(0, |(col, _)| (col - self.first_col) as usize + 1);
        let mut cells = vec![String::new(); width];
        for (col, value) in &row.cells {
            let j = (col - self.first_col) as usize;
            let month = self.months.get(j).copied().unwrap_or(false);
            match text_of(value, month) {
                Ok(text) => cells[j] = text,
                Err(e) => {
                    let column = column_letters(*col as usize);
                    return Some((
                        number,
                        Err(Msg::new("sheet-cell-error")
                            .arg("cell", format!("{column}{number}"))
                            .arg("error", e)),
                    ));
                }
            }
        }
        Some((number, Ok(cells)))
    }
}

/// A cell as it would read in a CSV file; an error value (`#DIV/0!`) as
/// the spreadsheet writes it.
fn text_of(data: &Data, month: bool) -> Result<String, String> {
    Ok(match data {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number(*f),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, hh, mm, ss, ms) = dt.to_ymd_hms_milli();
            let time =
                ((hh, mm, ss, ms) != (0, 0, 0, 0)).then(|| format!("{hh:02}:{mm:02}:{ss:02}"));
            date_text(y.into(), m.into(), d.into(), time, month)
        }
        Data::DateTime(dt) => number(dt.as_f64()),
        Data::DateTimeIso(s) => iso_text(s, month),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => return Err(e.to_string()),
    })
}

/// A number as a person writes it: 2025, not 2025.0.
fn number(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

/// A date cell: `YYYY-MM-DD` (then the time when it has one, which a date
/// column refuses), or `YYYY-MM` in a column of months when it is the first
/// of the month, as a spreadsheet stores a month typed as `2026-10`.
fn date_text(y: u32, m: u32, d: u32, time: Option<String>, month: bool) -> String {
    match time {
        Some(time) => format!("{y:04}-{m:02}-{d:02} {time}"),
        None if month && d == 1 => format!("{y:04}-{m:02}"),
        None => format!("{y:04}-{m:02}-{d:02}"),
    }
}

/// An OpenDocument date value: `2025-01-15` or `2025-01-15T00:00:00`.
fn iso_text(s: &str, month: bool) -> String {
    let (date, time) = s.split_once('T').unwrap_or((s, ""));
    let time = time
        .chars()
        .any(|c| c.is_ascii_digit() && c != '0')
        .then(|| time.chars().take(8).collect());
    let parts: Vec<u32> = date.split('-').filter_map(|p| p.parse().ok()).collect();
    match parts[..] {
        [y, m, d] if date.len() == 10 => date_text(y, m, d, time, month),
        _ => s.to_string(),
    }
}

/// `A`, `B`, … `Z`, `AA`, … for a column counted from 0.
fn column_letters(mut col: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    letters.iter().rev().map(|&b| b as char).collect()
}

mod ods;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_typed() {
        assert_eq!(number(2025.0), "2025");
        assert_eq!(number(3.0), "3");
        assert_eq!(number(-1.0), "-1");
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(0.1), "0.1");
    }

    #[test]
    fn dates_read_as_iso() {
        assert_eq!(date_text(2024, 2, 29, None, false), "2024-02-29");
        assert_eq!(date_text(2026, 10, 1, None, true), "2026-10");
        assert_eq!(date_text(2026, 10, 5, None, true), "2026-10-05");
        assert_eq!(iso_text("2025-01-15", false), "2025-01-15");
        assert_eq!(iso_text("2025-01-15T00:00:00", false), "2025-01-15");
        assert_eq!(iso_text("2025-03-01T00:00:00", true), "2025-03");
        assert_eq!(
            iso_text("2025-01-15T08:30:00", false),
            "2025-01-15 08:30:00"
        );
    }

    #[test]
    fn columns_are_lettered() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }
}
