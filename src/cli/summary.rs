//! `danvan export summary`: the periodic review.

use anyhow::Result;
use clap::{Args, ValueEnum};

use super::Ctx;
use super::export::{Export, TargetArgs, is_workbook, resolved_format};
use crate::dates::year_arg;
use crate::output::{Cell, Column, Format};
use crate::rollup::{Identity, SummaryFile};
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
    let today = ctx.today()?;
    let review = summary::review(&db.conn, args.from, args.to, today, scope)?;
    match args.by {
        None if is_json(ctx, &args.target)? => {
            let who = crate::rollup::identity(&db.conn)?;
            write_summary_file(ctx, &review, &who, &args.target)
        }
        None => print_by_year(ctx, &review, &args.target),
        Some(By::Unit) => print_by_unit(ctx, &review, &args.target, Rows::Unit),
    }
}

/// Whether the review goes out as JSON: then it is a summary file, which a
/// superior body can roll up.
pub fn is_json(ctx: &Ctx, target: &TargetArgs) -> Result<bool> {
    if target.output.as_deref().is_some_and(is_workbook) {
        return Ok(false);
    }
    Ok(resolved_format(ctx, target, false)? == Format::Json)
}

/// The review as a summary file: who counted it, the period, the rows as
/// `--format json` has always given them, and every count behind them.
pub fn write_summary_file(
    ctx: &Ctx,
    review: &Review,
    who: &Identity,
    target: &TargetArgs,
) -> Result<()> {
    let rows = METRICS
        .iter()
        .map(|metric| {
            let mut row = serde_json::Map::new();
            row.insert("metric".into(), metric.key.into());
            for y in &review.years {
                let figure = cell(review.year_figure(metric, *y, None));
                row.insert(y.to_string(), figure.json());
            }
            row.insert(
                "total".into(),
                cell(review.total_figure(metric, None)).json(),
            );
            serde_json::Value::Object(row)
        })
        .collect();
    let (from, to) = (
        review.years.first().copied().unwrap_or_default(),
        review.years.last().copied().unwrap_or_default(),
    );
    let file = SummaryFile::new(review, who, from, to, ctx.today()?, rows);
    Export::document(ctx, target, &serde_json::to_string_pretty(&file)?)
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

/// What the rows of a review by group are: a cell's units, or the cells
/// of a roll-up (which the review holds as its units).
#[derive(Debug, Clone, Copy)]
pub enum Rows {
    Unit,
    Cell,
}

/// One row per unit (or per cell, in a roll-up), the metrics as columns.
pub fn print_by_unit(ctx: &Ctx, review: &Review, target: &TargetArgs, rows: Rows) -> Result<()> {
    let first = match rows {
        Rows::Cell => Column::new("cell", "Chi bộ", "Cell"),
        Rows::Unit => Column::new("unit", "Đơn vị", "Unit"),
    };
    let mut columns = vec![first];
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
