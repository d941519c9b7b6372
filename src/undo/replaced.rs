//! The records an import with `--replace` replaced (reports; pledge items
//! in `pledges`).
//!
//! The reports a `report import --replace` replaced. They are stored once,
//! as the import's audit before-image (members' codes and items' numbers,
//! as `log` shows them), not a second time in the undo journal; each
//! replacing report took the id of the report it replaced. Before such an
//! import is undone, its replaced reports are read from that image into
//! temporary tables (in the connection, not the file), checked against the
//! later changes as every journalled row is, and put back by a few
//! statements over whole sets of rows.

use anyhow::Result;
use rusqlite::{OptionalExtension, Transaction, params};

use super::{ACTIVE_LATER, Dangling};

mod pledges;

/// Read the reports `change` replaced, if it is a report import that
/// replaced some, from its audit entry into temporary tables, ready for
/// `put_back`. A report that cannot be put back (its member, the report
/// replacing it or an item it names is gone; a later change touched the
/// replacing report) is returned instead, with the later change when there
/// is one; the tables are then dropped.
pub(super) fn stage(tx: &Transaction<'_>, change: i64, me: i64) -> Result<Option<Dangling>> {
    drop_staged(tx)?;
    if let Some(entry) = replacing_import(tx, change, "pledge import", "pledge_items")? {
        return pledges::stage(tx, change, me, entry);
    }
    let Some(entry) = replacing_import(tx, change, "report import", "reports")? else {
        return Ok(None);
    };
    tx.execute_batch(
        "CREATE TEMP TABLE undo_replaced (
             code TEXT, month TEXT, submitted_on TEXT, items TEXT,
             member_id INTEGER, report_id INTEGER);
         CREATE TEMP TABLE undo_old_reports AS SELECT * FROM main.reports WHERE 0;
         CREATE TEMP TABLE undo_old_items AS SELECT * FROM main.report_items WHERE 0;",
    )?;
    tx.execute(
        "INSERT INTO temp.undo_replaced
         SELECT e.value ->> '$.member', e.value ->> '$.month', e.value ->> '$.submitted_on',
                e.value -> '$.items', m.id, r.id
         FROM json_each((SELECT before FROM audit_log WHERE id = ?1)) e
         LEFT JOIN main.members m ON m.code = e.value ->> '$.member'
         LEFT JOIN main.reports r ON r.member_id = m.id AND r.month = e.value ->> '$.month'",
        [entry],
    )?;
    let gone = match missing(tx, change, me)? {
        Some(gone) => Some(gone),
        None => touched_later(tx, change, me)?,
    };
    if gone.is_some() {
        drop_staged(tx)?;
    } else {
        images(tx)?;
    }
    Ok(gone)
}

/// The audit entry of `change` that is an import (`action`) which replaced
/// records of `table`, their before-image being where undo reads them.
fn replacing_import(
    tx: &Transaction<'_>,
    change: i64,
    action: &str,
    table: &str,
) -> Result<Option<i64>> {
    Ok(tx
        .query_row(
            "SELECT a.id FROM changes c
             JOIN audit_log a ON a.id BETWEEN c.audit_first AND c.audit_last
             WHERE c.id = ?1 AND a.action = ?2 AND json_valid(a.before)
               AND json_type(a.before) = 'array' AND json_array_length(a.before) > 0
               -- Files written before kept the images in the journal itself.
               AND NOT EXISTS (SELECT 1 FROM row_journal
                               WHERE change_id = ?1 AND tbl = ?3 AND before IS NOT NULL)
             LIMIT 1",
            params![change, action, table],
            |r| r.get(0),
        )
        .optional()?)
}

fn drop_staged(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(
        "DROP TABLE IF EXISTS temp.undo_replaced; DROP TABLE IF EXISTS temp.undo_old_reports;
         DROP TABLE IF EXISTS temp.undo_old_items; DROP TABLE IF EXISTS temp.undo_old_pledges;",
    )?;
    Ok(())
}

/// The first later change (neither undone nor an undo) whose journal holds
/// a row of `tables` (an SQL list of names) whose first key is among `keys`
/// (a query over the staged tables).
fn first_later_touching(
    tx: &Transaction<'_>,
    change: i64,
    me: i64,
    tables: &str,
    keys: &str,
) -> Result<Option<i64>> {
    Ok(tx.query_row(
        &format!(
            "SELECT min(l.change_id) FROM row_journal l
             WHERE l.tbl IN ({tables}) AND l.key1 IN ({keys})
               AND l.change_id IN ({ACTIVE_LATER})"
        ),
        params![change, me],
        |r| r.get(0),
    )?)
}

/// The first later change that touched a replacing report or its statuses
/// (they hold the replaced reports' ids).
fn touched_later(tx: &Transaction<'_>, change: i64, me: i64) -> Result<Option<Dangling>> {
    let later = first_later_touching(
        tx,
        change,
        me,
        "'reports', 'report_items'",
        "SELECT report_id FROM temp.undo_replaced",
    )?;
    Ok(later.map(|later| Dangling {
        table: "reports".into(),
        parent: "reports".into(),
        later: Some(later),
    }))
}

/// The first later change (neither undone nor an undo) whose journal holds
/// a row of `tbl` matching `was` (over parameters ?4 on) as it was before
/// that change removed or changed it.
fn removed_by(
    tx: &Transaction<'_>,
    change: i64,
    me: i64,
    tbl: &str,
    was: &str,
    values: Vec<rusqlite::types::Value>,
) -> Result<Option<i64>> {
    let mut args: Vec<rusqlite::types::Value> =
        vec![change.into(), me.into(), tbl.to_string().into()];
    args.extend(values);
    Ok(tx.query_row(
        &format!(
            "SELECT min(l.change_id) FROM row_journal l
             WHERE l.tbl = ?3 AND l.before IS NOT NULL AND {was}
             AND l.change_id IN ({ACTIVE_LATER})"
        ),
        rusqlite::params_from_iter(args),
        |r| r.get(0),
    )?)
}

/// The first replaced report that cannot be put back, and the later change
/// whose journal holds what it needs as it was before that change.
fn missing(tx: &Transaction<'_>, change: i64, me: i64) -> Result<Option<Dangling>> {
    let later = |tbl: &str, was: &str, values| removed_by(tx, change, me, tbl, was, values);
    let no_member: Option<String> = tx
        .query_row(
            "SELECT code FROM temp.undo_replaced WHERE member_id IS NULL LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(code) = no_member {
        return Ok(Some(Dangling {
            table: "reports".into(),
            parent: "members".into(),
            later: later("members", "l.before ->> '$.code' IS ?4", vec![code.into()])?,
        }));
    }
    let no_report: Option<(i64, String)> = tx
        .query_row(
            "SELECT member_id, month FROM temp.undo_replaced WHERE report_id IS NULL LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((member, month)) = no_report {
        return Ok(Some(Dangling {
            table: "report_items".into(),
            parent: "reports".into(),
            later: later(
                "reports",
                "l.before ->> '$.member_id' IS ?4 AND l.before ->> '$.month' IS ?5",
                vec![member.into(), month.into()],
            )?,
        }));
    }
    let no_item: Option<(i64, i64, i64)> = tx
        .query_row(
            "SELECT t.member_id, CAST(substr(t.month, 1, 4) AS INTEGER), i.value ->> '$.no'
             FROM temp.undo_replaced t, json_each(t.items) i
             WHERE NOT EXISTS (SELECT 1 FROM main.pledge_items p
                               WHERE p.member_id = t.member_id
                                 AND p.year = CAST(substr(t.month, 1, 4) AS INTEGER)
                                 AND p.no = i.value ->> '$.no')
             LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    if let Some((member, year, no)) = no_item {
        return Ok(Some(Dangling {
            table: "report_items".into(),
            parent: "pledge_items".into(),
            later: later(
                "pledge_items",
                "l.before ->> '$.member_id' IS ?4 AND l.before ->> '$.year' IS ?5
                 AND l.before ->> '$.no' IS ?6",
                vec![member.into(), year.into(), no.into()],
            )?,
        }));
    }
    Ok(None)
}

/// The replaced reports and statuses as rows of their tables.
fn images(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(
        "INSERT INTO temp.undo_old_items (report_id, item_id, status, note)
         SELECT t.report_id, p.id, i.value ->> '$.status', coalesce(i.value ->> '$.note', '')
         FROM temp.undo_replaced t, json_each(t.items) i
         JOIN main.pledge_items p ON p.member_id = t.member_id
          AND p.year = CAST(substr(t.month, 1, 4) AS INTEGER) AND p.no = i.value ->> '$.no';
         INSERT INTO temp.undo_old_reports
             (id, member_id, month, submitted_on, done, in_progress, not_done)
         SELECT t.report_id, t.member_id, t.month, t.submitted_on,
             sum(i.status = 'done'), sum(i.status = 'in-progress'), sum(i.status = 'not-done')
         FROM temp.undo_replaced t JOIN temp.undo_old_items i ON i.report_id = t.report_id
         GROUP BY t.report_id;",
    )?;
    Ok(())
}

/// Put the staged reports back, in place of the replacing ones (same ids),
/// while the schema's triggers are off: (rows restored, rows removed).
pub(super) fn put_back(tx: &Transaction<'_>) -> Result<(u64, u64)> {
    let staged = |name: &str| -> Result<bool> {
        Ok(tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM temp.sqlite_schema WHERE name = ?)",
            [name],
            |r| r.get(0),
        )?)
    };
    if staged("undo_old_pledges")? {
        let restored = pledges::put_back(tx)?;
        drop_staged(tx)?;
        return Ok((restored, 0));
    }
    if !staged("undo_replaced")? {
        return Ok((0, 0));
    }
    let removed = tx.execute(
        "DELETE FROM main.report_items
         WHERE report_id IN (SELECT report_id FROM temp.undo_replaced)",
        [],
    )?;
    let mut restored = tx.execute(
        "INSERT INTO main.report_items SELECT * FROM temp.undo_old_items",
        [],
    )?;
    // Updated in place: a REPLACE would delete the row, and its statuses
    // with it (ON DELETE CASCADE).
    restored += tx.execute(
        "UPDATE main.reports SET member_id = o.member_id, month = o.month,
             submitted_on = o.submitted_on, done = o.done, in_progress = o.in_progress,
             not_done = o.not_done
         FROM temp.undo_old_reports o WHERE reports.id = o.id",
        [],
    )?;
    drop_staged(tx)?;
    Ok((restored as u64, removed as u64))
}
