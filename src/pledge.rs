//! Yearly pledges: the concrete actions each member registers for a year,
//! numbered 1, 2, 3 … within that member and year.

mod errors;
mod import;
mod template;

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row as SqlRow, params, params_from_iter};
use serde::Serialize;

use crate::dates::{Month, parse_year, reference_date, year_bounds};
use crate::db::Writer;
use crate::error::user_msg;
use crate::i18n::{Arg, Msg};
use crate::import::Layout;
use crate::lookup::unit_matches;
use crate::member::{self, MAX_TEXT, check_code, check_text};
use crate::output::{Cell, Column};
use crate::people::{PeopleOrder, active_sql, people_ranks, sort_people};
use crate::text::clean;
use crate::vocab::{Field, Term, from_code};

pub(crate) use errors::english_display;
pub use errors::{
    ItemReported, NoSuchItem, NotActiveInYear, NotAnItem, months_arg, vanished, when_msg,
};
pub use import::import;
pub use template::{CarriedItem, FormMember, template};

/// A pledge item as commands name it: `MEMBER/YEAR/NO`, e.g. `NV001/2026/2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ItemRef {
    pub member: String,
    pub year: i32,
    pub no: i64,
}

impl fmt::Display for ItemRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}/{}", self.member, self.year, self.no)
    }
}

impl FromStr for ItemRef {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<ItemRef> {
        let s = clean(s);
        let bad = || {
            anyhow::Error::from(NotAnItem {
                typed: s.to_string(),
            })
        };
        let mut parts = s.split('/');
        let (Some(member), Some(year), Some(no), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        let member = member.trim();
        check_code(member, "member").map_err(|_| bad())?;
        let year = parse_year(year).map_err(|_| bad())?;
        let no = parse_no(no).ok_or_else(bad)?;
        Ok(ItemRef {
            member: member.to_string(),
            year,
            no,
        })
    }
}

/// An item number: a whole number from 1.
pub fn parse_no(s: &str) -> Option<i64> {
    let t = s.trim();
    if t.is_empty() || t.len() > 9 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok().filter(|&n| n >= 1)
}

/// One registered action.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PledgeItem {
    pub member: String,
    pub year: i32,
    pub no: i64,
    pub field: Field,
    /// The code of the model the action belongs to, if any.
    pub model: Option<String>,
    pub text: String,
}

impl PledgeItem {
    pub fn item_ref(&self) -> ItemRef {
        ItemRef {
            member: self.member.clone(),
            year: self.year,
            no: self.no,
        }
    }
}

/// An item as lists show it, with its member's name and unit.
#[derive(Debug, Clone)]
pub struct ListedItem {
    pub item: PledgeItem,
    pub member_name: String,
    pub unit: String,
}

impl ListedItem {
    pub fn cells(&self) -> Vec<Cell> {
        let i = &self.item;
        vec![
            Cell::text(&i.member),
            Cell::Int(i64::from(i.year)),
            Cell::Int(i.no),
            Cell::term(i.field),
            Cell::text(i.model.clone().unwrap_or_default()),
            Cell::text(&i.text),
            Cell::text(&self.member_name),
            Cell::text(&self.unit),
        ]
    }
}

/// The columns of `pledge list` and `export pledges`: the import columns,
/// then the read-only `member_name` and `unit`.
pub const COLUMNS: &[Column] = &[
    Column::new("member", "Mã thành viên", "Member"),
    Column::new("year", "Năm", "Year"),
    Column::new("no", "Việc số", "No."),
    Column::new("field", "Lĩnh vực", "Field"),
    Column::new("model", "Mô hình", "Model"),
    Column::new("text", "Nội dung đăng ký", "Pledged action"),
    Column::new("member_name", "Họ và tên", "Name"),
    Column::new("unit", "Đơn vị", "Unit"),
];

/// The pledges import file: the first six columns, and the member's name,
/// checked against the register where the file has it; the unit is
/// read-only.
pub const LAYOUT: Layout = Layout {
    what: crate::i18n::Msg::new("import-layout-pledges"),
    columns: COLUMNS.split_at(7).0,
    required: &["member", "year", "field", "text"],
    ignored: &["unit"],
    labelled: &[COLUMNS],
    aliases: &[
        ("Mã", "member"),
        ("Mã cán bộ", "member"),
        ("Họ tên", "member_name"),
        ("Số thứ tự việc", "no"),
        ("Nội dung", "text"),
        ("Việc làm cụ thể", "text"),
    ],
    wide: None,
};

/// The columns of `pledge missing`.
pub const MISSING_COLUMNS: &[Column] = &[
    Column::new("code", "Mã", "Code"),
    Column::new("name", "Họ và tên", "Name"),
    Column::new("unit", "Đơn vị", "Unit"),
];

/// Columns 0–7 make a `ListedItem`; 8 is the item's id, 9 its member's id.
const SELECT: &str =
    "SELECT m.code, p.year, p.no, p.field, mo.code, p.text, m.name, m.unit, p.id, p.member_id
     FROM pledge_items p
     JOIN members m ON m.id = p.member_id
     LEFT JOIN models mo ON mo.id = p.model_id";

fn listed_from_sql(row: &SqlRow<'_>) -> rusqlite::Result<ListedItem> {
    let field: String = row.get(3)?;
    Ok(ListedItem {
        item: PledgeItem {
            member: row.get(0)?,
            year: row.get(1)?,
            no: row.get(2)?,
            field: from_code(Field::ALL, &field)?,
            model: row.get(4)?,
            text: row.get(5)?,
        },
        member_name: row.get(6)?,
        unit: row.get(7)?,
    })
}

/// Why a member cannot hold a pledge for `year`, if they cannot.
fn check_active_in_year(m: &member::Member, year: i32) -> Result<()> {
    let (first, last) = year_bounds(year);
    if m.is_active_during(first, last) {
        return Ok(());
    }
    Err(NotActiveInYear {
        code: m.code.clone(),
        name: m.name.clone(),
        year,
        when: when_msg(m.joined, m.left, first),
    }
    .into())
}

/// The id of a model code, which must exist; else a `lookup::NotFound`
/// with the nearest codes.
pub fn model_id(conn: &Connection, code: &str) -> Result<(i64, String)> {
    let found = conn
        .prepare_cached("SELECT id, code FROM models WHERE code = ?")?
        .query_row([code], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    match found {
        Some(found) => Ok(found),
        None => Err(crate::lookup::unknown_model(conn, code)?),
    }
}

fn check_item_text(text: &str) -> Result<()> {
    check_text("text", text, MAX_TEXT, true)
}

/// What a new item holds; the member, year and number are decided by `add`.
#[derive(Debug, Clone)]
pub struct NewItem {
    pub member: String,
    pub year: i32,
    pub field: Field,
    pub model: Option<String>,
    pub text: String,
}

/// Register a new item as the next number of the member and year.
pub fn add(w: &Writer<'_>, new: &NewItem) -> Result<PledgeItem> {
    let m = member::get(&w.tx, &new.member)?;
    check_active_in_year(&m, new.year)?;
    let text = clean(&new.text);
    check_item_text(&text)?;
    let model = match new.model.as_deref().map(clean) {
        Some(code) => Some(model_id(&w.tx, &code)?),
        None => None,
    };
    let member_id = member::id_of(&w.tx, &m.code)?.ok_or_else(|| vanished(&m.code))?;
    let no: i64 = w.tx.query_row(
        "SELECT coalesce(max(no), 0) + 1 FROM pledge_items WHERE member_id = ? AND year = ?",
        params![member_id, new.year],
        |r| r.get(0),
    )?;
    w.tx.execute(
        "INSERT INTO pledge_items (member_id, year, no, field, model_id, text) VALUES (?, ?, ?, ?, ?, ?)",
        params![
            member_id,
            new.year,
            no,
            new.field.to_string(),
            model.as_ref().map(|m| m.0),
            text
        ],
    )?;
    let item = PledgeItem {
        member: m.code,
        year: new.year,
        no,
        field: new.field,
        model: model.map(|m| m.1),
        text,
    };
    w.audit(
        "pledge add",
        "pledge",
        &item.item_ref().to_string(),
        None::<&()>,
        Some(&item),
    )?;
    Ok(item)
}

/// The database id of a member that must exist.
pub fn member_id(conn: &Connection, code: &str) -> Result<i64> {
    let m = member::get(conn, code)?;
    member::id_of(conn, &m.code)?.ok_or_else(|| vanished(&m.code))
}

/// An item that must exist, with its database id.
pub fn get(conn: &Connection, r: &ItemRef) -> Result<(i64, PledgeItem)> {
    let m = member::get(conn, &r.member)?;
    let found = conn
        .prepare_cached(&format!(
            "{SELECT} WHERE m.code = ? AND p.year = ? AND p.no = ?"
        ))?
        .query_row(params![m.code, r.year, r.no], |row| {
            Ok((row.get::<_, i64>(8)?, listed_from_sql(row)?.item))
        })
        .optional()?;
    found.ok_or_else(|| {
        NoSuchItem {
            member: m.code,
            year: r.year,
            no: r.no,
        }
        .into()
    })
}

/// Changes to an item; None leaves a value as it is. A model of `Some("")`
/// removes the item's model.
#[derive(Debug, Default)]
pub struct ItemChanges {
    pub text: Option<String>,
    pub field: Option<Field>,
    pub model: Option<String>,
}

/// Change an item; returns the item before and after (equal when nothing changed).
pub fn edit(
    w: &Writer<'_>,
    r: &ItemRef,
    changes: &ItemChanges,
) -> Result<(PledgeItem, PledgeItem)> {
    let (id, old) = get(&w.tx, r)?;
    let mut new = old.clone();
    if let Some(text) = &changes.text {
        new.text = clean(text);
        check_item_text(&new.text)?;
    }
    if let Some(field) = changes.field {
        new.field = field;
    }
    let mut model_id_new = None;
    if let Some(code) = changes.model.as_deref().map(clean) {
        if code.is_empty() {
            new.model = None;
        } else {
            let (mid, code) = model_id(&w.tx, &code)?;
            new.model = Some(code);
            model_id_new = Some(mid);
        }
    } else if let Some(code) = &old.model {
        model_id_new = Some(model_id(&w.tx, code)?.0);
    }
    if new == old {
        return Ok((old, new));
    }
    w.tx.execute(
        "UPDATE pledge_items SET field = ?2, model_id = ?3, text = ?4 WHERE id = ?1",
        params![id, new.field.to_string(), model_id_new, new.text],
    )?;
    w.audit(
        "pledge edit",
        "pledge",
        &new.item_ref().to_string(),
        Some(&old),
        Some(&new),
    )?;
    Ok((old, new))
}

/// Remove an item, refused while a report refers to it.
pub fn remove(w: &Writer<'_>, r: &ItemRef) -> Result<PledgeItem> {
    let (id, old) = get(&w.tx, r)?;
    let months = {
        let mut stmt = w.tx.prepare(
            // An item is reported only in its member's reports of its year:
            // those are searched, through their index, for the item.
            "SELECT r.month FROM reports r
             JOIN report_items ri ON ri.report_id = r.id AND ri.item_id = ?1
             WHERE r.member_id = (SELECT member_id FROM pledge_items WHERE id = ?1)
               AND r.month BETWEEN printf('%04d-01', ?2) AND printf('%04d-12', ?2)
             ORDER BY r.month",
        )?;
        stmt.query_map(rusqlite::params![id, old.year], |row| {
            row.get::<_, String>(0)
        })?
        .collect::<rusqlite::Result<Vec<String>>>()?
    };
    if !months.is_empty() {
        // The database writes months `YYYY-MM`.
        let months = months
            .iter()
            .filter_map(|m| {
                let (y, m) = m.split_once('-')?;
                Some(Month {
                    year: y.parse().ok()?,
                    month: m.parse().ok()?,
                })
            })
            .collect();
        return Err(ItemReported {
            item: old.item_ref(),
            months,
        }
        .into());
    }
    w.tx.execute("DELETE FROM pledge_items WHERE id = ?", [id])?;
    w.audit(
        "pledge remove",
        "pledge",
        &old.item_ref().to_string(),
        Some(&old),
        None::<&()>,
    )?;
    Ok(old)
}

/// Which items a list shows.
#[derive(Debug, Default)]
pub struct Filter {
    pub year: Option<i32>,
    pub member: Option<String>,
    pub unit: Option<String>,
    pub field: Option<Field>,
}

/// `WHERE a AND b …` (nothing without conditions) and its values.
pub(crate) fn where_clause(conditions: &[(&str, Option<Value>)]) -> (String, Vec<Value>) {
    let mut clauses = Vec::new();
    let mut values = Vec::new();
    for (clause, value) in conditions {
        if let Some(value) = value {
            clauses.push(*clause);
            values.push(value.clone());
        }
    }
    if clauses.is_empty() {
        (String::new(), values)
    } else {
        (format!(" WHERE {}", clauses.join(" AND ")), values)
    }
}

/// Items matching the filter, by member (Vietnamese order), year and number.
pub fn list(conn: &Connection, filter: &Filter) -> Result<Vec<ListedItem>> {
    let member_id = match &filter.member {
        Some(code) => Some(member_id(conn, code)?),
        None => None,
    };
    let (condition, values) = where_clause(&[
        ("p.year = ?", filter.year.map(Value::from)),
        ("p.member_id = ?", member_id.map(Value::from)),
        (
            "p.field = ?",
            filter.field.map(|f| Value::from(f.code().to_string())),
        ),
    ]);
    let mut stmt = conn.prepare(&format!("{SELECT}{condition}"))?;
    let rows = stmt.query_map(params_from_iter(values), |row| {
        Ok((row.get::<_, i64>(9)?, listed_from_sql(row)?))
    })?;
    let mut unit_cache: HashMap<String, bool> = HashMap::new();
    let mut items = Vec::new();
    for row in rows {
        let (member_id, item) = row?;
        if let Some(wanted) = &filter.unit {
            let keep = *unit_cache
                .entry(item.unit.clone())
                .or_insert_with(|| unit_matches(&item.unit, wanted));
            if !keep {
                continue;
            }
        }
        items.push((member_id, item));
    }
    if items.is_empty()
        && let Some(unit) = &filter.unit
    {
        crate::lookup::check_unit(conn, unit)?;
    }
    let ranks = people_ranks(
        items
            .iter()
            .map(|(id, i)| (*id, i.member_name.as_str(), i.item.member.as_str())),
    );
    items.sort_by_key(|(id, i)| (ranks.get(id).copied(), i.item.year, i.item.no));
    Ok(items.into_iter().map(|(_, i)| i).collect())
}

/// A member as `pledge missing` lists them.
#[derive(Debug, Clone)]
pub struct Unpledged {
    pub code: String,
    pub name: String,
    pub unit: String,
}

/// Members active on the reference date of `year` with no item that year,
/// of the unit when one is given.
pub fn missing(
    conn: &Connection,
    year: i32,
    unit: Option<&str>,
    today: NaiveDate,
) -> Result<Vec<Unpledged>> {
    let on = reference_date(year, today);
    let mut stmt = conn.prepare(&format!(
        "SELECT m.code, m.name, m.unit FROM members m
         WHERE {}
           AND NOT EXISTS (SELECT 1 FROM pledge_items p WHERE p.year = ?2 AND p.member_id = m.id)",
        active_sql("m", "?1", "?1"),
    ))?;
    let mut people = stmt
        .query_map(params![on, year], |r| {
            Ok(Unpledged {
                code: r.get(0)?,
                name: r.get(1)?,
                unit: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if let Some(unit) = unit {
        people.retain(|p| unit_matches(&p.unit, unit));
        if people.is_empty() {
            crate::lookup::check_unit(conn, unit)?;
        }
    }
    sort_people(&mut people, |p| (&p.name, &p.code));
    Ok(people)
}

/// Write every item of the years (all when None), member by member in the
/// Vietnamese order, without holding them all in memory.
pub fn export(
    conn: &Connection,
    years: Option<(i32, i32)>,
    mut emit: impl FnMut(&ListedItem) -> Result<()>,
) -> Result<()> {
    let order = PeopleOrder::load(conn)?;
    let (from, to) = years.unwrap_or((i32::MIN, i32::MAX));
    let mut stmt = conn.prepare(&format!(
        "{SELECT} WHERE p.member_id = ?1 AND p.year BETWEEN ?2 AND ?3 ORDER BY p.year, p.no"
    ))?;
    for person in &order.members {
        let mut rows = stmt.query(params![person.id, from, to])?;
        while let Some(row) = rows.next()? {
            emit(&listed_from_sql(row)?)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
