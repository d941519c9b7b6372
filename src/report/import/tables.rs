//! The tables a reports import writes: prepared (into an empty table,
//! indexes and count triggers dropped), filled in batches of multi-row
//! INSERTs, and finished (the totals counted, what was dropped made again,
//! the journal closed).

use std::collections::BTreeSet;
use std::sync::LazyLock;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Statement, Transaction};

use super::cells::iso_text;
use crate::dates::Month;
use crate::db::journal::Bulk;
use crate::db::totals::{self, Totals};
use crate::db::{Writer, schema};
use crate::vocab::{Status, Term};

/// Rows per multi-row INSERT: one statement per row costs more than the
/// row itself.
const BATCH: usize = 64;

/// `INSERT OR FAIL INTO table (columns) VALUES (?, …), …` for `rows` rows.
/// `OR FAIL`: a statement that cannot abort half-way needs no statement
/// journal, which SQLite otherwise fills with a copy of every page each
/// statement touches (at province scale some 190,000 pages of 16 KiB
/// written to a temporary file). A failed statement keeps the rows before
/// it, but it fails the import, whose one transaction is then rolled back
/// whole.
fn insert_sql(table: &str, columns: &[&str], rows: usize) -> String {
    let one = format!("({})", vec!["?"; columns.len()].join(", "));
    format!(
        "INSERT OR FAIL INTO {table} ({}) VALUES {}",
        columns.join(", "),
        vec![one; rows].join(", ")
    )
}

const REPORT_COLUMNS: &[&str] = &[
    "id",
    "member_id",
    "month",
    "submitted_on",
    "done",
    "in_progress",
    "not_done",
];
const ITEM_COLUMNS: &[&str] = &["report_id", "item_id", "status", "note"];

/// A new report waiting to be written.
struct PendingReport {
    id: i64,
    member_id: i64,
    month: Month,
    submitted_on: NaiveDate,
    /// Its items per status (done, in progress, not done), when the import
    /// holds its reports back to write them with their counts.
    counts: [i64; 3],
}

/// A new item status waiting to be written.
struct PendingStatus {
    report_id: i64,
    item_id: i64,
    status: Status,
    note: String,
}

/// Rows waiting for a full batch.
#[derive(Default)]
struct Pending {
    reports: Vec<PendingReport>,
    items: Vec<PendingStatus>,
    /// Into an empty table the count triggers are dropped: reports are then
    /// held until the end and written with the counts of their items.
    hold_reports: bool,
}

/// The statements, made once: a batch of rows, and one row.
static REPORTS_BATCH: LazyLock<String> =
    LazyLock::new(|| insert_sql("reports", REPORT_COLUMNS, BATCH));
static REPORTS_ONE: LazyLock<String> = LazyLock::new(|| insert_sql("reports", REPORT_COLUMNS, 1));
static ITEMS_BATCH: LazyLock<String> =
    LazyLock::new(|| insert_sql("report_items", ITEM_COLUMNS, BATCH));
static ITEMS_ONE: LazyLock<String> = LazyLock::new(|| insert_sql("report_items", ITEM_COLUMNS, 1));

/// Write `rows` in statements of `BATCH` rows, and at the end what is left
/// one row at a time; `bind` binds a row from parameter `i` on. Rows not
/// written yet stay in `rows`.
fn write_rows<T>(
    tx: &Transaction<'_>,
    rows: &mut Vec<T>,
    (batch_sql, one_sql): (&str, &str),
    at_end: bool,
    bind: impl Fn(&mut Statement<'_>, usize, &T) -> rusqlite::Result<usize>,
) -> Result<()> {
    let full = rows.len() - rows.len() % BATCH;
    if full > 0 {
        let mut stmt = tx.prepare_cached(batch_sql)?;
        for chunk in rows[..full].chunks(BATCH) {
            let mut i = 1;
            for row in chunk {
                i = bind(&mut stmt, i, row)?;
            }
            stmt.raw_execute()?;
        }
    }
    if at_end && full < rows.len() {
        let mut stmt = tx.prepare_cached(one_sql)?;
        for row in &rows[full..] {
            bind(&mut stmt, 1, row)?;
            stmt.raw_execute()?;
        }
        rows.clear();
    } else {
        rows.drain(..full);
    }
    Ok(())
}

impl Pending {
    /// Write full batches now; at the end all that waits, the held reports
    /// in batches too (1.8 million at province scale: one statement each
    /// was a fifth of the import's instructions).
    fn write(&mut self, tx: &Transaction<'_>, at_end: bool) -> Result<()> {
        if at_end || (!self.hold_reports && self.reports.len() >= BATCH) {
            write_rows(
                tx,
                &mut self.reports,
                (&REPORTS_BATCH, &REPORTS_ONE),
                at_end,
                |stmt, i, r| {
                    stmt.raw_bind_parameter(i, r.id)?;
                    stmt.raw_bind_parameter(i + 1, r.member_id)?;
                    stmt.raw_bind_parameter(i + 2, r.month.to_string())?;
                    stmt.raw_bind_parameter(i + 3, iso_text(r.submitted_on))?;
                    stmt.raw_bind_parameter(i + 4, r.counts[0])?;
                    stmt.raw_bind_parameter(i + 5, r.counts[1])?;
                    stmt.raw_bind_parameter(i + 6, r.counts[2])?;
                    Ok(i + 7)
                },
            )?;
        }
        if at_end || self.items.len() >= BATCH {
            write_rows(
                tx,
                &mut self.items,
                (&ITEMS_BATCH, &ITEMS_ONE),
                at_end,
                |stmt, i, item| {
                    stmt.raw_bind_parameter(i, item.report_id)?;
                    stmt.raw_bind_parameter(i + 1, item.item_id)?;
                    stmt.raw_bind_parameter(i + 2, item.status.code())?;
                    stmt.raw_bind_parameter(i + 3, item.note.as_str())?;
                    Ok(i + 4)
                },
            )?;
        }
        Ok(())
    }
}

/// The tables of an import, from `prepare` to `finish`.
pub(super) struct Tables {
    pending: Pending,
    /// Whether the reports table was empty: then its indexes and triggers
    /// are dropped (`dropped` holds their SQL) and no report can exist.
    pub(super) first_reports: bool,
    dropped: Vec<String>,
    /// The id of the next new report.
    next_id: i64,
    bulk_reports: Bulk,
    bulk_items: Bulk,
    /// The months of the reports written (a replaced report's too: the
    /// report replacing it is of its month).
    months: BTreeSet<Month>,
}

impl Tables {
    /// Into an empty table, secondary indexes are cheaper built once at the
    /// end than kept up row by row, and the reports' status counts cheaper
    /// counted here than by the triggers row by row: indexes and triggers
    /// are dropped and made again, inside this transaction, from the schema
    /// compiled into danvan (never from the SQL the file holds), and the
    /// reports are held back to be written with their counts.
    pub(super) fn prepare(w: &Writer<'_>) -> Result<Tables> {
        let tx = &w.tx;
        let first_reports: bool =
            tx.query_row("SELECT NOT EXISTS (SELECT 1 FROM reports)", [], |r| {
                r.get(0)
            })?;
        let mut dropped: Vec<String> = Vec::new();
        // Beside other reports only the totals' triggers go: the months the
        // import touches are counted again at the end.
        let tables: &[&str] = if first_reports {
            &["reports", "report_items"]
        } else {
            &["reports"]
        };
        for object in schema::built_in_indexes_and_triggers(tables)? {
            if first_reports || totals::TRIGGERS.contains(&object.name.as_str()) {
                let kind = if object.kind == "index" {
                    "INDEX"
                } else {
                    "TRIGGER"
                };
                tx.execute_batch(&format!(
                    "DROP {kind} \"{}\"",
                    object.name.replace('"', "\"\"")
                ))?;
                dropped.extend(object.sql);
            }
        }
        let next_id: i64 =
            tx.query_row("SELECT coalesce(max(id), 0) + 1 FROM reports", [], |r| {
                r.get(0)
            })?;
        // Undo finds the new reports by their ids, from next_id on, and their
        // items through them; a replacing report keeps the replaced one's id
        // (see `delete`).
        Ok(Tables {
            pending: Pending {
                hold_reports: first_reports,
                ..Pending::default()
            },
            first_reports,
            dropped,
            next_id,
            bulk_reports: w.bulk("reports", Some(next_id))?,
            bulk_items: w.bulk("report_items", Some(next_id))?,
            months: BTreeSet::new(),
        })
    }

    /// The id the next new report will take.
    pub(super) fn next_id(&self) -> i64 {
        self.next_id
    }

    /// Delete the report `id`, which the file replaces: the new report
    /// takes its id, and its image is the audit log's before-image (undo
    /// reads it there: the replaced rows are stored once). Foreign keys are
    /// off for the import: its items go by hand.
    pub(super) fn delete(&self, tx: &Transaction<'_>, id: i64) -> Result<()> {
        tx.prepare_cached("DELETE FROM report_items WHERE report_id = ?")?
            .execute([id])?;
        tx.prepare_cached("DELETE FROM reports WHERE id = ?")?
            .execute([id])?;
        Ok(())
    }

    /// A new report, written with a later batch; its id: `reuse`, the id
    /// of the report it replaces, or the next new one.
    pub(super) fn add_report(
        &mut self,
        member_id: i64,
        month: Month,
        submitted_on: NaiveDate,
        reuse: Option<i64>,
    ) -> i64 {
        self.months.insert(month);
        if let Some(id) = reuse {
            self.pending.reports.push(PendingReport {
                id,
                member_id,
                month,
                submitted_on,
                counts: [0; 3],
            });
            return id;
        }
        let id = self.next_id;
        self.pending.reports.push(PendingReport {
            id,
            member_id,
            month,
            submitted_on,
            counts: [0; 3],
        });
        self.next_id += 1;
        id
    }

    /// A new item status of report `report_id`, writing the batches that are full.
    pub(super) fn add_item(
        &mut self,
        tx: &Transaction<'_>,
        report_id: i64,
        item_id: i64,
        status: Status,
        note: String,
    ) -> Result<()> {
        let pending = &mut self.pending;
        if pending.hold_reports {
            // Held reports are in id order from the first one.
            let first = pending.reports.first().map_or(0, |r| r.id);
            if let Some(r) = usize::try_from(report_id - first)
                .ok()
                .and_then(|i| pending.reports.get_mut(i))
                .filter(|r| r.id == report_id)
            {
                r.counts[status as usize] += 1;
            }
        }
        pending.items.push(PendingStatus {
            report_id,
            item_id,
            status,
            note,
        });
        pending.write(tx, false)
    }

    /// Write what waits, make again what was dropped, close the journal.
    /// The reports' totals by month and unit, whose triggers are off, are
    /// counted here: into an empty table from the reports written, beside
    /// others again from the reports of the months touched.
    pub(super) fn finish(mut self, tx: &Transaction<'_>) -> Result<()> {
        if self.first_reports {
            let mut totals = Totals::new(tx)?;
            for r in &self.pending.reports {
                totals.add(r.member_id, r.month, r.counts);
            }
            tx.execute("DELETE FROM report_totals", [])?;
            totals.write(tx)?;
        }
        self.pending.write(tx, true)?;
        if !self.first_reports {
            totals::count_again(tx, &self.months)?;
        }
        for sql in &self.dropped {
            tx.execute_batch(sql)?;
        }
        self.bulk_reports.finish(tx)?;
        self.bulk_items.finish(tx)
    }
}

#[cfg(test)]
mod tests;
