//! `danvan backup`, `check` and `log`: looking after the file.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use super::ctx::{Ctx, count};
use crate::check;
use crate::db::log;
use crate::error::user_msg;
use crate::i18n::{Arg, Lang, Msg};
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
    ctx.note(Msg::new("cli-backup-done").arg("file", args.file.display().to_string()))?;
    Ok(())
}

pub fn cmd_check(ctx: &Ctx) -> Result<()> {
    let (path, _) = ctx.db_path()?;
    let (db, problems) = check::whole_file(&path)?;
    if !problems.is_empty() {
        return Err(found_problems(&db.path, &problems));
    }
    ctx.print(Msg::new("cli-check-ok").arg("file", db.path.display().to_string()))
}

fn found_problems(path: &std::path::Path, problems: &[Msg]) -> anyhow::Error {
    user_msg(
        Msg::new("cli-check-damaged")
            .arg("file", path.display().to_string())
            .arg("problems", Arg::Lines(problems.to_vec())),
        Some(Msg::new("cli-hint-check-damaged")),
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
    // The note on a change is read in a table; CSV and JSON keep English.
    let lang = if cut { ctx.lang } else { Lang::En };
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
            undone_cell(lang, e.undone_by, e.undoes),
        ])
    })?;
    printer.finish()
}

/// The log's note on a change: undone by a later one, or itself an undo.
fn undone_cell(lang: Lang, undone_by: Option<i64>, undoes: Option<i64>) -> Cell {
    let note = match (undone_by, undoes) {
        (Some(by), _) => Msg::new("cli-log-undone-by").arg("change", by.to_string()),
        (None, Some(of)) => Msg::new("cli-log-undoes").arg("change", of.to_string()),
        (None, None) => return Cell::Empty,
    };
    Cell::Text(note.text(lang))
}

pub fn cmd_undo(ctx: &Ctx, args: UndoArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let done = db.write_or_rehearse(!args.dry_run, |w| undo::undo(w, args.change))?;
    let c = &done.change;
    let id = if args.dry_run {
        "cli-undo-dry-run"
    } else {
        "cli-undo-done"
    };
    let said = Msg::new(id)
        .arg("change", c.id.to_string())
        .arg("command", &c.command)
        .arg("user", &c.user)
        .arg("at", &c.at)
        .arg("restored", count(done.restored))
        .arg("removed", count(done.removed));
    if args.dry_run {
        ctx.note(said)
    } else {
        ctx.confirm(said)
    }
}
