//! What every `… import` shares: the file and sheet, dry runs and the
//! closing message.

use anyhow::Result;

use clap::Args;

use super::Ctx;
use super::member::ImportArgs;
use crate::csvin::{ImportCounts, InputFile};
use crate::db::{Db, Writer};

/// The file an import reads, and for a workbook its sheet.
#[derive(Debug, Args)]
pub struct ImportFile {
    /// The CSV file, an .xlsx/.ods workbook, or - for standard input (CSV)
    #[arg(value_name = "FILE")]
    pub file: String,
    /// The sheet of a workbook to read [default: the first]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
}

impl InputFile for ImportFile {
    fn path(&self) -> &str {
        &self.file
    }

    fn sheet(&self) -> Option<&str> {
        self.sheet.as_deref()
    }
}

/// Run an import in one transaction (rolled back for --dry-run) and say
/// what it did.
pub fn finish(
    ctx: &Ctx,
    db: &mut Db,
    args: &ImportArgs,
    what: &str,
    f: impl FnOnce(&mut Writer<'_>) -> Result<ImportCounts>,
) -> Result<()> {
    let counts = db.write_or_rehearse(!args.dry_run, f)?;
    if args.dry_run {
        ctx.note(&format!(
            "{}: {} {}, {} {} {what} ({})",
            counts.file,
            ctx.say("sẽ thêm", "would add"),
            counts.added,
            ctx.say("thay", "replace"),
            counts.replaced,
            ctx.say("chạy thử, không ghi gì", "dry run, nothing written"),
        ))
    } else {
        ctx.confirm(&format!(
            "{}: {} {}, {} {} {what}",
            counts.file,
            ctx.say("đã thêm", "added"),
            counts.added,
            ctx.say("thay", "replaced"),
            counts.replaced,
        ))
    }
}
