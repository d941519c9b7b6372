//! `danvan export summary`: the periodic review.

use anyhow::Result;
use clap::{Args, ValueEnum};

use super::args::{PeriodArgs, TargetArgs};
use super::ctx::Ctx;
use super::review_out::{Rows, is_json, print_by_unit, print_by_year, write_summary_file};
use crate::review::Details;
use crate::summary::{self, Scope};

#[derive(Debug, Args)]
pub struct SummaryArgs {
    #[command(flatten)]
    period: PeriodArgs,
    /// One row per unit, the metrics as columns, over the whole period
    #[arg(long, value_enum, value_name = "WHAT")]
    by: Option<By>,
    #[command(flatten)]
    target: TargetArgs,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum By {
    Unit,
}

pub fn cmd_summary(ctx: &Ctx, args: SummaryArgs) -> Result<()> {
    let db = ctx.open()?;
    let scope = match args.by {
        None => Scope::Agency,
        Some(By::Unit) => Scope::ByUnit,
    };
    let today = ctx.today()?;
    let PeriodArgs { from, to } = args.period;
    let review = summary::review(&db.conn, from, to, today, scope)?;
    match args.by {
        None if is_json(ctx, &args.target)? => {
            let who = crate::rollup::identity(&db.conn)?;
            let details = Details::gather(&db.conn, from, to, today)?;
            write_summary_file(ctx, &review, Some(&details), &who, &args.target)
        }
        None => print_by_year(ctx, &review, &args.target),
        Some(By::Unit) => print_by_unit(ctx, &review, &args.target, Rows::Unit),
    }
}
