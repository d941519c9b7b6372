//! Monthly self-reports: what each member did and did not manage to do of
//! their pledge, month by month; which reports are expected and missing.

mod import;
mod read;
mod template;

use std::fmt;
use std::str::FromStr;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Serialize, Serializer};

pub use import::{LAYOUT, WIDE, import};
pub use read::{
    COLUMNS, ExportRow, Filter, LIST_COLUMNS, ListedReport, MISSING_COLUMNS, Missing, SHOW_COLUMNS,
    Shown, ShownItem, export, list, missing, show, units_of,
};
pub use template::{Template, TemplateRow, template};

use crate::dates::Month;
use crate::db::Writer;
use crate::error::user_msg;
use crate::i18n::Msg;
use crate::member::{self, MAX_TEXT, check_text};
use crate::people::active_during;
use crate::pledge::{english_display, parse_no, vanished, when_msg};
use crate::text::clean;
use crate::vocab::{Status, Term, from_code};

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
            user_msg(
                Msg::new("report-not-an-item-status").arg("typed", format!("{:?}", s.trim())),
                Some(Msg::new("report-not-an-item-status-hint").arg("codes", Status::codes())),
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

/// `NOS=STATUS[:NOTE]` for several items at once, as `report add --item`
/// takes it: `2=done`, `1,2,3=done`, `1-3=done`, `1-2,4=not-done:chờ kinh phí`.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemsStatus(pub Vec<ItemStatus>);

/// Item numbers above this in one range are a typing slip, not a pledge.
const MAX_RANGE: i64 = 1000;

impl FromStr for ItemsStatus {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<ItemsStatus> {
        let bad = || {
            user_msg(
                Msg::new("report-not-an-item-status").arg("typed", format!("{:?}", s.trim())),
                Some(Msg::new("report-not-items-status-hint").arg("codes", Status::codes())),
            )
        };
        let (nos, rest) = s.split_once('=').ok_or_else(bad)?;
        let mut numbers = Vec::new();
        for part in nos.split(',') {
            match part.split_once('-') {
                Some((from, to)) => {
                    let from = parse_no(from).ok_or_else(bad)?;
                    let to = parse_no(to).ok_or_else(bad)?;
                    if to < from || to - from >= MAX_RANGE {
                        return Err(bad());
                    }
                    numbers.extend(from..=to);
                }
                None => numbers.push(parse_no(part).ok_or_else(bad)?),
            }
        }
        let one: ItemStatus = format!("1={rest}").parse().map_err(|e: anyhow::Error| {
            if e.downcast_ref::<crate::error::UserError>().is_some() {
                e
            } else {
                bad()
            }
        })?;
        Ok(ItemsStatus(
            numbers
                .into_iter()
                .map(|no| ItemStatus { no, ..one.clone() })
                .collect(),
        ))
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

/// Why the dates of a report are refused.
#[derive(Debug, Clone)]
pub enum DatesRefused {
    MonthNotBegun {
        month: Month,
        today: NaiveDate,
    },
    /// `when`: the member's dates.
    NotActive {
        month: Month,
        when: Msg,
    },
    SubmittedAfterToday {
        on: NaiveDate,
        today: NaiveDate,
    },
    SubmittedBeforeMonth {
        on: NaiveDate,
        month: Month,
    },
}

impl DatesRefused {
    pub fn msg(&self) -> Msg {
        match self {
            DatesRefused::MonthNotBegun { month, today } => Msg::new("report-month-not-begun")
                .arg("month", *month)
                .arg("today", *today),
            DatesRefused::NotActive { month, when } => Msg::new("report-member-not-active")
                .arg("month", *month)
                .arg("when", when.clone()),
            DatesRefused::SubmittedAfterToday { on, today } => {
                Msg::new("report-submitted-after-today")
                    .arg("on", *on)
                    .arg("today", *today)
            }
            DatesRefused::SubmittedBeforeMonth { on, month } => {
                Msg::new("report-submitted-before-month")
                    .arg("on", *on)
                    .arg("month", *month)
            }
        }
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
) -> Result<(), DatesRefused> {
    if month > Month::of(today) {
        return Err(DatesRefused::MonthNotBegun { month, today });
    }
    // Only the days of the month up to today can have seen the member active.
    if !active_during(joined, left, month.first_day(), month.last_day().min(today)) {
        return Err(DatesRefused::NotActive {
            month,
            when: when_msg(joined, left, month.first_day()),
        });
    }
    if submitted_on > today {
        return Err(DatesRefused::SubmittedAfterToday {
            on: submitted_on,
            today,
        });
    }
    if submitted_on < month.first_day() {
        return Err(DatesRefused::SubmittedBeforeMonth {
            on: submitted_on,
            month,
        });
    }
    Ok(())
}

/// A report refused for its dates. `cli` adds the hint: the day with
/// `--on`, the month, or the member's dates.
#[derive(Debug)]
pub struct CannotRecord {
    pub code: String,
    pub name: String,
    pub month: Month,
    pub submitted_on: NaiveDate,
    pub today: NaiveDate,
    pub problem: DatesRefused,
}

impl CannotRecord {
    pub fn msg(&self) -> Msg {
        Msg::new("report-cannot-record")
            .arg("code", &self.code)
            .arg("name", &self.name)
            .arg("month", self.month)
            .arg("problem", self.problem.msg())
    }
}

/// A member without a pledge for the year: nothing to report, or to show.
#[derive(Debug)]
pub struct NoPledge {
    pub code: String,
    pub name: String,
    pub year: i32,
    /// Asked to show a report rather than to record one.
    pub showing: bool,
}

impl NoPledge {
    pub fn msg(&self) -> Msg {
        let msg = if self.showing {
            Msg::new("report-no-pledge-to-show")
        } else {
            Msg::new("report-no-pledge")
        };
        msg.arg("code", &self.code)
            .arg("name", &self.name)
            .arg("year", self.year.to_string())
    }
}

/// An item number the member did not pledge for the year of a report.
#[derive(Debug)]
pub struct NotPledged {
    pub code: String,
    pub year: i32,
    pub no: i64,
    /// The numbers the member did pledge.
    pub numbers: Vec<i64>,
}

impl NotPledged {
    pub fn msg(&self) -> Msg {
        let numbers: Vec<String> = self.numbers.iter().map(i64::to_string).collect();
        Msg::new("report-not-pledged")
            .arg("code", &self.code)
            .arg("no", self.no)
            .arg("year", self.year.to_string())
            .arg("items", numbers.join(", "))
    }
}

/// A report of the member and month already recorded.
#[derive(Debug)]
pub struct ReportExists {
    pub code: String,
    pub month: Month,
    pub submitted_on: NaiveDate,
}

impl ReportExists {
    pub fn msg(&self) -> Msg {
        Msg::new("report-exists")
            .arg("code", &self.code)
            .arg("month", self.month)
            .arg("on", self.submitted_on)
    }
}

english_display!(CannotRecord, NoPledge, NotPledged, ReportExists);

/// A report to record with `add`.
#[derive(Debug, Clone)]
pub struct NewReport {
    pub member: String,
    pub month: Month,
    pub items: Vec<ItemStatus>,
    /// The status of every pledged item that `items` does not name.
    pub all: Option<Status>,
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
pub(crate) fn load(
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
    let member_id = member::id_of(&w.tx, &m.code)?.ok_or_else(|| vanished(&m.code))?;
    let month = new.month;
    let submitted_on = new.submitted_on.unwrap_or(today);
    if let Err(problem) = check_report_dates(month, m.joined, m.left, submitted_on, today) {
        return Err(CannotRecord {
            code: m.code,
            name: m.name,
            month,
            submitted_on,
            today,
            problem,
        }
        .into());
    }
    let pledged = pledge_items(&w.tx, member_id, month.year)?;
    if pledged.is_empty() {
        return Err(NoPledge {
            code: m.code,
            name: m.name,
            year: month.year,
            showing: false,
        }
        .into());
    }
    let mut wanted = new.items.clone();
    if let Some(status) = new.all {
        for &(no, _) in &pledged {
            if !new.items.iter().any(|i| i.no == no) {
                wanted.push(ItemStatus {
                    no,
                    status,
                    note: String::new(),
                });
            }
        }
    }
    if wanted.is_empty() {
        return Err(user_msg(
            Msg::new("report-no-item"),
            Some(Msg::new("report-no-item-hint")),
        ));
    }
    let mut item_ids = Vec::with_capacity(wanted.len());
    for (i, item) in wanted.iter().enumerate() {
        if wanted[..i].iter().any(|other| other.no == item.no) {
            return Err(user_msg(
                Msg::new("report-item-twice").arg("no", item.no),
                Some(Msg::new("report-item-twice-hint")),
            ));
        }
        let Some((_, id)) = pledged.iter().find(|(no, _)| *no == item.no) else {
            return Err(NotPledged {
                code: m.code,
                year: month.year,
                no: item.no,
                numbers: pledged.iter().map(|(no, _)| *no).collect(),
            }
            .into());
        };
        item_ids.push(*id);
    }
    let old = load(&w.tx, member_id, &m.code, month)?;
    if let Some((id, old)) = &old {
        if !new.replace {
            return Err(ReportExists {
                code: m.code,
                month,
                submitted_on: old.submitted_on,
            }
            .into());
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
    for (item, id) in wanted.iter().zip(&item_ids) {
        insert.execute(params![report_id, id, item.status.code(), item.note])?;
    }
    let mut items = wanted;
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

#[cfg(test)]
mod tests;
