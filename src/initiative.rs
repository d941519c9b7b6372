//! Initiatives (sáng kiến) of members: what a CSTĐCS title rests on. Each
//! backs one title only (Luật Thi đua, khen thưởng 2022, Điều 23).

use std::fmt;
use std::str::FromStr;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row as SqlRow, Transaction, params};
use serde::Serialize;

use crate::dates::parse_year;
use crate::db::Writer;
use crate::error::user_msg;
use crate::i18n::Msg;
use crate::import::{CsvInput, ImportCounts, Layout, keyed};
use crate::member::{self, MAX_NAME, MAX_TEXT, check_code, check_text};
use crate::output::{Cell, Column};
use crate::pledge::{member_id, parse_no};
use crate::text::{clean, compare_people};
use crate::vocab::{Level, from_code};

/// An initiative as commands name it: `MEMBER/YEAR/NO`, e.g. `NV001/2025/1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct InitiativeRef {
    pub member: String,
    pub year: i32,
    pub no: i64,
}

impl fmt::Display for InitiativeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}/{}", self.member, self.year, self.no)
    }
}

impl FromStr for InitiativeRef {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<InitiativeRef> {
        let s = clean(s);
        let bad = || {
            user_msg(
                Msg::new("initiative-ref-bad").arg("typed", format!("{s:?}")),
                None,
            )
        };
        let mut parts = s.split('/');
        let (Some(member), Some(year), Some(no), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        let member = member.trim();
        check_code(member, "member").map_err(|_| bad())?;
        Ok(InitiativeRef {
            member: member.to_string(),
            year: parse_year(year).map_err(|_| bad())?,
            no: parse_no(no).ok_or_else(bad)?,
        })
    }
}

/// Refuse a record (`what`: "initiative", "title" or "discipline") of a
/// year after the current one.
pub fn check_recorded_year(what: &'static str, year: i32, today: NaiveDate) -> Result<()> {
    use chrono::Datelike;
    if year > today.year() {
        return Err(user_msg(
            Msg::new("recorded-year-later")
                .arg("what", what)
                .arg("year", year.to_string())
                .arg("current", today.year().to_string()),
            None,
        ));
    }
    Ok(())
}

/// The year a row's cell gives `what` (`title`), which must have begun.
pub fn recorded_year(cell: &str, what: &'static str, today: NaiveDate) -> Result<i32> {
    let year = parse_year(cell).map_err(|e| keyed("year", e))?;
    check_recorded_year(what, year, today)?;
    Ok(year)
}

/// One recognised initiative.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Initiative {
    pub member: String,
    pub year: i32,
    pub no: i64,
    pub title: String,
    /// Who recognised it (a council, a decision), free text.
    pub recognised_by: String,
    pub level: Level,
}

impl Initiative {
    pub fn reference(&self) -> InitiativeRef {
        InitiativeRef {
            member: self.member.clone(),
            year: self.year,
            no: self.no,
        }
    }

    fn validate(&self) -> Result<()> {
        check_text("title", &self.title, MAX_TEXT, true)?;
        check_text("recognised_by", &self.recognised_by, MAX_NAME, false)
    }
}

/// An initiative as lists show it: the member's name, and the title it
/// backs, if any (`2025 grassroots-emulation-fighter`).
#[derive(Debug, Clone)]
pub struct Listed {
    pub initiative: Initiative,
    pub member_name: String,
    pub used_for: String,
}

pub const COLUMNS: &[Column] = &[
    Column::new("member", "Mã thành viên", "Member"),
    Column::new("year", "Năm", "Year"),
    Column::new("no", "Số", "No"),
    Column::new("title", "Tên sáng kiến", "Title"),
    Column::new("recognised_by", "Công nhận bởi", "Recognised by"),
    Column::new("level", "Cấp", "Level"),
    Column::new("member_name", "Họ và tên", "Name"),
    Column::new("used_for", "Đã dùng cho", "Used for"),
];

const IMPORTED: usize = 6;

pub const LAYOUT: Layout = Layout {
    what: crate::i18n::Msg::new("import-layout-initiatives"),
    aliases: &[("Sáng kiến", "title")],
    columns: COLUMNS.split_at(IMPORTED).0,
    required: &["member", "year", "title"],
    ignored: &["member_name", "used_for"],
    labelled: &[COLUMNS],
    wide: None,
};

impl Listed {
    pub fn cells(&self) -> Vec<Cell> {
        let i = &self.initiative;
        vec![
            Cell::text(&i.member),
            Cell::Int(i.year.into()),
            Cell::Int(i.no),
            Cell::text(&i.title),
            Cell::text(&i.recognised_by),
            Cell::term(i.level),
            Cell::text(&self.member_name),
            Cell::text(&self.used_for),
        ]
    }
}

const SELECT: &str = "SELECT m.code, i.year, i.no, i.title, i.recognised_by, i.level, m.name,
        coalesce((SELECT a.year || ' ' || a.title FROM awards a WHERE a.initiative_id = i.id), ''),
        i.id
     FROM initiatives i JOIN members m ON m.id = i.member_id";

fn from_sql(row: &SqlRow<'_>) -> rusqlite::Result<Listed> {
    let level: String = row.get(5)?;
    Ok(Listed {
        initiative: Initiative {
            member: row.get(0)?,
            year: row.get(1)?,
            no: row.get(2)?,
            title: row.get(3)?,
            recognised_by: row.get(4)?,
            level: from_code(Level::ALL, &level)?,
        },
        member_name: row.get(6)?,
        used_for: row.get(7)?,
    })
}

/// The initiative a reference names, with its id; None if there is none.
pub fn find(conn: &Connection, r: &InitiativeRef) -> Result<Option<(i64, Listed)>> {
    Ok(conn
        .prepare_cached(&format!(
            "{SELECT} WHERE m.code = ? AND i.year = ? AND i.no = ?"
        ))?
        .query_row(params![r.member, r.year, r.no], |row| {
            Ok((row.get(8)?, from_sql(row)?))
        })
        .optional()?)
}

/// The initiative a reference names, which must exist.
pub fn get(conn: &Connection, r: &InitiativeRef) -> Result<(i64, Listed)> {
    let m = member::get(conn, &r.member)?;
    let r = InitiativeRef {
        member: m.code,
        ..r.clone()
    };
    find(conn, &r)?.ok_or_else(|| {
        user_msg(
            Msg::new("initiative-absent").arg("initiative", r.to_string()),
            None,
        )
    })
}

/// What a new initiative holds; its number is the next of its member and year.
#[derive(Debug, Clone)]
pub struct NewInitiative {
    pub member: String,
    pub year: i32,
    pub title: String,
    pub recognised_by: String,
    pub level: Level,
}

/// Record a new initiative; the year may not be after today's.
pub fn add(w: &Writer<'_>, new: &NewInitiative, today: NaiveDate) -> Result<Initiative> {
    check_recorded_year("initiative", new.year, today)?;
    let m = member::get(&w.tx, &new.member)?;
    let id = member_id(&w.tx, &m.code)?;
    let no: i64 = w.tx.query_row(
        "SELECT coalesce(max(no), 0) + 1 FROM initiatives WHERE member_id = ? AND year = ?",
        params![id, new.year],
        |r| r.get(0),
    )?;
    let i = Initiative {
        member: m.code,
        year: new.year,
        no,
        title: clean(&new.title),
        recognised_by: clean(&new.recognised_by),
        level: new.level,
    };
    i.validate()?;
    insert_sql(w, id, &i)?;
    w.audit(
        "initiative add",
        "initiative",
        &i.reference().to_string(),
        None::<&()>,
        Some(&i),
    )?;
    Ok(i)
}

fn insert_sql(w: &Writer<'_>, member_id: i64, i: &Initiative) -> Result<()> {
    w.tx.prepare_cached(
        "INSERT INTO initiatives (member_id, year, no, title, recognised_by, level)
         VALUES (?, ?, ?, ?, ?, ?)",
    )?
    .execute(params![
        member_id,
        i.year,
        i.no,
        i.title,
        i.recognised_by,
        i.level.to_string()
    ])?;
    Ok(())
}

/// Remove an initiative; refused while a title rests on it.
pub fn remove(w: &Writer<'_>, r: &InitiativeRef) -> Result<Initiative> {
    let (id, listed) = get(&w.tx, r)?;
    if !listed.used_for.is_empty() {
        return Err(user_msg(
            Msg::new("initiative-backs-title")
                .arg("initiative", listed.initiative.reference().to_string())
                .arg("title", &listed.used_for),
            None,
        ));
    }
    w.tx.execute("DELETE FROM initiatives WHERE id = ?", [id])?;
    let i = listed.initiative;
    w.audit(
        "initiative remove",
        "initiative",
        &i.reference().to_string(),
        Some(&i),
        None::<&()>,
    )?;
    Ok(i)
}

/// Initiatives of the years given (all without), of one member if given:
/// by year, then people in the Vietnamese order, then number.
pub fn list(
    conn: &Connection,
    years: Option<(i32, i32)>,
    member: Option<&str>,
) -> Result<Vec<Listed>> {
    let mut list = of_years(conn, SELECT, "i.year", years, member, from_sql)?;
    list.sort_by(|a, b| {
        let (x, y) = (&a.initiative, &b.initiative);
        x.year
            .cmp(&y.year)
            .then_with(|| compare_people(&a.member_name, &x.member, &b.member_name, &y.member))
            .then(x.no.cmp(&y.no))
    });
    Ok(list)
}

/// The rows of `select` (members joined as `m`, the year in `year`) of the
/// years given (all without), of one member if given (as typed: the
/// member must exist).
pub(crate) fn of_years<T>(
    conn: &Connection,
    select: &str,
    year: &str,
    years: Option<(i32, i32)>,
    member: Option<&str>,
    row: fn(&SqlRow<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let code = match member {
        Some(typed) => Some(member::get(conn, typed)?.code),
        None => None,
    };
    let (from, to) = years.unzip();
    let mut stmt = conn.prepare(&format!(
        "{select} WHERE (?1 IS NULL OR {year} >= ?1) AND (?2 IS NULL OR {year} <= ?2)
           AND (?3 IS NULL OR m.code = ?3)"
    ))?;
    Ok(stmt
        .query_map(params![from, to, code], row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Import an initiatives file: all rows or none. A row without `no` takes
/// the next number of its member and year.
pub fn import(
    w: &Writer<'_>,
    input: &mut CsvInput,
    replace: bool,
    today: NaiveDate,
) -> Result<ImportCounts> {
    crate::import::run(&Initiatives { today }, w, input, replace)
}

struct Initiatives {
    today: NaiveDate,
}

impl crate::import::Records for Initiatives {
    type Record = (i64, Initiative);
    type Old = Initiative;
    type Key = InitiativeRef;
    const WHAT: crate::i18n::Msg = crate::i18n::Msg::new("import-what-initiatives");
    const ACTION: &'static str = "initiative import";
    const ENTITY: &'static str = "initiative";

    fn read(&self, tx: &Transaction<'_>, cells: &[String]) -> Result<(i64, Initiative)> {
        let field = |i: usize| clean(&cells[i]);
        let (id, m) = member::named_in_row(tx, &field(0))?;
        let year = recorded_year(&field(1), "initiative", self.today)?;
        let no = match field(2) {
            n if n.is_empty() => tx.query_row(
                "SELECT coalesce(max(no), 0) + 1 FROM initiatives WHERE member_id = ? AND year = ?",
                params![id, year],
                |r| r.get(0),
            )?,
            n => parse_no(&n).ok_or_else(|| {
                user_msg(
                    Msg::new("initiative-row-no-bad").arg("typed", format!("{n:?}")),
                    None,
                )
            })?,
        };
        let level = match field(5) {
            l if l.is_empty() => Level::Grassroots,
            l => l.parse().map_err(|e| keyed("level", e))?,
        };
        let i = Initiative {
            member: m.code,
            year,
            no,
            title: field(3),
            recognised_by: field(4),
            level,
        };
        i.validate()?;
        Ok((id, i))
    }

    fn key(record: &(i64, Initiative)) -> InitiativeRef {
        record.1.reference()
    }

    fn twice(record: &(i64, Initiative)) -> crate::i18n::Msg {
        Msg::new("initiative-row-twice").arg("initiative", record.1.reference().to_string())
    }

    fn add(&self, w: &Writer<'_>, (id, i): &(i64, Initiative)) -> Result<bool> {
        if find(&w.tx, &i.reference())?.is_some() {
            return Ok(false);
        }
        insert_sql(w, *id, i)?;
        Ok(true)
    }

    fn find(&self, tx: &Transaction<'_>, record: &(i64, Initiative)) -> Result<Option<Initiative>> {
        Ok(find(tx, &record.1.reference())?.map(|(_, l)| l.initiative))
    }

    fn replace(&self, w: &Writer<'_>, (id, i): &(i64, Initiative)) -> Result<()> {
        w.tx.prepare_cached(
            "UPDATE initiatives SET title = ?4, recognised_by = ?5, level = ?6
             WHERE member_id = ?1 AND year = ?2 AND no = ?3",
        )?
        .execute(params![
            id,
            i.year,
            i.no,
            i.title,
            i.recognised_by,
            i.level.to_string()
        ])?;
        Ok(())
    }

    fn exists(record: &(i64, Initiative), old: &Initiative) -> crate::i18n::Msg {
        Msg::new("initiative-row-exists")
            .arg("initiative", record.1.reference().to_string())
            .arg("title", &old.title)
    }
}
