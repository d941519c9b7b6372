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
use crate::people::{PeopleOrder, Person, active_sql, sort_people};
use crate::pledge::member_id;
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

/// Stream the reports matching the filter, by member (Vietnamese order)
/// and month, to `emit`. One statement walks the members in their order
/// (ranked in a temporary table) and each one's reports by the
/// (member, month) index, so nothing is gathered or sorted in memory.
pub fn list(
    conn: &Connection,
    filter: &Filter,
    mut emit: impl FnMut(&ListedReport) -> Result<()>,
) -> Result<()> {
    let mut units = UnitFilter::new(filter.unit.as_deref());
    let listed: Vec<i64> = match &filter.member {
        // One member needs no order: only the unit to check.
        Some(code) => {
            let id = member_id(conn, code)?;
            let unit: String =
                conn.query_row("SELECT unit FROM members WHERE id = ?", [id], |r| r.get(0))?;
            if units.keeps(&unit) {
                vec![id]
            } else {
                Vec::new()
            }
        }
        None => PeopleOrder::load(conn)?
            .members
            .iter()
            .filter(|p| units.keeps(&p.unit))
            .map(|p| p.id)
            .collect(),
    };
    if listed.is_empty()
        && let Some(unit) = &filter.unit
    {
        check_unit(conn, unit)?;
    }
    let (months, values): (&str, Vec<Value>) = match (filter.month, filter.year) {
        (Some(m), _) => (" AND r.month = ?1", vec![Value::from(m.to_string())]),
        (None, Some(y)) => (
            " AND r.month BETWEEN ?1 AND ?2",
            vec![
                Value::from(format!("{y:04}-01")),
                Value::from(format!("{y:04}-12")),
            ],
        ),
        (None, None) => ("", Vec::new()),
    };
    let ranked = RankTable::fill(conn, &listed)?;
    let mut stmt = conn.prepare(&list_sql(months))?;
    let mut rows = stmt.query(params_from_iter(values))?;
    while let Some(r) = rows.next()? {
        emit(&ListedReport {
            member: r.get(0)?,
            month: r.get(1)?,
            submitted_on: r.get(2)?,
            done: r.get(3)?,
            in_progress: r.get(4)?,
            not_done: r.get(5)?,
            not_reported: r.get(6)?,
            member_name: r.get(7)?,
            unit: r.get(8)?,
        })?;
    }
    drop(rows);
    drop(stmt);
    ranked.drop_table()
}

/// The statement of `list`, its months' condition given. CROSS JOIN keeps
/// the ranks the outer loop, so that the rows come out in their order with
/// no sorting (a unit test holds SQLite to that plan).
fn list_sql(months: &str) -> String {
    format!(
        "SELECT m.code, r.month, r.submitted_on, r.done, r.in_progress, r.not_done,
                (SELECT count(*) FROM pledge_items p
                  WHERE p.member_id = r.member_id AND p.year = CAST(substr(r.month, 1, 4) AS INTEGER))
                  - r.done - r.in_progress - r.not_done,
                m.name, m.unit
         FROM temp.{LIST_ORDER} k
         CROSS JOIN reports r ON r.member_id = k.member_id{months}
         JOIN members m ON m.id = k.member_id
         ORDER BY k.rank, r.month"
    )
}

/// The statement of `export`: the members in their order, each one's
/// reports by the (member, month) index; only the items of one report at a
/// time are sorted (a unit test holds SQLite to that plan).
fn export_sql() -> String {
    format!(
        "SELECT k.rank, r.month, p.no, ri.status, ri.note, r.submitted_on
         FROM temp.{LIST_ORDER} k
         CROSS JOIN reports r ON r.member_id = k.member_id AND r.month BETWEEN ?1 AND ?2
         JOIN report_items ri ON ri.report_id = r.id
         JOIN pledge_items p ON p.id = ri.item_id
         ORDER BY k.rank, r.month, p.no"
    )
}

/// The temporary table of the members a list shows, by rank.
const LIST_ORDER: &str = "report_list_order";

/// The members of a list in their order, as a temporary table for one
/// statement to walk; dropped when done (and replaced if a failed list
/// left one behind on this connection).
struct RankTable<'c> {
    conn: &'c Connection,
}

impl<'c> RankTable<'c> {
    fn fill(conn: &'c Connection, ids: &[i64]) -> Result<RankTable<'c>> {
        conn.execute_batch(&format!(
            "DROP TABLE IF EXISTS temp.{LIST_ORDER};
             CREATE TEMP TABLE {LIST_ORDER} (rank INTEGER PRIMARY KEY, member_id INTEGER NOT NULL);"
        ))?;
        // One savepoint for the rows, rather than a commit of the
        // temporary file per member.
        conn.execute_batch("SAVEPOINT report_list_order")?;
        let filled = (|| -> Result<()> {
            let mut insert = conn.prepare(&format!(
                "INSERT INTO temp.{LIST_ORDER} (rank, member_id) VALUES (?1, ?2)"
            ))?;
            for (rank, id) in ids.iter().enumerate() {
                insert.execute(params![i64::try_from(rank)?, id])?;
            }
            Ok(())
        })();
        conn.execute_batch("RELEASE report_list_order")?;
        filled?;
        Ok(RankTable { conn })
    }

    fn drop_table(self) -> Result<()> {
        self.conn
            .execute_batch(&format!("DROP TABLE temp.{LIST_ORDER}"))?;
        Ok(())
    }
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
    let ids: Vec<i64> = order.members.iter().map(|p| p.id).collect();
    let ranked = RankTable::fill(conn, &ids)?;
    let mut stmt = conn.prepare(&export_sql())?;
    let mut rows = stmt.query(params![from, to])?;
    while let Some(row) = rows.next()? {
        let rank = usize::try_from(row.get::<_, i64>(0)?)?;
        let status = row.get_ref(3)?.as_str()?;
        emit(&ExportRow {
            person: &order.members[rank],
            month: row.get_ref(1)?.as_str()?,
            item: row.get(2)?,
            status: from_code(Status::ALL, status)?,
            note: row.get_ref(4)?.as_str()?,
            submitted_on: row.get_ref(5)?.as_str()?,
        })?;
    }
    drop(rows);
    drop(stmt);
    ranked.drop_table()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;

    /// The steps of SQLite's plan for a statement, its parameters months.
    fn plan(conn: &Connection, sql: &str) -> Vec<String> {
        let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        let months = ["2025-01", "2025-12"];
        let params = months.iter().take(stmt.parameter_count());
        stmt.query_map(params_from_iter(params), |r| r.get(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    /// The list streams only while SQLite needs no sorter for its order.
    #[test]
    fn the_list_is_read_in_its_order() {
        let dir = tempfile::tempdir().unwrap();
        let (db, _) = Db::create_or_open(&dir.path().join("t.db")).unwrap();
        let ranked = RankTable::fill(&db.conn, &[1, 2]).unwrap();
        for months in ["", " AND r.month = ?1", " AND r.month BETWEEN ?1 AND ?2"] {
            let plan = plan(&db.conn, &list_sql(months));
            assert!(
                plan.iter().all(|step| !step.contains("TEMP B-TREE")),
                "{months}: {plan:?}"
            );
        }
        let plan = plan(&db.conn, &export_sql());
        let sorted: Vec<&String> = plan.iter().filter(|s| s.contains("TEMP B-TREE")).collect();
        // "RIGHT PART" or "LAST TERM OF ORDER BY", as SQLite's version words
        // it: a sorter of one report's items, never the whole ORDER BY.
        assert!(
            sorted.len() == 1 && !sorted[0].contains("B-TREE FOR ORDER BY"),
            "{plan:?}"
        );
        ranked.drop_table().unwrap();
    }
}
