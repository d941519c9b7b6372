//! The arguments several command groups share, as cargo's
//! `command_prelude` holds them: the file an import reads and how, the
//! years and target of an export, a period of years, a record's code; and
//! the columns an import's `--help` lists.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::dates::year_arg;
use crate::error::{ArgError, UserError, user_msg};
use crate::i18n::Msg;
use crate::import::RUNNING_NUMBER;
use crate::import::{InputFile, Layout};

/// The file an import reads, and for a workbook its sheet.
#[derive(Debug, Args)]
pub struct ImportFile {
    /// The CSV file, an .xlsx/.ods workbook, or - for standard input (CSV)
    #[arg(value_name = "FILE")]
    pub file: String,
    /// The sheet of a workbook to read [default: the first]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
}

impl InputFile for ImportFile {
    fn path(&self) -> &str {
        &self.file
    }

    fn sheet(&self) -> Option<&str> {
        self.sheet.as_deref()
    }
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(flatten)]
    pub file: ImportFile,
    /// Check and count without writing anything
    #[arg(long)]
    pub dry_run: bool,
    /// Overwrite records whose key already exists instead of refusing them
    #[arg(long)]
    pub replace: bool,
}

/// The columns of an import file as `--help` lists them: each key with the
/// Vietnamese headings accepted for it.
pub fn columns_help(layout: &Layout) -> String {
    let width = layout
        .columns
        .iter()
        .map(|c| c.key().len())
        .max()
        .unwrap_or(0);
    let mut help = String::from(
        "Columns (headed by key or Vietnamese heading, in any case and order, with or without diacritics):\n",
    );
    for (column, headings) in layout.columns.iter().zip(layout.headings()) {
        let required = if layout.required.contains(&column.key()) {
            "  [required]"
        } else {
            ""
        };
        help.push_str(&format!(
            "  {:width$}  {}{required}\n",
            column.key(),
            headings.join(" / ")
        ));
    }
    help.push_str(&format!(
        "Title rows above the header and a running-number column ({}) are skipped.",
        RUNNING_NUMBER.join(" / ")
    ));
    help
}

/// The years an export covers, and where and how it is written.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only this year
    #[arg(long, value_parser = year_arg, conflicts_with_all = ["from", "to"])]
    pub year: Option<i32>,
    /// First year of a period (with --to)
    #[arg(long, value_parser = year_arg, requires = "to")]
    pub from: Option<i32>,
    /// Last year of a period (with --from)
    #[arg(long, value_parser = year_arg, requires = "from")]
    pub to: Option<i32>,
    #[command(flatten)]
    pub target: TargetArgs,
}

impl ExportArgs {
    /// The inclusive range of years, or None for every year.
    pub fn years(&self) -> Result<Option<(i32, i32)>> {
        match (self.year, self.from, self.to) {
            (Some(y), _, _) => Ok(Some((y, y))),
            (None, Some(from), Some(to)) if from > to => Err(user_msg(
                Msg::new("output-from-after-to")
                    .arg("from", i64::from(from))
                    .arg("to", i64::from(to)),
                Some(Msg::new("output-from-after-to-hint")),
            )),
            (None, Some(from), Some(to)) => Ok(Some((from, to))),
            _ => Ok(None),
        }
    }
}

/// Where an export goes and in what shape.
#[derive(Debug, Default, Args)]
pub struct TargetArgs {
    /// Write to this file instead of standard output (.csv, .json or .xlsx chooses the format)
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// For Excel: byte-order mark, CRLF, formulas neutralised; with --lang vi also `;`, Vietnamese headings and labels, decimal commas
    #[arg(long)]
    pub excel: bool,
    /// The CSV delimiter, `,` or `;` (overrides --excel's choice)
    #[arg(long, value_parser = delimiter_arg)]
    pub delimiter: Option<u8>,
}

fn delimiter_arg(s: &str) -> Result<u8, ArgError> {
    match s {
        "," => Ok(b','),
        ";" => Ok(b';'),
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ => Err(ArgError(Box::new(UserError::from_msg(
            Msg::new("output-not-a-delimiter").arg("typed", format!("{s:?}")),
            None,
        )))),
    }
}

/// The years of a review: both ends required.
#[derive(Debug, Args)]
pub struct PeriodArgs {
    /// First year of the period
    #[arg(long, value_parser = year_arg)]
    pub from: i32,
    /// Last year of the period
    #[arg(long, value_parser = year_arg)]
    pub to: i32,
}

/// A record named by its code (`member remove`, `model remove`).
#[derive(Debug, Args)]
pub struct CodeArgs {
    /// The code
    pub code: String,
}
