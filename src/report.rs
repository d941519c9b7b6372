//! Monthly self-reports: what each member did and did not manage to do of
//! their pledge, month by month; which reports are expected and missing.

mod import;

use std::fmt;
use std::str::FromStr;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Serialize, Serializer};

pub use import::{LAYOUT, import};

use crate::dates::{Month, iso};
use crate::db::Writer;
use crate::error::{user_error, user_error_hint};
use crate::member::{self, MAX_TEXT, check_text, unit_matches};
use crate::output::{Cell, Column};
use crate::pledge::{PeopleOrder, active_during, parse_no};
use crate::text::{clean, sort_people};
use crate::vocab::{Field, Status, Term, from_code};

/// The status of one item in one report, with its note.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemStatus {
    /// The item's number within the member's pledge of the month's year.
    pub no: i64,
    pub status: Status,
    pub note: String,
}

/// `NO=STATUS[:NOTE]`, as `report add --item` takes it: `2=done`,
/// `1=chưa làm được:chờ kinh phí`.
impl FromStr for ItemStatus {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<ItemStatus> {
        let bad = || {
            user_error_hint(
                format!(
                    "{:?} is not an item status: write it NO=STATUS or NO=STATUS:NOTE",
                    s.trim()
                ),
                format!(
                    "such as --item 1=done or --item \"2=chưa làm được:chờ kinh phí\"; the statuses are {} (or the Vietnamese labels)",
                    Status::codes()
                ),
            )
        };
        let (no, rest) = s.split_once('=').ok_or_else(bad)?;
        let no = parse_no(no).ok_or_else(bad)?;
        let (status, note) = rest.split_once(':').unwrap_or((rest, ""));
        let status: Status = status.parse()?;
        let note = clean(note);
        check_text("note", &note, MAX_TEXT, false)?;
        Ok(ItemStatus { no, status, note })
    }
}

fn month_text<S: Serializer>(m: &Month, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(m)
}

/// One member's report for one month.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub member: String,
    #[serde(serialize_with = "month_text")]
    pub month: Month,
    pub submitted_on: NaiveDate,
    pub items: Vec<ItemStatus>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.member, self.month)
    }
}

/// The day on which month M's expected reports are decided: its last day,
/// or today while M has not ended. None for a month after the current
/// one, which expects nothing.
pub fn expected_on(month: Month, today: NaiveDate) -> Option<NaiveDate> {
    if month > Month::of(today) {
        None
    } else {
        Some(month.last_day().min(today))
    }
}

/// The checks that make a report for `month` acceptable from a member who
/// joined on `joined` and left on `left`, submitted on `submitted_on`.
/// Errors are messages without a hint (import rows use them as they are).
pub fn check_report_dates(
    month: Month,
    joined: NaiveDate,
    left: Option<NaiveDate>,
    submitted_on: NaiveDate,
    today: NaiveDate,
) -> Result<(), String> {
    if month > Month::of(today) {
        return Err(format!(
            "{month} has not begun (today is {}); a report is for the current month or an earlier one",
            iso(today)
        ));
    }
    // Only the days of the month up to today can have seen the member active.
    if !active_during(joined, left, month.first_day(), month.last_day().min(today)) {
        let when = match left {
            Some(l) if l <= month.first_day() || l <= joined => format!("left on {}", iso(l)),
            _ => format!("joined on {}", iso(joined)),
        };
        return Err(format!(
            "the member was not active on any day of {month}: {when}"
        ));
    }
    if submitted_on > today {
        return Err(format!(
            "the submission date {} is after today ({})",
            iso(submitted_on),
            iso(today)
        ));
    }
    if submitted_on < month.first_day() {
        return Err(format!(
            "the submission date {} is before {month} begins",
            iso(submitted_on)
        ));
    }
    Ok(())
}

/// A report to record with `add`.
#[derive(Debug, Clone)]
pub struct NewReport {
    pub member: String,
    pub month: Month,
    pub items: Vec<ItemStatus>,
    /// Default: today.
    pub submitted_on: Option<NaiveDate>,
    /// Replace an existing report of the member and month, whole.
    pub replace: bool,
}

/// The items (number → id) of a member's pledge for a year.
fn pledge_items(conn: &Connection, member_id: i64, year: i32) -> Result<Vec<(i64, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT no, id FROM pledge_items WHERE member_id = ? AND year = ? ORDER BY no",
    )?;
    let items = stmt
        .query_map(params![member_id, year], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<Vec<(i64, i64)>>>()?;
    Ok(items)
}

/// The report of a member for a month, with its id, if there is one.
fn load(
    conn: &Connection,
    member_id: i64,
    code: &str,
    month: Month,
) -> Result<Option<(i64, Report)>> {
    let found: Option<(i64, NaiveDate)> = conn
        .prepare_cached("SELECT id, submitted_on FROM reports WHERE member_id = ? AND month = ?")?
        .query_row(params![member_id, month.to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    let Some((id, submitted_on)) = found else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT p.no, ri.status, ri.note FROM report_items ri JOIN pledge_items p ON p.id = ri.item_id
         WHERE ri.report_id = ? ORDER BY p.no",
    )?;
    let items = stmt
        .query_map([id], |r| {
            let status: String = r.get(1)?;
            Ok(ItemStatus {
                no: r.get(0)?,
                status: from_code(Status::ALL, &status)?,
                note: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Some((
        id,
        Report {
            member: code.to_string(),
            month,
            submitted_on,
            items,
        },
    )))
}

/// Record a report; returns the report it replaced, if any, and the new one.
pub fn add(w: &Writer<'_>, new: &NewReport, today: NaiveDate) -> Result<(Option<Report>, Report)> {
    let m = member::get(&w.tx, &new.member)?;
    let member_id = member::id_of(&w.tx, &m.code)?
        .ok_or_else(|| user_error(format!("member {} vanished", m.code)))?;
    let month = new.month;
    let submitted_on = new.submitted_on.unwrap_or(today);
    if let Err(message) = check_report_dates(month, m.joined, m.left, submitted_on, today) {
        let hint = if submitted_on != today
            && (submitted_on > today || submitted_on < month.first_day())
        {
            format!(
                "give the day the report was handed in with --on, from {} to {}; without --on it is today",
                iso(month.first_day()),
                iso(today)
            )
        } else if month > Month::of(today) {
            "check --month: `this` is the current month, `last` the one before".to_string()
        } else {
            format!(
                "check --month, or the member's dates with `danvan member show {}`",
                m.code
            )
        };
        return Err(user_error_hint(
            format!(
                "cannot record a report of {} ({}) for {month}: {message}",
                m.code, m.name
            ),
            hint,
        ));
    }
    let pledged = pledge_items(&w.tx, member_id, month.year)?;
    if pledged.is_empty() {
        return Err(user_error_hint(
            format!(
                "{} ({}) has no pledge for {}, so there is nothing to report",
                m.code, m.name, month.year
            ),
            format!(
                "register the items first: danvan pledge add {} --year {} --field FIELD \"…\"",
                m.code, month.year
            ),
        ));
    }
    if new.items.is_empty() {
        return Err(user_error_hint(
            "a report names at least one item",
            "add --item NO=STATUS, such as --item 1=done",
        ));
    }
    let mut item_ids = Vec::with_capacity(new.items.len());
    for (i, item) in new.items.iter().enumerate() {
        if new.items[..i].iter().any(|other| other.no == item.no) {
            return Err(user_error_hint(
                format!("item {} is given twice", item.no),
                "give each item once, with --item NO=STATUS",
            ));
        }
        let Some((_, id)) = pledged.iter().find(|(no, _)| *no == item.no) else {
            let numbers: Vec<String> = pledged.iter().map(|(no, _)| no.to_string()).collect();
            return Err(user_error_hint(
                format!(
                    "{} has no item {} in {} (the items are {})",
                    m.code,
                    item.no,
                    month.year,
                    numbers.join(", ")
                ),
                format!(
                    "see them with `danvan pledge list --member {} --year {}`",
                    m.code, month.year
                ),
            ));
        };
        item_ids.push(*id);
    }
    let old = load(&w.tx, member_id, &m.code, month)?;
    if let Some((id, old)) = &old {
        if !new.replace {
            return Err(user_error_hint(
                format!(
                    "{} already has a report for {month} (submitted on {})",
                    m.code,
                    iso(old.submitted_on)
                ),
                format!(
                    "see it with `danvan report show {} --month {month}`; add --replace to replace it whole",
                    m.code
                ),
            ));
        }
        w.tx.execute("DELETE FROM reports WHERE id = ?", [id])?;
    }
    w.tx.execute(
        "INSERT INTO reports (member_id, month, submitted_on) VALUES (?, ?, ?)",
        params![member_id, month.to_string(), submitted_on],
    )?;
    let report_id = w.tx.last_insert_rowid();
    let mut insert = w.tx.prepare_cached(
        "INSERT INTO report_items (report_id, item_id, status, note) VALUES (?, ?, ?, ?)",
    )?;
    for (item, id) in new.items.iter().zip(&item_ids) {
        insert.execute(params![report_id, id, item.status.code(), item.note])?;
    }
    let mut items = new.items.clone();
    items.sort_by_key(|i| i.no);
    let report = Report {
        member: m.code.clone(),
        month,
        submitted_on,
        items,
    };
    let old = old.map(|(_, r)| r);
    let action = if old.is_some() {
        "report replace"
    } else {
        "report add"
    };
    w.audit(
        action,
        "report",
        &report.to_string(),
        old.as_ref(),
        Some(&report),
    )?;
    Ok((old, report))
}

/// One pledged item and what a report says of it.
#[derive(Debug, Clone)]
pub struct ShownItem {
    pub no: i64,
    pub field: Field,
    pub text: String,
    /// None: not reported.
    pub status: Option<Status>,
    pub note: String,
}

/// A member's report for a month, item by item of their pledge.
#[derive(Debug, Clone)]
pub struct Shown {
    pub member: member::Member,
    pub submitted_on: Option<NaiveDate>,
    pub items: Vec<ShownItem>,
}

/// The columns of `report show`.
pub const SHOW_COLUMNS: &[Column] = &[
    Column::new("item", "STT", "No."),
    Column::new("field", "Lĩnh vực", "Field"),
    Column::new("text", "Nội dung đăng ký", "Pledged action"),
    Column::new("status", "Kết quả", "Status"),
    Column::new("note", "Ghi chú", "Note"),
];

impl ShownItem {
    pub fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::Int(self.no),
            Cell::term(self.field),
            Cell::text(&self.text),
            match self.status {
                Some(s) => Cell::term(s),
                None => Cell::Term("not-reported", "Chưa báo cáo", "not reported"),
            },
            Cell::text(&self.note),
        ]
    }
}

/// Every pledged item of the member for the month's year, with its status.
pub fn show(conn: &Connection, code: &str, month: Month) -> Result<Shown> {
    let m = member::get(conn, code)?;
    let member_id = member::id_of(conn, &m.code)?
        .ok_or_else(|| user_error(format!("member {} vanished", m.code)))?;
    let submitted_on: Option<NaiveDate> = conn
        .query_row(
            "SELECT submitted_on FROM reports WHERE member_id = ? AND month = ?",
            params![member_id, month.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    let mut stmt = conn.prepare(
        "SELECT p.no, p.field, p.text, ri.status, coalesce(ri.note, '')
         FROM pledge_items p
         LEFT JOIN reports r ON r.member_id = p.member_id AND r.month = ?2
         LEFT JOIN report_items ri ON ri.report_id = r.id AND ri.item_id = p.id
         WHERE p.member_id = ?1 AND p.year = ?3
         ORDER BY p.no",
    )?;
    let items = stmt
        .query_map(params![member_id, month.to_string(), month.year], |r| {
            let field: String = r.get(1)?;
            let status: Option<String> = r.get(3)?;
            Ok(ShownItem {
                no: r.get(0)?,
                field: from_code(Field::ALL, &field)?,
                text: r.get(2)?,
                status: status.map(|s| from_code(Status::ALL, &s)).transpose()?,
                note: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if items.is_empty() {
        return Err(user_error_hint(
            format!(
                "{} ({}) has no pledge for {}, so there is no report to show",
                m.code, m.name, month.year
            ),
            format!(
                "see the pledges with `danvan pledge list --member {}`",
                m.code
            ),
        ));
    }
    Ok(Shown {
        member: m,
        submitted_on,
        items,
    })
}

/// Which reports a list shows.
#[derive(Debug, Default)]
pub struct Filter {
    pub month: Option<Month>,
    pub year: Option<i32>,
    pub member: Option<String>,
    pub unit: Option<String>,
}

/// One report as `report list` shows it: counts of its statuses.
#[derive(Debug, Clone)]
pub struct ListedReport {
    pub member: String,
    pub month: String,
    pub submitted_on: NaiveDate,
    pub done: i64,
    pub in_progress: i64,
    pub not_done: i64,
    /// Items of the member's pledge for the year that the report does not mention.
    pub not_reported: i64,
    pub member_name: String,
    pub unit: String,
}

/// The columns of `report list`.
pub const LIST_COLUMNS: &[Column] = &[
    Column::new("member", "Mã thành viên", "Member"),
    Column::new("month", "Tháng", "Month"),
    Column::new("submitted_on", "Ngày nộp", "Submitted on"),
    Column::new("done", "Đã làm", "Done"),
    Column::new("in_progress", "Đang làm", "In progress"),
    Column::new("not_done", "Chưa làm được", "Not done"),
    Column::new("not_reported", "Chưa báo cáo", "Not reported"),
    Column::new("member_name", "Họ và tên", "Name"),
    Column::new("unit", "Đơn vị", "Unit"),
];

impl ListedReport {
    pub fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::text(&self.member),
            Cell::text(&self.month),
            Cell::Date(Some(self.submitted_on)),
            Cell::Int(self.done),
            Cell::Int(self.in_progress),
            Cell::Int(self.not_done),
            Cell::Int(self.not_reported),
            Cell::text(&self.member_name),
            Cell::text(&self.unit),
        ]
    }
}

/// Reports matching the filter, by member (Vietnamese order) and month.
pub fn list(conn: &Connection, filter: &Filter) -> Result<Vec<ListedReport>> {
    let member_code = match &filter.member {
        Some(code) => Some(member::get(conn, code)?.code),
        None => None,
    };
    let (from, to) = match (filter.month, filter.year) {
        (Some(m), _) => (m.to_string(), m.to_string()),
        (None, Some(y)) => (format!("{y:04}-01"), format!("{y:04}-12")),
        (None, None) => ("0000-00".to_string(), "9999-99".to_string()),
    };
    let mut stmt = conn.prepare(
        "SELECT r.member_id, m.code, r.month, r.submitted_on,
                sum(ri.status = 'done'), sum(ri.status = 'in-progress'), sum(ri.status = 'not-done'),
                (SELECT count(*) FROM pledge_items p
                  WHERE p.member_id = r.member_id AND p.year = CAST(substr(r.month, 1, 4) AS INTEGER))
                  - count(*),
                m.name, m.unit
         FROM reports r
         JOIN members m ON m.id = r.member_id
         JOIN report_items ri ON ri.report_id = r.id
         WHERE r.month BETWEEN ?1 AND ?2 AND (?3 IS NULL OR m.code = ?3)
         GROUP BY r.id",
    )?;
    let rows = stmt.query_map(params![from, to, member_code], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            ListedReport {
                member: r.get(1)?,
                month: r.get(2)?,
                submitted_on: r.get(3)?,
                done: r.get(4)?,
                in_progress: r.get(5)?,
                not_done: r.get(6)?,
                not_reported: r.get(7)?,
                member_name: r.get(8)?,
                unit: r.get(9)?,
            },
        ))
    })?;
    let mut units = UnitFilter::new(filter.unit.as_deref());
    let mut reports = Vec::new();
    for row in rows {
        let (id, report) = row?;
        if units.keeps(&report.unit) {
            reports.push((id, report));
        }
    }
    let order = PeopleOrder::load(conn)?;
    reports.sort_by(|(a, ra), (b, rb)| {
        order
            .rank(*a)
            .cmp(&order.rank(*b))
            .then_with(|| ra.month.cmp(&rb.month))
    });
    Ok(reports.into_iter().map(|(_, r)| r).collect())
}

/// `--unit U`: compares each distinct unit once.
struct UnitFilter<'a> {
    wanted: Option<&'a str>,
    seen: std::collections::HashMap<String, bool>,
}

impl<'a> UnitFilter<'a> {
    fn new(wanted: Option<&'a str>) -> Self {
        UnitFilter {
            wanted,
            seen: Default::default(),
        }
    }

    fn keeps(&mut self, unit: &str) -> bool {
        let Some(wanted) = self.wanted else {
            return true;
        };
        if let Some(keep) = self.seen.get(unit) {
            return *keep;
        }
        let keep = unit_matches(unit, wanted);
        self.seen.insert(unit.to_string(), keep);
        keep
    }
}

/// A member whose report is missing, with how to reach them.
#[derive(Debug, Clone)]
pub struct Missing {
    pub code: String,
    pub name: String,
    pub unit: String,
    pub email: String,
    pub phone: String,
}

/// The columns of `report missing`.
pub const MISSING_COLUMNS: &[Column] = &[
    Column::new("code", "Mã", "Code"),
    Column::new("name", "Họ và tên", "Name"),
    Column::new("unit", "Đơn vị", "Unit"),
    Column::new("email", "Email", "Email"),
    Column::new("phone", "Điện thoại", "Phone"),
];

impl Missing {
    pub fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::text(&self.code),
            Cell::text(&self.name),
            Cell::text(&self.unit),
            Cell::text(&self.email),
            Cell::text(&self.phone),
        ]
    }
}

/// Expected reports for `month` that were not submitted, in the Vietnamese
/// order of people: members active on `expected_on(month)` holding a pledge
/// item in the month's year, without a report for the month.
pub fn missing(
    conn: &Connection,
    month: Month,
    unit: Option<&str>,
    today: NaiveDate,
) -> Result<Vec<Missing>> {
    let Some(on) = expected_on(month, today) else {
        return Ok(Vec::new());
    };
    // Two index range scans set against each other, then a look-up of the
    // few left: half the time of probing both indexes for every member.
    let mut stmt = conn.prepare(
        "SELECT m.code, m.name, m.unit, m.email, m.phone
         FROM (SELECT member_id FROM pledge_items WHERE year = ?2
               EXCEPT SELECT member_id FROM reports WHERE month = ?3) x
         JOIN members m ON m.id = x.member_id
         WHERE m.joined <= ?1 AND (m.left_on IS NULL OR m.left_on > ?1)",
    )?;
    let rows = stmt.query_map(params![on, month.year, month.to_string()], |r| {
        Ok(Missing {
            code: r.get(0)?,
            name: r.get(1)?,
            unit: r.get(2)?,
            email: r.get(3)?,
            phone: r.get(4)?,
        })
    })?;
    let mut units = UnitFilter::new(unit);
    let mut people = Vec::new();
    for row in rows {
        let m = row?;
        if units.keeps(&m.unit) {
            people.push(m);
        }
    }
    sort_people(&mut people, |p| (&p.name, &p.code));
    Ok(people)
}

/// The distinct units of the members in `people`, in Vietnamese order.
pub fn units_of(people: &[Missing]) -> Vec<String> {
    let mut units: Vec<String> = people.iter().map(|p| p.unit.clone()).collect();
    crate::text::sort_vi(&mut units);
    units.dedup();
    units
}

/// The columns of `export reports`: the import columns, then the
/// read-only `member_name` and `unit`.
pub const COLUMNS: &[Column] = &[
    Column::new("member", "Mã thành viên", "Member"),
    Column::new("month", "Tháng", "Month"),
    Column::new("item", "STT", "Item"),
    Column::new("status", "Kết quả", "Status"),
    Column::new("note", "Ghi chú", "Note"),
    Column::new("submitted_on", "Ngày nộp", "Submitted on"),
    Column::new("member_name", "Họ và tên", "Name"),
    Column::new("unit", "Đơn vị", "Unit"),
];

/// One exported row: one item's status in one report.
pub struct ExportRow<'a> {
    pub person: &'a crate::pledge::Person,
    pub month: &'a str,
    pub item: i64,
    pub status: Status,
    pub note: &'a str,
    pub submitted_on: &'a str,
}

/// Stream every report item of the years (all when None), member by member
/// in the Vietnamese order, then by month and item number.
pub fn export(
    conn: &Connection,
    years: Option<(i32, i32)>,
    mut emit: impl FnMut(&ExportRow<'_>) -> Result<()>,
) -> Result<()> {
    let order = PeopleOrder::load(conn)?;
    let (from, to) = match years {
        Some((a, b)) => (format!("{a:04}-01"), format!("{b:04}-12")),
        None => ("0000-00".to_string(), "9999-99".to_string()),
    };
    let mut stmt = conn.prepare(
        "SELECT r.month, p.no, ri.status, ri.note, r.submitted_on
         FROM reports r
         JOIN report_items ri ON ri.report_id = r.id
         JOIN pledge_items p ON p.id = ri.item_id
         WHERE r.member_id = ?1 AND r.month BETWEEN ?2 AND ?3
         ORDER BY r.month, p.no",
    )?;
    for person in &order.members {
        let mut rows = stmt.query(params![person.id, from, to])?;
        while let Some(row) = rows.next()? {
            let status = row.get_ref(2)?.as_str()?;
            emit(&ExportRow {
                person,
                month: row.get_ref(0)?.as_str()?,
                item: row.get(1)?,
                status: from_code(Status::ALL, status)?,
                note: row.get_ref(3)?.as_str()?,
                submitted_on: row.get_ref(4)?.as_str()?,
            })?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn month(y: i32, m: u32) -> Month {
        Month { year: y, month: m }
    }

    #[test]
    fn expected_on_the_last_day_or_today() {
        let today = d(2026, 11, 27);
        assert_eq!(expected_on(month(2026, 10), today), Some(d(2026, 10, 31)));
        assert_eq!(expected_on(month(2026, 11), today), Some(today));
        assert_eq!(expected_on(month(2026, 12), today), None);
        assert_eq!(expected_on(month(2024, 2), today), Some(d(2024, 2, 29)));
        assert_eq!(
            expected_on(month(2026, 11), d(2026, 11, 30)),
            Some(d(2026, 11, 30))
        );
    }

    #[test]
    fn report_dates() {
        let today = d(2026, 11, 27);
        let joined = d(2020, 1, 1);
        let ok = |m, l, on| check_report_dates(m, joined, l, on, today);
        assert!(ok(month(2026, 10), None, d(2026, 10, 1)).is_ok());
        assert!(ok(month(2026, 10), None, d(2026, 9, 30)).is_err());
        assert!(ok(month(2026, 11), None, d(2026, 11, 28)).is_err());
        assert!(ok(month(2026, 12), None, today).is_err());
        // Left on the first day of the month: not active on any day of it.
        assert!(ok(month(2026, 10), Some(d(2026, 10, 1)), today).is_err());
        assert!(ok(month(2026, 10), Some(d(2026, 10, 2)), today).is_ok());
        // Joining later this month does not count yet.
        assert!(check_report_dates(month(2026, 11), d(2026, 11, 28), None, today, today).is_err());
    }

    #[test]
    fn item_status_arguments() {
        let s: ItemStatus = "2=chưa làm được:chờ kinh phí: quý 4".parse().unwrap();
        assert_eq!(s.no, 2);
        assert_eq!(s.status, Status::NotDone);
        assert_eq!(s.note, "chờ kinh phí: quý 4");
        let s: ItemStatus = "1=Da lam".parse().unwrap();
        assert_eq!((s.no, s.status, s.note.as_str()), (1, Status::Done, ""));
        assert!("1=finished".parse::<ItemStatus>().is_err());
        assert!("x=done".parse::<ItemStatus>().is_err());
        assert!("done".parse::<ItemStatus>().is_err());
    }
}
