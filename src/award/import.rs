//! `award import`: awards as `export awards` writes them, with the
//! decisions they name.

use std::cell::RefCell;
use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction, params};

use super::{Award, Decision, SELECT, find_decision, from_sql, insert_decision};
use crate::dates::parse_date;
use crate::db::Writer;
use crate::error::user_msg;
use crate::i18n::{Arg, Msg};
use crate::import::{CsvInput, ImportCounts, keyed};
use crate::initiative::{self, InitiativeRef, recorded_year};
use crate::text::clean;
use crate::vocab::{Kind, Lang, Term, Title, from_code};

/// Import an awards file (as `export awards` writes it): all rows or none.
/// A decision named in a row is recorded with it, and must agree with the
/// one already recorded under its number.
pub fn import(
    w: &Writer<'_>,
    input: &mut CsvInput,
    replace: bool,
    today: NaiveDate,
) -> Result<ImportCounts> {
    let awards = Awards {
        today,
        backing: RefCell::new(HashMap::new()),
    };
    crate::import::run(&awards, w, input, replace)
}

struct Awards {
    today: NaiveDate,
    /// The initiatives the file's rows name so far, with the title each
    /// backs: an initiative backs one title only.
    backing: RefCell<HashMap<i64, Backed>>,
}

/// A title an initiative backs: its year, title and kind codes, subject.
struct Backed {
    year: i32,
    title: String,
    kind: String,
    subject: String,
}

impl Backed {
    /// The same award (the key `award import` matches rows by).
    fn same_award(&self, other: &Backed) -> bool {
        self.year == other.year
            && self.title == other.title
            && self.kind == other.kind
            && self.subject.to_lowercase() == other.subject.to_lowercase()
    }
}

/// An award as an import row gives it, its initiative found.
struct Row {
    award: Award,
    initiative_id: Option<i64>,
}

impl Awards {
    /// Refuse a row whose initiative backs another title: one recorded, or
    /// one an earlier row of the file names.
    fn check_backs_one(
        &self,
        tx: &Transaction<'_>,
        id: i64,
        reference: &str,
        this: Backed,
    ) -> Result<()> {
        let problem = |id: &'static str, other: &Backed| {
            user_msg(
                Msg::new(id)
                    .arg("initiative", reference)
                    .arg("title", title_term(&other.title))
                    .arg("subject", &other.subject)
                    .arg("year", other.year.to_string()),
                None,
            )
        };
        if let Some(other) = self.backing.borrow().get(&id)
            && !other.same_award(&this)
        {
            return Err(problem("award-row-initiative-twice", other));
        }
        let recorded = tx
            .prepare_cached(
                "SELECT year, title, kind, subject FROM awards WHERE initiative_id = ?",
            )?
            .query_row([id], |row| {
                Ok(Backed {
                    year: row.get(0)?,
                    title: row.get(1)?,
                    kind: row.get(2)?,
                    subject: row.get(3)?,
                })
            })
            .optional()?;
        if let Some(other) = recorded
            && !other.same_award(&this)
        {
            return Err(problem("award-row-initiative-used", &other));
        }
        self.backing.borrow_mut().insert(id, this);
        Ok(())
    }

    fn decision_id(&self, w: &Writer<'_>, d: &Option<Decision>) -> Result<Option<i64>> {
        let Some(d) = d else {
            return Ok(None);
        };
        match find_decision(&w.tx, &d.number)? {
            Some((id, _)) => Ok(Some(id)),
            None => insert_decision(w, d).map(Some),
        }
    }
}

impl crate::import::Records for Awards {
    type Record = Row;
    type Old = Award;
    type Key = (i32, Title, Kind, String);
    const WHAT: crate::i18n::Msg = crate::i18n::Msg::new("import-what-awards");
    const ACTION: &'static str = "award import";
    const ENTITY: &'static str = "award";

    fn read(&self, tx: &Transaction<'_>, cells: &[String]) -> Result<Row> {
        let field = |i: usize| clean(&cells[i]);
        let year = recorded_year(&field(0), "title", self.today)?;
        let title: Title = field(1).parse().map_err(|e| keyed("title", e))?;
        let kind: Kind = field(2).parse().map_err(|e| keyed("kind", e))?;
        let subject = match kind {
            Kind::Member => crate::member::named_in_row(tx, &field(3))?.1.code,
            Kind::Unit => field(3),
            Kind::Model => return Err(user_msg(Msg::new("award-row-kind-model"), None)),
        };
        if subject.is_empty() {
            return Err(user_msg(Msg::new("award-row-subject-empty"), None));
        }
        let (initiative, initiative_id) = match field(4) {
            i if i.is_empty() => (None, None),
            i => {
                let r: InitiativeRef = i.parse()?;
                let (id, l) = initiative::find(tx, &r)?.ok_or_else(|| {
                    user_msg(
                        Msg::new("award-row-initiative-absent").arg("initiative", r.to_string()),
                        None,
                    )
                })?;
                let reference = l.initiative.reference().to_string();
                let this = Backed {
                    year,
                    title: title.to_string(),
                    kind: kind.to_string(),
                    subject: subject.clone(),
                };
                self.check_backs_one(tx, id, &reference, this)?;
                (Some(reference), Some(id))
            }
        };
        let decision = match field(5) {
            n if n.is_empty() => None,
            number => {
                let d = Decision {
                    number,
                    decided_on: parse_date(&field(6)).map_err(|e| keyed("decided_on", e))?,
                    issuer: field(7),
                    level: field(8).parse().map_err(|e| keyed("level", e))?,
                };
                d.validate()?;
                if let Some((_, old)) = find_decision(tx, &d.number)?
                    && old != d
                {
                    return Err(user_msg(
                        Msg::new("award-row-decision-differs")
                            .arg("number", &old.number)
                            .arg("date", old.decided_on)
                            .arg("issuer", &old.issuer)
                            .arg("level", old.level.to_string()),
                        None,
                    ));
                }
                Some(d)
            }
        };
        Ok(Row {
            award: Award {
                year,
                title,
                kind,
                subject,
                initiative,
                decision,
                facts: cells[9].trim().to_string(),
            },
            initiative_id,
        })
    }

    fn key(r: &Row) -> (i32, Title, Kind, String) {
        let a = &r.award;
        (a.year, a.title, a.kind, a.subject.to_lowercase())
    }

    fn twice(r: &Row) -> crate::i18n::Msg {
        let a = &r.award;
        Msg::new("award-row-twice")
            .arg("title", a.title.to_string())
            .arg("subject", &a.subject)
            .arg("year", a.year.to_string())
    }

    fn add(&self, w: &Writer<'_>, r: &Row) -> Result<bool> {
        if self.find(&w.tx, r)?.is_some() {
            return Ok(false);
        }
        let a = &r.award;
        let decision = self.decision_id(w, &a.decision)?;
        w.tx.prepare_cached(
            "INSERT INTO awards (year, title, kind, subject, initiative_id, decision_id, facts)
             VALUES (?, ?, ?, ?, ?, ?, ?)",
        )?
        .execute(params![
            a.year,
            a.title.to_string(),
            a.kind.to_string(),
            a.subject,
            r.initiative_id,
            decision,
            a.facts
        ])?;
        Ok(true)
    }

    fn find(&self, tx: &Transaction<'_>, r: &Row) -> Result<Option<Award>> {
        let a = &r.award;
        Ok(tx
            .prepare_cached(&format!(
                "{SELECT} WHERE a.year = ? AND a.title = ? AND a.kind = ? AND a.subject = ?"
            ))?
            .query_row(
                params![a.year, a.title.to_string(), a.kind.to_string(), a.subject],
                from_sql,
            )
            .optional()?
            .map(|l| l.award))
    }

    fn replace(&self, w: &Writer<'_>, r: &Row) -> Result<()> {
        let a = &r.award;
        let decision = self.decision_id(w, &a.decision)?;
        w.tx.prepare_cached(
            "UPDATE awards SET initiative_id = ?5, decision_id = ?6, facts = ?7
             WHERE year = ?1 AND title = ?2 AND kind = ?3 AND subject = ?4",
        )?
        .execute(params![
            a.year,
            a.title.to_string(),
            a.kind.to_string(),
            a.subject,
            r.initiative_id,
            decision,
            a.facts
        ])?;
        Ok(())
    }

    fn exists(r: &Row, _old: &Award) -> crate::i18n::Msg {
        let a = &r.award;
        Msg::new("award-row-exists")
            .arg("title", a.title.to_string())
            .arg("subject", &a.subject)
            .arg("year", a.year.to_string())
    }
}

/// A title in a message: its Vietnamese name in Vietnamese, its code in
/// English.
fn title_term(code: &str) -> Arg {
    let vi = from_code(Title::ALL, code)
        .map_or_else(|_| code.to_string(), |t| t.label(Lang::Vi).to_string());
    Arg::Term {
        vi,
        en: code.to_string(),
    }
}
