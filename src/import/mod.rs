//! What every import shares: the readers of its file (`file` for CSV,
//! `sheet` for workbooks, `heading` for the header), the loop of the
//! record-by-record imports (members, models, evaluations …), the problem
//! list, and the end of every import — refuse the whole file if any row
//! was bad, else log one audit entry with the file, its digest, the counts
//! and the before-image of every replaced record.
//!
//! The layer knows files, not entities: each entity hands it its `Layout`
//! (its columns, the read-only ones' labels included) and its `Records`.

pub mod file;
pub mod heading;
pub mod place;
pub mod sheet;
pub mod sniff;

use std::collections::HashSet;
use std::hash::Hash;

use anyhow::Result;
use rusqlite::Transaction;
use serde::Serialize;

pub use file::{CsvInput, InputFile, Row};
pub use heading::{Layout, RUNNING_NUMBER, Wide};

use crate::db::{Db, Writer};
use crate::error::{UserError, user_msg};
use crate::i18n::Msg;
use crate::lookup::NotFound;
use crate::text::fold;

/// A kind of record a file imports one row at a time: what the shared
/// loop (`run`) needs to know of it.
pub trait Records {
    /// A record as a row gives it.
    type Record;
    /// A record as the database holds it: the audit's before-image.
    type Old: Serialize;
    /// What makes two rows the same record.
    type Key: Eq + Hash;
    /// What the file holds, for messages ("members"); then the audit's
    /// action and entity.
    const WHAT: Msg;
    const ACTION: &'static str;
    const ENTITY: &'static str;

    /// Read and check a row's cells (in the layout's order).
    fn read(&self, tx: &Transaction<'_>, cells: &[String]) -> Result<Self::Record>;
    fn key(record: &Self::Record) -> Self::Key;
    /// The problem of a record the file holds twice.
    fn twice(record: &Self::Record) -> Msg;
    /// Write a new record; false, having written nothing, if one with its
    /// key exists.
    fn add(&self, w: &Writer<'_>, record: &Self::Record) -> Result<bool>;
    /// The record with the key of `record`, as the database holds it.
    fn find(&self, tx: &Transaction<'_>, record: &Self::Record) -> Result<Option<Self::Old>>;
    /// Overwrite the record with `record`'s key.
    fn replace(&self, w: &Writer<'_>, record: &Self::Record) -> Result<()>;
    /// The problem of a record already in the database (the loop adds how
    /// to overwrite it).
    fn exists(record: &Self::Record, old: &Self::Old) -> Msg;
}

/// Import a file of `kind`, all rows or none: every bad row is listed, a
/// record already there is a problem unless `replace` says to overwrite it.
/// Rows are written as they come while the file is clean so far; the
/// transaction is dropped if it turns out not to be.
pub fn run<K: Records>(
    kind: &K,
    w: &Writer<'_>,
    input: &mut CsvInput,
    replace: bool,
) -> Result<ImportCounts> {
    let mut problems = Problems::default();
    let mut seen = HashSet::new();
    let mut replaced = Vec::new();
    let mut added = 0;
    while let Some(row) = input.next_readable(|m| problems.push(m))? {
        let record = match kind.read(&w.tx, &row.cells) {
            Ok(record) => record,
            Err(e) => {
                problems.push(input.at(row.line, error_msg(&e)));
                continue;
            }
        };
        if !seen.insert(K::key(&record)) {
            problems.push(input.at(row.line, K::twice(&record)));
            continue;
        }
        let clean_so_far = problems.is_empty();
        // A new record, the common case, costs one statement.
        if clean_so_far && kind.add(w, &record)? {
            added += 1;
            continue;
        }
        match kind.find(&w.tx, &record)? {
            Some(old) if replace => {
                if clean_so_far {
                    kind.replace(w, &record)?;
                }
                replaced.push(old);
            }
            Some(old) => problems.push(input.at(
                row.line,
                Msg::new("import-exists").arg("problem", K::exists(&record, &old)),
            )),
            None => added += 1,
        }
    }
    end(
        w,
        input,
        &Subject {
            what: K::WHAT,
            action: K::ACTION,
            entity: K::ENTITY,
        },
        Outcome {
            problems,
            added,
            replaced: &replaced,
        },
        || Ok(()),
    )
}

/// What an import writes: what the file holds, for messages ("members"),
/// then its audit entry's action and entity.
pub struct Subject {
    pub what: Msg,
    pub action: &'static str,
    pub entity: &'static str,
}

/// What one import found.
pub struct Outcome<'a, T: Serialize> {
    /// Every bad row: its `file:line` and what is wrong.
    pub problems: Problems,
    pub added: u64,
    /// The records replaced, as they were.
    pub replaced: &'a [T],
}

/// The end of every import: refuse the file listing every bad row, or run
/// `finish` (the writes a batch importer holds back to the end) and log
/// one audit entry with the counts and the replaced records.
pub fn end<T: Serialize>(
    w: &Writer<'_>,
    input: &CsvInput,
    subject: &Subject,
    outcome: Outcome<'_, T>,
    finish: impl FnOnce() -> Result<()>,
) -> Result<ImportCounts> {
    if !outcome.problems.is_empty() {
        return Err(input.refusal(outcome.problems, &subject.what));
    }
    finish()?;
    let counts = ImportCounts {
        file: input.name.clone(),
        sha256: input.sha256(),
        added: outcome.added,
        replaced: outcome.replaced.len() as u64,
    };
    w.audit(
        subject.action,
        subject.entity,
        &input.name,
        Some(&outcome.replaced),
        Some(&counts),
    )?;
    Ok(counts)
}

/// The outcome of an import, for the clerk and the audit log.
#[derive(Debug, Default, serde::Serialize)]
pub struct ImportCounts {
    pub file: String,
    pub sha256: String,
    pub added: u64,
    pub replaced: u64,
}

/// A problem of an import: where it is (`file:line`, `file:sheet:row`,
/// or that and a wide file's column heading) and what is wrong, written
/// in the clerk's language when the import is refused.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub place: String,
    pub msg: Msg,
}

impl Problem {
    /// `place: what is wrong`, in the language of the refusal.
    pub fn line(self) -> Msg {
        Msg::new("import-problem")
            .arg("place", self.place)
            .arg("problem", self.msg)
    }
}

/// The problems of an import, every one listed as DESIGN.md asks.
#[derive(Default)]
pub struct Problems {
    list: Vec<Problem>,
}

impl Problems {
    pub fn push(&mut self, problem: Problem) {
        self.list.push(problem);
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// The problems, in the order met.
    pub fn into_vec(self) -> Vec<Problem> {
        self.list
    }
}

/// An error as one line of an import's problem list: the message, and
/// its hint after a semicolon, in the clerk's language where they are
/// catalogue messages.
pub fn row_message(e: &anyhow::Error) -> Msg {
    match e.downcast_ref::<UserError>() {
        Some(UserError {
            localized: Some(l), ..
        }) => match &l.hint {
            Some(hint) => Msg::new("import-row-hint")
                .arg("message", l.message.clone())
                .arg("hint", hint.clone()),
            None => l.message.clone(),
        },
        _ => typed_msg(e),
    }
}

/// An error's message without its hint, in the clerk's language where it
/// is a catalogue message.
pub fn error_msg(e: &anyhow::Error) -> Msg {
    match e.downcast_ref::<UserError>() {
        Some(UserError {
            localized: Some(l), ..
        }) => l.message.clone(),
        _ => typed_msg(e),
    }
}

/// An error that is not a user error as a problem line: a code or unit
/// that names nothing in the clerk's language, anything else as it reads.
fn typed_msg(e: &anyhow::Error) -> Msg {
    match e.chain().find_map(|e| e.downcast_ref::<NotFound>()) {
        Some(nf) => nf.msg(),
        None => Msg::raw(e.to_string()),
    }
}

/// A row's problem in the cell of column `key`, led by it: `year: …`
/// (the error's message and hint, as [`row_message`]).
pub fn at_key(key: &str, e: &anyhow::Error) -> Msg {
    Msg::new("import-keyed")
        .arg("key", key)
        .arg("problem", row_message(e))
}

/// The error of a row's cell, led by its column's key: `year: …`.
pub fn keyed(key: &str, e: anyhow::Error) -> anyhow::Error {
    user_msg(
        Msg::new("import-keyed")
            .arg("key", key)
            .arg("problem", error_msg(&e)),
        None,
    )
}

/// A yes/no cell: `true`/`false`, `yes`/`no`, `1`/`0`, `x`/empty, `có`/`không`.
pub fn parse_yes_no(s: &str) -> Option<bool> {
    match fold(s).as_str() {
        "true" | "yes" | "1" | "x" | "co" => Some(true),
        "false" | "no" | "0" | "" | "khong" => Some(false),
        _ => None,
    }
}

/// The pragmas of an import of millions of rows, inside its transaction:
/// the index pages of millions of rows do not fit SQLite's default cache;
/// a batch importer writes parents in batches ahead of or behind their
/// children, so where foreign keys are on, they wait for the commit.
pub fn for_millions_of_rows(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch("PRAGMA cache_size = -524288; PRAGMA defer_foreign_keys = ON")?;
    Ok(())
}

/// Run `f` (an import that checks every reference itself) with SQLite's
/// foreign-key checks off: SQLite's look-up of each parent again would be
/// a third of an import of millions of rows. The pragma is a no-op inside a
/// transaction, so it is set around the import's; deletes do not cascade
/// while it is off.
pub fn with_own_reference_checks<T>(
    db: &mut Db,
    f: impl FnOnce(&mut Db) -> Result<T>,
) -> Result<T> {
    db.conn.pragma_update(None, "foreign_keys", false)?;
    let result = f(db);
    db.conn.pragma_update(None, "foreign_keys", true)?;
    result
}

#[cfg(test)]
mod tests;
