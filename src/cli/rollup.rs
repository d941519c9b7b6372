//! `danvan rollup`: a superior body's review of many cells.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, ValueEnum};

use super::args::{PeriodArgs, TargetArgs};
use super::ctx::Ctx;
use super::review_out::{Rows, is_json, print_by_unit, print_by_year, write_summary_file};
use crate::rollup::{self, Identity};

#[derive(Debug, Args)]
pub struct RollupArgs {
    /// The cells' summary files (`export summary --format json`) and
    /// database files, in any mix, or folders of them; databases are only read
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    #[command(flatten)]
    period: PeriodArgs,
    /// One row per cell, the metrics as columns, over the whole period
    #[arg(long, value_enum, value_name = "WHAT")]
    by: Option<By>,
    #[command(flatten)]
    target: TargetArgs,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum By {
    Cell,
}

pub fn cmd_rollup(ctx: &Ctx, args: RollupArgs) -> Result<()> {
    let review = rollup::roll_up(&args.files, args.period.from, args.period.to, ctx.today()?)?;
    match args.by {
        Some(By::Cell) => print_by_unit(ctx, &review, &args.target, Rows::Cell),
        // The roll-up's own summary file, so the level above can roll it
        // up again; it names the superior's database's cell, when there is one.
        None if is_json(ctx, &args.target)? => {
            let (path, _) = ctx.db_path()?;
            let who = if path.exists() {
                rollup::identity(&ctx.open()?.conn)?
            } else {
                Identity::default()
            };
            write_summary_file(ctx, &review, &who, &args.target)
        }
        None => print_by_year(ctx, &review, &args.target),
    }
}
