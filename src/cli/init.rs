//! `danvan init` and `danvan demo`.

use std::path::Path;

use anyhow::Result;
use clap::Args;

use super::args::TargetArgs;
use super::ctx::Ctx;
use super::review_out::{print_by_year, write_review};
use crate::db::{self, Db, shell_quote};
use crate::demo;
use crate::error::{user_error, user_error_hint};

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
    if created {
        ctx.note(ctx.say("Đã tạo cơ sở dữ liệu mới.", "Created a new database."))?;
    } else {
        ctx.note(ctx.say(
            "Cơ sở dữ liệu đã có và đã cập nhật.",
            "The database exists and is up to date.",
        ))?;
    }
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
            return Err(user_error(format!(
                "{} is a directory, not a database file",
                path.display()
            )));
        }
        if !args.force && !demo::is_demo(&path) {
            return Err(user_error_hint(
                format!("{} exists and is not a demo database", path.display()),
                "choose another --db path, or add --force to replace it with the demo",
            ));
        }
        remove_database(&path)?;
    }
    let (mut db, _) = Db::create_or_open(&path)?;
    let made = demo::build(&mut db, ctx.today()?)?;
    ctx.note(&made.0.text(ctx.lang))?;
    let today = ctx.today()?;
    let first = demo::first_year(today);
    let review = crate::summary::review(
        &db.conn,
        first,
        first + 2,
        today,
        crate::summary::Scope::Agency,
    )?;
    crate::output::print_line(&format!(
        "{} {first}-{}",
        ctx.say(
            "Sơ kết phong trào \"Dân vận khéo\"",
            "\"Dân vận khéo\" review"
        ),
        first + 2
    ))?;
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
    crate::output::print_line(&format!(
        "{} {}",
        ctx.say("Báo cáo sơ kết (Word):", "The review document (Word):"),
        document.display()
    ))?;
    crate::output::print_line(&format!(
        "{} danvan --db {} member list",
        ctx.say("Xem dữ liệu mẫu:", "Explore the demo:"),
        shell_quote(&path.display().to_string())
    ))?;
    Ok(())
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
                return Err(user_error(format!(
                    "cannot replace {}: {e}",
                    path.display()
                )));
            }
        }
    }
    Ok(())
}
