//! Where in an import file a problem is, the one way every message says
//! it: `file:line`, or `file:sheet:row` for a workbook.

use std::fmt::Display;

/// `file:line`, or `file:sheet:row` when the file is a workbook.
pub fn place(file: &str, sheet: Option<&str>, line: u64) -> String {
    match sheet {
        Some(sheet) => format!("{file}:{sheet}:{line}"),
        None => format!("{file}:{line}"),
    }
}

/// `file:line: message`, or `file:sheet:row: message`.
pub fn at(file: &str, sheet: Option<&str>, line: u64, message: impl Display) -> String {
    format!("{}: {message}", place(file, sheet, line))
}
