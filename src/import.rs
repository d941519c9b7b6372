//! The end every import shares: refuse the whole file if any row was bad,
//! else log one audit entry with the file, its digest, the counts and the
//! before-image of every replaced record.

use anyhow::Result;
use serde::Serialize;

use crate::csvin::{CsvInput, ImportCounts, refuse};
use crate::db::Writer;

/// What one import found.
pub struct Outcome<'a, T: Serialize> {
    /// Every bad row, as `file:line: what is wrong`.
    pub problems: Vec<String>,
    pub added: u64,
    /// The records replaced, as they were.
    pub replaced: &'a [T],
}

/// Conclude an import of `what` (plural, for messages) whose audit entry
/// is `action` on `entity`.
pub fn conclude<T: Serialize>(
    w: &Writer<'_>,
    input: &CsvInput,
    outcome: Outcome<'_, T>,
    what: &str,
    action: &str,
    entity: &str,
) -> Result<ImportCounts> {
    if !outcome.problems.is_empty() {
        return Err(refuse(outcome.problems, what));
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
