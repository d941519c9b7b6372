//! Reading one sheet of a workbook (.xlsx, .xlsm, .xls, .xlsb, .ods) as rows
//! of text, the way the same cells would read in a CSV file: real date
//! cells as ISO dates, whole numbers without `.0`, booleans as true/false.

use std::io::Cursor;
use std::path::Path;

use anyhow::Result;
use calamine::{Data, Ods, Range, Reader, Sheets, Xls, Xlsb, Xlsx, open_workbook_from_rs};

use crate::error::{user_error, user_error_hint};

/// The workbook formats read, by file extension.
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

/// The rows of one sheet, read in order.
pub struct SheetRows {
    /// The sheet's name, as locations show it.
    pub sheet: String,
    range: Range<Data>,
    /// The next row to read, counted within the range.
    next: usize,
    /// Per column of the range: does it hold months (`YYYY-MM`)?
    months: Vec<bool>,
}

/// Open the workbook held in `bytes` (read from `name`) and its sheet
/// `wanted`, or the first sheet.
pub fn open(name: &str, kind: Kind, bytes: Vec<u8>, wanted: Option<&str>) -> Result<SheetRows> {
    let cursor = Cursor::new(bytes);
    let unreadable = |e: &dyn std::fmt::Display| {
        user_error_hint(
            format!("{name}: cannot read the workbook: {e}"),
            "open it in Excel or LibreOffice and save it again as .xlsx or .ods, or save the sheet as CSV UTF-8",
        )
    };
    let mut workbook: Sheets<Cursor<Vec<u8>>> = match kind {
        Kind::Xlsx => open_workbook_from_rs::<Xlsx<_>, _>(cursor)
            .map(Sheets::Xlsx)
            .map_err(|e| unreadable(&e))?,
        Kind::Xls => open_workbook_from_rs::<Xls<_>, _>(cursor)
            .map(Sheets::Xls)
            .map_err(|e| unreadable(&e))?,
        Kind::Xlsb => open_workbook_from_rs::<Xlsb<_>, _>(cursor)
            .map(Sheets::Xlsb)
            .map_err(|e| unreadable(&e))?,
        Kind::Ods => open_workbook_from_rs::<Ods<_>, _>(cursor)
            .map(Sheets::Ods)
            .map_err(|e| unreadable(&e))?,
    };
    let names = workbook.sheet_names();
    let sheet = match wanted {
        Some(w) => names
            .iter()
            .find(|n| n.as_str() == w)
            .or_else(|| names.iter().find(|n| n.to_lowercase() == w.to_lowercase()))
            .cloned()
            .ok_or_else(|| {
                user_error_hint(
                    format!("{name}: there is no sheet named {w:?}"),
                    format!(
                        "the sheets are: {}",
                        names
                            .iter()
                            .map(|n| format!("{n:?}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| user_error(format!("{name}: the workbook has no sheet")))?,
    };
    let range = workbook
        .worksheet_range(&sheet)
        .map_err(|e| unreadable(&e))?;
    Ok(SheetRows {
        sheet,
        range,
        next: 0,
        months: Vec::new(),
    })
}

impl SheetRows {
    /// How many rows the sheet has, the header included.
    pub fn height(&self) -> usize {
        self.range.height()
    }

    /// Mark the columns (counted from the first cell of the header) whose
    /// date cells stand for months.
    pub fn set_month_columns(&mut self, months: Vec<bool>) {
        self.months = months;
    }

    /// The next row: its number on the sheet (1 for the sheet's first row)
    /// and its cells, or a message naming the first cell that cannot be read.
    pub fn next_row(&mut self) -> Option<(u64, Result<Vec<String>, String>)> {
        if self.next >= self.range.height() {
            return None;
        }
        let i = self.next;
        self.next += 1;
        let (first_row, first_col) = self.range.start().unwrap_or((0, 0));
        let number = u64::from(first_row) + i as u64 + 1;
        let mut cells = Vec::with_capacity(self.range.width());
        for j in 0..self.range.width() {
            let data = self.range.get((i, j)).unwrap_or(&Data::Empty);
            let month = self.months.get(j).copied().unwrap_or(false);
            match text_of(data, month) {
                Ok(text) => cells.push(text),
                Err(e) => {
                    let column = column_letters(first_col as usize + j);
                    return Some((
                        number,
                        Err(format!("cell {column}{number} {e}; correct it")),
                    ));
                }
            }
        }
        Some((number, Ok(cells)))
    }
}

/// A cell as it would read in a CSV file.
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
        Data::Error(e) => return Err(format!("holds the spreadsheet error {e}")),
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
