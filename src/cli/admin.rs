//! `danvan backup`, `check` and `log`: looking after the file.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use super::Ctx;
use crate::error::user_error_hint;
use crate::output::{Cell, Column};

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy: a new file, or a regular file to replace (not the database, a link, a device)
    ///
    /// Example: danvan backup /srv/sao-luu/danvan-2026-11-27.db
    file: PathBuf,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// How many entries to show, newest first
    #[arg(long, default_value_t = 50)]
    limit: u32,
}

pub fn cmd_backup(ctx: &Ctx, args: BackupArgs) -> Result<()> {
    let db = ctx.open()?;
    db.backup_to(&args.file)?;
    ctx.note(&format!(
        "{} {}",
        ctx.say("Đã sao lưu vào", "Backed up to"),
        args.file.display()
    ))?;
    Ok(())
}

pub fn cmd_check(ctx: &Ctx) -> Result<()> {
    let db = ctx.open()?;
    let mut problems = Vec::new();
    {
        let mut stmt = db.conn.prepare("PRAGMA integrity_check")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        for row in rows {
            let line = row?;
            if line != "ok" {
                problems.push(line);
            }
        }
    }
    {
        let mut stmt = db.conn.prepare("PRAGMA foreign_key_check")?;
        let rows = stmt.query_map([], |r| {
            Ok(format!(
                "table {} row {} refers to a missing row of {}",
                r.get::<_, String>(0)?,
                r.get::<_, Option<i64>>(1)?.unwrap_or_default(),
                r.get::<_, String>(2)?
            ))
        })?;
        for row in rows {
            problems.push(row?);
        }
    }
    // Each report keeps the count of its items per status (schema.sql).
    let miscounted: i64 = db.conn.query_row(
        "SELECT count(*) FROM reports r
         LEFT JOIN (SELECT report_id, sum(status = 'done') AS d, sum(status = 'in-progress') AS i,
                           sum(status = 'not-done') AS n
                    FROM report_items GROUP BY report_id) c ON c.report_id = r.id
         WHERE coalesce(c.d, 0) <> r.done OR coalesce(c.i, 0) <> r.in_progress
            OR coalesce(c.n, 0) <> r.not_done",
        [],
        |r| r.get(0),
    )?;
    if miscounted > 0 {
        problems.push(format!(
            "{miscounted} reports whose status counts do not match their items"
        ));
    }
    if !problems.is_empty() {
        return Err(user_error_hint(
            format!("{} is damaged:\n{}", db.path.display(), problems.join("\n")),
            "restore the latest backup (danvan backup makes one); keep the damaged file for inspection",
        ));
    }
    crate::output::print_line(&format!("{}: ok", db.path.display()))?;
    Ok(())
}

const LOG_COLUMNS: &[Column] = &[
    Column::new("id", "Số", "No."),
    Column::new("at", "Thời điểm", "At"),
    Column::new("user", "Người dùng", "User"),
    Column::new("command", "Lệnh", "Command"),
    Column::new("action", "Thao tác", "Action"),
    Column::new("subject", "Đối tượng", "Subject"),
    Column::new("before", "Trước", "Before"),
    Column::new("after", "Sau", "After"),
];

pub fn cmd_log(ctx: &Ctx, args: LogArgs) -> Result<()> {
    let db = ctx.open()?;
    let mut stmt = db.conn.prepare(
        "SELECT id, at, os_user, command, action, subject, before, after
         FROM audit_log ORDER BY id DESC LIMIT ?",
    )?;
    let mut printer = ctx.printer(LOG_COLUMNS)?;
    // A table is read by a person: long record images are cut short there
    // and stay whole in CSV and JSON.
    let cut = ctx.format == crate::output::Format::Table;
    let mut rows = stmt.query([args.limit])?;
    while let Some(r) = rows.next()? {
        let text = |i: usize| -> rusqlite::Result<Cell> {
            Ok(r.get::<_, Option<String>>(i)?.map_or(Cell::Empty, |s| {
                if cut && s.chars().count() > 160 {
                    Cell::Text(s.chars().take(160).chain(['…']).collect())
                } else {
                    Cell::Text(s)
                }
            }))
        };
        printer.row(&[
            Cell::Int(r.get(0)?),
            text(1)?,
            text(2)?,
            text(3)?,
            text(4)?,
            text(5)?,
            text(6)?,
            text(7)?,
        ])?;
    }
    printer.finish()
}
