//! The reports of each month by unit (`report_totals`, see schema.sql),
//! which the schema's triggers keep; what works with those triggers off
//! (a first import, an undo emptying the reports) keeps the table itself.

use std::collections::{BTreeSet, HashMap};

use anyhow::Result;
use rusqlite::{Connection, Transaction, params};

use super::schema;
use crate::dates::Month;

/// The triggers that keep `report_totals`.
pub const TRIGGERS: [&str; 4] = [
    "report_totals_count",
    "report_totals_recount",
    "report_totals_uncount",
    "report_totals_move",
];

/// Sums of new reports by month and unit, made while the triggers are off.
pub struct Totals {
    /// Each member's unit, as an index into `units`.
    unit_of: HashMap<i64, usize>,
    units: Vec<String>,
    sums: HashMap<(Month, usize), [i64; 4]>,
}

impl Totals {
    /// Ready to count reports of the members as they are in `conn`.
    pub fn new(conn: &Connection) -> Result<Totals> {
        let mut units: Vec<String> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut unit_of = HashMap::new();
        let mut stmt = conn.prepare("SELECT id, unit FROM members")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let unit: String = r.get(1)?;
            let at = *index.entry(unit).or_insert_with_key(|u| {
                units.push(u.clone());
                units.len() - 1
            });
            unit_of.insert(id, at);
        }
        Ok(Totals {
            unit_of,
            units,
            sums: HashMap::new(),
        })
    }

    /// Count one report of `member` with its items per status (done, in
    /// progress, not done).
    pub fn add(&mut self, member: i64, month: Month, counts: [i64; 3]) {
        if let Some(&unit) = self.unit_of.get(&member) {
            let s = self.sums.entry((month, unit)).or_default();
            s[0] += 1;
            for (sum, n) in s[1..].iter_mut().zip(counts) {
                *sum += n;
            }
        }
    }

    /// Add what was counted to the table.
    pub fn write(self, tx: &Transaction<'_>) -> Result<()> {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO report_totals (month, unit, reports, done, in_progress, not_done)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (month, unit) DO UPDATE SET
                 reports = reports + excluded.reports, done = done + excluded.done,
                 in_progress = in_progress + excluded.in_progress,
                 not_done = not_done + excluded.not_done",
        )?;
        for ((month, unit), s) in self.sums {
            stmt.execute(params![
                month.to_string(),
                self.units[unit],
                s[0],
                s[1],
                s[2],
                s[3]
            ])?;
        }
        Ok(())
    }
}

/// Count the totals of `months` again from their reports (a write that
/// touched them with the triggers off).
pub fn count_again(tx: &Transaction<'_>, months: &BTreeSet<Month>) -> Result<()> {
    let mut clear = tx.prepare_cached("DELETE FROM report_totals WHERE month = ?1")?;
    let mut count = tx.prepare_cached(
        "INSERT INTO report_totals (month, unit, reports, done, in_progress, not_done)
         SELECT r.month, m.unit, count(*), sum(r.done), sum(r.in_progress), sum(r.not_done)
         FROM reports r JOIN members m ON m.id = r.member_id
         WHERE r.month = ?1
         GROUP BY m.unit",
    )?;
    for month in months {
        let month = month.to_string();
        clear.execute([&month])?;
        count.execute([&month])?;
    }
    Ok(())
}

/// Delete every report at once, with the triggers off for it (row by row
/// they would cost more than the delete): no report, no totals.
pub fn delete_all_reports(tx: &Transaction<'_>) -> Result<usize> {
    let triggers: Vec<_> = schema::built_in_indexes_and_triggers(&["reports"])?
        .into_iter()
        .filter(|o| TRIGGERS.contains(&o.name.as_str()))
        .collect();
    for t in &triggers {
        tx.execute_batch(&format!("DROP TRIGGER IF EXISTS main.{}", t.name))?;
    }
    let triggers: Vec<String> = triggers.into_iter().filter_map(|o| o.sql).collect();
    let removed = tx.execute("DELETE FROM reports", [])?;
    tx.execute("DELETE FROM report_totals", [])?;
    for sql in &triggers {
        tx.execute_batch(sql)?;
    }
    Ok(removed)
}

/// The (month, unit) rows of `report_totals` that differ from the reports
/// themselves, counted both ways.
pub fn miscounted(conn: &Connection) -> Result<u64> {
    let n: i64 = conn.query_row(
        "WITH counted AS (
             SELECT r.month, m.unit, count(*) AS reports, sum(r.done) AS done,
                    sum(r.in_progress) AS in_progress, sum(r.not_done) AS not_done
             FROM reports r JOIN members m ON m.id = r.member_id
             GROUP BY r.month, m.unit)
         SELECT (SELECT count(*) FROM (SELECT * FROM counted EXCEPT
                     SELECT month, unit, reports, done, in_progress, not_done FROM report_totals))
              + (SELECT count(*) FROM (SELECT month, unit, reports, done, in_progress, not_done
                     FROM report_totals EXCEPT SELECT * FROM counted))",
        [],
        |r| r.get(0),
    )?;
    Ok(n.max(0) as u64)
}
