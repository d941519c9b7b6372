//! Removing records: a report, an evaluation, a model, a member, several
//! pledge items at once. Each is refused, naming what still refers to the
//! record, and each is one audited change with the record's before-image
//! (and, like every change, undoable).

use std::fmt;

use anyhow::Result;
use rusqlite::{Connection, params};

use crate::dates::Month;
use crate::db::Writer;
use crate::evaluation::{self, Evaluation};
use crate::i18n::{Arg, Lang, Msg};
use crate::lookup::{NotFound, Sought, unit_matches};
use crate::member::{self, Member};
use crate::model::{self, Model};
use crate::pledge::{self, ItemRef, PledgeItem};
use crate::report::{self, Report};
use crate::vocab::Kind;

/// What kind of record a refused removal was about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removed {
    Model,
    Member,
}

/// A removal refused: the member or model `code` is still referred to by
/// `by` (each a message: "pledge item NV001/2026/1", "3 reports").
#[derive(Debug)]
pub struct InUse {
    pub kind: Removed,
    pub code: String,
    pub by: Vec<Msg>,
}

impl InUse {
    pub fn msg(&self) -> Msg {
        let id = match self.kind {
            Removed::Model => "removal-model-in-use",
            Removed::Member => "removal-member-in-use",
        };
        Msg::new(id)
            .arg("code", &self.code)
            .arg("by", list(&self.by))
    }
}

/// Messages one after the other, separated by commas.
fn list(items: &[Msg]) -> Arg {
    match items {
        [] => Arg::Text(String::new()),
        [one] => one.clone().into(),
        [first, rest @ ..] => Msg::new("removal-list")
            .arg("first", first.clone())
            .arg("rest", list(rest))
            .into(),
    }
}

impl fmt::Display for InUse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg().text(Lang::En))
    }
}

impl std::error::Error for InUse {}

/// Nothing stored under this key: the message says what was sought.
#[derive(Debug)]
pub struct Absent(pub Msg);

impl Absent {
    pub fn msg(&self) -> Msg {
        self.0.clone()
    }
}

impl fmt::Display for Absent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.text(Lang::En))
    }
}

impl std::error::Error for Absent {}

/// Remove a member's report for a month, with its item statuses.
pub fn remove_report(w: &Writer<'_>, code: &str, month: Month) -> Result<Report> {
    let m = member::get(&w.tx, code)?;
    let Some((id, old)) = report::load(&w.tx, member_id(&w.tx, &m.code)?, &m.code, month)? else {
        return Err(Absent(
            Msg::new("removal-no-report")
                .arg("code", &m.code)
                .arg("month", month),
        )
        .into());
    };
    w.tx.execute("DELETE FROM report_items WHERE report_id = ?", [id])?;
    w.tx.execute("DELETE FROM reports WHERE id = ?", [id])?;
    w.audit(
        "report remove",
        "report",
        &format!("{} {month}", m.code),
        Some(&old),
        None::<&()>,
    )?;
    Ok(old)
}

fn member_id(conn: &Connection, code: &str) -> Result<i64> {
    Ok(
        conn.query_row("SELECT id FROM members WHERE code = ?", [code], |r| {
            r.get(0)
        })?,
    )
}

/// Remove the evaluation of a subject for a year (member or model code in
/// any case, a unit with or without diacritics).
pub fn remove_evaluation(w: &Writer<'_>, kind: Kind, typed: &str, year: i32) -> Result<Evaluation> {
    let stored: Vec<String> =
        w.tx.prepare("SELECT subject FROM evaluations WHERE kind = ? AND year = ?")?
            .query_map(params![kind.to_string(), year], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
    let typed = crate::text::clean(typed);
    let subject = stored
        .iter()
        .find(|s| **s == typed)
        .or_else(|| {
            stored.iter().find(|s| match kind {
                Kind::Unit => unit_matches(s, &typed),
                _ => s.eq_ignore_ascii_case(&typed),
            })
        })
        .ok_or_else(|| absent_evaluation(kind, &typed, year))?;
    let old = evaluation::find(&w.tx, kind, subject, year)?
        .ok_or_else(|| absent_evaluation(kind, &typed, year))?
        .evaluation;
    w.tx.execute(
        "DELETE FROM evaluations WHERE kind = ? AND subject = ? AND year = ?",
        params![kind.to_string(), old.subject, year],
    )?;
    w.audit(
        "evaluate remove",
        "evaluation",
        &old.key(),
        Some(&old),
        None::<&()>,
    )?;
    Ok(old)
}

fn absent_evaluation(kind: Kind, typed: &str, year: i32) -> Absent {
    Absent(
        Msg::new("removal-no-evaluation")
            .arg("kind", kind.to_string())
            .arg("subject", typed)
            .arg("year", year.to_string()),
    )
}

/// Up to this many referring records are named in a refusal.
const NAMED: usize = 5;

fn named(mut by: Vec<Msg>, total: usize) -> Vec<Msg> {
    if total > by.len() {
        by.push(Msg::new("removal-by-more").arg("n", total - by.len()));
    }
    by
}

/// Remove a model, refused while pledge items or evaluations refer to it.
pub fn remove_model(w: &Writer<'_>, code: &str) -> Result<Model> {
    let Some(listed) = model::find(&w.tx, code)? else {
        return Err(NotFound {
            sought: Sought::Model,
            typed: code.to_string(),
            nearest: Vec::new(),
            is_a_name: false,
        }
        .into());
    };
    let old = listed.model;
    let mut by = Vec::new();
    let mut total = 0usize;
    {
        let mut stmt = w.tx.prepare(
            "SELECT m.code || '/' || p.year || '/' || p.no FROM pledge_items p
             JOIN members m ON m.id = p.member_id
             WHERE p.model_id = (SELECT id FROM models WHERE code = ?)
             ORDER BY p.year, m.code, p.no",
        )?;
        let mut rows = stmt.query([&old.code])?;
        while let Some(r) = rows.next()? {
            total += 1;
            if by.len() < NAMED {
                by.push(Msg::new("removal-by-pledge-item").arg("item", r.get::<_, String>(0)?));
            }
        }
        let mut stmt = w.tx.prepare(
            "SELECT year FROM evaluations WHERE kind = 'model' AND subject = ? ORDER BY year",
        )?;
        let mut rows = stmt.query([&old.code])?;
        while let Some(r) = rows.next()? {
            total += 1;
            if by.len() < NAMED {
                by.push(
                    Msg::new("removal-by-model-evaluation")
                        .arg("year", r.get::<_, i64>(0)?.to_string()),
                );
            }
        }
    }
    if total > 0 {
        return Err(InUse {
            kind: Removed::Model,
            code: old.code.clone(),
            by: named(by, total),
        }
        .into());
    }
    w.tx.execute("DELETE FROM models WHERE code = ?", [&old.code])?;
    w.audit("model remove", "model", &old.code, Some(&old), None::<&()>)?;
    Ok(old)
}

/// Remove a member, refused while they have pledge items, reports or
/// evaluations, or own a model.
pub fn remove_member(w: &Writer<'_>, code: &str) -> Result<Member> {
    let m = member::get(&w.tx, code)?;
    let id = member_id(&w.tx, &m.code)?;
    let count = |sql: &str, key: &dyn rusqlite::ToSql| -> Result<i64> {
        Ok(w.tx.query_row(sql, [key], |r| r.get(0))?)
    };
    let mut by = Vec::new();
    let pledges = count("SELECT count(*) FROM pledge_items WHERE member_id = ?", &id)?;
    if pledges > 0 {
        by.push(Msg::new("removal-by-pledges").arg("n", pledges));
    }
    let reports = count("SELECT count(*) FROM reports WHERE member_id = ?", &id)?;
    if reports > 0 {
        by.push(Msg::new("removal-by-reports").arg("n", reports));
    }
    let evaluations = count(
        "SELECT count(*) FROM evaluations WHERE kind = 'member' AND subject = ?",
        &m.code,
    )?;
    if evaluations > 0 {
        by.push(Msg::new("removal-by-evaluations").arg("n", evaluations));
    }
    let models = count("SELECT count(*) FROM models WHERE owner_member_id = ?", &id)?;
    if models > 0 {
        by.push(Msg::new("removal-by-models").arg("n", models));
    }
    if !by.is_empty() {
        return Err(InUse {
            kind: Removed::Member,
            code: m.code.clone(),
            by,
        }
        .into());
    }
    w.tx.execute("DELETE FROM members WHERE id = ?", [id])?;
    w.audit("member remove", "member", &m.code, Some(&m), None::<&()>)?;
    Ok(m)
}

/// Which pledge items to remove together.
#[derive(Debug)]
pub enum Items {
    Listed(Vec<ItemRef>),
    OfYear { member: String, year: i32 },
}

/// Remove several pledge items, all or none: refused (naming them) while
/// a report refers to any of them.
pub fn remove_pledges(w: &Writer<'_>, items: &Items) -> Result<Vec<PledgeItem>> {
    let refs: Vec<ItemRef> = match items {
        Items::Listed(refs) => refs.clone(),
        Items::OfYear { member: code, year } => {
            let m = member::get(&w.tx, code)?;
            let nos: Vec<i64> =
                w.tx.prepare(
                    "SELECT no FROM pledge_items WHERE member_id = ? AND year = ? ORDER BY no",
                )?
                .query_map(params![member_id(&w.tx, &m.code)?, year], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            if nos.is_empty() {
                return Err(Absent(
                    Msg::new("removal-no-pledges")
                        .arg("code", &m.code)
                        .arg("year", year.to_string()),
                )
                .into());
            }
            nos.into_iter()
                .map(|no| ItemRef {
                    member: m.code.clone(),
                    year: *year,
                    no,
                })
                .collect()
        }
    };
    let mut removed: Vec<PledgeItem> = Vec::new();
    for r in &refs {
        if removed.iter().any(|p| p.item_ref() == *r) {
            continue;
        }
        removed.push(pledge::remove(w, r)?);
    }
    Ok(removed)
}
