//! What every `… import` shares: the file and sheet, dry runs and the
//! closing message.

use anyhow::Result;

use clap::Args;

use super::Ctx;
use super::member::ImportArgs;
use crate::db::{Db, Writer};
use crate::import::RUNNING_NUMBER;
use crate::import::{ImportCounts, InputFile, Layout};

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

/// The columns of an import file as `--help` lists them: each key with the
/// Vietnamese headings accepted for it.
pub fn columns_help(layout: &Layout) -> String {
    let width = layout
        .columns
        .iter()
        .map(|c| c.key().len())
        .max()
        .unwrap_or(0);
    let mut help = String::from(
        "Columns (headed by key or Vietnamese heading, in any case and order, with or without diacritics):\n",
    );
    for (column, headings) in layout.columns.iter().zip(layout.headings()) {
        let required = if layout.required.contains(&column.key()) {
            "  [required]"
        } else {
            ""
        };
        help.push_str(&format!(
            "  {:width$}  {}{required}\n",
            column.key(),
            headings.join(" / ")
        ));
    }
    help.push_str(&format!(
        "Title rows above the header and a running-number column ({}) are skipped.",
        RUNNING_NUMBER.join(" / ")
    ));
    help
}
