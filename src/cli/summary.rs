//! `danvan export summary`: the periodic review.

use anyhow::Result;
use clap::{Args, ValueEnum};

use super::Ctx;
use super::export::{Export, TargetArgs};
use crate::dates::year_arg;
use crate::output::{Cell, Column};
use crate::summary::{self, Figure, METRICS, Review, Scope};

#[derive(Debug, Args)]
pub struct SummaryArgs {
    /// First year of the period
    #[arg(long, value_parser = year_arg)]
    from: i32,
    /// Last year of the period
    #[arg(long, value_parser = year_arg)]
    to: i32,
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

fn cell(figure: Figure) -> Cell {
    match figure {
        Figure::Count(n) => Cell::Int(n),
        Figure::Rate(a, b) => Cell::Rate(a, b),
    }
}

pub fn cmd_summary(ctx: &Ctx, args: SummaryArgs) -> Result<()> {
    let db = ctx.open()?;
    let scope = match args.by {
        None => Scope::Agency,
        Some(By::Unit) => Scope::ByUnit,
    };
    let review = summary::review(&db.conn, args.from, args.to, ctx.today()?, scope)?;
    match args.by {
        None => print_by_year(ctx, &review, &args.target),
        Some(By::Unit) => print_by_unit(ctx, &review, &args.target),
    }
}

/// The review as DESIGN.md lays it out: a row per metric, a column per
/// year, and the total.
pub fn print_by_year(ctx: &Ctx, review: &Review, target: &TargetArgs) -> Result<()> {
    let mut columns = vec![Column::new("metric", "Chỉ tiêu", "Metric")];
    columns.extend(review.years.iter().map(|y| Column::named(y.to_string())));
    columns.push(Column::new("total", "Tổng", "Total"));
    let mut export = Export::start(ctx, target, &columns, false)?;
    for metric in METRICS {
        let mut cells = vec![Cell::Term(metric.key, metric.vi, metric.en)];
        cells.extend(
            review
                .years
                .iter()
                .map(|y| cell(review.year_figure(metric, *y, None))),
        );
        cells.push(cell(review.total_figure(metric, None)));
        export.row(&cells)?;
    }
    export.finish()
}

fn print_by_unit(ctx: &Ctx, review: &Review, target: &TargetArgs) -> Result<()> {
    let mut columns = vec![Column::new("unit", "Đơn vị", "Unit")];
    columns.extend(METRICS.iter().map(|m| Column::new(m.key, m.vi, m.en)));
    let mut export = Export::start(ctx, target, &columns, false)?;
    for unit in review.units() {
        let mut cells = vec![Cell::text(&unit)];
        cells.extend(
            METRICS
                .iter()
                .map(|m| cell(review.total_figure(m, Some(&unit)))),
        );
        export.row(&cells)?;
    }
    export.finish()
}
