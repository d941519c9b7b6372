//! `danvan rollup`: a superior body's review of many cells.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, ValueEnum};

use super::args::{PeriodArgs, TargetArgs};
use super::ctx::Ctx;
use super::review_out::{Rows, is_json, print_by_unit, print_by_year, write_summary_file};
use crate::rollup::{self, Identity, Reading};

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
    let (from, to, today) = (args.period.from, args.period.to, ctx.today()?);
    let json = args.by.is_none() && is_json(ctx, &args.target)?;
    let reading = if json {
        Reading::Details
    } else {
        Reading::Counts
    };
    let up = rollup::roll_up(&args.files, from, to, today, reading)?;
    let review = up.review;
    match args.by {
        Some(By::Cell) => print_by_unit(ctx, &review, &args.target, Rows::Cell),
        // The roll-up's own summary file, so the level above can roll it
        // up again (with the cells' details when every cell sent them); it
        // names the superior's database's cell, when there is one.
        None if json => {
            let (path, _) = ctx.db_path()?;
            let who = if path.exists() {
                rollup::identity(&ctx.open()?.conn)?
            } else {
                Identity::default()
            };
            let details = up.counts_only.is_empty().then_some(&up.details);
            write_summary_file(ctx, &review, details, &who, &args.target)
        }
        None => print_by_year(ctx, &review, &args.target),
    }
}
