//! The periodic review as a document (báo cáo sơ kết / tổng kết): the
//! figures of `summary`, the period's models and exemplars, and what the
//! data shows as shortcomings, laid out as blocks that a Word writer and a
//! workbook writer each render.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use crate::error::user_msg;
use crate::evaluation::{self, Filter as EvaluationFilter};
use crate::i18n::Msg;
use crate::model::{self, Filter as ModelFilter};
use crate::setting::Issuer;
use crate::summary::{self, Absentee, METRICS, Metric, MonthFigures, Review, Scope};
use crate::vocab::{Field, Kind, Lang, Level, Rating};

mod blocks;
mod chart;
mod docx;
mod front;
mod sections;
mod shortcomings;
mod workbook;

pub use blocks::{Block, Table};

/// How many missing months make a member a shortcoming of the review.
pub const MISSING_MONTHS: i64 = 3;

/// A model running in the period, with its ratings.
#[derive(Debug, Clone)]
pub struct ModelLine {
    pub code: String,
    pub name: String,
    pub field: Field,
    pub level: Level,
    /// The owner unit, or the owner member's name, or empty (the agency).
    pub owner: String,
    pub started: i32,
    pub retired: Option<i32>,
    pub ratings: Vec<(i32, Rating)>,
}

/// An exemplary member or unit of one year.
#[derive(Debug, Clone)]
pub struct Exemplar {
    pub year: i32,
    pub kind: Kind,
    /// The member's name or the unit.
    pub name: String,
    pub code: String,
}

/// What the rows of the review's by-unit parts are: the cell's units, or
/// the cells of a roll-up (which its summary holds as its units).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rows {
    Unit,
    Cell,
}

/// What the review says beyond the summary's counts: the months' figures,
/// the models, the exemplars, the members who missed reports. A cell's
/// summary file carries them, so that a superior body's review has them.
#[derive(Debug, Clone, Default)]
pub struct Details {
    pub months: Vec<MonthFigures>,
    pub models: Vec<ModelLine>,
    pub exemplars: Vec<Exemplar>,
    pub absentees: Vec<Absentee>,
}

impl Details {
    /// The details of `from..=to` in one cell's database, as of `today`.
    pub fn gather(conn: &Connection, from: i32, to: i32, today: NaiveDate) -> Result<Details> {
        Ok(Details {
            months: summary::monthly(conn, from, to, today)?,
            models: models(conn, from, to)?,
            exemplars: exemplars(conn, from, to)?,
            absentees: summary::absentees(conn, from, to, today, MISSING_MONTHS)?,
        })
    }
}

/// Everything the review says, gathered once.
pub struct Draft {
    pub from: i32,
    pub to: i32,
    pub today: NaiveDate,
    pub lang: Lang,
    pub issuer: Issuer,
    /// The summary by unit; with no unit named, the agency's figures.
    pub agency: Review,
    pub months: Vec<MonthFigures>,
    pub models: Vec<ModelLine>,
    pub exemplars: Vec<Exemplar>,
    pub absentees: Vec<Absentee>,
    /// Units, or in a roll-up cells.
    pub rows: Rows,
    /// The cells of a roll-up whose files carry the counts only (summary
    /// files of version 1): the details leave them out, and the review says so.
    pub counts_only: Vec<String>,
}

/// The counts that say the movement recorded something in a year.
const MOVEMENT: &[&str] = &[
    "pledge_items",
    "submitted_reports",
    "items_done",
    "items_in_progress",
    "items_not_done",
    "rated_excellent",
    "rated_good",
    "rated_complete",
    "rated_incomplete",
    "exemplary_individuals",
    "exemplary_collectives",
    "running_models",
];

/// The metric of a key (the review names them as the summary does).
pub fn metric(key: &str) -> &'static Metric {
    METRICS.iter().find(|m| m.key == key).unwrap_or(&METRICS[0])
}

impl Draft {
    /// Gather the review of `from..=to` as of `today`. A year of the period
    /// in which nothing of the movement was recorded (the register alone)
    /// has nothing to review.
    pub fn gather(
        conn: &Connection,
        from: i32,
        to: i32,
        today: NaiveDate,
        lang: Lang,
    ) -> Result<Draft> {
        // One count by unit serves both: its figures for no unit in
        // particular are the sums over the units, which are the agency's
        // (every member and model is in exactly one unit's row).
        let agency = summary::review(conn, from, to, today, Scope::ByUnit)?;
        check_years(&agency)?;
        Ok(Draft {
            issuer: crate::setting::issuer(conn)?,
            ..Draft::of(agency, Details::gather(conn, from, to, today)?, today, lang)
        })
    }

    /// The review of a roll-up: `agency` holds the cells as its units,
    /// `details` are the cells' details together, `issuer` the superior
    /// body's settings. The same rule as one cell's: a year in which no
    /// cell recorded anything of the movement has nothing to review.
    pub fn of_cells(
        agency: Review,
        details: Details,
        counts_only: Vec<String>,
        issuer: Issuer,
        today: NaiveDate,
        lang: Lang,
    ) -> Result<Draft> {
        check_years(&agency)?;
        Ok(Draft {
            issuer,
            rows: Rows::Cell,
            counts_only,
            ..Draft::of(agency, details, today, lang)
        })
    }

    /// A cell's review of the period `agency` covers, its settings left
    /// for the clerk.
    fn of(agency: Review, details: Details, today: NaiveDate, lang: Lang) -> Draft {
        Draft {
            from: agency.years.first().copied().unwrap_or_default(),
            to: agency.years.last().copied().unwrap_or_default(),
            today,
            lang,
            issuer: Issuer::default(),
            months: details.months,
            models: details.models,
            exemplars: details.exemplars,
            absentees: details.absentees,
            rows: Rows::Unit,
            counts_only: Vec::new(),
            agency,
        }
    }

    /// `unit`, the words of a cell's review, or in a roll-up's review (its
    /// rows are cells) the message `cell`.
    pub(crate) fn or_cell(&self, unit: String, cell: Msg) -> String {
        match self.rows {
            Rows::Unit => unit,
            Rows::Cell => cell.text(self.lang),
        }
    }

    /// The sentence that names the cells whose files carry counts only,
    /// when there are any.
    pub(crate) fn counts_only_note(&self) -> Option<String> {
        if self.counts_only.is_empty() {
            return None;
        }
        let msg = Msg::new("review-rollup-counts-only").arg("cells", self.counts_only.join(", "));
        Some(msg.text(self.lang))
    }

    /// How many years the period covers.
    pub fn years(&self) -> i32 {
        self.to - self.from + 1
    }
}

/// Refuse a period with a year in which nothing of the movement was
/// recorded (the register alone): it has nothing to review.
fn check_years(agency: &Review) -> Result<()> {
    let empty: Vec<i32> = agency
        .years
        .iter()
        .copied()
        .filter(|y| {
            MOVEMENT
                .iter()
                .all(|k| agency.year_figure(metric(k), *y, None) == summary::Figure::Count(0))
        })
        .collect();
    if empty.is_empty() {
        return Ok(());
    }
    let years = empty
        .iter()
        .map(|y| y.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    Err(user_msg(
        Msg::new("review-nothing-in-years").arg("years", years),
        Some(Msg::new("review-nothing-in-years-hint")),
    ))
}

fn models(conn: &Connection, from: i32, to: i32) -> Result<Vec<ModelLine>> {
    let mut ratings: BTreeMap<String, Vec<(i32, Rating)>> = BTreeMap::new();
    let filter = EvaluationFilter {
        years: Some((from, to)),
        kind: Some(Kind::Model),
    };
    for e in evaluation::list(conn, &filter)? {
        let e = e.evaluation;
        ratings
            .entry(e.subject.to_lowercase())
            .or_default()
            .push((e.year, e.rating));
    }
    let filter = ModelFilter {
        field: None,
        running: Some((from, to)),
    };
    Ok(model::list(conn, &filter)?
        .into_iter()
        .map(|l| {
            let m = l.model;
            let owner = if m.owner_unit.is_empty() {
                l.owner_member_name
            } else {
                m.owner_unit
            };
            ModelLine {
                ratings: ratings.remove(&m.code.to_lowercase()).unwrap_or_default(),
                code: m.code,
                name: m.name,
                field: m.field,
                level: m.level,
                owner,
                started: m.started,
                retired: m.retired,
            }
        })
        .collect())
}

fn exemplars(conn: &Connection, from: i32, to: i32) -> Result<Vec<Exemplar>> {
    let filter = EvaluationFilter {
        years: Some((from, to)),
        kind: None,
    };
    Ok(evaluation::list(conn, &filter)?
        .into_iter()
        .filter(|l| l.evaluation.exemplary && l.evaluation.kind != Kind::Model)
        .map(|l| {
            let e = l.evaluation;
            Exemplar {
                year: e.year,
                kind: e.kind,
                name: match e.kind {
                    Kind::Member => l.subject_name,
                    _ => e.subject.clone(),
                },
                code: e.subject,
            }
        })
        .collect())
}

/// The kind of document a file name asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    Word,
    Workbook,
}

impl DocumentKind {
    /// From the file's extension; None for any other.
    pub fn of(path: &Path) -> Option<DocumentKind> {
        match path.extension()?.to_str()?.to_lowercase().as_str() {
            "docx" => Some(DocumentKind::Word),
            "xlsx" => Some(DocumentKind::Workbook),
            _ => None,
        }
    }
}

/// The review as the bytes of a `kind` file.
pub fn render(draft: &Draft, kind: DocumentKind) -> Result<Vec<u8>> {
    match kind {
        DocumentKind::Word => docx::render(draft),
        DocumentKind::Workbook => workbook::render(draft),
    }
}

#[cfg(test)]
mod tests;
