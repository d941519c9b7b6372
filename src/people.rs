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
/// `text::compare_people`, in far fewer collator comparisons: each item's
/// ranks (of its given name, of the rest) are looked up once, and the
/// collator weighs codes only between people of the same name.
pub fn sort_people<T>(items: &mut [T], key: impl Fn(&T) -> (&str, &str)) {
    let given = ranks_of(items.iter().map(|t| given_and_rest(key(t).0).0));
    let rest = ranks_of(items.iter().map(|t| given_and_rest(key(t).0).1));
    let ranks: Vec<(u32, u32, u8)> = items
        .iter()
        .map(|t| {
            let (name, code) = key(t);
            let (g, r) = given_and_rest(name);
            (given[g], rest[r], plain_code(code))
        })
        .collect();
    let c = collator();
    // A stable sort of the positions, then the items moved to theirs.
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| {
        let (ga, ra, pa) = ranks[a];
        let (gb, rb, pb) = ranks[b];
        (ga, ra).cmp(&(gb, rb)).then_with(|| {
            let (code_a, code_b) = (key(&items[a]).1, key(&items[b]).1);
            if pa & pb != 0 {
                code_a.cmp(code_b)
            } else {
                c.compare(code_a, code_b)
            }
        })
    });
    for i in 0..order.len() {
        // Where the item for place i is now: places before i were filled
        // by swaps, which left their old items at the places they came from.
        let mut from = order[i];
        while from < i {
            from = order[from];
        }
        order[i] = from;
        items.swap(i, from);
    }
}

/// Which codes are ordered by their bytes as the collator orders them:
/// bit 1 for digits and capital letters only, bit 2 for digits and small
/// letters only. Two codes sharing a bit differ only in letters and digits
/// of one case, each its own primary weight in the order of its byte (the
/// digits before the letters, and Vietnamese adds letters but moves none of
/// a–z), with nothing to weigh at the other levels.
fn plain_code(code: &str) -> u8 {
    let upper = code
        .bytes()
        .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
    let lower = code
        .bytes()
        .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase());
    u8::from(upper) | (u8::from(lower) << 1)
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
    fn plain_codes_in_byte_order_are_in_the_collators_order() {
        let alphabet = ['0', '1', '9', 'A', 'T', 'Z', 'a', 't', 'z', '-', 'Đ'];
        let mut codes = vec![String::new()];
        for len in 1..=3 {
            let mut next = Vec::new();
            for code in codes.iter().filter(|c| c.chars().count() == len - 1) {
                for ch in alphabet {
                    next.push(format!("{code}{ch}"));
                }
            }
            codes.extend(next);
        }
        let c = collator();
        let mut fast = 0;
        for a in &codes {
            for b in &codes {
                if plain_code(a) & plain_code(b) != 0 {
                    fast += 1;
                    assert_eq!(a.cmp(b), c.compare(a, b), "{a:?} {b:?}");
                }
            }
        }
        // Both kinds of code met the byte order, and some pairs did not.
        assert!(fast > 100_000 && fast < codes.len() * codes.len());
        assert_eq!(plain_code("T000182"), 1);
        assert_eq!(plain_code("nv12"), 2);
        assert_eq!(plain_code("0042"), 3);
        assert_eq!(plain_code("Nv12"), 0);
        assert_eq!(plain_code("T-1"), 0);
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
        // Each name three times, under codes of either case, of digits
        // only, with a dash or a Vietnamese letter (the collator's order of
        // codes, by bytes only where that is the same).
        let codes = [
            "NV010", "nv001", "Nv002", "NV002", "0042", "NV-3", "t1", "Đ1", "NV001", "nv010", "T1",
            "d1", "00420",
        ];
        let mut expected: Vec<(String, String)> = (0..names.len() * 3)
            .map(|i| {
                let code = codes[(i * 7) % codes.len()];
                (names[i % names.len()].to_string(), code.to_string())
            })
            .collect();
        let mut fast = expected.clone();
        fast.reverse();
        expected.sort_by(|a, b| crate::text::compare_people(&a.0, &a.1, &b.0, &b.1));
        sort_people(&mut fast, |p| (&p.0, &p.1));
        assert_eq!(fast, expected);
    }
}
