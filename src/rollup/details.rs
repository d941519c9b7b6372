//! The review's details in a summary file (version 2 on): the months'
//! figures, the models, the exemplars and the members who missed reports,
//! as a cell counted them; and the details of many cells put together for
//! the superior body's review.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::dates::Month;
use crate::review::{Details, Exemplar, ModelLine};
use crate::summary::{Absentee, MonthFigures};
use crate::vocab::Term;

/// The details as a summary file writes them: vocabulary terms by code.
#[derive(Debug, Serialize, Deserialize)]
pub struct FileDetails {
    pub months: Vec<FileMonth>,
    pub models: Vec<FileModel>,
    pub exemplars: Vec<FileExemplar>,
    pub absentees: Vec<FileAbsentee>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct FileMonth {
    pub year: i32,
    pub month: u32,
    pub ended: bool,
    pub expected_reports: i64,
    pub submitted_reports: i64,
    pub items_done: i64,
    pub items_reported: i64,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct FileModel {
    pub code: String,
    pub name: String,
    pub field: String,
    pub level: String,
    pub owner: String,
    pub started: i32,
    pub retired: Option<i32>,
    pub ratings: Vec<FileRating>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct FileRating {
    pub year: i32,
    pub rating: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct FileExemplar {
    pub year: i32,
    pub kind: String,
    pub name: String,
    pub code: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct FileAbsentee {
    pub code: String,
    pub name: String,
    pub unit: String,
    pub missing: i64,
}

impl FileDetails {
    pub fn new(d: &Details) -> FileDetails {
        FileDetails {
            months: d
                .months
                .iter()
                .map(|m| FileMonth {
                    year: m.month.year,
                    month: m.month.month,
                    ended: m.ended,
                    expected_reports: m.expected_reports,
                    submitted_reports: m.submitted_reports,
                    items_done: m.items_done,
                    items_reported: m.items_reported,
                })
                .collect(),
            models: d
                .models
                .iter()
                .map(|m| FileModel {
                    code: m.code.clone(),
                    name: m.name.clone(),
                    field: m.field.code().into(),
                    level: m.level.code().into(),
                    owner: m.owner.clone(),
                    started: m.started,
                    retired: m.retired,
                    ratings: m
                        .ratings
                        .iter()
                        .map(|(year, r)| FileRating {
                            year: *year,
                            rating: r.code().into(),
                        })
                        .collect(),
                })
                .collect(),
            exemplars: d
                .exemplars
                .iter()
                .map(|e| FileExemplar {
                    year: e.year,
                    kind: e.kind.code().into(),
                    name: e.name.clone(),
                    code: e.code.clone(),
                })
                .collect(),
            absentees: d
                .absentees
                .iter()
                .map(|a| FileAbsentee {
                    code: a.code.clone(),
                    name: a.name.clone(),
                    unit: a.unit.clone(),
                    missing: a.missing,
                })
                .collect(),
        }
    }

    /// The details back; `Err` names what is not as danvan writes it.
    pub fn details(self) -> Result<Details, String> {
        fn term<T: std::str::FromStr>(code: &str) -> Result<T, String> {
            code.parse().map_err(|_| format!("unknown code \"{code}\""))
        }
        let mut models = Vec::with_capacity(self.models.len());
        for m in self.models {
            let mut ratings = Vec::with_capacity(m.ratings.len());
            for r in &m.ratings {
                ratings.push((r.year, term(&r.rating)?));
            }
            models.push(ModelLine {
                field: term(&m.field)?,
                level: term(&m.level)?,
                code: m.code,
                name: m.name,
                owner: m.owner,
                started: m.started,
                retired: m.retired,
                ratings,
            });
        }
        let mut exemplars = Vec::with_capacity(self.exemplars.len());
        for e in self.exemplars {
            exemplars.push(Exemplar {
                year: e.year,
                kind: term(&e.kind)?,
                name: e.name,
                code: e.code,
            });
        }
        let mut months = Vec::with_capacity(self.months.len());
        for m in self.months {
            if !(1..=12).contains(&m.month) {
                return Err(format!("no month {}", m.month));
            }
            months.push(MonthFigures {
                month: Month {
                    year: m.year,
                    month: m.month,
                },
                ended: m.ended,
                expected_reports: m.expected_reports,
                submitted_reports: m.submitted_reports,
                items_done: m.items_done,
                items_reported: m.items_reported,
            });
        }
        let absentees = self
            .absentees
            .into_iter()
            .map(|a| Absentee {
                code: a.code,
                name: a.name,
                unit: a.unit,
                missing: a.missing,
            })
            .collect();
        Ok(Details {
            months,
            models,
            exemplars,
            absentees,
        })
    }
}

/// `what` of a cell as the superior's review names it: with the cell after
/// it, or the cell alone when `what` is empty (the cell itself).
fn of_cell(what: &str, cell: &str) -> String {
    if what.is_empty() {
        cell.to_string()
    } else {
        format!("{what} ({cell})")
    }
}

/// The details of many cells together, added cell by cell: the months'
/// figures summed month by month, the models, exemplars and absentees of
/// every cell, each naming its cell.
#[derive(Default)]
pub struct Together {
    months: BTreeMap<Month, MonthFigures>,
    all: Details,
}

impl Together {
    pub fn add(&mut self, cell: &str, d: Details) {
        for m in d.months {
            let sum = self.months.entry(m.month).or_insert(MonthFigures {
                ended: false,
                expected_reports: 0,
                submitted_reports: 0,
                items_done: 0,
                items_reported: 0,
                ..m
            });
            sum.ended |= m.ended;
            sum.expected_reports += m.expected_reports;
            sum.submitted_reports += m.submitted_reports;
            sum.items_done += m.items_done;
            sum.items_reported += m.items_reported;
        }
        let all = &mut self.all;
        all.models.extend(d.models.into_iter().map(|m| ModelLine {
            owner: of_cell(&m.owner, cell),
            ..m
        }));
        all.exemplars
            .extend(d.exemplars.into_iter().map(|e| Exemplar {
                name: of_cell(&e.name, cell),
                ..e
            }));
        all.absentees
            .extend(d.absentees.into_iter().map(|a| Absentee {
                unit: of_cell(&a.unit, cell),
                ..a
            }));
    }

    /// The details of every cell added: exemplars by year, the members
    /// with most missing reports first (as in one cell's review).
    pub fn finish(self) -> Details {
        let mut all = self.all;
        all.months = self.months.into_values().collect();
        all.exemplars.sort_by_key(|e| e.year);
        all.absentees.sort_by(|a, b| {
            b.missing
                .cmp(&a.missing)
                .then_with(|| crate::text::compare_people(&a.name, &a.code, &b.name, &b.code))
        });
        all
    }
}
