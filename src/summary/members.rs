//! The members' side of the review, counted here from one read of the
//! members and, per year, of who pledged and who was evaluated: who was
//! active, registered and evaluated, how many reports each was expected to
//! send, and which reports fall outside their member's span. The same rules
//! as `people::active_sql` and the month indexes of `count`; SQLite would
//! look up a pledge and an evaluation for every member, year after year.

use std::collections::{BTreeSet, HashMap};

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use super::{Counts, add, rating_key};

/// Every member, in id order, with what the counts need.
pub(super) struct Members {
    by_unit: bool,
    ids: Vec<i64>,
    /// Each member's unit, an index into `units` (all `''` for the agency).
    unit: Vec<usize>,
    units: Vec<String>,
    /// ISO dates as stored, compared as SQLite compares their text.
    joined: Vec<String>,
    left: Vec<Option<String>>,
    /// Month indexes (year × 12 + month − 1) of the same dates.
    joined_at: Vec<i32>,
    left_at: Vec<Option<i32>>,
    codes: Vec<String>,
    /// Member positions by code in SQLite's NOCASE folding (ASCII only).
    by_code: HashMap<String, usize>,
}

/// What one year adds to the members: who pledged, and the evaluations.
pub(super) struct Year {
    pledged: Vec<bool>,
    /// Members with an evaluation whose subject is exactly their code.
    evaluated: Vec<bool>,
    /// (member, rating, exemplary) of each member evaluation matching a
    /// member's code without regard to ASCII case.
    ratings: Vec<(usize, String, bool)>,
}

/// SQLite's `CAST(text AS INTEGER)`: the leading digits, with a sign.
fn cast_int(text: &str) -> i32 {
    let t = text.trim_start();
    let (sign, digits) = match t.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, t.strip_prefix('+').unwrap_or(t)),
    };
    let mut n: i32 = 0;
    for b in digits.bytes().take_while(u8::is_ascii_digit) {
        n = n.saturating_mul(10).saturating_add(i32::from(b - b'0'));
    }
    sign * n
}

/// The month index of an ISO date or month, as `count::month_index` in SQL.
fn month_at(date: &str) -> i32 {
    let part = |from: usize, to: usize| date.get(from..to.min(date.len())).unwrap_or("");
    cast_int(part(0, 4)) * 12 + cast_int(part(5, 7)) - 1
}

impl Members {
    pub(super) fn load(conn: &Connection, by_unit: bool) -> Result<Members> {
        let mut m = Members {
            by_unit,
            ids: Vec::new(),
            unit: Vec::new(),
            units: Vec::new(),
            joined: Vec::new(),
            left: Vec::new(),
            joined_at: Vec::new(),
            left_at: Vec::new(),
            codes: Vec::new(),
            by_code: HashMap::new(),
        };
        let mut unit_index: HashMap<String, usize> = HashMap::new();
        if !by_unit {
            m.units.push(String::new());
        }
        let mut stmt = conn.prepare(if by_unit {
            "SELECT id, joined, left_on, code, unit FROM members ORDER BY id"
        } else {
            "SELECT id, joined, left_on, code FROM members ORDER BY id"
        })?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let at = m.ids.len();
            m.ids.push(r.get(0)?);
            let joined: String = r.get(1)?;
            let left: Option<String> = r.get(2)?;
            let code: String = r.get(3)?;
            m.joined_at.push(month_at(&joined));
            m.left_at.push(left.as_deref().map(month_at));
            m.joined.push(joined);
            m.left.push(left);
            m.by_code.insert(code.to_ascii_lowercase(), at);
            m.codes.push(code);
            m.unit.push(if by_unit {
                let unit: String = r.get(4)?;
                let units = &mut m.units;
                *unit_index.entry(unit).or_insert_with_key(|u| {
                    units.push(u.clone());
                    units.len() - 1
                })
            } else {
                0
            });
        }
        Ok(m)
    }

    fn position(&self, id: i64) -> Option<usize> {
        self.ids.binary_search(&id).ok()
    }

    /// Whether member `i` is active on `day` (an ISO date).
    fn active(&self, i: usize, day: &str) -> bool {
        self.joined[i].as_str() <= day && self.left[i].as_deref().is_none_or(|l| l > day)
    }

    /// The months (first, last) member `i` is expected to report in
    /// `first..=last`: from the month they joined to the month before the
    /// one they left; empty when first > last.
    fn span(&self, i: usize, first: i32, last: i32) -> (i32, i32) {
        let lo = first.max(self.joined_at[i]);
        let hi = match self.left_at[i] {
            None => last,
            Some(l) => last.min(l - 1),
        };
        (lo, hi)
    }

    /// Who pledged in `year`.
    fn pledged(&self, conn: &Connection, year: i32) -> Result<Vec<bool>> {
        let mut pledged = vec![false; self.ids.len()];
        let mut stmt =
            conn.prepare_cached("SELECT DISTINCT member_id FROM pledge_items WHERE year = ?1")?;
        let mut rows = stmt.query([year])?;
        while let Some(r) = rows.next()? {
            if let Some(i) = self.position(r.get(0)?) {
                pledged[i] = true;
            }
        }
        Ok(pledged)
    }

    /// Who pledged in `year`, without its evaluations (for the months).
    pub(super) fn pledges_of(&self, conn: &Connection, year: i32) -> Result<Year> {
        Ok(Year {
            pledged: self.pledged(conn, year)?,
            evaluated: Vec::new(),
            ratings: Vec::new(),
        })
    }

    /// Who pledged in `year`, and the year's member evaluations.
    pub(super) fn year(&self, conn: &Connection, year: i32) -> Result<Year> {
        let pledged = self.pledged(conn, year)?;
        let mut evaluated = vec![false; self.ids.len()];
        let mut ratings = Vec::new();
        let mut stmt = conn.prepare_cached(
            "SELECT subject, rating, exemplary FROM evaluations WHERE kind = 'member' AND year = ?1",
        )?;
        let mut rows = stmt.query([year])?;
        while let Some(r) = rows.next()? {
            let subject: String = r.get(0)?;
            if let Some(&i) = self.by_code.get(&subject.to_ascii_lowercase()) {
                if self.codes[i] == subject {
                    evaluated[i] = true;
                }
                ratings.push((i, r.get(1)?, r.get::<_, i64>(2)? != 0));
            }
        }
        Ok(Year {
            pledged,
            evaluated,
            ratings,
        })
    }

    /// Add to `c` the year's active, registered and not evaluated members
    /// on `reference`, the ratings, and (with `ended` months) the expected
    /// reports: per unit, each unit named as SQLite's `GROUP BY` would.
    pub(super) fn count_year(
        &self,
        y: &Year,
        year: i32,
        reference: NaiveDate,
        ended: i32,
        c: &mut Counts,
        units: &mut BTreeSet<String>,
    ) {
        let n = self.units.len();
        let day = reference.format("%Y-%m-%d").to_string();
        let (mut active, mut registered, mut unevaluated) = (vec![0; n], vec![0; n], vec![0; n]);
        let mut expected: Vec<Option<i64>> = vec![None; n];
        let (first, last) = (year * 12, year * 12 + ended - 1);
        for i in 0..self.ids.len() {
            let u = self.unit[i];
            if self.active(i, &day) {
                active[u] += 1;
                registered[u] += i64::from(y.pledged[i]);
                unevaluated[u] += i64::from(!y.evaluated[i]);
            }
            if ended > 0 && y.pledged[i] {
                let (lo, hi) = self.span(i, first, last);
                if lo <= hi {
                    *expected[u].get_or_insert(0) += i64::from(hi - lo + 1);
                }
            }
        }
        let agency = !self.by_unit;
        for (u, unit) in self.units.iter().enumerate() {
            // The agency's sums are one row, even of nothing; a unit's
            // only when it has such members.
            if active[u] > 0 || agency {
                add(c, "active_members", unit, active[u]);
                add(c, "registered_members", unit, registered[u]);
                add(c, "not_evaluated", unit, unevaluated[u]);
                units.insert(unit.clone());
            }
            if ended > 0 && (expected[u].is_some() || agency) {
                add(c, "expected_reports", unit, expected[u].unwrap_or(0));
                units.insert(unit.clone());
            }
        }
        let mut by_rating: HashMap<(usize, &str), i64> = HashMap::new();
        let mut exemplary: Vec<i64> = vec![0; n];
        for (i, rating, ex) in &y.ratings {
            *by_rating
                .entry((self.unit[*i], rating.as_str()))
                .or_default() += 1;
            exemplary[self.unit[*i]] += i64::from(*ex);
        }
        for ((u, rating), count) in by_rating {
            let key = rating_key(rating);
            if !key.is_empty() {
                add(c, key, &self.units[u], count);
                units.insert(self.units[u].clone());
            }
        }
        for (u, count) in exemplary.into_iter().enumerate() {
            if count > 0 {
                add(c, "exemplary_individuals", &self.units[u], count);
                units.insert(self.units[u].clone());
            }
        }
    }

    /// The members counted once over the period: active on some year's
    /// reference date, and registered (active and pledged) in some year.
    pub(super) fn count_period(
        &self,
        years: &[(NaiveDate, &Year)],
        c: &mut Counts,
        units: &mut BTreeSet<String>,
    ) {
        let n = self.units.len();
        let days: Vec<(String, &Year)> = years
            .iter()
            .map(|(d, y)| (d.format("%Y-%m-%d").to_string(), *y))
            .collect();
        let (mut active, mut registered) = (vec![0i64; n], vec![0i64; n]);
        for i in 0..self.ids.len() {
            let mut was_active = false;
            let mut was_registered = false;
            for (day, y) in &days {
                if self.active(i, day) {
                    was_active = true;
                    was_registered |= y.pledged[i];
                }
            }
            active[self.unit[i]] += i64::from(was_active);
            registered[self.unit[i]] += i64::from(was_registered);
        }
        for (u, unit) in self.units.iter().enumerate() {
            if active[u] > 0 {
                add(c, "active_members", unit, active[u]);
                units.insert(unit.clone());
            }
            if registered[u] > 0 {
                add(c, "registered_members", unit, registered[u]);
                units.insert(unit.clone());
            }
        }
    }

    /// The members with a pledge in `y` by their span of expected months
    /// within `first..=last` (non-empty spans only): (lo, hi, how many).
    pub(super) fn spans(&self, y: &Year, first: i32, last: i32) -> Vec<(i32, i32, i64)> {
        let mut spans: HashMap<(i32, i32), i64> = HashMap::new();
        for i in 0..self.ids.len() {
            if y.pledged[i] {
                let (lo, hi) = self.span(i, first, last);
                if lo <= hi {
                    *spans.entry((lo, hi)).or_default() += 1;
                }
            }
        }
        spans.into_iter().map(|((lo, hi), n)| (lo, hi, n)).collect()
    }

    /// The reports of the ended months of `year` outside their member's
    /// span (a member without a pledge that year, a month before they
    /// joined or from the month they left), by unit and month index. Few
    /// members have such months: their reports are looked up one by one.
    pub(super) fn out_of_span(
        &self,
        conn: &Connection,
        y: &Year,
        year: i32,
        ended: i32,
    ) -> Result<Vec<(String, i32, i64)>> {
        let (first, last) = (year * 12, year * 12 + ended - 1);
        let mut counts: HashMap<(usize, i32), i64> = HashMap::new();
        let mut stmt = conn.prepare_cached(
            "SELECT month FROM reports WHERE member_id = ?1 AND month BETWEEN ?2 AND ?3",
        )?;
        let (from, to) = (format!("{year:04}-01"), month_text(last));
        for i in 0..self.ids.len() {
            let pledged = y.pledged[i];
            let j = self.joined_at[i];
            let l = self.left_at[i];
            if pledged && j <= first && l.is_none_or(|l| l > last) {
                continue;
            }
            let mut rows = stmt.query(rusqlite::params![self.ids[i], from, to])?;
            while let Some(r) = rows.next()? {
                let month: String = r.get(0)?;
                let at = month_at(&month);
                if !pledged || j > at || l.is_some_and(|l| at >= l) {
                    *counts.entry((self.unit[i], at)).or_default() += 1;
                }
            }
        }
        Ok(counts
            .into_iter()
            .map(|((u, at), n)| (self.units[u].clone(), at, n))
            .collect())
    }
}

/// The month of a month index, as the database writes it (`2026-03`).
pub(super) fn month_text(index: i32) -> String {
    format!(
        "{:04}-{:02}",
        index.div_euclid(12),
        index.rem_euclid(12) + 1
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_indexes_read_text_as_sqlite_casts_it() {
        assert_eq!(month_at("2026-03-15"), 2026 * 12 + 2);
        assert_eq!(month_at("2026-03"), 2026 * 12 + 2);
        assert_eq!(month_at("20x6-1"), 20 * 12);
        assert_eq!(cast_int(" -12ab"), -12);
        assert_eq!(cast_int(""), 0);
    }
}
