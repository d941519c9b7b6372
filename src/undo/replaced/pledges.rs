//! The pledge items a `pledge import --replace` replaced: updated in place
//! (their ids and numbers stay), their earlier field, model and text kept
//! once, in the import's audit before-image, which undo reads back.

use anyhow::Result;
use rusqlite::{OptionalExtension, Transaction};

use super::{Dangling, drop_staged, first_later_touching, removed_by};

/// Stage the items of audit entry `entry` as they were, or say which one
/// cannot be put back (see `replaced::stage`).
pub(super) fn stage(
    tx: &Transaction<'_>,
    change: i64,
    me: i64,
    entry: i64,
) -> Result<Option<Dangling>> {
    tx.execute_batch(
        "CREATE TEMP TABLE undo_old_pledges (
             code TEXT, year INTEGER, no INTEGER, member_id INTEGER, id INTEGER,
             field TEXT, model TEXT, model_id INTEGER, text TEXT);",
    )?;
    tx.execute(
        "INSERT INTO temp.undo_old_pledges
         SELECT e.value ->> '$.member', e.value ->> '$.year', e.value ->> '$.no', m.id, p.id,
                e.value ->> '$.field', e.value ->> '$.model', o.id, e.value ->> '$.text'
         FROM json_each((SELECT before FROM audit_log WHERE id = ?1)) e
         LEFT JOIN main.members m ON m.code = e.value ->> '$.member'
         LEFT JOIN main.pledge_items p ON p.member_id = m.id
             AND p.year = e.value ->> '$.year' AND p.no = e.value ->> '$.no'
         LEFT JOIN main.models o ON o.code = e.value ->> '$.model'",
        [entry],
    )?;
    let gone = missing(tx, change, me)?;
    if gone.is_some() {
        drop_staged(tx)?;
    }
    Ok(gone)
}

/// A staged item: its member's id (if found), code, year, number, model.
type Staged = (Option<i64>, String, i64, i64, Option<String>);

fn missing(tx: &Transaction<'_>, change: i64, me: i64) -> Result<Option<Dangling>> {
    let row = |sql: &str| -> Result<Option<Staged>> {
        Ok(tx
            .query_row(
                &format!(
                    "SELECT member_id, code, year, no, model FROM temp.undo_old_pledges
                     WHERE {sql} LIMIT 1"
                ),
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()?)
    };
    let gone = |parent: &str, later| Dangling {
        table: "pledge_items".into(),
        parent: parent.into(),
        later,
    };
    if let Some((_, code, ..)) = row("member_id IS NULL")? {
        let later = removed_by(
            tx,
            change,
            me,
            "members",
            "l.before ->> '$.code' IS ?4",
            vec![code.into()],
        )?;
        return Ok(Some(gone("members", later)));
    }
    if let Some((Some(member), _, year, no, _)) = row("id IS NULL")? {
        let later = removed_by(
            tx,
            change,
            me,
            "pledge_items",
            "l.before ->> '$.member_id' IS ?4 AND l.before ->> '$.year' IS ?5
             AND l.before ->> '$.no' IS ?6",
            vec![member.into(), year.into(), no.into()],
        )?;
        return Ok(Some(gone("pledge_items", later)));
    }
    if let Some((.., Some(model))) = row("model IS NOT NULL AND model_id IS NULL")? {
        let later = removed_by(
            tx,
            change,
            me,
            "models",
            "l.before ->> '$.code' IS ?4",
            vec![model.into()],
        )?;
        return Ok(Some(gone("models", later)));
    }
    // A later change to one of the items (an edit, a removal undone since).
    let later = first_later_touching(
        tx,
        change,
        me,
        "'pledge_items'",
        "SELECT id FROM temp.undo_old_pledges",
    )?;
    Ok(later.map(|later| gone("pledge_items", Some(later))))
}

/// Put the items back as they were: the rows updated.
pub(super) fn put_back(tx: &Transaction<'_>) -> Result<u64> {
    Ok(tx.execute(
        "UPDATE main.pledge_items SET field = o.field, model_id = o.model_id, text = o.text
         FROM temp.undo_old_pledges o WHERE pledge_items.id = o.id",
        [],
    )? as u64)
}
