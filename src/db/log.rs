//! The audit log read back, newest first, each entry with the change it
//! belongs to (`danvan log`).

use anyhow::Result;
use rusqlite::Connection;

/// One line of the audit log.
#[derive(Debug)]
pub struct Entry {
    pub id: i64,
    pub at: Option<String>,
    pub user: Option<String>,
    pub command: Option<String>,
    pub action: Option<String>,
    pub subject: Option<String>,
    /// The record's image before and after, as JSON.
    pub before: Option<String>,
    pub after: Option<String>,
    /// The change (the unit of undo) the entry belongs to.
    pub change: Option<i64>,
    /// The later change that undid this one.
    pub undone_by: Option<i64>,
    /// The change this one undoes, when it is an undo.
    pub undoes: Option<i64>,
}

/// Hand the newest `limit` entries to `f`, newest first, as they are read.
pub fn newest(conn: &Connection, limit: u32, mut f: impl FnMut(Entry) -> Result<()>) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT a.id, a.at, a.os_user, a.command, a.action, a.subject, a.before, a.after,
                c.id, c.undone_by, c.undoes
         FROM audit_log a
         LEFT JOIN changes c ON c.id = (SELECT id FROM changes
                                        WHERE audit_first <= a.id AND audit_last >= a.id
                                        ORDER BY audit_first DESC LIMIT 1)
         ORDER BY a.id DESC LIMIT ?",
    )?;
    let mut rows = stmt.query([limit])?;
    while let Some(r) = rows.next()? {
        f(Entry {
            id: r.get(0)?,
            at: r.get(1)?,
            user: r.get(2)?,
            command: r.get(3)?,
            action: r.get(4)?,
            subject: r.get(5)?,
            before: r.get(6)?,
            after: r.get(7)?,
            change: r.get(8)?,
            undone_by: r.get(9)?,
            undoes: r.get(10)?,
        })?;
    }
    Ok(())
}
