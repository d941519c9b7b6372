//! Forms to fill in and import again: a workbook whose key columns are
//! locked against slips (sheet protection, the answer cells unlocked) and
//! whose answer columns offer drop-downs, or the first sheet as CSV.

use std::io::Write;

use anyhow::Result;
use rust_xlsxwriter::{DataValidation, Format as XlsxFormat, ProtectionOptions, Workbook};

/// One cell of a form: its text, and whether the person filling the form
/// may change it.
#[derive(Debug, Clone, Default)]
pub struct FormCell {
    pub text: String,
    pub open: bool,
}

impl FormCell {
    pub fn fixed(text: impl Into<String>) -> FormCell {
        FormCell {
            text: text.into(),
            open: false,
        }
    }

    pub fn open(text: impl Into<String>) -> FormCell {
        FormCell {
            text: text.into(),
            open: true,
        }
    }
}

/// One sheet of a form.
pub struct FormSheet {
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<FormCell>>,
    /// For each column, the values its drop-down offers (empty: free text).
    pub choices: Vec<Vec<String>>,
    /// Empty rows with open cells appended for the person to fill (as many
    /// as `open_rows`), where the form has room for new records.
    pub open_rows: u32,
    /// Column widths in characters.
    pub widths: Vec<f64>,
}

/// Write `sheets` as a workbook to `out`. Rows go to disk as they are
/// written (constant memory): a province's form has 50,000 rows.
pub fn write_xlsx(sheets: &[FormSheet], out: impl Write + std::io::Seek + Send) -> Result<()> {
    super::xlsx::contained(|| write_workbook(sheets, out))
}

fn write_workbook(sheets: &[FormSheet], out: impl Write + std::io::Seek + Send) -> Result<()> {
    let mut workbook = Workbook::new();
    let bold = XlsxFormat::new().set_bold().set_background_color("#DDEBF7");
    let unlocked = XlsxFormat::new().set_unlocked();
    let locked = XlsxFormat::new().set_background_color("#F2F2F2");
    for sheet in sheets {
        let ws = workbook.add_worksheet_with_constant_memory()?;
        ws.set_name(&sheet.name)?;
        for (c, h) in sheet.headers.iter().enumerate() {
            let c = u16::try_from(c)?;
            ws.write_string_with_format(0, c, h, &bold)?;
        }
        for (c, w) in sheet.widths.iter().enumerate() {
            ws.set_column_width(u16::try_from(c)?, *w)?;
        }
        let mut r: u32 = 1;
        for row in &sheet.rows {
            for (c, cell) in row.iter().enumerate() {
                let c = u16::try_from(c)?;
                // Cells are locked by default: only open cells, and blank
                // locked ones (greyed, so the clerk sees they are not to be
                // filled), pay for a format.
                match (cell.open, cell.text.is_empty()) {
                    (true, true) => ws.write_blank(r, c, &unlocked)?,
                    (true, false) => ws.write_string_with_format(r, c, &cell.text, &unlocked)?,
                    (false, true) => ws.write_blank(r, c, &locked)?,
                    (false, false) => ws.write_string(r, c, &cell.text)?,
                };
            }
            r += 1;
        }
        let last = r + sheet.open_rows;
        for extra in r..last {
            for c in 0..sheet.headers.len() {
                ws.write_blank(extra, u16::try_from(c)?, &unlocked)?;
            }
        }
        for (c, choices) in sheet.choices.iter().enumerate() {
            if choices.is_empty() || last <= 1 {
                continue;
            }
            let validation = DataValidation::new()
                .allow_list_strings(&choices.iter().map(String::as_str).collect::<Vec<_>>())?;
            let c = u16::try_from(c)?;
            ws.add_data_validation(1, c, last - 1, c, &validation)?;
        }
        ws.set_freeze_panes(1, 0)?;
        let options = ProtectionOptions {
            format_columns: true,
            format_rows: true,
            use_autofilter: true,
            sort: true,
            ..ProtectionOptions::default()
        };
        ws.protect_with_options(&options);
    }
    let mut out = out;
    workbook.save_to_writer(&mut out)?;
    out.flush()?;
    Ok(())
}

/// Write the first of `sheets` as CSV (UTF-8 with a byte-order mark, so
/// that a spreadsheet reads its Vietnamese right).
pub fn write_csv(sheets: &[FormSheet], out: impl Write) -> Result<()> {
    let mut out = out;
    out.write_all("\u{feff}".as_bytes())?;
    let mut writer = csv::Writer::from_writer(out);
    if let Some(sheet) = sheets.first() {
        writer.write_record(&sheet.headers)?;
        for row in &sheet.rows {
            writer.write_record(row.iter().map(|c| c.text.as_str()))?;
        }
    }
    writer.flush()?;
    Ok(())
}
