//! The rules every stored value keeps, checked over a whole file: what
//! `danvan check` looks for beside SQLite's own integrity checks. A file
//! changed outside danvan (a spreadsheet tool, `sqlite3`) can hold a date
//! that is not a date or a code no vocabulary has.

use std::fmt;
use std::path::Path;

use anyhow::Result;
use rusqlite::Connection;
use rusqlite::types::ValueRef;

use crate::db::{Db, Integrity, schema};
use crate::i18n::{Arg, Lang, Msg};
use crate::vocab::{DisciplineForm, Field, Kind, Level, Rating, Role, Status, Term, Title};

/// What a column must hold.
#[derive(Clone, Copy)]
enum Rule {
    Date,
    OptionalDate,
    Month,
    Code(&'static str, fn() -> Vec<&'static str>),
}

fn codes<T: Term>(all: &[T]) -> Vec<&'static str> {
    all.iter().map(|t| t.code()).collect()
}

/// One column of one table, the code of the words that name its records
/// (`check-bad-value`), and the SQL expressions that name one record: its
/// key, and for a report's item the item's number.
struct Column {
    table: &'static str,
    what: &'static str,
    key: &'static str,
    item: Option<&'static str>,
    column: &'static str,
    rule: Rule,
}

const MEMBER_KEY: &str = "code";
const PLEDGE_KEY: &str = "coalesce((SELECT code FROM members m WHERE m.id = member_id), '#' || member_id) || '/' || year || '/' || no";
// The parts of a key of several are joined by char(31) (the unit
// separator, which no code holds), for `record` to name each in words.
const REPORT_KEY: &str = "coalesce((SELECT code FROM members m WHERE m.id = member_id), '#' || member_id) || char(31) || month";
const REPORT_OF_ITEM_KEY: &str = "coalesce((SELECT m.code || char(31) || r.month FROM reports r JOIN members m ON m.id = r.member_id WHERE r.id = report_id), '#' || report_id)";
const ITEM_NO: &str =
    "coalesce((SELECT CAST(no AS TEXT) FROM pledge_items p WHERE p.id = item_id), '#' || item_id)";
const EVALUATION_KEY: &str = "kind || char(31) || subject || char(31) || year";
const DISCIPLINE_KEY: &str = "coalesce((SELECT code FROM members m WHERE m.id = member_id), '#' || member_id) || char(31) || year";
const AWARD_KEY: &str = "year || char(31) || kind || char(31) || subject";

/// A record's key in words: a report's month in the language's form, an
/// evaluation's or award's kind named; a key of one part as it is.
fn record(what: &str, key: &str) -> Arg {
    let parts: Vec<&str> = key.split('\u{1f}').collect();
    let msg = match (what, parts.as_slice()) {
        ("report", [code, month]) => Msg::new("check-record-report")
            .arg("code", *code)
            .arg("month", stored_month(month)),
        ("evaluation", [kind, subject, year]) => Msg::new("check-record-evaluation")
            .arg("kind", *kind)
            .arg("subject", *subject)
            .arg("year", *year),
        ("discipline", [code, year]) => Msg::new("check-record-discipline")
            .arg("code", *code)
            .arg("year", *year),
        ("award", [year, kind, subject]) => Msg::new("check-record-award")
            .arg("year", *year)
            .arg("kind", *kind)
            .arg("subject", *subject),
        _ => return Arg::Text(parts.join(" ")),
    };
    msg.into()
}

/// A stored month: a month when it is one (`YYYY-MM`), else the text.
fn stored_month(s: &str) -> Arg {
    let month = s
        .split_once('-')
        .filter(|(y, m)| y.len() == 4 && m.len() == 2)
        .and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u32>().ok()?)))
        .filter(|(_, m)| (1..=12).contains(m));
    match month {
        Some((y, m)) if s.bytes().all(|b| b.is_ascii_digit() || b == b'-') => Arg::Month(y, m),
        _ => Arg::Text(s.to_string()),
    }
}

const COLUMNS: &[Column] = &[
    Column {
        table: "members",
        what: "member",
        key: MEMBER_KEY,
        item: None,
        column: "joined",
        rule: Rule::Date,
    },
    Column {
        table: "members",
        what: "member",
        key: MEMBER_KEY,
        item: None,
        column: "left_on",
        rule: Rule::OptionalDate,
    },
    Column {
        table: "models",
        what: "model",
        key: "code",
        item: None,
        column: "field",
        rule: Rule::Code("field", || codes(Field::ALL)),
    },
    Column {
        table: "models",
        what: "model",
        key: "code",
        item: None,
        column: "level",
        rule: Rule::Code("model-level", || codes(Level::ALL)),
    },
    Column {
        table: "pledge_items",
        what: "pledge-item",
        key: PLEDGE_KEY,
        item: None,
        column: "field",
        rule: Rule::Code("field", || codes(Field::ALL)),
    },
    Column {
        table: "reports",
        what: "report",
        key: REPORT_KEY,
        item: None,
        column: "month",
        rule: Rule::Month,
    },
    Column {
        table: "reports",
        what: "report",
        key: REPORT_KEY,
        item: None,
        column: "submitted_on",
        rule: Rule::Date,
    },
    Column {
        table: "report_items",
        what: "report",
        key: REPORT_OF_ITEM_KEY,
        item: Some(ITEM_NO),
        column: "status",
        rule: Rule::Code("report-status", || codes(Status::ALL)),
    },
    Column {
        table: "evaluations",
        what: "evaluation",
        key: EVALUATION_KEY,
        item: None,
        column: "kind",
        rule: Rule::Code("evaluation-kind", || codes(Kind::ALL)),
    },
    Column {
        table: "evaluations",
        what: "evaluation",
        key: EVALUATION_KEY,
        item: None,
        column: "rating",
        rule: Rule::Code("rating", || codes(Rating::ALL)),
    },
    Column {
        table: "initiatives",
        what: "initiative",
        key: PLEDGE_KEY,
        item: None,
        column: "level",
        rule: Rule::Code("level", || codes(Level::ALL)),
    },
    Column {
        table: "disciplines",
        what: "discipline",
        key: DISCIPLINE_KEY,
        item: None,
        column: "form",
        rule: Rule::Code("discipline-form", || codes(DisciplineForm::ALL)),
    },
    Column {
        table: "award_decisions",
        what: "award-decision",
        key: "number",
        item: None,
        column: "decided_on",
        rule: Rule::Date,
    },
    Column {
        table: "award_decisions",
        what: "award-decision",
        key: "number",
        item: None,
        column: "level",
        rule: Rule::Code("level", || codes(Level::ALL)),
    },
    Column {
        table: "awards",
        what: "award",
        key: AWARD_KEY,
        item: None,
        column: "title",
        rule: Rule::Code("title", || codes(Title::ALL)),
    },
];

/// How many bad values of one column are listed one by one.
const SHOWN: usize = 20;

/// A stored value that breaks its column's rule.
#[derive(Debug, Clone, PartialEq)]
pub struct BadValue {
    /// The code of what the record is (`member`, `pledge-item` …).
    pub what: &'static str,
    /// The record's key as stored, its parts joined by U+001F.
    pub record: String,
    /// For a report's item, the item's number.
    pub item: Option<String>,
    pub column: &'static str,
    /// The value as the clerk should see it: text quoted, anything else named.
    pub value: Arg,
    /// What the column must hold.
    pub expected: Msg,
}

impl BadValue {
    pub fn msg(&self) -> Msg {
        let record = record(self.what, &self.record);
        let record = match &self.item {
            Some(item) => Arg::from(
                Msg::new("check-record-item")
                    .arg("report", record)
                    .arg("item", item.as_str()),
            ),
            None => record,
        };
        Msg::new("check-bad-value")
            .arg("what", self.what)
            .arg("record", record)
            .arg("column", self.column)
            .arg("value", self.value.clone())
            .arg("expected", self.expected.clone())
    }
}

impl fmt::Display for BadValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg().text(Lang::En))
    }
}

/// What `check` found wrong in the stored values.
#[derive(Debug, Default)]
pub struct Findings {
    pub bad_values: Vec<BadValue>,
    /// Bad values past the first ones of a column: (what, column, how many).
    pub more: Vec<(&'static str, &'static str, u64)>,
    /// Reports whose kept status counts differ from their items.
    pub miscounted_reports: u64,
    /// Months and units whose kept totals differ from their reports.
    pub miscounted_totals: u64,
}

impl Findings {
    pub fn is_empty(&self) -> bool {
        self.bad_values.is_empty()
            && self.more.is_empty()
            && self.miscounted_reports == 0
            && self.miscounted_totals == 0
    }
}

/// A value as the clerk should see it: text quoted, anything else named.
fn shown(value: ValueRef<'_>) -> Arg {
    match value {
        ValueRef::Null => Msg::new("check-value-null").into(),
        ValueRef::Integer(n) => Arg::Text(n.to_string()),
        ValueRef::Real(x) => Arg::Text(x.to_string()),
        ValueRef::Text(t) => Arg::Text(format!("{:?}", String::from_utf8_lossy(t))),
        ValueRef::Blob(b) => Msg::new("check-value-blob").arg("bytes", b.len()).into(),
    }
}

fn violation(column: &str, rule: Rule) -> String {
    let date = format!(
        "(typeof({column}) = 'text' AND {column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date({column}) IS {column})"
    );
    match rule {
        Rule::Date => format!("NOT {date}"),
        Rule::OptionalDate => format!("{column} IS NOT NULL AND NOT {date}"),
        Rule::Month => format!(
            "NOT (typeof({column}) = 'text' AND {column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND substr({column}, 6) BETWEEN '01' AND '12')"
        ),
        Rule::Code(_, all) => {
            let list: Vec<String> = all().iter().map(|c| format!("'{c}'")).collect();
            format!("NOT coalesce({column} IN ({}), 0)", list.join(", "))
        }
    }
}

fn expected(rule: Rule) -> Msg {
    match rule {
        Rule::Date | Rule::OptionalDate => Msg::new("check-expected-date"),
        Rule::Month => Msg::new("check-expected-month"),
        Rule::Code(what, all) => Msg::new("check-expected-code")
            .arg("what", what)
            .arg("codes", all().join(", ")),
    }
}

/// The file at `path`, opened to be checked, and every problem `danvan
/// check` names in it, one line each: how its schema differs from danvan's,
/// what SQLite's integrity check finds, and the stored values that break a
/// rule — those only when the tables are as danvan made them and undamaged.
pub fn whole_file(path: &Path) -> Result<(Db, Vec<Msg>)> {
    let (db, differences) = Db::open_to_check(path)?;
    let mut problems: Vec<Msg> = differences
        .iter()
        .map(|d| Msg::new("check-schema").arg("difference", d.msg()))
        .collect();
    let integrity = db.integrity_problems()?;
    // SQLite's integrity check also names rows that break a CHECK or NOT
    // NULL constraint: stored values, which the checks below read well. Any
    // other line is damage, over which they could not run.
    let damaged = integrity.iter().any(Integrity::is_damage);
    problems.extend(integrity.iter().map(Integrity::msg));
    if !schema::tables_intact(&differences) || damaged {
        problems.push(Msg::new("check-not-checked"));
    } else {
        let findings = stored_values(&db.conn)?;
        problems.extend(findings.bad_values.iter().map(BadValue::msg));
        for (table, column, more) in &findings.more {
            problems.push(
                Msg::new("check-more")
                    .arg("more", i64::try_from(*more).unwrap_or(i64::MAX))
                    .arg("table", *table)
                    .arg("column", *column),
            );
        }
        if findings.miscounted_reports > 0 {
            problems.push(Msg::new("check-miscounted").arg(
                "count",
                i64::try_from(findings.miscounted_reports).unwrap_or(i64::MAX),
            ));
        }
        if findings.miscounted_totals > 0 {
            problems.push(Msg::new("check-miscounted-totals").arg(
                "count",
                i64::try_from(findings.miscounted_totals).unwrap_or(i64::MAX),
            ));
        }
    }
    Ok((db, problems))
}

/// Every stored value that breaks the rules, and reports whose counts
/// differ from their items.
pub fn stored_values(conn: &Connection) -> Result<Findings> {
    let mut findings = Findings::default();
    for c in COLUMNS {
        let sql = format!(
            "SELECT {key}, {column}{item} FROM {table} WHERE {bad} LIMIT {limit}",
            key = c.key,
            item = c.item.map(|i| format!(", {i}")).unwrap_or_default(),
            column = c.column,
            table = c.table,
            bad = violation(c.column, c.rule),
            limit = SHOWN + 1,
        );
        let bad = collect(conn, &sql, c)?;
        if bad.len() > SHOWN {
            let total: u64 = conn.query_row(
                &format!(
                    "SELECT count(*) FROM {} WHERE {}",
                    c.table,
                    violation(c.column, c.rule)
                ),
                [],
                |r| r.get(0),
            )?;
            findings.bad_values.extend(bad.into_iter().take(SHOWN));
            findings
                .more
                .push((c.table, c.column, total - SHOWN as u64));
        } else {
            findings.bad_values.extend(bad);
        }
    }
    findings.bad_values.extend(bad_roles(conn)?);
    findings.miscounted_reports = miscounted_reports(conn)?;
    findings.miscounted_totals = crate::db::totals::miscounted(conn)?;
    Ok(findings)
}

fn collect(conn: &Connection, sql: &str, c: &Column) -> Result<Vec<BadValue>> {
    let mut stmt = conn.prepare(sql)?;
    let mut rows = stmt.query([])?;
    let mut bad = Vec::new();
    while let Some(r) = rows.next()? {
        bad.push(BadValue {
            what: c.what,
            record: r.get::<_, Option<String>>(0)?.unwrap_or_default(),
            item: match c.item {
                Some(_) => Some(r.get::<_, Option<String>>(2)?.unwrap_or_default()),
                None => None,
            },
            column: c.column,
            value: shown(r.get_ref(1)?),
            expected: expected(c.rule),
        });
    }
    Ok(bad)
}

/// Roles are a set of codes joined by `|`: each must be a role's code.
fn bad_roles(conn: &Connection) -> Result<Vec<BadValue>> {
    let known = codes(Role::ALL);
    let mut stmt = conn.prepare("SELECT code, roles FROM members WHERE roles <> '' ORDER BY id")?;
    let mut rows = stmt.query([])?;
    let mut bad = Vec::new();
    while let Some(r) = rows.next()? {
        let roles = r.get_ref(1)?;
        let fine = match roles {
            ValueRef::Text(t) => {
                std::str::from_utf8(t).is_ok_and(|s| s.split('|').all(|part| known.contains(&part)))
            }
            _ => false,
        };
        if !fine {
            bad.push(BadValue {
                what: "member",
                record: r.get::<_, Option<String>>(0)?.unwrap_or_default(),
                item: None,
                column: "roles",
                value: shown(roles),
                expected: Msg::new("check-expected-roles").arg("codes", known.join(", ")),
            });
        }
    }
    Ok(bad)
}

/// Each report keeps the count of its items per status (schema.sql).
fn miscounted_reports(conn: &Connection) -> Result<u64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM reports r
         LEFT JOIN (SELECT report_id, sum(status = 'done') AS d, sum(status = 'in-progress') AS i,
                           sum(status = 'not-done') AS n
                    FROM report_items GROUP BY report_id) c ON c.report_id = r.id
         WHERE coalesce(c.d, 0) <> r.done OR coalesce(c.i, 0) <> r.in_progress
            OR coalesce(c.n, 0) <> r.not_done",
        [],
        |r| r.get(0),
    )?)
}
