//! Where in an import file a problem is, the one way every message says
//! it: `file:line`, or `file:sheet:row` for a workbook.

use std::fmt::Display;

use crate::i18n::Msg;
use crate::import::Problem;

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

/// The problem `msg` at `file:line`, or `file:sheet:row`.
pub fn problem(file: &str, sheet: Option<&str>, line: u64, msg: impl Into<Msg>) -> Problem {
    Problem {
        place: place(file, sheet, line),
        msg: msg.into(),
    }
}
