//! `report import`: millions of rows (one per item status), so it streams,
//! looks members and pledge items up in maps loaded once (`index`), and
//! writes through cached statements in the one transaction of the import
//! (`tables`). Its phases: load the index, prepare the tables, check each
//! row, finish.

mod cells;
mod index;
mod tables;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};

use super::{Report, check_report_dates, load};
use crate::dates::Month;
use crate::db::Writer;
use crate::i18n::Msg;
use crate::import::{
    CsvInput, ImportCounts, Layout, Outcome, Problems, Row, Subject, Wide, at_key, end, row_message,
};
use crate::member::{MAX_TEXT, check_name_msg, check_text, not_registered_msg};
use crate::pledge::parse_no;
use crate::text::cleaned;
use cells::{parse_day, parse_month, parse_status};
use index::{Index, IntMap};
use tables::Tables;

/// The reports import file: the first six columns of `export reports`, and
/// the member's name, checked against the register where the file has it.
/// The unit, and an item's field and text that a clerk's sheet may show
/// beside its status, are read-only.
pub const LAYOUT: Layout = Layout {
    what: crate::i18n::Msg::new("import-layout-reports"),
    columns: super::COLUMNS.split_at(7).0,
    required: &["member", "month", "item", "status"],
    ignored: &["unit", "field", "text"],
    labelled: &[super::COLUMNS, crate::pledge::COLUMNS],
    aliases: &[
        ("Mã", "member"),
        ("Mã cán bộ", "member"),
        ("Họ tên", "member_name"),
        ("Số thứ tự việc", "item"),
        ("Lĩnh vực", "field"),
        ("Nội dung", "text"),
        ("Nội dung đăng ký", "text"),
        ("Việc làm cụ thể", "text"),
    ],
    wide: Some(&WIDE),
};

/// The wide form `report template` writes: one row per member, a status
/// column and a note column per item (`Việc 1`, `Ghi chú 1` …).
pub const WIDE: Wide = Wide {
    number: "item",
    cells: &[
        ("status", &["Việc", "Item"]),
        ("note", &["Ghi chú", "Note"]),
    ],
};

/// A report this import has met: its month, its id (0 when it was
/// refused), its submission date and the line it was first met on.
struct Met {
    month: Month,
    id: i64,
    submitted_on: NaiveDate,
    line: u64,
    /// Bit n-1 set: item n has been met in this report.
    seen: u64,
}

/// Why a row is not written.
enum Skip {
    /// Its problem, to be located at the row (and its group).
    Bad(Msg),
    /// Its problem is listed already.
    Listed,
    /// The database failed.
    Failed(anyhow::Error),
}

impl From<anyhow::Error> for Skip {
    fn from(e: anyhow::Error) -> Skip {
        Skip::Failed(e)
    }
}

impl From<rusqlite::Error> for Skip {
    fn from(e: rusqlite::Error) -> Skip {
        Skip::Failed(e.into())
    }
}

fn bad<T>(message: Msg) -> Result<T, Skip> {
    Err(Skip::Bad(message))
}

/// An import under way: what it has met and written so far.
struct Import<'i> {
    index: &'i Index,
    tables: Tables,
    replace: bool,
    today: NaiveDate,
    /// Only a file with a name column pays for checking it.
    check_names: bool,
    /// Each member's reports met so far: a few dozen each.
    reports: Vec<Vec<Met>>,
    /// Item numbers above 64 do not fit a report's bit set of items seen.
    high_items: IntMap<(i64, i64), ()>,
    last_member: Option<u32>,
    last_report: Option<(u32, usize)>,
    problems: Problems,
    replaced: Vec<Report>,
    added: u64,
}

/// Import a reports file, all rows or none. Rows of one member and month
/// make one report wherever they stand in the file; they must agree on
/// `submitted_on` (empty: today). A report already in the database is an
/// error, or with `replace` is replaced whole.
pub fn import(
    w: &Writer<'_>,
    input: &mut CsvInput,
    replace: bool,
    today: NaiveDate,
) -> Result<ImportCounts> {
    crate::import::for_millions_of_rows(&w.tx)?;
    let index = Index::load(&w.tx)?;
    let mut import = Import {
        index: &index,
        tables: Tables::prepare(w)?,
        replace,
        today,
        check_names: input.has_column(6),
        reports: (0..index.members.len()).map(|_| Vec::new()).collect(),
        high_items: IntMap::default(),
        last_member: None,
        last_report: None,
        problems: Problems::default(),
        replaced: Vec::new(),
        added: 0,
    };
    while let Some(row) = input.next_readable(|m| import.problems.push(m))? {
        match import.row(w, input, &row) {
            Ok(()) => input.recycle(row),
            Err(Skip::Bad(message)) => import
                .problems
                .push(input.at_group(row.line, row.group, message)),
            Err(Skip::Listed) => {}
            Err(Skip::Failed(e)) => return Err(e),
        }
    }
    let Import {
        tables,
        problems,
        replaced,
        added,
        ..
    } = import;
    end(
        w,
        input,
        &Subject {
            what: Msg::new("import-what-reports"),
            action: "report import",
            entity: "report",
        },
        Outcome {
            problems,
            added,
            replaced: &replaced,
        },
        || tables.finish(&w.tx),
    )
}

impl Import<'_> {
    /// Check a row and, while the file is clean so far, write it.
    fn row(&mut self, w: &Writer<'_>, input: &CsvInput, row: &Row) -> Result<(), Skip> {
        let index = self.index;
        let found = index.member(row.get(0), self.last_member);
        self.last_member = found;
        let Some(mi) = found else {
            let code = cleaned(row.get(0));
            if code.is_empty() {
                return bad(Msg::new("report-row-empty-code"));
            }
            return bad(not_registered_msg(&code));
        };
        let m = &index.members[mi as usize];
        if self.check_names
            && let Err(message) = check_name_msg(&m.code, &m.name, row.get(6))
        {
            return bad(message);
        }
        let month = match parse_month(row.get(1).trim(), self.today) {
            Ok(month) => month,
            Err(e) => return bad(at_key("month", &e)),
        };
        let submitted_cell = row.get(5).trim();
        let submitted_on = if submitted_cell.is_empty() {
            self.today
        } else {
            match parse_day(submitted_cell) {
                Ok(d) => d,
                Err(e) => return bad(at_key("submitted_on", &e)),
            }
        };
        let at = self.report_of(w, input, mi, month, submitted_on, row.line)?;
        self.last_report = Some((mi, at));
        let met = &mut self.reports[mi as usize][at];
        let report_id = met.id;
        if report_id == 0 {
            return bad(Msg::new("report-row-refused-see")
                .arg("code", &m.code)
                .arg("month", month)
                .arg("line", met.line.to_string()));
        }
        if met.submitted_on != submitted_on {
            return bad(Msg::new("report-row-dates-differ")
                .arg("on", submitted_on)
                .arg("first", met.submitted_on)
                .arg("line", met.line.to_string())
                .arg("code", &m.code)
                .arg("month", month));
        }
        let Some(no) = parse_no(row.get(2)) else {
            return bad(
                Msg::new("report-row-bad-item").arg("cell", format!("{:?}", row.get(2).trim()))
            );
        };
        let Some(item_id) = index.item(mi, month.year, no) else {
            return bad(Msg::new("report-row-not-pledged")
                .arg("code", &m.code)
                .arg("no", no)
                .arg("year", month.year.to_string()));
        };
        let status = match parse_status(row.get(3).trim()) {
            Ok(s) => s,
            Err(e) => return bad(at_key("status", &e)),
        };
        let twice = if no <= 64 {
            let bit = 1u64 << (no - 1);
            let twice = met.seen & bit != 0;
            met.seen |= bit;
            twice
        } else {
            self.high_items.insert((report_id, no), ()).is_some()
        };
        if twice {
            return bad(Msg::new("report-row-item-twice")
                .arg("no", no)
                .arg("code", &m.code)
                .arg("month", month));
        }
        let note = cleaned(row.get(4));
        if note.len() > MAX_TEXT
            && let Err(e) = check_text("note", &note, MAX_TEXT, false)
        {
            return bad(row_message(&e));
        }
        if self.problems.is_empty() {
            self.tables
                .add_item(&w.tx, report_id, item_id, status, note.into_owned())?;
        }
        Ok(())
    }

    /// Where among member `mi`'s reports met so far is the one for `month`;
    /// a report first met here (on `line`) is met now, `Skip::Listed` if it
    /// is refused.
    fn report_of(
        &mut self,
        w: &Writer<'_>,
        input: &CsvInput,
        mi: u32,
        month: Month,
        submitted_on: NaiveDate,
        line: u64,
    ) -> Result<usize, Skip> {
        let met_here = &self.reports[mi as usize];
        let found = match self.last_report {
            Some((lm, at)) if lm == mi && met_here[at].month == month => Some(at),
            _ => met_here.iter().position(|r| r.month == month),
        };
        if let Some(at) = found {
            return Ok(at);
        }
        let id = self.new_report(w, input, mi, month, submitted_on, line)?;
        let met_here = &mut self.reports[mi as usize];
        met_here.push(Met {
            month,
            id,
            submitted_on,
            line,
            seen: 0,
        });
        if id == 0 {
            // This row's problem is listed already.
            return Err(Skip::Listed);
        }
        Ok(met_here.len() - 1)
    }

    /// The id of the new report of member `mi` for `month`, replacing the
    /// database's where the import may; 0, its problem listed, if it is
    /// refused.
    fn new_report(
        &mut self,
        w: &Writer<'_>,
        input: &CsvInput,
        mi: u32,
        month: Month,
        submitted_on: NaiveDate,
        line: u64,
    ) -> Result<i64> {
        let tx = &w.tx;
        let m = &self.index.members[mi as usize];
        let mut id = 0;
        // A replaced report's id, taken over by the new one: undo finds the
        // report as it was in the audit log's before-image, by this id.
        let mut reuse = None;
        if let Err(problem) = check_report_dates(month, m.joined, m.left, submitted_on, self.today)
        {
            let message = Msg::new("report-row-refused")
                .arg("code", &m.code)
                .arg("month", month)
                .arg("problem", problem.msg());
            self.problems.push(input.at(line, message));
        } else if self.tables.first_reports {
            id = self.tables.next_id();
        } else {
            let existing: Option<i64> = tx
                .prepare_cached("SELECT id FROM reports WHERE member_id = ? AND month = ?")?
                .query_row(params![m.id, month.to_string()], |r| r.get(0))
                .optional()?;
            match existing {
                None => id = self.tables.next_id(),
                Some(old_id) if self.replace => {
                    if let Some((_, old)) = load(tx, m.id, &m.code, month)? {
                        self.replaced.push(old);
                    }
                    if self.problems.is_empty() {
                        self.tables.delete(tx, old_id)?;
                    }
                    id = old_id;
                    reuse = Some(old_id);
                }
                Some(_) => {
                    let message = Msg::new("report-row-exists")
                        .arg("code", &m.code)
                        .arg("month", month)
                        .arg("month_arg", month.to_string());
                    self.problems.push(input.at(line, message));
                }
            }
        }
        if id != 0 {
            if !self
                .replaced
                .last()
                .is_some_and(|r| r.member == m.code && r.month == month)
            {
                self.added += 1;
            }
            id = self.tables.add_report(m.id, month, submitted_on, reuse);
        }
        Ok(id)
    }
}

#[cfg(test)]
mod tests;
