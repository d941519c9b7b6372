//! `danvan export review`: the periodic review as a Word document or a
//! workbook, written to a temporary file that takes its name at the end.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use super::args::PeriodArgs;
use super::ctx::Ctx;
use super::review_out::write_review;
use crate::i18n::Msg;

#[derive(Debug, Args)]
pub struct ReviewArgs {
    #[command(flatten)]
    period: PeriodArgs,
    /// The file to write: .docx for Word, .xlsx for a workbook
    #[arg(long, short, value_name = "FILE")]
    output: PathBuf,
}

pub fn cmd_review(ctx: &Ctx, args: ReviewArgs) -> Result<()> {
    let db = ctx.open()?;
    let PeriodArgs { from, to } = args.period;
    let path = write_review(ctx, &db, from, to, &args.output)?;
    ctx.note(Msg::new("cli-review-written").arg("file", path.display().to_string()))
}
