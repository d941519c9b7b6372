//! The workbook sink: a list written as one .xlsx sheet, row by row, with
//! real numbers, dates and percentages, a bold frozen header and columns as
//! wide as their text.

use std::fs::File;
use std::io::{BufWriter, Write};

use anyhow::Result;
use rust_xlsxwriter::{ExcelDateTime, Format as XlsxFormat, Workbook};

use super::{Cell, Column};
use crate::dates::iso;
use crate::error::user_msg;
use crate::i18n::{Arg, Msg};
use crate::vocab::{Lang, roles_code, roles_label};

/// The rows a worksheet holds, the header included.
const MAX_ROWS: u32 = 1_048_576;
/// Column widths, in characters.
const MIN_WIDTH: usize = 6;
const MAX_WIDTH: usize = 60;

pub(super) struct XlsxSink {
    workbook: Workbook,
    out: BufWriter<File>,
    lang: Lang,
    /// Vocabulary as labels of the language (a review) rather than as codes
    /// (records that import again).
    labels: bool,
    /// The next row to write.
    row: u32,
    widths: Vec<usize>,
    date: XlsxFormat,
    rate: XlsxFormat,
}

impl XlsxSink {
    pub(super) fn new(
        lang: Lang,
        columns: &[Column],
        sheet: &str,
        labels: bool,
        out: File,
    ) -> Result<XlsxSink> {
        let mut workbook = Workbook::new();
        let bold = XlsxFormat::new().set_bold();
        let sheet_name = sheet_name(sheet);
        // Rows go to a temporary file as they come: an export of a million
        // rows does not hold them in memory.
        let worksheet = workbook.add_worksheet_with_constant_memory()?;
        worksheet.set_name(&sheet_name)?;
        worksheet.set_freeze_panes(1, 0)?;
        let mut widths = Vec::with_capacity(columns.len());
        for (col, column) in columns.iter().enumerate() {
            let label = column.label(lang);
            worksheet.write_string_with_format(0, col_index(col)?, label, &bold)?;
            // Bold letters are a little wider.
            widths.push(label.chars().count() + 1);
        }
        Ok(XlsxSink {
            workbook,
            out: BufWriter::new(out),
            lang,
            labels,
            row: 1,
            widths,
            date: XlsxFormat::new().set_num_format(match lang {
                Lang::Vi => "dd/mm/yyyy",
                Lang::En => "yyyy-mm-dd",
            }),
            rate: XlsxFormat::new().set_num_format("0.0%"),
        })
    }

    pub(super) fn row(&mut self, cells: &[Cell]) -> Result<()> {
        contained(|| self.write_row(cells))
    }

    fn write_row(&mut self, cells: &[Cell]) -> Result<()> {
        if self.row >= MAX_ROWS {
            return Err(user_msg(
                Msg::new("output-xlsx-too-many-rows").arg("max", i64::from(MAX_ROWS - 1)),
                Some(Msg::new("output-xlsx-too-many-rows-hint")),
            ));
        }
        let row = self.row;
        let worksheet = self.workbook.worksheet_from_index(0)?;
        for (col, cell) in cells.iter().enumerate() {
            let c = col_index(col)?;
            let shown = match cell {
                Cell::Empty | Cell::Date(None) | Cell::Rate(_, 0) => 0,
                Cell::Int(i) => {
                    worksheet.write_number(row, c, *i as f64)?;
                    i.to_string().len()
                }
                Cell::Rate(num, den) => {
                    worksheet.write_number_with_format(
                        row,
                        c,
                        *num as f64 / *den as f64,
                        &self.rate,
                    )?;
                    "100.0%".len()
                }
                Cell::Date(Some(d)) => {
                    use chrono::Datelike;
                    let date = u16::try_from(d.year()).ok().and_then(|y| {
                        ExcelDateTime::from_ymd(y, d.month() as u8, d.day() as u8).ok()
                    });
                    match date {
                        Some(date) => {
                            worksheet.write_datetime_with_format(row, c, &date, &self.date)?;
                        }
                        // Before 1900, which a spreadsheet cannot date.
                        None => {
                            worksheet.write_string(row, c, iso(*d))?;
                        }
                    }
                    "2026-01-01".len()
                }
                Cell::Bool(b) if !self.labels => {
                    worksheet.write_boolean(row, c, *b)?;
                    "FALSE".len()
                }
                other => {
                    let text = match other {
                        Cell::Term(code, _, _) if !self.labels => (*code).to_string(),
                        Cell::Roles(roles) if !self.labels => roles_code(roles),
                        Cell::Roles(roles) => roles_label(roles, self.lang),
                        _ => other.display(self.lang),
                    };
                    if text.is_empty() {
                        0
                    } else {
                        worksheet.write_string(row, c, &text)?;
                        text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
                    }
                }
            };
            if let Some(width) = self.widths.get_mut(col) {
                *width = (*width).max(shown);
            }
        }
        self.row += 1;
        Ok(())
    }

    pub(super) fn finish(self) -> Result<()> {
        contained(|| self.save())
    }

    fn save(mut self) -> Result<()> {
        let worksheet = self.workbook.worksheet_from_index(0)?;
        for (col, width) in self.widths.iter().enumerate() {
            let width = (width + 2).clamp(MIN_WIDTH, MAX_WIDTH);
            worksheet.set_column_width(col_index(col)?, width as f64)?;
        }
        self.workbook.save_to_writer(&mut self.out)?;
        self.out.flush()?;
        Ok(())
    }
}

thread_local! {
    /// Whether a panic of this thread is being turned into an error.
    static CONTAINED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Run `f`, a call into rust_xlsxwriter, turning its panics into errors: in
/// constant-memory mode it panics when its temporary file cannot be written
/// (a full disk, a file too large), which must end as a message, exit 1.
pub(super) fn contained<T>(f: impl FnOnce() -> Result<T>) -> Result<T> {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !CONTAINED.with(std::cell::Cell::get) {
                previous(info);
            }
        }));
    });
    CONTAINED.with(|c| c.set(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    CONTAINED.with(|c| c.set(false));
    result.unwrap_or_else(|payload| {
        let cause = payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_string()));
        Err(WorkbookFailed {
            cause,
            temp_dir: std::env::temp_dir().display().to_string(),
        }
        .into())
    })
}

/// The workbook writer failed (panicked) writing the rows it keeps in the
/// temporary directory until the workbook is saved.
#[derive(Debug)]
pub struct WorkbookFailed {
    /// What the writer said, if anything.
    cause: Option<String>,
    temp_dir: String,
}

impl WorkbookFailed {
    pub fn msg(&self) -> Msg {
        let cause = match &self.cause {
            Some(cause) => Arg::from(cause),
            None => Msg::new("output-xlsx-writer-failed").into(),
        };
        Msg::new("output-xlsx-failed")
            .arg("cause", cause)
            .arg("dir", &self.temp_dir)
    }
}

impl std::fmt::Display for WorkbookFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.msg().text(Lang::En))
    }
}

impl std::error::Error for WorkbookFailed {}

fn col_index(col: usize) -> Result<u16> {
    Ok(u16::try_from(col)?)
}

/// A sheet name a spreadsheet accepts: at most 31 characters, none of
/// `[]:*?/\`, not wrapped in apostrophes.
fn sheet_name(wanted: &str) -> String {
    let cleaned: String = wanted
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect();
    let cleaned = cleaned.trim_matches('\'').trim();
    if cleaned.is_empty() {
        "danvan".to_string()
    } else {
        cleaned.to_string()
    }
}

#[cfg(test)]
mod tests;
