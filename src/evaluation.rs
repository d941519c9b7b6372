//! Yearly evaluations of members, units and models, exemplars, and the
//! ratings suggested from a year's monthly reports.

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, OptionalExtension, Row as SqlRow, Transaction, params};
use serde::Serialize;

use crate::dates::{parse_year, year_bounds};
use crate::db::Writer;
use crate::error::user_msg;
use crate::i18n::{Lang, Msg};
use crate::import::{CsvInput, ImportCounts, Layout, keyed, parse_yes_no};
use crate::lookup::{Sought, no_such, unknown_member, unknown_unit};
use crate::member::{self, MAX_TEXT, check_text};
use crate::model::{self, find_unit};
use crate::output::{Cell, Column};
use crate::text::{clean, collator, compare_people};
use crate::vocab::{Kind, Rating, from_code};

/// The rating of one subject for one year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    pub kind: Kind,
    /// Member code, unit name or model code, as stored.
    pub subject: String,
    pub year: i32,
    pub rating: Rating,
    pub exemplary: bool,
    pub note: String,
}

/// An evaluation as lists show it: with the member's or model's name.
#[derive(Debug, Clone)]
pub struct Listed {
    pub evaluation: Evaluation,
    pub subject_name: String,
}

/// The import columns of the evaluations file, then the read-only ones.
pub const COLUMNS: &[Column] = &[
    Column::new("kind", "Loại", "Kind"),
    Column::new("subject", "Đối tượng", "Subject"),
    Column::new("year", "Năm", "Year"),
    Column::new("rating", "Xếp loại", "Rating"),
    Column::new("exemplary", "Điển hình", "Exemplary"),
    Column::new("note", "Ghi chú", "Note"),
    Column::new("subject_name", "Tên", "Subject name"),
];

/// How many of `COLUMNS` an import reads.
const IMPORTED: usize = 6;

pub const LAYOUT: Layout = Layout {
    what: crate::i18n::Msg::new("import-layout-evaluations"),
    aliases: &[],
    columns: COLUMNS.split_at(IMPORTED).0,
    required: &["kind", "subject", "year", "rating"],
    ignored: &["subject_name"],
    labelled: &[COLUMNS],
    wide: None,
};

impl Evaluation {
    pub fn validate(&self) -> Result<()> {
        check_text("note", &self.note, MAX_TEXT, false)
    }

    /// How the audit log and messages name it: `member NV001 2026`.
    pub fn key(&self) -> String {
        format!("{} {} {}", self.kind, self.subject, self.year)
    }
}

impl Listed {
    pub fn cells(&self) -> Vec<Cell> {
        let e = &self.evaluation;
        vec![
            Cell::term(e.kind),
            Cell::text(&e.subject),
            Cell::Int(e.year.into()),
            Cell::term(e.rating),
            Cell::Bool(e.exemplary),
            Cell::text(&e.note),
            Cell::text(&self.subject_name),
        ]
    }
}

const SELECT: &str = "SELECT e.kind, e.subject, e.year, e.rating, e.exemplary, e.note,
        coalesce(CASE e.kind
            WHEN 'member' THEN (SELECT name FROM members WHERE code = e.subject)
            WHEN 'model' THEN (SELECT name FROM models WHERE code = e.subject)
        END, '')
     FROM evaluations e";

fn from_sql(row: &SqlRow<'_>) -> rusqlite::Result<Listed> {
    let kind: String = row.get(0)?;
    let rating: String = row.get(3)?;
    Ok(Listed {
        evaluation: Evaluation {
            kind: from_code(Kind::ALL, &kind)?,
            subject: row.get(1)?,
            year: row.get(2)?,
            rating: from_code(Rating::ALL, &rating)?,
            exemplary: row.get(4)?,
            note: row.get(5)?,
        },
        subject_name: row.get(6)?,
    })
}

/// The evaluation of a subject (as stored) for a year, if any.
pub fn find(conn: &Connection, kind: Kind, subject: &str, year: i32) -> Result<Option<Listed>> {
    Ok(conn
        .prepare_cached(&format!(
            "{SELECT} WHERE e.kind = ? AND e.subject = ? AND e.year = ?"
        ))?
        .query_row(params![kind.to_string(), subject, year], from_sql)
        .optional()?)
}

/// Which evaluations a list shows.
#[derive(Debug, Default)]
pub struct Filter {
    /// An inclusive range of years.
    pub years: Option<(i32, i32)>,
    pub kind: Option<Kind>,
}

/// Evaluations matching the filter: by year, then kind (members, units,
/// models), then members in the Vietnamese order of people, units by
/// Vietnamese collation, models by code.
pub fn list(conn: &Connection, filter: &Filter) -> Result<Vec<Listed>> {
    let (from, to) = filter.years.unzip();
    let mut stmt = conn.prepare(&format!(
        "{SELECT}
         WHERE (?1 IS NULL OR e.year >= ?1) AND (?2 IS NULL OR e.year <= ?2)
           AND (?3 IS NULL OR e.kind = ?3)"
    ))?;
    let rows = stmt.query_map(
        params![from, to, filter.kind.map(|k| k.to_string())],
        from_sql,
    )?;
    let mut list = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    list.sort_by(|a, b| {
        let (x, y) = (&a.evaluation, &b.evaluation);
        x.year
            .cmp(&y.year)
            .then(x.kind.cmp(&y.kind))
            .then_with(|| match x.kind {
                Kind::Member => {
                    compare_people(&a.subject_name, &x.subject, &b.subject_name, &y.subject)
                }
                Kind::Unit => collator().compare(&x.subject, &y.subject),
                Kind::Model => x.subject.to_lowercase().cmp(&y.subject.to_lowercase()),
            })
    });
    Ok(list)
}

/// What a subject is called and when it could be rated.
#[derive(Debug, Clone)]
pub struct Subject {
    /// The stored spelling: member code, unit name, model code.
    pub subject: String,
    /// The member's or model's name; empty for a unit.
    pub name: String,
}

/// Everything a check of a subject needs, loaded once per command.
pub struct Subjects {
    units: Vec<String>,
    /// Whether an unknown member code comes with the nearest codes: worth
    /// it for one command, not for every bad row of an import, whose
    /// problem list shows the message alone.
    nearest_codes: bool,
}

impl Subjects {
    pub fn load(conn: &Connection) -> Result<Subjects> {
        Ok(Subjects {
            units: crate::lookup::units(conn)?,
            nearest_codes: true,
        })
    }

    fn for_import(conn: &Connection) -> Result<Subjects> {
        Ok(Subjects {
            nearest_codes: false,
            ..Subjects::load(conn)?
        })
    }

    /// Find the subject as typed and check that it can be rated in `year`:
    /// a member active on at least one day of the year, a unit that has or
    /// had a member, a model running that year.
    pub fn resolve(
        &self,
        conn: &Connection,
        kind: Kind,
        typed: &str,
        year: i32,
    ) -> Result<Subject> {
        match kind {
            Kind::Member => {
                let m = match (member::find(conn, typed)?, self.nearest_codes) {
                    (Some(m), _) => m,
                    (None, true) => return Err(unknown_member(conn, typed)?),
                    (None, false) => return Err(no_such(Sought::Member, typed)),
                };
                let (first, last) = year_bounds(year);
                if !m.is_active_during(first, last) {
                    let msg = match m.left {
                        Some(left) => Msg::new("evaluation-member-inactive-left").arg("left", left),
                        None => Msg::new("evaluation-member-inactive"),
                    };
                    return Err(user_msg(
                        msg.arg("code", &m.code)
                            .arg("name", &m.name)
                            .arg("year", year.to_string())
                            .arg("joined", m.joined),
                        Some(Msg::new("hint-evaluation-member-inactive")),
                    ));
                }
                Ok(Subject {
                    subject: m.code,
                    name: m.name,
                })
            }
            Kind::Unit => find_unit(&self.units, typed)
                .map(|unit| Subject {
                    subject: unit,
                    name: String::new(),
                })
                .ok_or_else(|| unknown_unit(&self.units, typed)),
            Kind::Model => {
                let m = model::get(conn, typed)?.model;
                if !m.runs_in(year) {
                    let msg = match m.retired {
                        Some(retired) => Msg::new("evaluation-model-not-running-retired")
                            .arg("retired", retired.to_string()),
                        None => Msg::new("evaluation-model-not-running"),
                    };
                    return Err(user_msg(
                        msg.arg("code", &m.code)
                            .arg("name", &m.name)
                            .arg("year", year.to_string())
                            .arg("started", m.started.to_string()),
                        Some(Msg::new("hint-evaluation-model-not-running")),
                    ));
                }
                Ok(Subject {
                    subject: m.code,
                    name: m.name,
                })
            }
        }
    }
}

/// Refuse a year after the current one: results are recorded once the year
/// has come.
pub fn check_year(year: i32, today: NaiveDate) -> Result<()> {
    if year > today.year() {
        let current = today.year().to_string();
        return Err(user_msg(
            Msg::new("evaluation-year-later")
                .arg("year", year.to_string())
                .arg("current", &current),
            Some(Msg::new("hint-evaluation-year-later").arg("current", current)),
        ));
    }
    Ok(())
}

/// Insert a new evaluation without an audit line: callers log it, alone or
/// as part of a batch.
pub(crate) fn insert_sql(w: &Writer<'_>, e: &Evaluation) -> Result<()> {
    execute_with(
        w,
        "INSERT INTO evaluations (kind, subject, year, rating, exemplary, note)
         VALUES (?, ?, ?, ?, ?, ?)",
        e,
    )
}

fn update_sql(w: &Writer<'_>, e: &Evaluation) -> Result<()> {
    execute_with(
        w,
        "UPDATE evaluations SET rating = ?4, exemplary = ?5, note = ?6
         WHERE kind = ?1 AND subject = ?2 AND year = ?3",
        e,
    )
}

/// Run `sql` with the evaluation's columns as its parameters 1 to 6, in
/// the order of the table.
fn execute_with(w: &Writer<'_>, sql: &str, e: &Evaluation) -> Result<()> {
    w.tx.prepare_cached(sql)?.execute(params![
        e.kind.to_string(),
        e.subject,
        e.year,
        e.rating.to_string(),
        e.exemplary,
        e.note
    ])?;
    Ok(())
}

/// Record an evaluation whose subject is already resolved; an existing one
/// for the same subject and year is refused unless `replace`. Returns the
/// record it replaced.
pub fn record(w: &Writer<'_>, e: &Evaluation, replace: bool) -> Result<Option<Evaluation>> {
    e.validate()?;
    let old = find(&w.tx, e.kind, &e.subject, e.year)?.map(|l| l.evaluation);
    match &old {
        Some(old) if !replace => {
            return Err(EvaluationExists {
                new: e.clone(),
                old: old.clone(),
            }
            .into());
        }
        Some(old) => {
            update_sql(w, e)?;
            w.audit("evaluate", "evaluation", &e.key(), Some(old), Some(e))?;
        }
        None => {
            insert_sql(w, e)?;
            w.audit("evaluate", "evaluation", &e.key(), None::<&()>, Some(e))?;
        }
    }
    Ok(old)
}

/// An evaluation recorded for a subject and year that have one, without
/// `replace`. `cli` adds the hint.
#[derive(Debug)]
pub struct EvaluationExists {
    pub new: Evaluation,
    pub old: Evaluation,
}

impl EvaluationExists {
    pub fn msg(&self) -> Msg {
        let id = if self.old.exemplary {
            "evaluation-exists-exemplary"
        } else {
            "evaluation-exists"
        };
        Msg::new(id)
            .arg("kind", self.new.kind.to_string())
            .arg("subject", &self.new.subject)
            .arg("year", self.new.year.to_string())
            .arg("rating", self.old.rating.to_string())
    }
}

impl std::fmt::Display for EvaluationExists {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.msg().text(Lang::En))
    }
}

impl std::error::Error for EvaluationExists {}

/// What `mark_exemplary` found and did.
#[derive(Debug)]
pub enum Marked {
    /// The subject has no evaluation that year: a rating is needed first.
    NotRated,
    /// Already exemplary with that note: nothing written.
    Already(Evaluation),
    /// Marked, rating kept; the record before and after.
    Marked { old: Evaluation, new: Evaluation },
}

/// Mark the subject's (resolved) evaluation of `year` as exemplary,
/// keeping its rating, and its note unless `note` is given; audited as
/// `evaluate --exemplary`.
pub fn mark_exemplary(
    w: &Writer<'_>,
    kind: Kind,
    subject: &str,
    year: i32,
    note: Option<String>,
) -> Result<Marked> {
    let Some(old) = find(&w.tx, kind, subject, year)?.map(|l| l.evaluation) else {
        return Ok(Marked::NotRated);
    };
    let new = Evaluation {
        exemplary: true,
        note: note.unwrap_or_else(|| old.note.clone()),
        ..old.clone()
    };
    if new == old {
        return Ok(Marked::Already(old));
    }
    new.validate()?;
    update_sql(w, &new)?;
    w.audit(
        "evaluate --exemplary",
        "evaluation",
        &new.key(),
        Some(&old),
        Some(&new),
    )?;
    Ok(Marked::Marked { old, new })
}

/// Import an evaluations file: all rows or none.
pub fn import(
    w: &Writer<'_>,
    input: &mut CsvInput,
    replace: bool,
    today: NaiveDate,
) -> Result<ImportCounts> {
    let evaluations = Evaluations {
        subjects: Subjects::for_import(&w.tx)?,
        today,
    };
    crate::import::run(&evaluations, w, input, replace)
}

/// Evaluations as a file imports them, their subjects resolved.
struct Evaluations {
    subjects: Subjects,
    today: NaiveDate,
}

impl crate::import::Records for Evaluations {
    type Record = Evaluation;
    type Old = Evaluation;
    type Key = (Kind, String, i32);
    const WHAT: crate::i18n::Msg = crate::i18n::Msg::new("import-what-evaluations");
    const ACTION: &'static str = "evaluate import";
    const ENTITY: &'static str = "evaluation";

    fn read(&self, tx: &Transaction<'_>, cells: &[String]) -> Result<Evaluation> {
        evaluation_from_row(tx, &self.subjects, cells, self.today)
    }

    fn key(e: &Evaluation) -> (Kind, String, i32) {
        (e.kind, e.subject.clone(), e.year)
    }

    fn twice(e: &Evaluation) -> crate::i18n::Msg {
        Msg::new("evaluation-row-twice")
            .arg("kind", e.kind.to_string())
            .arg("subject", &e.subject)
            .arg("year", e.year.to_string())
    }

    fn add(&self, w: &Writer<'_>, e: &Evaluation) -> Result<bool> {
        if find(&w.tx, e.kind, &e.subject, e.year)?.is_some() {
            return Ok(false);
        }
        insert_sql(w, e)?;
        Ok(true)
    }

    fn find(&self, tx: &Transaction<'_>, e: &Evaluation) -> Result<Option<Evaluation>> {
        Ok(find(tx, e.kind, &e.subject, e.year)?.map(|old| old.evaluation))
    }

    fn replace(&self, w: &Writer<'_>, e: &Evaluation) -> Result<()> {
        update_sql(w, e)
    }

    fn exists(e: &Evaluation, old: &Evaluation) -> crate::i18n::Msg {
        Msg::new("evaluation-row-exists")
            .arg("kind", e.kind.to_string())
            .arg("subject", &e.subject)
            .arg("year", e.year.to_string())
            .arg("rating", old.rating.to_string())
    }
}

/// An evaluation from an import row (layout order), its subject resolved.
fn evaluation_from_row(
    conn: &Connection,
    subjects: &Subjects,
    cells: &[String],
    today: NaiveDate,
) -> Result<Evaluation> {
    let field = |i: usize| clean(&cells[i]);
    let kind: Kind = field(0).parse().map_err(|e| keyed("kind", e))?;
    let typed = field(1);
    if typed.is_empty() {
        return Err(user_msg(Msg::new("evaluation-row-subject-empty"), None));
    }
    let year = parse_year(&field(2)).map_err(|e| keyed("year", e))?;
    check_year(year, today)?;
    let rating: Rating = field(3).parse().map_err(|e| keyed("rating", e))?;
    let exemplary = parse_yes_no(&field(4)).ok_or_else(|| {
        user_msg(
            Msg::new("evaluation-row-exemplary-bad").arg("typed", format!("{:?}", field(4))),
            None,
        )
    })?;
    let subject = subjects.resolve(conn, kind, &typed, year)?;
    let evaluation = Evaluation {
        kind,
        subject: subject.subject,
        year,
        rating,
        exemplary,
        note: field(5),
    };
    evaluation.validate()?;
    Ok(evaluation)
}
