//! Reading reports: one member's month item by item, lists with the
//! count of each status, who is missing, and the streamed export.

use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};

use super::expected_on;
use crate::dates::Month;
use crate::lookup::{check_unit, unit_matches};
use crate::member;
use crate::output::{Cell, Column};
use crate::people::{PeopleOrder, Person, active_sql, people_ranks, sort_people};
use crate::pledge::{member_id, where_clause};
use crate::vocab::{Field, Status, from_code};

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
    let member_id =
        member::id_of(conn, &m.code)?.ok_or_else(|| crate::pledge::vanished(&m.code))?;
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
        return Err(super::NoPledge {
            code: m.code,
            name: m.name,
            year: month.year,
            showing: true,
        }
        .into());
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
    let member_id = match &filter.member {
        Some(code) => Some(member_id(conn, code)?),
        None => None,
    };
    // Months by equality, so that SQLite looks them up in reports_month
    // rather than scanning every report.
    let months: Vec<String> = match (filter.month, filter.year) {
        (Some(m), _) => vec![m.to_string()],
        (None, Some(y)) => (1..=12).map(|m| format!("{y:04}-{m:02}")).collect(),
        (None, None) => Vec::new(),
    };
    let in_months = format!("r.month IN ({})", vec!["?"; months.len()].join(", "));
    let (condition, mut values) = where_clause(&[("r.member_id = ?", member_id.map(Value::from))]);
    let condition = match (months.is_empty(), condition.is_empty()) {
        (true, _) => condition,
        (false, true) => format!(" WHERE {in_months}"),
        (false, false) => format!("{condition} AND {in_months}"),
    };
    values.extend(months.into_iter().map(Value::from));
    // CROSS JOIN keeps reports the outer loop: left to itself SQLite
    // 3.50 walks every report item by its item index instead.
    let mut stmt = conn.prepare(&format!(
        "SELECT r.member_id, m.code, r.month, r.submitted_on,
                sum(ri.status = 'done'), sum(ri.status = 'in-progress'), sum(ri.status = 'not-done'),
                (SELECT count(*) FROM pledge_items p
                  WHERE p.member_id = r.member_id AND p.year = CAST(substr(r.month, 1, 4) AS INTEGER))
                  - count(*),
                m.name, m.unit
         FROM reports r
         CROSS JOIN report_items ri ON ri.report_id = r.id
         JOIN members m ON m.id = r.member_id{condition}
         GROUP BY r.id"
    ))?;
    let rows = stmt.query_map(params_from_iter(values), |r| {
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
    if reports.is_empty()
        && let Some(unit) = &filter.unit
    {
        check_unit(conn, unit)?;
    }
    let ranks = people_ranks(
        reports
            .iter()
            .map(|(id, r)| (*id, r.member_name.as_str(), r.member.as_str())),
    );
    reports.sort_by(|(a, ra), (b, rb)| (ranks.get(a), &ra.month).cmp(&(ranks.get(b), &rb.month)));
    Ok(reports.into_iter().map(|(_, r)| r).collect())
}

/// `--unit U`: compares each distinct unit once.
pub(super) struct UnitFilter<'a> {
    wanted: Option<&'a str>,
    seen: HashMap<String, bool>,
}

impl<'a> UnitFilter<'a> {
    pub(super) fn new(wanted: Option<&'a str>) -> Self {
        UnitFilter {
            wanted,
            seen: Default::default(),
        }
    }

    pub(super) fn keeps(&mut self, unit: &str) -> bool {
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
    let mut stmt = conn.prepare(&format!(
        "SELECT m.code, m.name, m.unit, m.email, m.phone
         FROM (SELECT member_id FROM pledge_items WHERE year = ?2
               EXCEPT SELECT member_id FROM reports WHERE month = ?3) x
         JOIN members m ON m.id = x.member_id
         WHERE {}",
        active_sql("m", "?1", "?1"),
    ))?;
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
    // A mistyped unit would otherwise look like a unit where everyone reported.
    if people.is_empty()
        && let Some(unit) = unit
    {
        check_unit(conn, unit)?;
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
    Column::new("item", "Việc số", "Item"),
    Column::new("status", "Kết quả", "Status"),
    Column::new("note", "Ghi chú", "Note"),
    Column::new("submitted_on", "Ngày nộp", "Submitted on"),
    Column::new("member_name", "Họ và tên", "Name"),
    Column::new("unit", "Đơn vị", "Unit"),
];

/// One exported row: one item's status in one report.
pub struct ExportRow<'a> {
    pub person: &'a Person,
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
