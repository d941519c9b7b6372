//! `danvan export review`: the periodic review as a Word document or a
//! workbook, written to a temporary file that takes its name at the end.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use super::Ctx;
use super::export::{cannot_write, temp_beside};
use crate::dates::year_arg;
use crate::error::user_error_hint;
use crate::review::{self, DocumentKind, Draft};

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// First year of the period
    #[arg(long, value_parser = year_arg)]
    from: i32,
    /// Last year of the period
    #[arg(long, value_parser = year_arg)]
    to: i32,
    /// The file to write: .docx for Word, .xlsx for a workbook
    #[arg(long, short, value_name = "FILE")]
    output: PathBuf,
}

pub fn cmd_review(ctx: &Ctx, args: ReviewArgs) -> Result<()> {
    let db = ctx.open()?;
    let path = write_review(ctx, &db, args.from, args.to, &args.output)?;
    ctx.note(&format!(
        "{} {}",
        ctx.say("Đã ghi báo cáo vào", "Wrote the review to"),
        path.display()
    ))
}

/// The kind of document `path` names, or the error that says which exist.
fn kind_of(path: &Path) -> Result<DocumentKind> {
    DocumentKind::of(path).ok_or_else(|| {
        user_error_hint(
            format!(
                "{}: the review is written as .docx (Word) or .xlsx (a workbook)",
                path.display()
            ),
            "name the file so-ket.docx or so-ket.xlsx",
        )
    })
}

/// Check the target, gather the review, and write it to `path` whole or
/// not at all; returns the path written.
pub fn write_review(
    ctx: &Ctx,
    db: &crate::db::Db,
    from: i32,
    to: i32,
    path: &Path,
) -> Result<PathBuf> {
    let kind = kind_of(path)?;
    crate::db::check_target(&db.path, path)?;
    let draft = Draft::gather(&db.conn, from, to, ctx.today()?, ctx.lang)?;
    let bytes = review::render(&draft, kind)?;
    let (mut file, tmp) = temp_beside(path)?;
    file.write_all(&bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| cannot_write(path, e.into()))?;
    drop(file);
    tmp.persist(path)
        .map_err(|e| cannot_write(path, e.error.into()))?;
    Ok(path.to_path_buf())
}
