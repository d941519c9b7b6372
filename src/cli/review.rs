//! `danvan export review`: the periodic review as a Word document or a
//! workbook, written to a temporary file that takes its name at the end.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use super::args::PeriodArgs;
use super::ctx::Ctx;
use super::review_out::{write_review, write_rollup_review};
use crate::i18n::Msg;

#[derive(Debug, Args)]
pub struct ReviewArgs {
    #[command(flatten)]
    period: PeriodArgs,
    /// The file to write: .docx for Word, .xlsx for a workbook
    #[arg(long, short, value_name = "FILE")]
    output: PathBuf,
    /// A superior body's review of its cells: their summary files
    /// (`export summary --format json`) and database files, as `rollup`
    /// reads them; the by-unit parts become by cell
    #[arg(long, value_name = "FILE", num_args = 1..)]
    from_files: Vec<PathBuf>,
}

pub fn cmd_review(ctx: &Ctx, args: ReviewArgs) -> Result<()> {
    let PeriodArgs { from, to } = args.period;
    let path = if args.from_files.is_empty() {
        write_review(ctx, &ctx.open()?, from, to, &args.output)?
    } else {
        write_rollup_review(ctx, &args.from_files, from, to, &args.output)?
    };
    ctx.note(Msg::new("cli-review-written").arg("file", path.display().to_string()))
}
