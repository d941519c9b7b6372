//! The context every command runs in: where the database is, how to
//! print, and how a committed change is confirmed.

use std::path::PathBuf;

use anyhow::Result;
use chrono::NaiveDate;

use crate::dates::Month;
use crate::db::{self, Db};
use crate::i18n::{Arg, Msg};
use crate::output::{Column, Format, Printer};
use crate::vocab::Lang;

/// What every command needs: where the database is, how to print.
pub struct Ctx {
    db: Option<PathBuf>,
    pub format: Format,
    /// The format given on the command line, if any.
    pub format_given: Option<Format>,
    pub lang: Lang,
}

impl Ctx {
    /// The context of the global options: an empty --db is none, the
    /// format defaults to a table, the language to the environment's.
    pub fn new(db: Option<PathBuf>, format: Option<Format>, lang: Option<Lang>) -> Ctx {
        Ctx {
            db: db.filter(|p| !p.as_os_str().is_empty()),
            format: format.unwrap_or(Format::Table),
            format_given: format,
            lang: lang.unwrap_or_else(Lang::from_env),
        }
    }

    /// The database path, explicit or default.
    pub fn db_path(&self) -> Result<(PathBuf, bool)> {
        match &self.db {
            Some(p) => Ok((p.clone(), false)),
            None => Ok((db::default_path()?, true)),
        }
    }

    /// Open the existing database.
    pub fn open(&self) -> Result<Db> {
        Db::open(&self.db_path()?.0)
    }

    /// Print a whole list: one row of cells per item.
    pub fn print_list<T>(
        &self,
        columns: &[Column],
        items: impl IntoIterator<Item = T>,
        cells: impl Fn(&T) -> Vec<crate::output::Cell>,
    ) -> Result<()> {
        let mut printer = self.printer(columns)?;
        for item in items {
            printer.row(&cells(&item))?;
        }
        printer.finish()
    }

    /// A printer of a list on standard output.
    pub fn printer(&self, columns: &[Column]) -> Result<Printer<'static>> {
        Printer::stdout(self.format, self.lang, columns)
    }

    pub fn today(&self) -> Result<NaiveDate> {
        crate::dates::today()
    }

    /// A message in the language of the command.
    pub fn msg(&self, m: Msg) -> String {
        m.text(self.lang)
    }

    /// Print a message on standard output, in the language.
    pub fn print(&self, m: Msg) -> Result<()> {
        Ok(crate::output::print_line(&self.msg(m))?)
    }

    /// Say on standard error what a committed change did. The change is
    /// saved whatever happens here, so a failure to say it says that.
    pub fn confirm(&self, m: Msg) -> Result<()> {
        crate::output::message(&self.msg(m)).map_err(saved_but_unsaid)
    }

    /// Print on standard output the result of a committed change (the
    /// reference of a new item), failing as `confirm` does.
    pub fn confirm_out(&self, line: &str) -> Result<()> {
        crate::output::print_line(line).map_err(saved_but_unsaid)
    }

    /// Say on standard error something that is not about a saved change.
    pub fn note(&self, m: Msg) -> Result<()> {
        self.note_line(&self.msg(m))
    }

    /// A line of data on standard error, in no language (what the demo made).
    pub fn note_line(&self, line: &str) -> Result<()> {
        Ok(crate::output::message(line)?)
    }
}

/// A count of records as a message's number (for its plural forms).
pub fn count(n: u64) -> Arg {
    Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

/// A month as running text names it: `tháng 11/2026` in Vietnamese,
/// `November 2026` in English (where `Arg::Month` writes `2026-11`).
pub fn month_name(m: Month) -> Arg {
    Msg::new("cli-month-name")
        .arg("month", i64::from(m.month))
        .arg("year", i64::from(m.year).to_string())
        .into()
}

/// The error of a confirmation that could not be written after the commit:
/// the user learns that the change is in the file and must not be retried.
fn saved_but_unsaid(err: std::io::Error) -> anyhow::Error {
    crate::error::user_msg(
        crate::i18n::Msg::new("output-saved-but-unsaid")
            .arg("cause", crate::output::StreamError::cause(&err)),
        Some(crate::i18n::Msg::new("output-saved-but-unsaid-hint")),
    )
}
