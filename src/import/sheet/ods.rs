//! The size of an .ods workbook's sheets, measured before calamine reads
//! them: calamine expands every sheet of the file, with each repeated row
//! and cell (`table:number-rows-repeated`, `…-columns-repeated`), as soon
//! as the workbook is opened. A file of a kilobyte can ask for billions of
//! cells; this walks `content.xml` as a stream, keeping only counts.

use std::io::{BufReader, Cursor};

use anyhow::Result;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::i18n::Msg;

use super::{MAX_CELLS, MAX_COLUMNS, MAX_ROWS, too_large};

/// What calamine would hold of one sheet: the box around the cells with
/// content, and the cells it keeps row by row (empty ones between content
/// included).
#[derive(Default)]
struct Sheet {
    name: String,
    rows: u64,
    last_row: Option<u64>,
    last_col: Option<u64>,
    kept: u64,
}

impl Sheet {
    fn check(&self, file: &str) -> Result<()> {
        let (Some(row), Some(col)) = (self.last_row, self.last_col) else {
            return Ok(());
        };
        let what = if row >= u64::from(MAX_ROWS) {
            Msg::new("import-sheet-row-beyond")
                .arg("row", (row + 1).to_string())
                .arg("max", MAX_ROWS.to_string())
        } else if col >= u64::from(MAX_COLUMNS) {
            Msg::new("import-sheet-column-beyond")
                .arg("column", (col + 1).to_string())
                .arg("max", MAX_COLUMNS.to_string())
        } else if (row + 1).saturating_mul(col + 1) > MAX_CELLS || self.kept > MAX_CELLS {
            Msg::new("import-sheet-repeated-span")
                .arg("rows", (row + 1).to_string())
                .arg("columns", (col + 1).to_string())
                .arg("max", MAX_CELLS.to_string())
        } else {
            return Ok(());
        };
        Err(too_large(file, &self.name, what))
    }
}

fn attribute(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| a.value.into_owned())
}

fn number(e: &BytesStart<'_>, name: &str) -> u64 {
    attribute(e, name)
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(1)
}

fn has(e: &BytesStart<'_>, name: &str) -> bool {
    attribute(e, name).is_some()
}

/// Refuse an .ods file any of whose sheets would pass the limits. A file
/// that is not a readable .ods is let through: calamine then says why.
pub fn check(file: &str, bytes: &[u8]) -> Result<()> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let Ok(content) = zip.by_name("content.xml") else {
        return Ok(());
    };
    walk(file, BufReader::new(content))
}

fn walk(file: &str, content: impl std::io::BufRead) -> Result<()> {
    let mut reader = Reader::from_reader(content);
    let mut buf = Vec::new();
    let mut sheet = Sheet::default();
    // The row being read: its repeat count, its next column, its last
    // column with content.
    let mut row_repeat = 1u64;
    let mut col = 0u64;
    let mut row_last: Option<u64> = None;
    loop {
        let event = match reader.read_event_into(&mut buf) {
            Ok(event) => event,
            // Broken XML: calamine will say so.
            Err(_) => return Ok(()),
        };
        let (start, empty) = match &event {
            Event::Start(e) => (Some(e), false),
            Event::Empty(e) => (Some(e), true),
            _ => (None, false),
        };
        if let Some(e) = start {
            match e.name().as_ref() {
                "table:table" => {
                    sheet = Sheet {
                        name: attribute(e, "table:name").unwrap_or_default(),
                        ..Sheet::default()
                    };
                }
                "table:table-row" => {
                    row_repeat = number(e, "table:number-rows-repeated");
                    col = 0;
                    row_last = None;
                    if empty {
                        sheet.rows = sheet.rows.saturating_add(row_repeat);
                    }
                }
                "table:table-cell" | "table:covered-table-cell" => {
                    let repeat = number(e, "table:number-columns-repeated");
                    let content = !empty || has(e, "office:value-type") || has(e, "table:formula");
                    if content {
                        row_last = Some(col.saturating_add(repeat.saturating_sub(1)));
                    }
                    col = col.saturating_add(repeat);
                }
                _ => {}
            }
        }
        match &event {
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                if let Some(last) = row_last {
                    let first_row = sheet.rows;
                    sheet.last_row = Some(first_row.saturating_add(row_repeat.saturating_sub(1)));
                    sheet.last_col = Some(sheet.last_col.map_or(last, |c| c.max(last)));
                    sheet.kept = sheet
                        .kept
                        .saturating_add(row_repeat.saturating_mul(last.saturating_add(1)));
                }
                sheet.rows = sheet.rows.saturating_add(row_repeat);
                sheet.check(file)?;
            }
            Event::End(e) if e.name().as_ref() == "table:table" => sheet.check(file)?,
            Event::Eof => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}

/// Read a whole `Read` for tests.
#[cfg(test)]
fn walk_text(text: &str) -> Result<()> {
    walk("t.ods", std::io::Cursor::new(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(rows: &str) -> String {
        format!(
            r#"<office:document-content><office:body><office:spreadsheet><table:table table:name="S">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
        )
    }

    const CELL: &str =
        r#"<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>"#;

    #[test]
    fn libreoffice_padding_passes() {
        // LibreOffice ends a sheet with empty cells and rows repeated to
        // the sheet's edge: no content there, nothing kept.
        let rows = format!(
            r#"<table:table-row>{CELL}<table:table-cell table:number-columns-repeated="16383"/></table:table-row><table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>"#
        );
        walk_text(&sheet(&rows)).unwrap();
    }

    #[test]
    fn repeated_content_is_counted() {
        let wide = r#"<table:table-cell table:number-columns-repeated="10000" office:value-type="string"><text:p>x</text:p></table:table-cell>"#;
        let rows = format!(
            r#"<table:table-row table:number-rows-repeated="9000">{wide}</table:table-row>"#
        );
        let err = walk_text(&sheet(&rows)).unwrap_err().to_string();
        assert!(err.contains("9000 rows by 10000 columns"), "{err}");
        // Just inside the limit: 5,000 × 10,000.
        let rows = format!(
            r#"<table:table-row table:number-rows-repeated="5000">{wide}</table:table-row>"#
        );
        walk_text(&sheet(&rows)).unwrap();
    }

    #[test]
    fn content_beyond_the_edges_is_refused() {
        let rows = format!(
            r#"<table:table-row table:number-rows-repeated="1048576"><table:table-cell/></table:table-row><table:table-row>{CELL}</table:table-row>"#
        );
        let err = walk_text(&sheet(&rows)).unwrap_err().to_string();
        assert!(err.contains("beyond row 1048576"), "{err}");
    }
}
