//! The review's figures month by month: expected and submitted reports and
//! item statuses, by the same rules as the yearly summary (its monthly
//! chart and the members who missed months come from here).

use std::collections::BTreeMap;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use super::count::month_index;
use super::ended_months;
use super::members::Members;
use crate::dates::Month;

/// One month of the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthFigures {
    pub month: Month,
    /// Whether the month has ended (only ended months expect reports).
    pub ended: bool,
    pub expected_reports: i64,
    pub submitted_reports: i64,
    pub items_done: i64,
    pub items_reported: i64,
}

/// Every month of `from..=to` up to today's, with its figures.
pub fn monthly(
    conn: &Connection,
    from: i32,
    to: i32,
    today: NaiveDate,
) -> Result<Vec<MonthFigures>> {
    let mut months: BTreeMap<i32, MonthFigures> = BTreeMap::new();
    let members = Members::load(conn, false)?;
    let this = Month::of(today);
    for year in from..=to {
        let ended = ended_months(year, today) as i32;
        let shown = if year == this.year {
            this.month as i32
        } else if year < this.year {
            12
        } else {
            0
        };
        for m in 0..shown {
            months.insert(
                year * 12 + m,
                MonthFigures {
                    month: Month {
                        year,
                        month: m as u32 + 1,
                    },
                    ended: m < ended,
                    expected_reports: 0,
                    submitted_reports: 0,
                    items_done: 0,
                    items_reported: 0,
                },
            );
        }
        if ended == 0 {
            continue;
        }
        let (first, last) = (year * 12, year * 12 + ended - 1);
        // Members share few spans: count them by span, spread here.
        let y = members.pledges_of(conn, year)?;
        for (lo, hi, n) in members.spans(&y, first, last) {
            for i in lo..=hi {
                if let Some(f) = months.get_mut(&i) {
                    f.expected_reports += n;
                }
            }
        }
        // The submitted reports of a month are all its reports (counted
        // below) less those outside their member's span.
        for (_, i, n) in members.out_of_span(conn, &y, year, ended)? {
            if let Some(f) = months.get_mut(&i) {
                f.submitted_reports -= n;
            }
        }
    }
    let month = month_index("t.month");
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {month}, sum(t.reports), sum(t.done), sum(t.done + t.in_progress + t.not_done)
         FROM report_totals t WHERE t.month BETWEEN ?1 AND ?2 GROUP BY t.month"
    ))?;
    let mut rows = stmt.query([format!("{from:04}-01"), format!("{to:04}-12")])?;
    while let Some(row) = rows.next()? {
        let (i, n, done, all): (i32, i64, i64, i64) =
            (row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?);
        if let Some(f) = months.get_mut(&i) {
            if f.ended {
                f.submitted_reports += n;
            }
            f.items_done += done;
            f.items_reported += all;
        }
    }
    Ok(months.into_values().collect())
}

/// A member who did not submit `missing` of the reports expected of them
/// over the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Absentee {
    pub code: String,
    pub name: String,
    pub unit: String,
    pub missing: i64,
}

/// The members of `year` with a pledge, and the span of month indexes
/// (year × 12 + month − 1) for which each is expected to report.
fn spans_sql() -> String {
    let joined = month_index("m.joined");
    let left = month_index("m.left_on");
    format!(
        "spans(id, lo, hi) AS (
             SELECT m.id, max(?2, {joined}),
                    CASE WHEN m.left_on IS NULL THEN ?3 ELSE min(?3, {left} - 1) END
             FROM members m
             WHERE EXISTS (SELECT 1 FROM pledge_items p WHERE p.year = ?1 AND p.member_id = m.id))"
    )
}

/// Members with at least `at_least` expected reports missing over
/// `from..=to`, most missing first, then in the Vietnamese order of people.
pub fn absentees(
    conn: &Connection,
    from: i32,
    to: i32,
    today: NaiveDate,
    at_least: i64,
) -> Result<Vec<Absentee>> {
    let mut missing: BTreeMap<i64, Absentee> = BTreeMap::new();
    for year in from..=to {
        let ended = ended_months(year, today) as i32;
        if ended == 0 {
            continue;
        }
        let (first, last) = (year * 12, year * 12 + ended - 1);
        let mut stmt = conn.prepare_cached(&format!(
            "WITH {}
             SELECT m.id, m.code, m.name, m.unit, (s.hi - s.lo + 1) -
                    (SELECT count(*) FROM reports r WHERE r.member_id = s.id
                     AND r.month BETWEEN printf('%04d-%02d', s.lo / 12, s.lo % 12 + 1)
                                     AND printf('%04d-%02d', s.hi / 12, s.hi % 12 + 1)) AS missing
             FROM spans s JOIN members m ON m.id = s.id
             WHERE s.lo <= s.hi AND missing > 0",
            spans_sql()
        ))?;
        let mut rows = stmt.query(rusqlite::params![year, first, last])?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let n: i64 = row.get(4)?;
            match missing.get_mut(&id) {
                Some(a) => a.missing += n,
                None => {
                    missing.insert(
                        id,
                        Absentee {
                            code: row.get(1)?,
                            name: row.get(2)?,
                            unit: row.get(3)?,
                            missing: n,
                        },
                    );
                }
            }
        }
    }
    let mut list: Vec<Absentee> = missing
        .into_values()
        .filter(|a| a.missing >= at_least)
        .collect();
    list.sort_by(|a, b| {
        b.missing
            .cmp(&a.missing)
            .then_with(|| crate::text::compare_people(&a.name, &a.code, &b.name, &b.code))
    });
    Ok(list)
}
