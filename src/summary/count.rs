//! The review's SQL: each figure counted by SQLite, per year and unit, and
//! the stocks counted once over the period.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, ToSql};

use super::members::{Members, month_text};
use super::{Counts, Review, add, ended_months, key_for, title_key};
use crate::dates::{Month, reference_date};
use crate::error::user_msg;
use crate::i18n::Msg;
use crate::vocab::{Field, Term};

/// Run `sql` and add each row's (unit, key, count) to `counts`.
fn collect(
    conn: &Connection,
    sql: &str,
    params: &[&dyn ToSql],
    counts: &mut Counts,
    units: &mut BTreeSet<String>,
    key: impl Fn(&str) -> &'static str,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(params)?;
    while let Some(row) = rows.next()? {
        let unit: String = row.get(0)?;
        let what: String = row.get(1)?;
        let n: i64 = row.get(2)?;
        let k = key(&what);
        if k.is_empty() {
            continue;
        }
        add(counts, k, &unit, n);
        units.insert(unit);
    }
    Ok(())
}

/// The key of `prefix`'s metric for the field whose code a row holds
/// ("" for none).
fn by_field(prefix: &'static str) -> impl Fn(&str) -> &'static str {
    move |code| {
        Field::ALL
            .iter()
            .find(|f| f.code() == code)
            .map_or("", |f| key_for(prefix, *f))
    }
}

/// Run `sql`, whose rows are a unit then one count per key, and add them.
fn collect_columns(
    conn: &Connection,
    sql: &str,
    params: &[&dyn ToSql],
    keys: &[&'static str],
    counts: &mut Counts,
    units: &mut BTreeSet<String>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(params)?;
    while let Some(row) = rows.next()? {
        let unit: String = row.get(0)?;
        for (i, key) in keys.iter().enumerate() {
            add(
                counts,
                key,
                &unit,
                row.get::<_, Option<i64>>(i + 1)?.unwrap_or(0),
            );
        }
        units.insert(unit);
    }
    Ok(())
}

/// Whether the figures are wanted per unit, or for the whole agency only
/// (which spares the joins that only find each row's unit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Agency,
    ByUnit,
}

impl Scope {
    /// The SQL of a row's unit, given the alias of its member.
    fn unit(self, member: &str) -> String {
        match self {
            Scope::Agency => "''".into(),
            Scope::ByUnit => format!("{member}.unit"),
        }
    }

    /// `GROUP BY` the unit (when wanted) and `more`; nothing at all for the
    /// agency as a whole, so SQLite sums as it scans instead of sorting.
    fn group_by(self, member: &str, more: &str) -> String {
        match (self, more.is_empty()) {
            (Scope::Agency, true) => String::new(),
            (Scope::Agency, false) => format!("GROUP BY {more}"),
            (Scope::ByUnit, true) => format!("GROUP BY {member}.unit"),
            (Scope::ByUnit, false) => format!("GROUP BY {member}.unit, {more}"),
        }
    }

    /// The join that finds the member of a row, when the unit is wanted.
    fn join_member(self, member_id: &str) -> String {
        match self {
            Scope::Agency => String::new(),
            Scope::ByUnit => format!("JOIN members m ON m.id = {member_id}"),
        }
    }
}

/// A month as a number (year × 12 + month − 1) from an ISO date or month.
const fn month_index_sql() -> &'static str {
    "(CAST(substr({d}, 1, 4) AS INTEGER) * 12 + CAST(substr({d}, 6, 2) AS INTEGER) - 1)"
}

pub(super) fn month_index(column: &str) -> String {
    month_index_sql().replace("{d}", column)
}

/// Refuse a review period the wrong way round or reaching past this year.
pub fn check_period(from: i32, to: i32, today: NaiveDate) -> Result<()> {
    if from > to {
        return Err(user_msg(
            Msg::new("summary-from-after-to")
                .arg("from", from.to_string())
                .arg("to", to.to_string()),
            Some(Msg::new("summary-from-after-to-hint")),
        ));
    }
    let current = Month::of(today).year;
    if to > current {
        return Err(user_msg(
            Msg::new("summary-to-after-current")
                .arg("to", to.to_string())
                .arg("current", current.to_string()),
            Some(Msg::new("summary-to-after-current-hint").arg("current", current.to_string())),
        ));
    }
    Ok(())
}

/// Count everything for the years `from..=to`.
pub fn review(
    conn: &Connection,
    from: i32,
    to: i32,
    today: NaiveDate,
    scope: Scope,
) -> Result<Review> {
    check_period(from, to, today)?;
    crate::db::cache_for_rereading(conn)?;
    let unit = scope.unit("m");
    let members = Members::load(conn, scope == Scope::ByUnit)?;
    let mut facts = BTreeMap::new();
    let mut units = BTreeSet::new();
    let mut yearly = BTreeMap::new();
    for year in from..=to {
        let mut c = Counts::new();
        let reference = reference_date(year, today);
        // Members, active on the reference date: registered? evaluated?
        // Their ratings, and the reports each was expected to send.
        let y = members.year(conn, year)?;
        let ended = ended_months(year, today) as i32;
        members.count_year(&y, year, reference, ended, &mut c, &mut units);
        collect(
            conn,
            &format!(
                "SELECT {unit}, p.field, count(*) FROM pledge_items p {}
                 WHERE p.year = ?1 {}",
                scope.join_member("p.member_id"),
                scope.group_by("m", "p.field")
            ),
            &[&year],
            &mut c,
            &mut units,
            by_field("pledge_items"),
        )?;
        collect(
            conn,
            &format!(
                "SELECT {}, 'exemplary_collectives', count(*) FROM evaluations e
                 WHERE e.kind = 'unit' AND e.year = ?1 AND e.exemplary GROUP BY 1",
                if scope == Scope::ByUnit {
                    "e.subject"
                } else {
                    "''"
                }
            ),
            &[&year],
            &mut c,
            &mut units,
            |_| "exemplary_collectives",
        )?;
        let owner = match scope {
            Scope::Agency => "''",
            Scope::ByUnit => "coalesce(mo.owner_unit, om.unit, '')",
        };
        collect(
            conn,
            &format!(
                "SELECT {owner}, mo.field, count(*)
                 FROM models mo LEFT JOIN members om ON om.id = mo.owner_member_id
                 WHERE mo.started <= ?1 AND (mo.retired IS NULL OR ?1 <= mo.retired)
                 GROUP BY 1, 2
                 UNION ALL
                 SELECT {owner}, 'good_or_better', count(*)
                 FROM evaluations e JOIN models mo ON mo.code = e.subject
                 LEFT JOIN members om ON om.id = mo.owner_member_id
                 WHERE e.kind = 'model' AND e.year = ?1 AND e.rating IN ('good', 'excellent')
                 GROUP BY 1"
            ),
            &[&year],
            &mut c,
            &mut units,
            |k| match k {
                "good_or_better" => "models_good_or_better",
                field => Field::ALL
                    .iter()
                    .find(|x| x.code() == field)
                    .map_or("", |f| key_for("running_models", *f)),
            },
        )?;
        // Titles count once granted under a decision: a member's for their
        // unit, a unit's for itself.
        collect(
            conn,
            &format!(
                "SELECT {}, a.title, count(*) FROM awards a
                 LEFT JOIN members m ON a.kind = 'member' AND m.code = a.subject
                 WHERE a.year = ?1 AND a.decision_id IS NOT NULL GROUP BY 1, 2
                 UNION ALL
                 SELECT {unit}, 'initiatives', count(*) FROM initiatives i JOIN members m ON m.id = i.member_id
                 WHERE i.year = ?1 GROUP BY 1",
                if scope == Scope::ByUnit {
                    "coalesce(m.unit, a.subject)"
                } else {
                    "''"
                }
            ),
            &[&year],
            &mut c,
            &mut units,
            title_key,
        )?;
        yearly.insert(year, c);
        facts.insert(year, (reference, y));
    }
    // The statuses of every report of each year's months, summed from the
    // reports' totals by month and unit (see schema.sql); with
    // them the reports of the ended months, of which the submitted ones
    // are all but those outside their member's span.
    for (year, c) in yearly.iter_mut() {
        let ended = ended_months(*year, today) as i32;
        let last = month_text(year * 12 + ended - 1);
        let keys: &[&'static str] = if ended > 0 {
            &[
                "items_done",
                "items_in_progress",
                "items_not_done",
                "submitted_reports",
            ]
        } else {
            &["items_done", "items_in_progress", "items_not_done"]
        };
        collect_columns(
            conn,
            &format!(
                "SELECT {}, sum(t.done), sum(t.in_progress), sum(t.not_done),
                        sum(CASE WHEN t.month <= ?3 THEN t.reports ELSE 0 END)
                 FROM report_totals t
                 WHERE t.month BETWEEN ?1 AND ?2
                 {}",
                scope.unit("t"),
                scope.group_by("t", "")
            ),
            &[&format!("{year:04}-01"), &format!("{year:04}-12"), &last],
            keys,
            c,
            &mut units,
        )?;
        if ended > 0 {
            for (unit, _, n) in members.out_of_span(conn, &facts[year].1, *year, ended)? {
                add(c, "submitted_reports", &unit, -n);
            }
        }
    }
    for c in yearly.values_mut() {
        add_totals(c);
    }
    let years: Vec<_> = facts.values().map(|(d, y)| (*d, y)).collect();
    let mut period_stocks = Counts::new();
    members.count_period(&years, &mut period_stocks, &mut units);
    running_models(conn, from, to, scope, &mut period_stocks, &mut units)?;
    Ok(Review {
        years: (from..=to).collect(),
        yearly,
        period_stocks,
        units,
    })
}

/// The sums that are metrics of their own: pledge items over the fields,
/// running models over the fields, and every status (the done rate's base).
fn add_totals(c: &mut Counts) {
    const PARTS: &[(&str, &[&str])] = &[
        (
            "pledge_items",
            &[
                "pledge_items_economy",
                "pledge_items_culture_society",
                "pledge_items_defense_security",
                "pledge_items_political_system",
            ],
        ),
        (
            "running_models",
            &[
                "running_models_economy",
                "running_models_culture_society",
                "running_models_defense_security",
                "running_models_political_system",
            ],
        ),
        (
            "items_reported",
            &["items_done", "items_in_progress", "items_not_done"],
        ),
    ];
    for (total, parts) in PARTS {
        let mut sums: Vec<(String, i64)> = Vec::new();
        for part in *parts {
            for (unit, n) in c.get(part).into_iter().flatten() {
                sums.push((unit.clone(), *n));
            }
        }
        for (unit, n) in sums {
            add(c, total, &unit, n);
        }
    }
}

/// The models running at some time of the period, per unit, and the
/// period's sums (the members counted once are `Members::count_period`'s).
fn running_models(
    conn: &Connection,
    from: i32,
    to: i32,
    scope: Scope,
    c: &mut Counts,
    units: &mut BTreeSet<String>,
) -> Result<()> {
    let owner = match scope {
        Scope::Agency => "''",
        Scope::ByUnit => "coalesce(mo.owner_unit, om.unit, '')",
    };
    collect(
        conn,
        &format!(
            "SELECT {owner}, mo.field, count(*)
             FROM models mo LEFT JOIN members om ON om.id = mo.owner_member_id
             WHERE mo.started <= ?2 AND (mo.retired IS NULL OR mo.retired >= ?1)
             GROUP BY 1, 2"
        ),
        &[&from, &to],
        c,
        units,
        by_field("running_models"),
    )?;
    add_totals(c);
    Ok(())
}
