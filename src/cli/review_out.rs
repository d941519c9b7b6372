//! The periodic review as commands print and write it — a row per metric
//! and a column per year, a row per unit or cell, a summary file, a Word
//! or workbook document — shared by `export summary`, `export review`,
//! `rollup` and `demo`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;

use super::args::TargetArgs;
use super::ctx::Ctx;
use super::write::{Export, cannot_write, is_workbook, resolved_format, temp_beside};
use crate::error::user_msg;
use crate::i18n::Msg;
use crate::output::{Cell, Column, Format};
use crate::review::{self, Details, DocumentKind, Draft};
use crate::rollup::{Identity, SummaryFile};
use crate::summary::{Figure, METRICS, Review};

fn cell(figure: Figure) -> Cell {
    match figure {
        Figure::Count(n) => Cell::Int(n),
        Figure::Rate(a, b) => Cell::Rate(a, b),
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
/// `--format json` has always given them, every count behind them, and the
/// review's details when there are.
pub fn write_summary_file(
    ctx: &Ctx,
    review: &Review,
    details: Option<&Details>,
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
    let file = SummaryFile::new(review, who, from, to, ctx.today()?, rows, details);
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

pub use crate::review::Rows;

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

/// The kind of document `path` names, or the error that says which exist.
fn kind_of(path: &Path) -> Result<DocumentKind> {
    DocumentKind::of(path).ok_or_else(|| {
        user_msg(
            Msg::new("cli-review-extension").arg("file", path.display().to_string()),
            Some(Msg::new("cli-hint-review-extension")),
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
    write_document(&draft, kind, path)
}

/// The superior body's review of the cells' `files`, written as
/// [`write_review`] does: its settings from its own database when there is
/// one (else left for the clerk, as a fresh cell's are); the cells' files
/// only read.
pub fn write_rollup_review(
    ctx: &Ctx,
    files: &[PathBuf],
    from: i32,
    to: i32,
    path: &Path,
) -> Result<PathBuf> {
    let kind = kind_of(path)?;
    let (db_path, _) = ctx.db_path()?;
    crate::db::check_target(&db_path, path)?;
    let issuer = if db_path.exists() {
        crate::setting::issuer(&ctx.open()?.conn)?
    } else {
        crate::setting::Issuer::default()
    };
    let draft = crate::rollup::review(files, from, to, ctx.today()?, ctx.lang, issuer)?;
    write_document(&draft, kind, path)
}

fn write_document(draft: &Draft, kind: DocumentKind, path: &Path) -> Result<PathBuf> {
    let bytes = review::render(draft, kind)?;
    let (mut file, tmp) = temp_beside(path)?;
    file.write_all(&bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| cannot_write(path, e.into()))?;
    drop(file);
    tmp.persist(path)
        .map_err(|e| cannot_write(path, e.error.into()))?;
    Ok(path.to_path_buf())
}
