//! `report template`: the month's form, one row per member expected to
//! report, a status and a note column per item number, the reports already
//! in filled in; and the items' texts beside it.

use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, params};

use super::read::UnitFilter;
use super::{ItemStatus, expected_on};
use crate::dates::Month;
use crate::error::user_msg;
use crate::i18n::Msg;
use crate::lookup::check_unit;
use crate::people::{active_sql, sort_people};
use crate::vocab::{Field, Status, from_code};

/// A member expected to report, with their item numbers and the report
/// already recorded, if any.
#[derive(Debug, Clone)]
pub struct TemplateRow {
    pub code: String,
    pub name: String,
    pub unit: String,
    /// Their pledge items of the month's year: (no, field, text).
    pub items: Vec<(i64, Field, String)>,
    /// Their report for the month: (submitted on, statuses).
    pub reported: Option<(NaiveDate, Vec<ItemStatus>)>,
}

/// The month's form.
#[derive(Debug, Clone)]
pub struct Template {
    pub month: Month,
    /// Every item number any expected member has, in order: a column each.
    pub numbers: Vec<i64>,
    pub rows: Vec<TemplateRow>,
}

/// The form for `month`: every member expected to report (active on its
/// last day, or today while it runs, with a pledge in its year) in the
/// order of `member list`, of `unit` when given.
pub fn template(
    conn: &Connection,
    month: Month,
    unit: Option<&str>,
    today: NaiveDate,
) -> Result<Template> {
    let Some(on) = expected_on(month, today) else {
        return Err(user_msg(
            Msg::new("report-template-not-begun")
                .arg("month", month)
                .arg("today", today),
            Some(Msg::new("report-template-not-begun-hint")),
        ));
    };
    let mut stmt = conn.prepare(&format!(
        "SELECT m.id, m.code, m.name, m.unit FROM members m
         WHERE {}
           AND EXISTS (SELECT 1 FROM pledge_items p WHERE p.member_id = m.id AND p.year = ?2)",
        active_sql("m", "?1", "?1"),
    ))?;
    let mut units = UnitFilter::new(unit);
    let mut members: Vec<(i64, TemplateRow)> = Vec::new();
    let rows = stmt.query_map(params![on, month.year], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    for row in rows {
        let (id, code, name, unit) = row?;
        if units.keeps(&unit) {
            members.push((
                id,
                TemplateRow {
                    code,
                    name,
                    unit,
                    items: Vec::new(),
                    reported: None,
                },
            ));
        }
    }
    if members.is_empty()
        && let Some(unit) = unit
    {
        check_unit(conn, unit)?;
    }
    sort_people(&mut members, |(_, m)| (&m.name, &m.code));
    // Two scans for every member at once, not two look-ups per member: a
    // province's form has 50,000 rows.
    let mut at: HashMap<i64, usize> = HashMap::with_capacity(members.len());
    for (i, (id, _)) in members.iter().enumerate() {
        at.insert(*id, i);
    }
    let mut numbers: Vec<i64> = Vec::new();
    let mut items = conn.prepare(
        "SELECT member_id, no, field, text FROM pledge_items WHERE year = ? ORDER BY member_id, no",
    )?;
    let mut rows = items.query([month.year])?;
    while let Some(r) = rows.next()? {
        let Some(&i) = at.get(&r.get::<_, i64>(0)?) else {
            continue;
        };
        let field: String = r.get(2)?;
        let no: i64 = r.get(1)?;
        members[i]
            .1
            .items
            .push((no, from_code(Field::ALL, &field)?, r.get(3)?));
        numbers.push(no);
    }
    let mut report = conn.prepare(
        "SELECT r.member_id, r.submitted_on, p.no, ri.status, ri.note FROM reports r
         JOIN report_items ri ON ri.report_id = r.id JOIN pledge_items p ON p.id = ri.item_id
         WHERE r.month = ? ORDER BY r.member_id, p.no",
    )?;
    let mut rows = report.query([month.to_string()])?;
    while let Some(r) = rows.next()? {
        let Some(&i) = at.get(&r.get::<_, i64>(0)?) else {
            continue;
        };
        let status: String = r.get(3)?;
        let item = ItemStatus {
            no: r.get(2)?,
            status: from_code(Status::ALL, &status)?,
            note: r.get(4)?,
        };
        let submitted_on: NaiveDate = r.get(1)?;
        members[i]
            .1
            .reported
            .get_or_insert_with(|| (submitted_on, Vec::new()))
            .1
            .push(item);
    }
    numbers.sort_unstable();
    numbers.dedup();
    Ok(Template {
        month,
        numbers,
        rows: members.into_iter().map(|(_, m)| m).collect(),
    })
}
