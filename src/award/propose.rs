//! `award propose`: the titles each member and unit qualifies for in a
//! year, by the rules of DESIGN.md, with the facts behind each. SQLite
//! counts the months, ratings and disciplines and judges each member by
//! them, in one pass; Rust sums the units' shares, ranks the few CSTĐCS
//! candidates and reads the streaks.

use std::collections::{BTreeMap, HashMap, HashSet};

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

use super::rules::{TTLDXS_MIN_PERCENT, Thresholds, at_least_percent, cstdcs_cap};
use crate::dates::{iso, reference_date, year_bounds};
use crate::i18n::{Arg, Msg};
use crate::people::{active_sql, sort_people};
use crate::summary::ended_months;
use crate::text::collator;
use crate::vocab::{Kind, Lang, Rating, Title, from_code};

/// What a proposal rests on, for the council to check.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Facts {
    /// The year's rating of the member or unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    /// Months of the year on whose last day the member was active.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub months_active: Option<u32>,
    /// The initiative it rests on, `MEMBER/YEAR/NO`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initiative: Option<String>,
    /// Done and all statuses of the member's reports of the year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done: Option<(i64, i64)>,
    /// A unit's active members who are LĐTT, and its active members.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ldtt_share: Option<(i64, i64)>,
    /// A unit's CSTĐCS of the year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cstdcs: Option<i64>,
    /// The years of the streak a higher form rests on, as stored: the
    /// English text of the streak's message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub streak: Option<String>,
}

impl Facts {
    /// The facts with a streak: its message, stored in English.
    fn with_streak(self, streak: &Msg) -> Facts {
        Facts {
            streak: Some(streak.text(Lang::En)),
            ..self
        }
    }
}

/// One title proposed for a member or a unit.
#[derive(Debug, Clone, Serialize)]
pub struct Proposal {
    pub year: i32,
    pub title: Title,
    pub kind: Kind,
    /// The member code or the unit name.
    pub subject: String,
    /// The member's name; empty for a unit.
    pub name: String,
    pub unit: String,
    /// The rule it meets, in words (in English when serialised).
    #[serde(serialize_with = "in_english")]
    pub rule: Msg,
    pub facts: Facts,
    /// The streak of the facts, shown in the reader's language.
    #[serde(skip)]
    pub streak: Option<Msg>,
    /// The id of the initiative a CSTĐCS rests on.
    #[serde(skip)]
    pub initiative_id: Option<i64>,
}

/// A message as its English text.
fn in_english<S: serde::Serializer>(msg: &Msg, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&msg.text(Lang::En))
}

/// Everything a year's proposal found.
#[derive(Debug, Clone)]
pub struct Proposals {
    pub thresholds: Thresholds,
    pub list: Vec<Proposal>,
    /// Members who met the CSTĐCS rule, before the cap.
    pub cstdcs_qualified: usize,
    /// How many the cap allowed, if there is one.
    pub cstdcs_cap: Option<u64>,
}

/// The members active on at least one day of the year, with what the
/// rules ask of each: months active, active on the reference date, the
/// year's rating and heaviest discipline (1 reprimand … 4 dismissal).
///
/// Months active are the month ends of the year's `:ended` months that
/// fall in [joined, left): counted by arithmetic on the months of the two
/// dates, since a month's last day is never before a day of it (the month
/// joined counts; the month left does not, its last day not being before
/// the day left).
///
/// `MATERIALIZED`: each member's facts are worked out once, not again in
/// every condition that uses them (12 % fewer instructions at province
/// scale).
fn facts() -> String {
    format!(
        "WITH facts AS MATERIALIZED (
       SELECT m.id, m.code, m.name, m.unit,
         max(0, min(CASE WHEN m.left_on IS NULL THEN :ended
                    ELSE (CAST(substr(m.left_on, 1, 4) AS INTEGER) - :year) * 12
                         + CAST(substr(m.left_on, 6, 2) AS INTEGER) - 1 END, :ended)
                - max((CAST(substr(m.joined, 1, 4) AS INTEGER) - :year) * 12
                      + CAST(substr(m.joined, 6, 2) AS INTEGER), 1) + 1) AS months,
         {} AS active,
         e.rating,
         (SELECT max(CASE d.form WHEN 'reprimand' THEN 1 WHEN 'warning' THEN 2 WHEN 'demotion' THEN 3 ELSE 4 END)
          FROM disciplines d WHERE d.member_id = m.id AND d.year = :year) AS heaviest
       FROM members m
       LEFT JOIN evaluations e ON e.kind = 'member' AND e.subject = m.code AND e.year = :year
       WHERE {}
     )",
        active_sql("m", ":ref", ":ref"),
        active_sql("m", ":first", ":last")
    )
}

/// A member who is LĐTT, with what CSTĐCS asks.
struct Ldtt {
    id: i64,
    code: String,
    name: String,
    unit: String,
    months: u32,
    rating: Rating,
    initiative: Option<(i64, String)>,
    done: (i64, i64),
}

/// A unit's members' figures, summed over the facts.
#[derive(Default)]
struct UnitSums {
    active: i64,
    ldtt_active: i64,
    complete_active: i64,
    barred: bool,
}

/// A unit rated for the year, with its members' figures.
struct UnitFigures {
    unit: String,
    rating: Rating,
    sums: UnitSums,
}

/// One pass over the members' facts (one statement, not one per list):
/// the LĐTT with what CSTĐCS asks, and every unit's sums of its members'
/// figures. SQLite decides each member's conditions; Rust adds them up.
fn members_and_units(
    conn: &Connection,
    year: i32,
    today: NaiveDate,
    t: &Thresholds,
) -> Result<(Vec<Ldtt>, BTreeMap<String, UnitSums>)> {
    let sql = format!(
        "{},
     judged AS (
       SELECT f.*,
         f.months >= :min AND f.rating IN ('good', 'excellent') AND f.heaviest IS NULL AS ldtt,
         f.rating IN ('excellent', 'good', 'complete') AS complete,
         coalesce(f.heaviest, 0) >= 2 AS barring
       FROM facts f
     ),
     chosen AS (
       SELECT j.*,
         CASE WHEN j.ldtt THEN (
           SELECT i2.id FROM initiatives i2 WHERE i2.member_id = j.id AND i2.year = :year
             AND NOT EXISTS (SELECT 1 FROM awards w WHERE w.initiative_id = i2.id
               AND NOT (w.year = :year AND w.title = 'grassroots-emulation-fighter' AND w.kind = 'member' AND w.subject = j.code))
           ORDER BY i2.no LIMIT 1) END AS initiative
       FROM judged j
     )
     SELECT c.id, c.code, c.name, c.unit, c.months, c.rating, i.id, i.no,
       CASE WHEN i.id IS NOT NULL THEN (SELECT coalesce(sum(r.done), 0) FROM reports r
          WHERE r.member_id = c.id AND r.month BETWEEN :m1 AND :m12) END,
       CASE WHEN i.id IS NOT NULL THEN (SELECT coalesce(sum(r.done + r.in_progress + r.not_done), 0) FROM reports r
          WHERE r.member_id = c.id AND r.month BETWEEN :m1 AND :m12) END,
       c.ldtt, c.active, c.complete, c.barring
     FROM chosen c
     LEFT JOIN initiatives i ON i.id = c.initiative",
        facts()
    );
    let (first, last) = year_bounds(year);
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(rusqlite::named_params! {
        ":ref": iso(reference_date(year, today)),
        ":year": year,
        ":ended": ended_months(year, today),
        ":first": iso(first),
        ":last": iso(last),
        ":m1": format!("{year:04}-01"),
        ":m12": format!("{year:04}-12"),
        ":min": t.ldtt_min_months,
    })?;
    let mut ldtt = Vec::new();
    let mut units: BTreeMap<String, UnitSums> = BTreeMap::new();
    // A condition on a NULL (no rating) is false, as `sum` reads it.
    let yes = |r: &rusqlite::Row<'_>, i: usize| -> rusqlite::Result<bool> {
        Ok(r.get::<_, Option<bool>>(i)?.unwrap_or(false))
    };
    while let Some(r) = rows.next()? {
        let is_ldtt = yes(r, 10)?;
        let active = yes(r, 11)?;
        let unit = r.get_ref(3)?.as_str()?;
        if !unit.is_empty() {
            let sums = match units.get_mut(unit) {
                Some(sums) => sums,
                None => units.entry(unit.to_string()).or_default(),
            };
            sums.active += i64::from(active);
            sums.ldtt_active += i64::from(active && is_ldtt);
            sums.complete_active += i64::from(active && yes(r, 12)?);
            sums.barred |= yes(r, 13)?;
        }
        if !is_ldtt {
            continue;
        }
        let rating: String = r.get(5)?;
        let code: String = r.get(1)?;
        let initiative = match (r.get::<_, Option<i64>>(6)?, r.get::<_, Option<i64>>(7)?) {
            (Some(id), Some(no)) => Some((id, format!("{code}/{year}/{no}"))),
            _ => None,
        };
        ldtt.push(Ldtt {
            id: r.get(0)?,
            name: r.get(2)?,
            unit: r.get(3)?,
            months: r.get(4)?,
            rating: from_code(Rating::ALL, &rating)?,
            initiative,
            done: (
                r.get::<_, Option<i64>>(8)?.unwrap_or(0),
                r.get::<_, Option<i64>>(9)?.unwrap_or(0),
            ),
            code,
        });
    }
    Ok((ldtt, units))
}

/// The units rated good or excellent for the year that have members'
/// figures, in the order of their names.
fn unit_figures(
    conn: &Connection,
    year: i32,
    mut sums: BTreeMap<String, UnitSums>,
) -> Result<Vec<UnitFigures>> {
    let mut stmt = conn.prepare(
        "SELECT subject, rating FROM evaluations
         WHERE kind = 'unit' AND year = ?1 AND rating IN ('good', 'excellent')",
    )?;
    let mut rated = Vec::new();
    let mut rows = stmt.query([year])?;
    while let Some(r) = rows.next()? {
        let unit: String = r.get(0)?;
        if let Some(s) = sums.remove(&unit) {
            let rating: String = r.get(1)?;
            rated.push(UnitFigures {
                unit,
                rating: from_code(Rating::ALL, &rating)?,
                sums: s,
            });
        }
    }
    // By name in bytes first (as `GROUP BY` gave them), then by the
    // collator, which keeps that order between names it finds equal.
    rated.sort_by(|a, b| a.unit.cmp(&b.unit));
    let c = collator();
    rated.sort_by(|a, b| c.compare(&a.unit, &b.unit));
    Ok(rated)
}

/// Whether `a` did more of their items than `b`, on the exact fractions
/// (no statuses counts as none done).
fn better_done(a: (i64, i64), b: (i64, i64)) -> std::cmp::Ordering {
    let lhs = i128::from(a.0) * i128::from(b.1.max(1)) * i128::from(a.1 > 0);
    let rhs = i128::from(b.0) * i128::from(a.1.max(1)) * i128::from(b.1 > 0);
    rhs.cmp(&lhs)
}

/// The titles of `year`, by the rules and the thresholds given.
pub fn propose(conn: &Connection, year: i32, today: NaiveDate, t: Thresholds) -> Result<Proposals> {
    // The default page cache: one statement reads the members' facts, and
    // the review's 256 MiB cache spared it few reads at province scale
    // (7,440 → 7,242 in the `sqlite3` shell) for 110 MB more memory.
    let (mut ldtt, sums) = members_and_units(conn, year, today, &t)?;
    sort_people(&mut ldtt, |m| (&m.name, &m.code));
    let mut list: Vec<Proposal> = ldtt
        .iter()
        .map(|m| Proposal {
            year,
            title: Title::AdvancedWorker,
            kind: Kind::Member,
            subject: m.code.clone(),
            name: m.name.clone(),
            unit: m.unit.clone(),
            rule: Msg::new("award-rule-ldtt").arg("months", i64::from(t.ldtt_min_months)),
            facts: Facts {
                rating: Some(m.rating),
                months_active: Some(m.months),
                ..Facts::default()
            },
            streak: None,
            initiative_id: None,
        })
        .collect();

    let mut candidates: Vec<&Ldtt> = ldtt
        .iter()
        .filter(|m| m.initiative.is_some())
        .filter(|m| !t.cstdcs_requires_excellent || m.rating == Rating::Excellent)
        .collect();
    let qualified = candidates.len();
    candidates.sort_by(|a, b| {
        better_done(a.done, b.done).then_with(|| a.code.to_lowercase().cmp(&b.code.to_lowercase()))
    });
    let cap = cstdcs_cap(t.cstdcs_cap_percent, ldtt.len() as u64);
    if let Some(cap) = cap {
        candidates.truncate(usize::try_from(cap).unwrap_or(usize::MAX));
    }
    let mut chosen: Vec<&Ldtt> = candidates;
    sort_people(&mut chosen, |m| (&m.name, &m.code));
    let mut rule = Msg::new("award-rule-cstdcs")
        .arg("year", i64::from(year))
        .arg(
            "excellent",
            if t.cstdcs_requires_excellent {
                "yes"
            } else {
                "no"
            },
        );
    if let Some(cap) = cap {
        rule = Msg::new("award-rule-cstdcs-capped")
            .arg("rule", rule)
            .arg("cap", i64::try_from(cap).unwrap_or(i64::MAX))
            .arg("percent", i64::from(t.cstdcs_cap_percent))
            .arg("ldtt", ldtt.len());
    }
    let mut cstdcs_by_unit: HashMap<&str, i64> = HashMap::new();
    for m in &chosen {
        *cstdcs_by_unit.entry(m.unit.as_str()).or_default() += 1;
        list.push(Proposal {
            year,
            title: Title::GrassrootsEmulationFighter,
            kind: Kind::Member,
            subject: m.code.clone(),
            name: m.name.clone(),
            unit: m.unit.clone(),
            rule: rule.clone(),
            facts: Facts {
                rating: Some(m.rating),
                months_active: Some(m.months),
                initiative: m.initiative.as_ref().map(|i| i.1.clone()),
                done: Some(m.done),
                ..Facts::default()
            },
            streak: None,
            initiative_id: m.initiative.as_ref().map(|i| i.0),
        });
    }

    let units = unit_figures(conn, year, sums)?;
    for u in &units {
        let s = &u.sums;
        let share = Some((s.ldtt_active, s.active));
        let cstdcs = cstdcs_by_unit.get(u.unit.as_str()).copied().unwrap_or(0);
        let ldtt_share = |p: u32| at_least_percent(s.ldtt_active as u64, s.active as u64, p);
        let facts = Facts {
            rating: Some(u.rating),
            ldtt_share: share,
            cstdcs: Some(cstdcs),
            ..Facts::default()
        };
        if !s.barred && ldtt_share(t.ttldtt_min_percent) {
            list.push(unit_proposal(
                year,
                Title::AdvancedCollective,
                &u.unit,
                Msg::new("award-rule-ttldtt").arg("percent", i64::from(t.ttldtt_min_percent)),
                facts.clone(),
            ));
        }
        if !s.barred
            && u.rating == Rating::Excellent
            && s.complete_active == s.active
            && ldtt_share(TTLDXS_MIN_PERCENT)
            && cstdcs > 0
        {
            list.push(unit_proposal(
                year,
                Title::ExcellentCollective,
                &u.unit,
                Msg::new("award-rule-ttldxs").arg("percent", i64::from(TTLDXS_MIN_PERCENT)),
                facts,
            ));
        }
    }

    list.extend(higher_forms(conn, year, &chosen)?);
    Ok(Proposals {
        thresholds: t,
        list,
        cstdcs_qualified: qualified,
        cstdcs_cap: cap,
    })
}

fn unit_proposal(year: i32, title: Title, unit: &str, rule: Msg, facts: Facts) -> Proposal {
    Proposal {
        year,
        title,
        kind: Kind::Unit,
        subject: unit.to_string(),
        name: String::new(),
        unit: unit.to_string(),
        rule,
        facts,
        streak: None,
        initiative_id: None,
    }
}

/// Candidates for Bằng khen cấp tỉnh and Chiến sĩ thi đua cấp tỉnh: earlier
/// years count CSTĐCS granted under a decision, `year` those proposed.
fn higher_forms(conn: &Connection, year: i32, cstdcs: &[&Ldtt]) -> Result<Vec<Proposal>> {
    // The two earlier years' granted CSTĐCS, read once (not a statement
    // per candidate: 4,000 of them at province scale).
    let mut earlier: HashSet<(i32, String)> = HashSet::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT year, subject FROM awards WHERE year BETWEEN ?1 - 2 AND ?1 - 1
               AND title = 'grassroots-emulation-fighter' AND kind = 'member'
               AND decision_id IS NOT NULL",
        )?;
        let rows = stmt.query_map([year], |r| Ok((r.get(0)?, r.get(1)?)))?;
        for row in rows {
            earlier.insert(row?);
        }
    }
    let granted = |y: i32, code: &str| earlier.contains(&(y, code.to_string()));
    let mut certificate: BTreeMap<i64, Proposal> = BTreeMap::new();
    let mut fighter = Vec::new();
    for m in cstdcs {
        if !granted(year - 1, &m.code) {
            continue;
        }
        let streak = Msg::new("award-streak-two")
            .arg("first", i64::from(year - 1))
            .arg("year", i64::from(year));
        let base = Proposal {
            year,
            title: Title::ProvincialCertificate,
            kind: Kind::Member,
            subject: m.code.clone(),
            name: m.name.clone(),
            unit: m.unit.clone(),
            rule: Msg::new("award-rule-certificate-streak"),
            facts: Facts {
                rating: Some(m.rating),
                ..Facts::default()
            }
            .with_streak(&streak),
            streak: Some(streak),
            initiative_id: None,
        };
        if granted(year - 2, &m.code) {
            let streak = Msg::new("award-streak-three")
                .arg("first", i64::from(year - 2))
                .arg("second", i64::from(year - 1))
                .arg("year", i64::from(year));
            fighter.push(Proposal {
                title: Title::ProvincialEmulationFighter,
                rule: Msg::new("award-rule-fighter-streak"),
                facts: base.facts.clone().with_streak(&streak),
                streak: Some(streak),
                ..base.clone()
            });
        }
        certificate.insert(m.id, base);
    }
    // The other road to a Bằng khen: rated excellent two years running,
    // with two initiatives in those years.
    let mut stmt = conn.prepare_cached(
        "SELECT m.id, m.code, m.name, m.unit,
           (SELECT count(*) FROM initiatives i WHERE i.member_id = m.id AND i.year BETWEEN ?1 - 1 AND ?1) AS n
         FROM evaluations a
         JOIN evaluations b ON b.kind = 'member' AND b.subject = a.subject AND b.year = ?1 - 1 AND b.rating = 'excellent'
         JOIN members m ON m.code = a.subject
         WHERE a.kind = 'member' AND a.year = ?1 AND a.rating = 'excellent' AND n >= 2",
    )?;
    let rows = stmt.query_map([year], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, i64>(4)?,
        ))
    })?;
    for row in rows {
        let (id, code, name, unit, n) = row?;
        certificate.entry(id).or_insert_with(|| {
            let streak = Msg::new("award-streak-excellent")
                .arg("first", i64::from(year - 1))
                .arg("year", i64::from(year))
                .arg("initiatives", Arg::Count(n));
            Proposal {
                year,
                title: Title::ProvincialCertificate,
                kind: Kind::Member,
                subject: code,
                name,
                unit,
                rule: Msg::new("award-rule-certificate-excellent"),
                facts: Facts {
                    rating: Some(Rating::Excellent),
                    ..Facts::default()
                }
                .with_streak(&streak),
                streak: Some(streak),
                initiative_id: None,
            }
        });
    }
    let mut out: Vec<Proposal> = certificate.into_values().collect();
    sort_people(&mut out, |p| (&p.name, &p.subject));
    sort_people(&mut fighter, |p| (&p.name, &p.subject));
    out.extend(fighter);
    Ok(out)
}
