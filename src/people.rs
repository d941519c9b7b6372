//! People in the Vietnamese order (given name, rest of the name, code) at
//! the scale of a province: every distinct given name and rest of a name
//! is compared with the collator once, and people by the ranks found.
//! And the one rule of when a person was active, in Rust and in SQL.

use std::cmp::Ordering;
use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use crate::text::{collator, given_and_rest};

/// Each distinct word's rank in collation order; words the collator finds
/// equal share a rank.
fn ranks_of<'a>(words: impl Iterator<Item = &'a str>) -> HashMap<String, u32> {
    let mut distinct: Vec<&str> = words.collect();
    distinct.sort_unstable();
    distinct.dedup();
    let c = collator();
    distinct.sort_by(|a, b| c.compare(a, b));
    let mut ranks = HashMap::with_capacity(distinct.len());
    let mut rank = 0;
    for (i, word) in distinct.iter().enumerate() {
        if i > 0 && c.compare(distinct[i - 1], word) != Ordering::Equal {
            rank += 1;
        }
        ranks.insert((*word).to_string(), rank);
    }
    ranks
}

/// Sort anything with a name and a code in the order of
/// `text::compare_people`, in far fewer collator comparisons.
pub fn sort_people<T>(items: &mut [T], key: impl Fn(&T) -> (&str, &str)) {
    let given = ranks_of(items.iter().map(|t| given_and_rest(key(t).0).0));
    let rest = ranks_of(items.iter().map(|t| given_and_rest(key(t).0).1));
    let rank = |name: &str| {
        let (g, r) = given_and_rest(name);
        (given.get(g).copied(), rest.get(r).copied())
    };
    let c = collator();
    items.sort_by(|a, b| {
        let (name_a, code_a) = key(a);
        let (name_b, code_b) = key(b);
        rank(name_a)
            .cmp(&rank(name_b))
            .then_with(|| c.compare(code_a, code_b))
    });
}

/// Every member in the Vietnamese order of people, for exports that go
/// member by member.
pub struct PeopleOrder {
    pub members: Vec<Person>,
}

/// A member as sorting and exports need them.
pub struct Person {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub unit: String,
}

impl PeopleOrder {
    /// Every member, sorted once.
    pub fn load(conn: &Connection) -> Result<PeopleOrder> {
        let mut stmt = conn.prepare("SELECT id, code, name, unit FROM members")?;
        let mut members = stmt
            .query_map([], |r| {
                Ok(Person {
                    id: r.get(0)?,
                    code: r.get(1)?,
                    name: r.get(2)?,
                    unit: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<Person>>>()?;
        sort_people(&mut members, |p| (&p.name, &p.code));
        Ok(PeopleOrder { members })
    }
}

/// The rank of each member id in the Vietnamese order of the people given
/// as (id, name, code), each compared once however often they appear.
pub fn people_ranks<'a>(
    people: impl Iterator<Item = (i64, &'a str, &'a str)>,
) -> HashMap<i64, usize> {
    let mut distinct: HashMap<i64, (&str, &str)> = HashMap::new();
    for (id, name, code) in people {
        distinct.entry(id).or_insert((name, code));
    }
    let mut sorted: Vec<(i64, (&str, &str))> = distinct.into_iter().collect();
    sort_people(&mut sorted, |(_, (name, code))| (name, code));
    sorted
        .into_iter()
        .enumerate()
        .map(|(rank, (id, _))| (id, rank))
        .collect()
}

/// Whether someone who joined on `joined` and left on `left` was active on
/// at least one day from `first` to `last`: the one rule of "active during
/// a period" (a single day is `first == last`). Who joins and leaves on the
/// same day is never active.
pub fn active_during(
    joined: NaiveDate,
    left: Option<NaiveDate>,
    first: NaiveDate,
    last: NaiveDate,
) -> bool {
    let day = joined.max(first);
    day <= last && left.is_none_or(|l| l > day)
}

/// `active_during` as an SQL condition on the `joined` and `left_on` columns
/// of `table` ("" for none), between the SQL expressions `first` and `last`;
/// the same expression twice asks "active on that date".
pub fn active_sql(table: &str, first: &str, last: &str) -> String {
    let t = if table.is_empty() {
        String::new()
    } else {
        format!("{table}.")
    };
    let since = if first == last {
        first.to_string()
    } else {
        format!("max({t}joined, {first})")
    };
    format!("({t}joined <= {last} AND ({t}left_on IS NULL OR {t}left_on > {since}))")
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::params;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// The boundaries of a period, each with what `active_during` answers.
    fn period_cases() -> Vec<(NaiveDate, Option<NaiveDate>, bool)> {
        vec![
            (d(2026, 3, 31), None, true),
            (d(2026, 4, 1), None, false),
            (d(2020, 1, 1), Some(d(2026, 3, 2)), true),
            (d(2020, 1, 1), Some(d(2026, 3, 1)), false),
            // Joined and left the same day: never active.
            (d(2026, 3, 5), Some(d(2026, 3, 5)), false),
            (d(2026, 3, 5), Some(d(2026, 3, 6)), true),
        ]
    }

    #[test]
    fn active_during_a_period() {
        let (first, last) = (d(2026, 3, 1), d(2026, 3, 31));
        for (joined, left, active) in period_cases() {
            assert_eq!(
                active_during(joined, left, first, last),
                active,
                "{joined} {left:?}"
            );
        }
    }

    #[test]
    fn active_sql_says_what_active_during_says() {
        let conn = Connection::open_in_memory().unwrap();
        let sql = format!(
            "SELECT {} FROM (SELECT ?3 AS joined, ?4 AS left_on)",
            active_sql("", "?1", "?2")
        );
        let on_a_day = format!(
            "SELECT {} FROM (SELECT ?2 AS joined, ?3 AS left_on)",
            active_sql("", "?1", "?1")
        );
        for (first, last) in [
            (d(2026, 3, 1), d(2026, 3, 31)),
            (d(2026, 3, 5), d(2026, 3, 5)),
        ] {
            for (joined, left, _) in period_cases() {
                let got: bool = conn
                    .query_row(&sql, params![first, last, joined, left], |r| r.get(0))
                    .unwrap();
                assert_eq!(got, active_during(joined, left, first, last));
                if first == last {
                    let got: bool = conn
                        .query_row(&on_a_day, params![first, joined, left], |r| r.get(0))
                        .unwrap();
                    assert_eq!(got, active_during(joined, left, first, last));
                }
            }
        }
    }

    #[test]
    fn same_order_as_the_collator_name_by_name() {
        let names = [
            "Nguyễn Văn An",
            "Trần Thị An",
            "Lê Văn Ân",
            "Lê Văn Án",
            "Đỗ Thị Ánh",
            "Bùi Ánh",
            "Nguyễn văn an",
            "Phạm Thị Đào",
            "Phạm Thị Dao",
            "Hồ Ư",
            "Hồ U",
            "Vũ Thị Ơn",
            "Vũ Ôn",
            "Nguyễn Văn Bình",
            "Nguyễn Văn Bình",
            "An",
            "Trịnh Công Sơn",
            "Trinh Cong Son",
        ];
        let mut expected: Vec<(String, String)> = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.to_string(), format!("NV{:03}", (i * 7) % 19)))
            .collect();
        let mut fast = expected.clone();
        fast.reverse();
        expected.sort_by(|a, b| crate::text::compare_people(&a.0, &a.1, &b.0, &b.1));
        sort_people(&mut fast, |p| (&p.0, &p.1));
        assert_eq!(fast, expected);
    }
}
