//! What every import shares: the loop of the record-by-record imports
//! (members, models, evaluations) and the end of every import — refuse the
//! whole file if any row was bad, else log one audit entry with the file,
//! its digest, the counts and the before-image of every replaced record.

use std::collections::HashSet;
use std::hash::Hash;

use anyhow::Result;
use rusqlite::Transaction;
use serde::Serialize;

use crate::csvin::{CsvInput, ImportCounts};
use crate::db::Writer;

/// A kind of record a file imports one row at a time: what the shared
/// loop (`run`) needs to know of it.
pub trait Records {
    /// A record as a row gives it.
    type Record;
    /// A record as the database holds it: the audit's before-image.
    type Old: Serialize;
    /// What makes two rows the same record.
    type Key: Eq + Hash;
    /// Plural, for messages ("members"); then the audit's action and entity.
    const WHAT: &'static str;
    const ACTION: &'static str;
    const ENTITY: &'static str;

    /// Read and check a row's cells (in the layout's order).
    fn read(&self, tx: &Transaction<'_>, cells: &[String]) -> Result<Self::Record>;
    fn key(record: &Self::Record) -> Self::Key;
    /// The problem of a record the file holds twice.
    fn twice(record: &Self::Record) -> String;
    /// Write a new record; false, having written nothing, if one with its
    /// key exists.
    fn add(&self, w: &Writer<'_>, record: &Self::Record) -> Result<bool>;
    /// The record with the key of `record`, as the database holds it.
    fn find(&self, tx: &Transaction<'_>, record: &Self::Record) -> Result<Option<Self::Old>>;
    /// Overwrite the record with `record`'s key.
    fn replace(&self, w: &Writer<'_>, record: &Self::Record) -> Result<()>;
    /// The problem of a record already in the database (the loop adds how
    /// to overwrite it).
    fn exists(record: &Self::Record, old: &Self::Old) -> String;
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
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    let mut replaced = Vec::new();
    let mut added = 0;
    while let Some(row) = input.next_readable(|m| problems.push(m))? {
        let record = match kind.read(&w.tx, &row.cells) {
            Ok(record) => record,
            Err(e) => {
                problems.push(input.at(row.line, e));
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
                format!(
                    "{}; add --replace to overwrite it",
                    K::exists(&record, &old)
                ),
            )),
            None => added += 1,
        }
    }
    conclude(
        w,
        input,
        Outcome {
            problems,
            added,
            replaced: &replaced,
        },
        K::WHAT,
        K::ACTION,
        K::ENTITY,
    )
}

/// What one import found.
struct Outcome<'a, T: Serialize> {
    /// Every bad row, as `file:line: what is wrong`.
    problems: Vec<String>,
    added: u64,
    /// The records replaced, as they were.
    replaced: &'a [T],
}

/// Conclude an import of `what` (plural, for messages) whose audit entry
/// is `action` on `entity`.
fn conclude<T: Serialize>(
    w: &Writer<'_>,
    input: &CsvInput,
    outcome: Outcome<'_, T>,
    what: &str,
    action: &str,
    entity: &str,
) -> Result<ImportCounts> {
    if !outcome.problems.is_empty() {
        let count = outcome.problems.len() as u64;
        return Err(input.refusal(&outcome.problems.join("\n"), count, what));
    }
    let counts = ImportCounts {
        file: input.name.clone(),
        sha256: input.sha256(),
        added: outcome.added,
        replaced: outcome.replaced.len() as u64,
    };
    w.audit(
        action,
        entity,
        &input.name,
        Some(&outcome.replaced),
        Some(&counts),
    )?;
    Ok(counts)
}
