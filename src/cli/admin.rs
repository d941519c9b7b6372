//! `danvan backup`, `check` and `log`: looking after the file.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use super::ctx::Ctx;
use crate::check;
use crate::db::log;
use crate::error::user_error_hint;
use crate::output::{Cell, Column};
use crate::undo;

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

#[derive(Debug, Args)]
pub struct UndoArgs {
    /// The change to undo, by its number in the `change` column of `danvan log` [default: the newest change not yet undone]
    change: Option<i64>,

    /// Say what would be undone, and change nothing
    #[arg(long)]
    dry_run: bool,
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
    let (path, _) = ctx.db_path()?;
    let (db, problems) = check::whole_file(&path)?;
    if !problems.is_empty() {
        return Err(found_problems(&db.path, &problems));
    }
    crate::output::print_line(&format!("{}: ok", db.path.display()))?;
    Ok(())
}

fn found_problems(path: &std::path::Path, problems: &[String]) -> anyhow::Error {
    user_error_hint(
        format!(
            "{} is damaged or was changed outside danvan:\n{}",
            path.display(),
            problems.join("\n")
        ),
        "restore the latest backup (danvan backup makes one), or correct the values listed; keep the damaged file for inspection",
    )
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
    Column::new("change", "Thay đổi", "Change"),
    Column::new("undone", "Hoàn tác", "Undone"),
];

pub fn cmd_log(ctx: &Ctx, args: LogArgs) -> Result<()> {
    let db = ctx.open()?;
    let mut printer = ctx.printer(LOG_COLUMNS)?;
    // A table is read by a person: long record images are cut short there
    // and stay whole in CSV and JSON.
    let cut = ctx.format == crate::output::Format::Table;
    let text = |s: Option<String>| {
        s.map_or(Cell::Empty, |s| {
            if cut && s.chars().count() > 160 {
                Cell::Text(s.chars().take(160).chain(['…']).collect())
            } else {
                Cell::Text(s)
            }
        })
    };
    log::newest(&db.conn, args.limit, |e| {
        printer.row(&[
            Cell::Int(e.id),
            text(e.at),
            text(e.user),
            text(e.command),
            text(e.action),
            text(e.subject),
            text(e.before),
            text(e.after),
            e.change.map_or(Cell::Empty, Cell::Int),
            undone_cell(e.undone_by, e.undoes),
        ])
    })?;
    printer.finish()
}

/// The log's note on a change: undone by a later one, or itself an undo.
fn undone_cell(undone_by: Option<i64>, undoes: Option<i64>) -> Cell {
    match (undone_by, undoes) {
        (Some(by), _) => Cell::Text(format!("undone by {by}")),
        (None, Some(of)) => Cell::Text(format!("undoes {of}")),
        (None, None) => Cell::Empty,
    }
}

pub fn cmd_undo(ctx: &Ctx, args: UndoArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let done = db.write_or_rehearse(!args.dry_run, |w| undo::undo(w, args.change))?;
    let c = &done.change;
    let what = format!(
        "change {} ({}, by {} at {}): {} records restored, {} removed",
        c.id, c.command, c.user, c.at, done.restored, done.removed
    );
    if args.dry_run {
        ctx.note(&format!(
            "would undo {what}; nothing was changed (--dry-run)"
        ))
    } else {
        ctx.confirm(&format!("undid {what}"))
    }
}
