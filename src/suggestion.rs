//! Ratings suggested from a year's monthly reports: the counts, the
//! thresholds, and recording them for members not yet rated.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, params};
use serde::Serialize;

use crate::dates::{iso, reference_date};
use crate::db::Writer;
use crate::summary::ended_months;

use crate::evaluation::{Evaluation, check_year, insert_sql};
use crate::output::{Cell, Column};
use crate::people::{active_sql, sort_people};
use crate::vocab::{Kind, Rating, from_code};

/// A member's counts for a year, from which a rating is suggested.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Ended months of the year in which the member was expected to report.
    pub expected_reports: i64,
    /// Those of them with a report.
    pub submitted_reports: i64,
    /// Item statuses `done` over the member's reports of those months.
    pub items_done: i64,
    /// Every item status over the same reports.
    pub items_total: i64,
}

/// `num / den ≥ percent %` on the exact fraction; never true for `den` 0.
fn at_least(num: i64, den: i64, percent: i64) -> bool {
    den > 0 && 100 * num >= percent * den
}

/// The rating the reports suggest: `excellent` if the reporting rate is
/// 100 % and the done rate at least 90 %; `good` for 90 % and 70 %;
/// `complete` for 75 % and 50 %; else `incomplete`. Rates are compared on
/// the exact fractions; a rate without a denominator meets no threshold.
/// None when no report was expected yet: there is nothing to judge.
pub fn suggest_rating(t: Tally) -> Option<Rating> {
    if t.expected_reports == 0 {
        return None;
    }
    let r = |p| at_least(t.submitted_reports, t.expected_reports, p);
    let d = |p| at_least(t.items_done, t.items_total, p);
    Some(if r(100) && d(90) {
        Rating::Excellent
    } else if r(90) && d(70) {
        Rating::Good
    } else if r(75) && d(50) {
        Rating::Complete
    } else {
        Rating::Incomplete
    })
}

/// One line of `evaluate suggest`.
#[derive(Debug, Clone)]
pub struct Suggestion {
    pub code: String,
    pub name: String,
    pub unit: String,
    pub tally: Tally,
    pub suggested: Option<Rating>,
    /// The member's evaluation for the year, if one is recorded.
    pub current: Option<Rating>,
}

/// The columns of `evaluate suggest`.
pub const COLUMNS: &[Column] = &[
    Column::new("code", "Mã", "Code"),
    Column::new("name", "Họ và tên", "Name"),
    Column::new("unit", "Đơn vị", "Unit"),
    Column::new("expected_reports", "Báo cáo phải nộp", "Expected reports"),
    Column::new("submitted_reports", "Báo cáo đã nộp", "Submitted reports"),
    Column::new("reporting_rate", "Tỷ lệ báo cáo", "Reporting rate"),
    Column::new("items_done", "Việc đã làm", "Items done"),
    Column::new("items_total", "Tổng số việc", "Items total"),
    Column::new("done_rate", "Tỷ lệ đã làm", "Done rate"),
    Column::new("suggested_rating", "Xếp loại đề xuất", "Suggested rating"),
    Column::new("current_rating", "Xếp loại hiện có", "Current rating"),
];

impl Suggestion {
    pub fn cells(&self) -> Vec<Cell> {
        let t = &self.tally;
        vec![
            Cell::text(&self.code),
            Cell::text(&self.name),
            Cell::text(&self.unit),
            Cell::Int(t.expected_reports),
            Cell::Int(t.submitted_reports),
            Cell::Rate(t.submitted_reports, t.expected_reports),
            Cell::Int(t.items_done),
            Cell::Int(t.items_total),
            Cell::Rate(t.items_done, t.items_total),
            Cell::opt_term(self.suggested),
            Cell::opt_term(self.current),
        ]
    }
}

/// The reference date of `year` (31 December, or today in the current
/// year) and how many of its months have ended by `today` (their last day
/// is before today).
pub fn reference(year: i32, today: NaiveDate) -> Result<(NaiveDate, u32)> {
    check_year(year, today)?;
    Ok((reference_date(year, today), ended_months(year, today)))
}

/// Suggested ratings for `year`: every member active on the year's
/// reference date with a pledge item in the year, with the reports expected
/// in the months of the year that have ended and the statuses of all the
/// year's reports, in the Vietnamese order of people.
pub fn list(conn: &Connection, year: i32, today: NaiveDate) -> Result<Vec<Suggestion>> {
    let (reference, ended) = reference(year, today)?;
    let mut stmt = conn.prepare(&format!(
        "WITH RECURSIVE
         months (no, month, last_day) AS (
             SELECT 1, printf('%04d-01', ?1), date(printf('%04d-01-01', ?1), '+1 month', '-1 day')
              WHERE ?2 >= 1
             UNION ALL
             SELECT no + 1, printf('%04d-%02d', ?1, no + 1),
                    date(printf('%04d-%02d-01', ?1, no + 1), '+1 month', '-1 day')
               FROM months WHERE no < ?2
         ),
         people AS (
             SELECT id, code, name, unit, joined, left_on FROM members m
              WHERE {}
                AND EXISTS (SELECT 1 FROM pledge_items p WHERE p.year = ?1 AND p.member_id = m.id)
         ),
         expected AS (
             SELECT p.id AS member_id, count(*) AS expected, count(r.id) AS submitted
               FROM people p
               JOIN months mo ON {}
               LEFT JOIN reports r ON r.member_id = p.id AND r.month = mo.month
              GROUP BY p.id
         ),
         statuses AS (
             SELECT r.member_id, sum(r.done) AS done, sum(r.done + r.in_progress + r.not_done) AS total
               FROM reports r
              WHERE r.month BETWEEN printf('%04d-01', ?1) AND printf('%04d-12', ?1)
                AND r.member_id IN (SELECT id FROM people)
              GROUP BY r.member_id
         )
         SELECT p.code, p.name, p.unit,
                coalesce(e.expected, 0), coalesce(e.submitted, 0),
                coalesce(s.done, 0), coalesce(s.total, 0), ev.rating
           FROM people p
           LEFT JOIN expected e ON e.member_id = p.id
           LEFT JOIN statuses s ON s.member_id = p.id
           LEFT JOIN evaluations ev ON ev.kind = 'member' AND ev.subject = p.code AND ev.year = ?1",
        active_sql("", "?3", "?3"),
        active_sql("p", "mo.last_day", "mo.last_day")
    ))?;
    let rows = stmt.query_map(params![year, ended, iso(reference)], |row| {
        let tally = Tally {
            expected_reports: row.get(3)?,
            submitted_reports: row.get(4)?,
            items_done: row.get(5)?,
            items_total: row.get(6)?,
        };
        let current: Option<String> = row.get(7)?;
        Ok(Suggestion {
            code: row.get(0)?,
            name: row.get(1)?,
            unit: row.get(2)?,
            tally,
            suggested: suggest_rating(tally),
            current: current.map(|c| from_code(Rating::ALL, &c)).transpose()?,
        })
    })?;
    let mut list = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    sort_people(&mut list, |s| (&s.name, &s.code));
    Ok(list)
}

/// What `evaluate suggest --apply` did.
#[derive(Debug, Default, Serialize)]
pub struct Applied {
    pub year: i32,
    /// Suggestions recorded as member evaluations.
    pub written: u64,
    /// Members already rated that year, left as they were.
    pub skipped: u64,
    /// Members with no suggestion (no report expected yet), not rated.
    pub without_suggestion: u64,
}

/// Record the suggestions of `year` for the members not yet rated, in the
/// caller's transaction, with one audit entry. Returns the list (current
/// ratings updated) and the counts.
pub fn apply(w: &Writer<'_>, year: i32, today: NaiveDate) -> Result<(Vec<Suggestion>, Applied)> {
    let mut suggestions = list(&w.tx, year, today)?;
    let mut applied = Applied {
        year,
        ..Applied::default()
    };
    for s in &mut suggestions {
        match (s.current, s.suggested) {
            (Some(_), _) => applied.skipped += 1,
            (None, None) => applied.without_suggestion += 1,
            (None, Some(rating)) => {
                insert_sql(
                    w,
                    &Evaluation {
                        kind: Kind::Member,
                        subject: s.code.clone(),
                        year,
                        rating,
                        exemplary: false,
                        note: String::new(),
                    },
                )?;
                s.current = Some(rating);
                applied.written += 1;
            }
        }
    }
    // A run that records nothing changes nothing, so it leaves no line.
    if applied.written > 0 {
        w.audit(
            "evaluate suggest --apply",
            "evaluation",
            &year.to_string(),
            None::<&()>,
            Some(&applied),
        )?;
    }
    Ok((suggestions, applied))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(expected: i64, submitted: i64, done: i64, total: i64) -> Option<Rating> {
        suggest_rating(Tally {
            expected_reports: expected,
            submitted_reports: submitted,
            items_done: done,
            items_total: total,
        })
    }

    #[test]
    fn excellent_needs_every_report_and_nine_tenths_done() {
        assert_eq!(tally(12, 12, 90, 100), Some(Rating::Excellent));
        assert_eq!(tally(12, 12, 36, 36), Some(Rating::Excellent));
        // 899/1000 = 89.9 %, which a rounded rate would show as 89.9 %.
        assert_eq!(tally(12, 12, 899, 1000), Some(Rating::Good));
        // 8999/10000 rounds to 90.0 % on screen, but is below 90 %.
        assert_eq!(tally(12, 12, 8999, 10000), Some(Rating::Good));
        // One report missing: 11/12 = 91.7 %.
        assert_eq!(tally(12, 11, 100, 100), Some(Rating::Good));
    }

    #[test]
    fn good_needs_ninety_and_seventy() {
        assert_eq!(tally(10, 9, 70, 100), Some(Rating::Good));
        assert_eq!(tally(10, 9, 69, 100), Some(Rating::Complete));
        assert_eq!(tally(20, 17, 70, 100), Some(Rating::Complete));
        // 9/10 is exactly 90 %; 89/99 is just below.
        assert_eq!(tally(99, 89, 7, 10), Some(Rating::Complete));
    }

    #[test]
    fn complete_needs_seventy_five_and_fifty() {
        assert_eq!(tally(12, 9, 50, 100), Some(Rating::Complete));
        assert_eq!(tally(12, 9, 49, 100), Some(Rating::Incomplete));
        assert_eq!(tally(12, 8, 100, 100), Some(Rating::Incomplete));
        assert_eq!(tally(4, 3, 1, 2), Some(Rating::Complete));
    }

    #[test]
    fn empty_rates_meet_no_threshold() {
        // Every report submitted but no item status at all: no done rate.
        assert_eq!(tally(12, 12, 0, 0), Some(Rating::Incomplete));
        // No report at all.
        assert_eq!(tally(12, 0, 0, 0), Some(Rating::Incomplete));
        // No month has ended yet: nothing to suggest.
        assert_eq!(tally(0, 0, 0, 0), None);
    }

    #[test]
    fn reference_date_and_ended_months() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default();
        assert_eq!(
            reference(2026, d(2026, 11, 27)).ok(),
            Some((d(2026, 11, 27), 10))
        );
        assert_eq!(
            reference(2026, d(2026, 1, 31)).ok(),
            Some((d(2026, 1, 31), 0))
        );
        assert_eq!(
            reference(2026, d(2026, 2, 1)).ok(),
            Some((d(2026, 2, 1), 1))
        );
        assert_eq!(
            reference(2025, d(2026, 1, 1)).ok(),
            Some((d(2025, 12, 31), 12))
        );
        assert!(reference(2027, d(2026, 12, 31)).is_err());
    }
}
