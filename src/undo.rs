//! `undo`: revert one change — a command, or a whole import — from the
//! rows its journal kept (see `db::journal`), as jj's `op revert` does from
//! its operation log. An undo is a change of its own in the audit log; it
//! is not undone in turn, so repeated undos walk back through the changes.

use std::fmt;

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::Serialize;

use crate::db::Writer;
use crate::db::journal::{self, Table};
use crate::i18n::{Lang, Msg};

mod replaced;
mod revert;

use revert::revert;

/// The later changes that count against an undo of change ?1 by change
/// ?2: neither undone nor an undo.
const ACTIVE_LATER: &str = "SELECT id FROM changes WHERE id > ?1 AND id <> ?2
                            AND undoes IS NULL AND undone_by IS NULL";

/// A change as the log shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub id: i64,
    pub at: String,
    pub user: String,
    pub command: String,
    /// How many audit entries it made.
    pub entries: i64,
    pub undone_by: Option<i64>,
    pub undoes: Option<i64>,
}

/// What an undo did (or, rehearsed, would do).
#[derive(Debug, Serialize)]
pub struct Undone {
    pub change: Change,
    /// Rows put back as they were before the change.
    pub restored: u64,
    /// Rows the change had added, removed again.
    pub removed: u64,
}

/// Why an undo is refused.
#[derive(Debug)]
pub enum Refused {
    /// No change is left that is not undone.
    Nothing,
    /// No change has this number (or it was made before undo existed).
    NoSuchChange(i64),
    AlreadyUndone {
        change: i64,
        by: i64,
    },
    IsAnUndo {
        change: i64,
        of: i64,
    },
    /// A later change that is not undone touched the same records or
    /// depends on them.
    LaterChange {
        change: i64,
        later: Box<Change>,
    },
    /// A record put back would refer to one that is gone, and no later
    /// change that is not undone removed it.
    ParentGone {
        change: i64,
        table: String,
        parent: String,
    },
    /// Putting the rows back breaks a rule of the schema (a later change
    /// made a record the old one would collide with).
    Conflict {
        change: i64,
        reason: String,
    },
}

impl Refused {
    /// What was refused, as the clerk reads it.
    pub fn msg(&self) -> Msg {
        match self {
            Refused::Nothing => Msg::new("undo-nothing"),
            Refused::NoSuchChange(n) => Msg::new("undo-no-such-change").arg("change", *n),
            Refused::AlreadyUndone { change, by } => Msg::new("undo-already-undone")
                .arg("change", *change)
                .arg("by", *by),
            Refused::IsAnUndo { change, of } => Msg::new("undo-is-an-undo")
                .arg("change", *change)
                .arg("of", *of),
            Refused::LaterChange { change, later } => Msg::new("undo-later-change")
                .arg("change", *change)
                .arg("later", later.id)
                .arg("command", &later.command),
            Refused::ParentGone {
                change,
                table,
                parent,
            } => Msg::new("undo-parent-gone")
                .arg("change", *change)
                .arg("table", table)
                .arg("parent", parent),
            Refused::Conflict { change, reason } => Msg::new("undo-conflict")
                .arg("change", *change)
                .arg("reason", reason),
        }
    }
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg().text(Lang::En))
    }
}

impl std::error::Error for Refused {}

const CHANGE_SQL: &str = "SELECT c.id, coalesce(a.at, ''), coalesce(a.os_user, ''),
        coalesce(a.command, ''), coalesce(c.audit_last - c.audit_first + 1, 0),
        c.undone_by, c.undoes
     FROM changes c LEFT JOIN audit_log a ON a.id = c.audit_first";

fn change_from(r: &rusqlite::Row<'_>) -> rusqlite::Result<Change> {
    Ok(Change {
        id: r.get(0)?,
        at: r.get(1)?,
        user: r.get(2)?,
        command: r.get(3)?,
        entries: r.get(4)?,
        undone_by: r.get(5)?,
        undoes: r.get(6)?,
    })
}

/// One change by number, if it exists and was recorded whole.
pub fn change(conn: &Connection, id: i64) -> Result<Option<Change>> {
    Ok(conn
        .query_row(
            &format!("{CHANGE_SQL} WHERE c.id = ? AND c.audit_first IS NOT NULL"),
            [id],
            change_from,
        )
        .optional()?)
}

/// The newest change that is neither an undo nor undone.
fn newest(conn: &Connection, before: i64) -> Result<Option<Change>> {
    Ok(conn
        .query_row(
            &format!(
                "{CHANGE_SQL} WHERE c.id < ? AND c.audit_first IS NOT NULL
                 AND c.undoes IS NULL AND c.undone_by IS NULL ORDER BY c.id DESC LIMIT 1"
            ),
            [before],
            change_from,
        )
        .optional()?)
}

/// Undo change `target`, or the newest change not yet undone.
pub fn undo(w: &Writer<'_>, target: Option<i64>) -> Result<Undone> {
    let tx = &w.tx;
    let me = w.change();
    let change = match target {
        None => newest(tx, me)?.ok_or(Refused::Nothing)?,
        Some(n) => {
            let c = change(tx, n)?
                .filter(|c| c.id != me)
                .ok_or(Refused::NoSuchChange(n))?;
            if let Some(of) = c.undoes {
                return Err(Refused::IsAnUndo { change: n, of }.into());
            }
            if let Some(by) = c.undone_by {
                return Err(Refused::AlreadyUndone { change: n, by }.into());
            }
            c
        }
    };
    let tables = journal::tables(tx)?;
    if let Some(gone) = replaced::stage(tx, change.id, me)? {
        return Err(gone.refusal(tx, change.id)?.into());
    }
    if let Some(later) = later_dependent(tx, &tables, change.id, me)? {
        let later = self::change(tx, later)?.ok_or(Refused::NoSuchChange(later))?;
        return Err(Refused::LaterChange {
            change: change.id,
            later: Box::new(later),
        }
        .into());
    }
    journal::stop(tx)?;
    let (restored, removed) =
        revert(tx, &tables, change.id).map_err(|e| match e.downcast_ref::<rusqlite::Error>() {
            Some(rusqlite::Error::SqliteFailure(f, msg))
                if f.code == rusqlite::ErrorCode::ConstraintViolation =>
            {
                Refused::Conflict {
                    change: change.id,
                    reason: msg.clone().unwrap_or_else(|| f.to_string()),
                }
                .into()
            }
            _ => e,
        })?;
    if let Some(gone) = restored_without_parent(tx, &tables, change.id, me)? {
        return Err(gone.refusal(tx, change.id)?.into());
    }
    tx.execute(
        "UPDATE changes SET undone_by = ?1 WHERE id = ?2",
        params![me, change.id],
    )?;
    tx.execute(
        "UPDATE changes SET undoes = ?1 WHERE id = ?2",
        params![change.id, me],
    )?;
    // The journal of an undone change is never read again.
    tx.execute("DELETE FROM row_journal WHERE change_id = ?", [change.id])?;
    tx.execute("DELETE FROM bulk_rows WHERE change_id = ?", [change.id])?;
    let undone = Undone {
        change,
        restored,
        removed,
    };
    w.audit(
        "undo",
        "change",
        &undone.change.id.to_string(),
        Some(&undone.change),
        Some(&undone),
    )?;
    Ok(undone)
}

/// The first later change, neither undone nor an undo, that touched a row
/// of `change` or refers to a row `change` inserted.
fn later_dependent(
    tx: &Transaction<'_>,
    tables: &[Table],
    change: i64,
    me: i64,
) -> Result<Option<i64>> {
    let active = ACTIVE_LATER;
    let mut found: Vec<i64> = Vec::new();
    let touched: Option<i64> = tx.query_row(
        &format!(
            "SELECT min(l.change_id) FROM row_journal j
             JOIN row_journal l ON l.tbl = j.tbl AND l.key1 = j.key1 AND l.key2 IS j.key2
             WHERE j.change_id = ?1 AND l.change_id IN ({active})"
        ),
        params![change, me],
        |r| r.get(0),
    )?;
    found.extend(touched);
    let touched_bulk: Option<i64> = tx.query_row(
        &format!(
            "SELECT min(l.change_id) FROM bulk_rows b
             JOIN row_journal l ON l.tbl = b.tbl AND l.key1 BETWEEN b.first_key AND b.last_key
             WHERE b.change_id = ?1 AND l.change_id IN ({active})"
        ),
        params![change, me],
        |r| r.get(0),
    )?;
    found.extend(touched_bulk);
    // Rows of later changes that refer to rows this change inserted.
    for child in tables {
        let mut fks: Vec<(String, String, String)> = Vec::new();
        {
            let mut stmt =
                tx.prepare("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)")?;
            let mut rows = stmt.query([&child.name])?;
            while let Some(r) = rows.next()? {
                fks.push((r.get(0)?, r.get(1)?, r.get(2)?));
            }
        }
        for (parent, from, to) in fks {
            let Ok(p) = journal::find(tables, &parent) else {
                continue;
            };
            if p.key[0] != to {
                continue;
            }
            let inserted = "(c.\"FROM\" IN (SELECT key1 FROM row_journal
                                  WHERE change_id = ?1 AND tbl = ?3 AND before IS NULL)
                 OR EXISTS (SELECT 1 FROM bulk_rows b WHERE b.change_id = ?1 AND b.tbl = ?3
                            AND c.\"FROM\" BETWEEN b.first_key AND b.last_key))"
                .replace("\"FROM\"", &format!("\"{}\"", from.replace('"', "\"\"")));
            let (k1, k2) = child.key_of("c");
            let key_join = if child.key.len() == 2 {
                format!("{k1} = l.key1 AND {k2} = l.key2")
            } else {
                format!("{k1} = l.key1")
            };
            let by_journal: Option<i64> = tx.query_row(
                &format!(
                    "SELECT min(l.change_id) FROM row_journal l JOIN {} c ON {key_join}
                     WHERE l.tbl = ?4 AND l.change_id IN ({active}) AND {inserted}",
                    child.quoted()
                ),
                params![change, me, p.name, child.name],
                |r| r.get(0),
            )?;
            found.extend(by_journal);
            let by_bulk: Option<i64> = tx.query_row(
                &format!(
                    "SELECT min(b2.change_id) FROM bulk_rows b2
                     WHERE b2.tbl = ?4 AND b2.change_id IN ({active}) AND EXISTS (
                         SELECT 1 FROM {} c WHERE {k1} BETWEEN b2.first_key AND b2.last_key
                         AND {inserted})",
                    child.quoted()
                ),
                params![change, me, p.name, child.name],
                |r| r.get(0),
            )?;
            found.extend(by_bulk);
        }
    }
    // Evaluations name their member or model by code, not by key.
    for (kind, parent) in [("member", "members"), ("model", "models")] {
        let by_code: Option<i64> = tx.query_row(
            &format!(
                "SELECT min(l.change_id) FROM row_journal l JOIN evaluations c ON c.id = l.key1
                 WHERE l.tbl = 'evaluations' AND l.change_id IN ({active})
                 AND c.kind = ?3 AND c.subject IN (
                     SELECT p.code FROM {parent} p
                     WHERE p.id IN (SELECT key1 FROM row_journal
                                    WHERE change_id = ?1 AND tbl = ?4 AND before IS NULL)
                     OR EXISTS (SELECT 1 FROM bulk_rows b WHERE b.change_id = ?1 AND b.tbl = ?4
                                AND p.id BETWEEN b.first_key AND b.last_key))"
            ),
            params![change, me, kind, parent],
            |r| r.get(0),
        )?;
        found.extend(by_code);
    }
    Ok(found.into_iter().min())
}

/// A record an undo put back that refers to one no longer there.
struct Dangling {
    table: String,
    parent: String,
    /// The first later change, neither undone nor an undo, that removed
    /// (or changed) the record referred to.
    later: Option<i64>,
}

impl Dangling {
    /// The refusal of the undo of `change`: undo the later change first,
    /// or (none removed it) what is gone.
    fn refusal(self, tx: &Transaction<'_>, change: i64) -> Result<Refused> {
        Ok(match self.later {
            Some(later) => Refused::LaterChange {
                change,
                later: Box::new(self::change(tx, later)?.ok_or(Refused::NoSuchChange(later))?),
            },
            None => Refused::ParentGone {
                change,
                table: self.table,
                parent: self.parent,
            },
        })
    }
}

/// The first record put back by reverting `change` whose reference finds
/// nothing — a later change removed what it refers to (a pledge item
/// removed, then its member) — with that later change. Only the records
/// put back are read, not whole tables.
fn restored_without_parent(
    tx: &Transaction<'_>,
    tables: &[Table],
    change: i64,
    me: i64,
) -> Result<Option<Dangling>> {
    let mut restored: Vec<String> = Vec::new();
    {
        let mut stmt = tx.prepare(
            "SELECT DISTINCT tbl FROM row_journal WHERE change_id = ? AND before IS NOT NULL",
        )?;
        let mut rows = stmt.query([change])?;
        while let Some(r) = rows.next()? {
            restored.push(r.get(0)?);
        }
    }
    for name in restored {
        let child = journal::find(tables, &name)?;
        // (fk id, parent table, child column, parent column or None for
        // the parent's key), one row per column of the reference.
        let mut fks: Vec<(i64, String, String, Option<String>)> = Vec::new();
        {
            let mut stmt = tx.prepare(
                "SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)
                 ORDER BY id, seq",
            )?;
            let mut rows = stmt.query([&child.name])?;
            while let Some(r) = rows.next()? {
                fks.push((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?));
            }
        }
        let ids: std::collections::BTreeSet<i64> = fks.iter().map(|f| f.0).collect();
        for id in ids {
            let cols: Vec<_> = fks.iter().filter(|f| f.0 == id).collect();
            let parent = journal::find(tables, &cols[0].1)?;
            let pairs: Vec<(String, String)> = cols
                .iter()
                .map(|(_, _, from, to)| {
                    (
                        quote(from),
                        to.clone().unwrap_or_else(|| parent.key[0].clone()),
                    )
                })
                .collect();
            let present = pairs
                .iter()
                .map(|(from, _)| format!("c.{from} IS NOT NULL"))
                .collect::<Vec<_>>()
                .join(" AND ");
            let matched = pairs
                .iter()
                .map(|(from, to)| format!("p.{} = c.{from}", quote(to)))
                .collect::<Vec<_>>()
                .join(" AND ");
            let (k1, k2) = child.key_of("c");
            let values = pairs
                .iter()
                .map(|(from, _)| format!("c.{from}"))
                .collect::<Vec<_>>()
                .join(", ");
            let dangling: Option<Vec<rusqlite::types::Value>> = tx
                .query_row(
                    &format!(
                        "SELECT {values} FROM row_journal j JOIN {} c
                           ON {k1} = j.key1 AND {k2} IS j.key2
                         WHERE j.change_id = ?1 AND j.tbl = ?2 AND j.before IS NOT NULL
                           AND {present}
                           AND NOT EXISTS (SELECT 1 FROM {} p WHERE {matched})
                         LIMIT 1",
                        child.quoted(),
                        parent.quoted()
                    ),
                    params![change, child.name],
                    |r| (0..pairs.len()).map(|i| r.get(i)).collect(),
                )
                .optional()?;
            let Some(values) = dangling else {
                continue;
            };
            // The later change whose journal holds the record referred to
            // as it was before that change removed or changed it.
            let was = pairs
                .iter()
                .enumerate()
                .map(|(i, (_, to))| {
                    format!(
                        "json_extract(l.before, '$.\"{}\"') IS ?{}",
                        to.replace('\'', "''"),
                        i + 4
                    )
                })
                .collect::<Vec<_>>()
                .join(" AND ");
            let mut args: Vec<rusqlite::types::Value> =
                vec![change.into(), me.into(), parent.name.clone().into()];
            args.extend(values);
            let later: Option<i64> = tx.query_row(
                &format!(
                    "SELECT min(l.change_id) FROM row_journal l
                     WHERE l.tbl = ?3 AND l.before IS NOT NULL AND {was}
                     AND l.change_id IN ({ACTIVE_LATER})"
                ),
                rusqlite::params_from_iter(args),
                |r| r.get(0),
            )?;
            return Ok(Some(Dangling {
                table: child.name.clone(),
                parent: parent.name.clone(),
                later,
            }));
        }
    }
    Ok(None)
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}
