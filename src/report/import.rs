//! `report import`: millions of rows (one per item status), so it streams,
//! looks members and pledge items up in maps loaded once, and writes
//! through cached statements in the one transaction of the import.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use rusqlite::{OptionalExtension, Transaction, params};

use super::{Report, check_report_dates, load};
use crate::csvin::{CsvInput, ImportCounts, Layout};
use crate::dates::{Month, iso, parse_date};
use crate::db::{Writer, schema};
use crate::heading::Wide;
use crate::member::{MAX_TEXT, check_name, check_text};
use crate::pledge::{parse_no, row_message};
use crate::text::cleaned;
use crate::vocab::{Status, Term};

/// The reports import file: the first six columns of `export reports`, and
/// the member's name, checked against the register where the file has it.
/// The unit, and an item's field and text that a clerk's sheet may show
/// beside its status, are read-only.
pub const LAYOUT: Layout = Layout {
    what: "report list",
    columns: super::COLUMNS.split_at(7).0,
    required: &["member", "month", "item", "status"],
    ignored: &["unit", "field", "text"],
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

/// A fast hash for integer keys (the maps hold millions of them; nothing
/// here comes from an adversary).
#[derive(Default, Clone, Copy)]
struct IntHasher(u64);

impl Hasher for IntHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn finish(&self) -> u64 {
        // splitmix64's finaliser: every bit of the state reaches the low
        // bits, which pick the bucket.
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

type IntMap<K, V> = HashMap<K, V, BuildHasherDefault<IntHasher>>;

struct MemberInfo {
    id: i64,
    code: String,
    name: String,
    joined: NaiveDate,
    left: Option<NaiveDate>,
}

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

/// `YYYY-MM` without allocating; other forms go through `Month::parse`.
fn parse_month(s: &str, today: NaiveDate) -> Result<Month> {
    let b = s.as_bytes();
    if b.len() == 7
        && b[4] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || c.is_ascii_digit())
    {
        let year = (0..4).fold(0, |acc, i| acc * 10 + i32::from(b[i] - b'0'));
        let month = u32::from(b[5] - b'0') * 10 + u32::from(b[6] - b'0');
        if (1..=12).contains(&month) {
            return Ok(Month { year, month });
        }
    }
    Month::parse(s, today)
}

/// `YYYY-MM-DD` without chrono's general parser; other forms go through
/// `parse_date`.
fn parse_day(s: &str) -> Result<NaiveDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10))
        && let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d)
    {
        return Ok(date);
    }
    parse_date(s)
}

/// A date as the database stores it, without chrono's formatter.
fn iso_text(d: NaiveDate) -> String {
    let (y, m, day) = (d.year(), d.month(), d.day());
    if !(0..=9999).contains(&y) {
        return iso(d);
    }
    let mut s = String::with_capacity(10);
    for n in [y as u32 / 100, y as u32 % 100] {
        s.push(char::from(b'0' + (n / 10) as u8));
        s.push(char::from(b'0' + (n % 10) as u8));
    }
    for n in [m, day] {
        s.push('-');
        s.push(char::from(b'0' + (n / 10) as u8));
        s.push(char::from(b'0' + (n % 10) as u8));
    }
    s
}

fn parse_status(s: &str) -> Result<Status> {
    match s {
        "done" => Ok(Status::Done),
        "in-progress" => Ok(Status::InProgress),
        "not-done" => Ok(Status::NotDone),
        other => other.parse(),
    }
}

/// The problems of an import, every one listed as DESIGN.md asks, kept as
/// one text: a file of millions of bad rows (imported twice by mistake)
/// then costs its message and no more.
#[derive(Default)]
struct Problems {
    text: String,
    count: u64,
}

impl Problems {
    fn push(&mut self, problem: String) {
        if self.count > 0 {
            self.text.push('\n');
        }
        self.text.push_str(&problem);
        self.count += 1;
    }

    fn is_empty(&self) -> bool {
        self.count == 0
    }

    fn refuse(self, input: &CsvInput) -> anyhow::Error {
        input.refusal(&self.text, self.count, "reports")
    }
}

/// Rows per multi-row INSERT: one statement per row costs more than the
/// row itself.
const BATCH: usize = 64;

/// `INSERT INTO table (columns) VALUES (?, …), …` for `rows` rows.
fn insert_sql(table: &str, columns: &[&str], rows: usize) -> String {
    let one = format!("({})", vec!["?"; columns.len()].join(", "));
    format!(
        "INSERT INTO {table} ({}) VALUES {}",
        columns.join(", "),
        vec![one; rows].join(", ")
    )
}

const REPORT_COLUMNS: &[&str] = &[
    "id",
    "member_id",
    "month",
    "submitted_on",
    "done",
    "in_progress",
    "not_done",
];
const ITEM_COLUMNS: &[&str] = &["report_id", "item_id", "status", "note"];

/// A new report waiting to be written.
struct NewReport {
    id: i64,
    member_id: i64,
    month: Month,
    submitted_on: NaiveDate,
    /// Its items per status (done, in progress, not done), when the import
    /// holds its reports back to write them with their counts.
    counts: [i64; 3],
}

/// A new item status waiting to be written.
struct NewItem {
    report_id: i64,
    item_id: i64,
    status: Status,
    note: String,
}

/// Rows waiting for a full batch.
#[derive(Default)]
struct Pending {
    reports: Vec<NewReport>,
    items: Vec<NewItem>,
    /// Into an empty table the count triggers are dropped: reports are then
    /// held until the end and written with the counts of their items.
    hold_reports: bool,
}

impl Pending {
    fn write_reports(&mut self, tx: &Transaction<'_>, rows: usize) -> Result<()> {
        let mut stmt = tx.prepare_cached(&insert_sql("reports", REPORT_COLUMNS, rows))?;
        for chunk in self.reports.chunks(rows) {
            let mut i = 1;
            for r in chunk {
                stmt.raw_bind_parameter(i, r.id)?;
                stmt.raw_bind_parameter(i + 1, r.member_id)?;
                stmt.raw_bind_parameter(i + 2, r.month.to_string())?;
                stmt.raw_bind_parameter(i + 3, iso_text(r.submitted_on))?;
                stmt.raw_bind_parameter(i + 4, r.counts[0])?;
                stmt.raw_bind_parameter(i + 5, r.counts[1])?;
                stmt.raw_bind_parameter(i + 6, r.counts[2])?;
                i += 7;
            }
            stmt.raw_execute()?;
        }
        self.reports.clear();
        Ok(())
    }

    fn write_items(&mut self, tx: &Transaction<'_>, rows: usize) -> Result<()> {
        let mut stmt = tx.prepare_cached(&insert_sql("report_items", ITEM_COLUMNS, rows))?;
        for chunk in self.items.chunks(rows) {
            let mut i = 1;
            for item in chunk {
                stmt.raw_bind_parameter(i, item.report_id)?;
                stmt.raw_bind_parameter(i + 1, item.item_id)?;
                stmt.raw_bind_parameter(i + 2, item.status.code())?;
                stmt.raw_bind_parameter(i + 3, item.note.as_str())?;
                i += 4;
            }
            stmt.raw_execute()?;
        }
        self.items.clear();
        Ok(())
    }

    /// Write full batches now, the rest one row at a time at the end.
    fn write(&mut self, tx: &Transaction<'_>, at_end: bool) -> Result<()> {
        let rows = if at_end { 1 } else { BATCH };
        if self.reports.len() >= rows && (at_end || !self.hold_reports) {
            self.write_reports(tx, rows)?;
        }
        if self.items.len() >= rows {
            self.write_items(tx, rows)?;
        }
        Ok(())
    }
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
    let tx = &w.tx;
    // The index pages of millions of rows do not fit SQLite's default
    // cache. Reports are written in batches ahead of or behind their
    // items: where foreign keys are on (`report import` turns them off,
    // having checked every reference itself), they wait for the commit.
    tx.execute_batch("PRAGMA cache_size = -524288; PRAGMA defer_foreign_keys = ON")?;
    let mut members: Vec<MemberInfo> = Vec::new();
    {
        let mut stmt = tx.prepare("SELECT id, code, joined, left_on, name FROM members")?;
        let rows = stmt.query_map([], |r| {
            Ok(MemberInfo {
                id: r.get(0)?,
                code: r.get(1)?,
                joined: r.get(2)?,
                left: r.get(3)?,
                name: r.get(4)?,
            })
        })?;
        for m in rows {
            members.push(m?);
        }
    }
    // Codes as stored, then in ASCII lower case as SQLite's NOCASE compares them.
    let mut by_code: HashMap<&str, u32> = HashMap::with_capacity(members.len());
    let mut by_lower: HashMap<String, u32> = HashMap::with_capacity(members.len());
    let mut index_of_id: IntMap<i64, u32> = IntMap::default();
    for (i, m) in members.iter().enumerate() {
        let i = u32::try_from(i)?;
        by_code.insert(&m.code, i);
        by_lower.insert(m.code.to_ascii_lowercase(), i);
        index_of_id.insert(m.id, i);
    }
    // Each member's pledge items (year, no, id) and the reports met so
    // far: a few dozen each, searched in place, with no hashing per row.
    let mut items: Vec<Vec<(i32, i64, i64)>> = (0..members.len()).map(|_| Vec::new()).collect();
    let mut reports: Vec<Vec<Met>> = (0..members.len()).map(|_| Vec::new()).collect();
    {
        let mut stmt = tx.prepare("SELECT member_id, year, no, id FROM pledge_items")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let Some(&i) = index_of_id.get(&r.get::<_, i64>(0)?) {
                items[i as usize].push((r.get(1)?, r.get(2)?, r.get(3)?));
            }
        }
    }
    drop(index_of_id);

    // Into an empty table, secondary indexes are cheaper built once at the
    // end than kept up row by row, and the reports' status counts cheaper
    // counted here than by the triggers row by row: indexes and triggers are
    // dropped and made again, inside this transaction, from the schema
    // compiled into danvan (never from the SQL the file holds), and the
    // reports are held back to be written with their counts.
    let first_reports: bool =
        tx.query_row("SELECT NOT EXISTS (SELECT 1 FROM reports)", [], |r| {
            r.get(0)
        })?;
    let mut dropped: Vec<String> = Vec::new();
    if first_reports {
        for object in schema::built_in_indexes_and_triggers(&["reports", "report_items"])? {
            let kind = if object.kind == "index" {
                "INDEX"
            } else {
                "TRIGGER"
            };
            tx.execute_batch(&format!(
                "DROP {kind} \"{}\"",
                object.name.replace('"', "\"\"")
            ))?;
            dropped.extend(object.sql);
        }
    }
    let mut next_id: i64 =
        tx.query_row("SELECT coalesce(max(id), 0) + 1 FROM reports", [], |r| {
            r.get(0)
        })?;
    // Undo finds the new reports by their ids, from next_id on, and their
    // items through them; the reports replaced keep their images.
    let bulk_reports = w.bulk("reports", Some(next_id))?;
    let bulk_items = w.bulk("report_items", Some(next_id))?;

    // Item numbers above 64 do not fit a report's bit set of items seen.
    let mut high_items: IntMap<(i64, i64), ()> = IntMap::default();
    let mut pending = Pending {
        hold_reports: first_reports,
        ..Pending::default()
    };
    let mut problems = Problems::default();
    let mut replaced: Vec<Report> = Vec::new();
    let mut added = 0u64;
    let mut last_member: Option<u32> = None;
    // Only a file with a name column pays for checking it.
    let check_names = input.has_column(6);
    let mut last_report: Option<(u32, usize)> = None;
    while let Some(row) = input.next_readable(|m| problems.push(m))? {
        let line = row.line;
        let group = row.group;
        macro_rules! bad {
            ($($arg:tt)*) => {{
                problems.push(input.at_group(line, group, format!($($arg)*)));
                continue;
            }};
        }
        // Rows of one member mostly come together.
        let cell = row.get(0);
        let found = match last_member {
            Some(mi) if members[mi as usize].code == cell => Some(mi),
            _ => {
                let code = cleaned(cell);
                by_code
                    .get(code.as_ref())
                    .or_else(|| by_lower.get(&code.to_ascii_lowercase()))
                    .copied()
            }
        };
        last_member = found;
        let Some(mi) = found else {
            let code = cleaned(cell);
            if code.is_empty() {
                bad!("member: the member code is empty");
            }
            bad!(
                "member: there is no member with code {code:?}; import the members first (`danvan member import`)"
            );
        };
        let m = &members[mi as usize];
        if check_names && let Err(message) = check_name(&m.code, &m.name, row.get(6)) {
            bad!("{message}");
        }
        let month = match parse_month(row.get(1).trim(), today) {
            Ok(month) => month,
            Err(e) => bad!("month: {}", row_message(&e)),
        };
        let submitted_cell = row.get(5).trim();
        let submitted_on = if submitted_cell.is_empty() {
            today
        } else {
            match parse_day(submitted_cell) {
                Ok(d) => d,
                Err(e) => bad!("submitted_on: {}", row_message(&e)),
            }
        };
        let met_here = &mut reports[mi as usize];
        let found = match last_report {
            Some((lm, at)) if lm == mi && met_here[at].month == month => Some(at),
            _ => met_here.iter().position(|r| r.month == month),
        };
        let at = match found {
            Some(at) => at,
            None => {
                let mut id = 0;
                if let Err(message) =
                    check_report_dates(month, m.joined, m.left, submitted_on, today)
                {
                    problems.push(input.at(
                        line,
                        format!("the report of {} for {month} is refused: {message}", m.code),
                    ));
                } else if first_reports {
                    id = next_id;
                } else {
                    let existing: Option<i64> = tx
                        .prepare_cached("SELECT id FROM reports WHERE member_id = ? AND month = ?")?
                        .query_row(params![m.id, month.to_string()], |r| r.get(0))
                        .optional()?;
                    match existing {
                        None => id = next_id,
                        Some(old_id) if replace => {
                            if let Some((_, old)) = load(tx, m.id, &m.code, month)? {
                                replaced.push(old);
                            }
                            if problems.is_empty() {
                                bulk_items.keep(tx, "report_id", old_id)?;
                                bulk_reports.keep(tx, "id", old_id)?;
                                tx.prepare_cached("DELETE FROM report_items WHERE report_id = ?")?
                                    .execute([old_id])?;
                                tx.prepare_cached("DELETE FROM reports WHERE id = ?")?
                                    .execute([old_id])?;
                            }
                            id = next_id;
                        }
                        Some(_) => problems.push(input.at(
                            line,
                            format!(
                                "{} already has a report for {month}; add --replace to replace it whole, or see it with `danvan report show {} --month {month}`",
                                m.code, m.code
                            ),
                        )),
                    }
                }
                if id != 0 {
                    if !replaced
                        .last()
                        .is_some_and(|r| r.member == m.code && r.month == month)
                    {
                        added += 1;
                    }
                    pending.reports.push(NewReport {
                        id,
                        member_id: m.id,
                        month,
                        submitted_on,
                        counts: [0; 3],
                    });
                    next_id += 1;
                }
                met_here.push(Met {
                    month,
                    id,
                    submitted_on,
                    line,
                    seen: 0,
                });
                if id == 0 {
                    // This row's problem is listed already.
                    continue;
                }
                met_here.len() - 1
            }
        };
        last_report = Some((mi, at));
        let met = &mut met_here[at];
        let report_id = met.id;
        if report_id == 0 {
            bad!(
                "the report of {} for {month} is refused (see line {})",
                m.code,
                met.line
            );
        }
        if met.submitted_on != submitted_on {
            bad!(
                "submitted_on {} differs from {} on line {} for the same report ({} {month}); one report has one submission date",
                iso(submitted_on),
                iso(met.submitted_on),
                met.line,
                m.code
            );
        }
        let Some(no) = parse_no(row.get(2)) else {
            bad!(
                "item: {:?} is not an item number (the pledge item's no: 1, 2, 3 …)",
                row.get(2).trim()
            );
        };
        let item_id = items[mi as usize]
            .iter()
            .find(|&&(year, n, _)| year == month.year && n == no)
            .map(|item| item.2);
        let Some(item_id) = item_id else {
            bad!(
                "item: {} has no pledge item {no} in {}; see `danvan pledge list --member {} --year {}`",
                m.code,
                month.year,
                m.code,
                month.year
            );
        };
        let status = match parse_status(row.get(3).trim()) {
            Ok(s) => s,
            Err(e) => bad!("status: {}", row_message(&e)),
        };
        let twice = if no <= 64 {
            let bit = 1u64 << (no - 1);
            let twice = met.seen & bit != 0;
            met.seen |= bit;
            twice
        } else {
            high_items.insert((report_id, no), ()).is_some()
        };
        if twice {
            bad!(
                "item {no} appears twice in the report of {} for {month}",
                m.code
            );
        }
        let note = cleaned(row.get(4));
        if note.len() > MAX_TEXT
            && let Err(e) = check_text("note", &note, MAX_TEXT, false)
        {
            bad!("{}", row_message(&e));
        }
        if problems.is_empty() {
            if pending.hold_reports {
                // Held reports are in id order from the first one.
                let first = pending.reports.first().map_or(0, |r| r.id);
                if let Some(r) = usize::try_from(report_id - first)
                    .ok()
                    .and_then(|i| pending.reports.get_mut(i))
                    .filter(|r| r.id == report_id)
                {
                    r.counts[status as usize] += 1;
                }
            }
            pending.items.push(NewItem {
                report_id,
                item_id,
                status,
                note: note.into_owned(),
            });
            pending.write(tx, false)?;
        }
        input.recycle(row);
    }
    if !problems.is_empty() {
        return Err(problems.refuse(input));
    }
    pending.write(tx, true)?;
    for sql in &dropped {
        tx.execute_batch(sql)?;
    }
    bulk_reports.finish(tx)?;
    bulk_items.finish(tx)?;
    let counts = ImportCounts {
        file: input.name.clone(),
        sha256: input.sha256(),
        added,
        replaced: replaced.len() as u64,
    };
    w.audit(
        "report import",
        "report",
        &input.name,
        Some(&replaced),
        Some(&counts),
    )?;
    Ok(counts)
}

#[cfg(test)]
mod tests;
