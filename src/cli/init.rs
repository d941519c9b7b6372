//! `danvan init` and `danvan demo`.

use std::path::Path;

use anyhow::Result;
use clap::Args;

use super::args::TargetArgs;
use super::ctx::Ctx;
use super::review_out::{print_by_year, write_review};
use crate::db::{self, Db, shell_quote};
use crate::demo;
use crate::error::user_msg;
use crate::i18n::Msg;

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Replace an existing file even if an earlier demo did not make it
    #[arg(long)]
    force: bool,
}

pub fn cmd_init(ctx: &Ctx) -> Result<()> {
    let (path, is_default) = ctx.db_path()?;
    if is_default && let Some(dir) = path.parent() {
        db::create_private_dir(dir)?;
    }
    let (_db, created) = Db::create_or_open(&path)?;
    ctx.note(Msg::new(if created {
        "cli-init-created"
    } else {
        "cli-init-exists"
    }))?;
    crate::output::print_line(&path.display().to_string())?;
    Ok(())
}

pub fn cmd_demo(ctx: &Ctx, args: DemoArgs) -> Result<()> {
    let (path, is_default) = ctx.db_path()?;
    let path = if is_default {
        let demo_path = path.with_file_name("danvan-demo.db");
        if let Some(dir) = demo_path.parent() {
            db::create_private_dir(dir)?;
        }
        demo_path
    } else {
        path
    };
    if path.exists() {
        if path.is_dir() {
            return Err(user_msg(
                Msg::new("cli-demo-is-dir").arg("file", path.display().to_string()),
                None,
            ));
        }
        if !args.force && !demo::is_demo(&path) {
            return Err(user_msg(
                Msg::new("cli-demo-not-demo").arg("file", path.display().to_string()),
                Some(Msg::new("cli-hint-demo-not-demo")),
            ));
        }
        remove_database(&path)?;
    }
    let (mut db, _) = Db::create_or_open(&path)?;
    let made = demo::build(&mut db, ctx.today()?)?;
    ctx.note(made.0.clone())?;
    let today = ctx.today()?;
    let first = demo::first_year(today);
    let review = crate::summary::review(
        &db.conn,
        first,
        first + 2,
        today,
        crate::summary::Scope::Agency,
    )?;
    ctx.print(
        Msg::new("cli-demo-review-title")
            .arg("from", first.to_string())
            .arg("to", (first + 2).to_string()),
    )?;
    print_by_year(ctx, &review, &TargetArgs::default())?;
    crate::output::print_line("")?;
    let document = path.with_file_name(format!(
        "{}-review-{first}-{}.docx",
        path.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "danvan".into()),
        first + 2
    ));
    write_review(ctx, &db, first, first + 2, &document)?;
    ctx.print(Msg::new("cli-demo-document").arg("file", document.display().to_string()))?;
    ctx.print(Msg::new("cli-demo-explore").arg("db", shell_quote(&path.display().to_string())))
}

/// Remove a database file and its WAL and shared-memory files.
fn remove_database(path: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(user_msg(
                    Msg::new("cli-cannot-replace")
                        .arg("file", path.display().to_string())
                        .arg("error", e.to_string()),
                    None,
                ));
            }
        }
    }
    Ok(())
}
