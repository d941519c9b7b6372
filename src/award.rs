//! Emulation titles and commendations: proposals by the rules (`propose`),
//! award decisions, and the titles granted under them.

mod import;
mod propose;
pub mod rules;

pub use import::import;

pub use propose::{Facts, Proposal, Proposals};

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, Row as SqlRow, params};
use serde::Serialize;

use crate::db::Writer;
use crate::error::user_msg;
use crate::i18n::Msg;
use crate::import::Layout;
use crate::initiative::check_recorded_year;
use crate::member::{MAX_NAME, check_text};
use crate::output::{Cell, Column};
use crate::text::{clean, collator, compare_people};
use crate::vocab::{Kind, Level, Title, from_code};

/// The proposals of `year` by the thresholds the settings give.
pub fn propose(conn: &Connection, year: i32, today: NaiveDate) -> Result<Proposals> {
    check_recorded_year("title", year, today)?;
    propose::propose(conn, year, today, rules::thresholds(conn)?)
}

/// The columns of `award propose`.
pub const PROPOSAL_COLUMNS: &[Column] = &[
    Column::new("title", "Danh hiệu", "Title"),
    Column::new("kind", "Loại", "Kind"),
    Column::new("subject", "Đối tượng", "Subject"),
    Column::new("name", "Họ và tên", "Name"),
    Column::new("unit", "Đơn vị", "Unit"),
    Column::new("rating", "Xếp loại", "Rating"),
    Column::new("months_active", "Số tháng công tác", "Months active"),
    Column::new("initiative", "Sáng kiến", "Initiative"),
    Column::new("done_rate", "Tỷ lệ việc đã làm", "Done rate"),
    Column::new("ldtt_share", "Tỷ lệ LĐTT", "LĐTT share"),
    Column::new("cstdcs", "Số CSTĐCS", "CSTĐCS"),
    Column::new("streak", "Chuỗi năm", "Streak"),
    Column::new("rule", "Tiêu chuẩn", "Rule"),
];

impl Proposal {
    pub fn cells(&self) -> Vec<Cell> {
        let f = &self.facts;
        vec![
            Cell::term(self.title),
            Cell::term(self.kind),
            Cell::text(&self.subject),
            Cell::text(&self.name),
            Cell::text(&self.unit),
            Cell::opt_term(f.rating),
            Cell::opt_int(f.months_active.map(i64::from)),
            Cell::text(f.initiative.clone().unwrap_or_default()),
            f.done.map_or(Cell::Empty, |(d, all)| Cell::Rate(d, all)),
            f.ldtt_share
                .map_or(Cell::Empty, |(n, all)| Cell::Rate(n, all)),
            Cell::opt_int(f.cstdcs),
            self.streak.clone().map_or(Cell::text(""), Cell::Msg),
            Cell::Msg(self.rule.clone()),
        ]
    }
}

/// What `apply` did.
#[derive(Debug, Default, Serialize)]
pub struct Applied {
    pub year: i32,
    /// Proposals written.
    pub proposed: u64,
    /// Earlier proposals of the year, not yet decided, that were dropped.
    pub dropped: u64,
    /// Titles already granted under a decision, left as they are.
    pub granted: u64,
}

/// Record the year's proposals in place of its earlier undecided ones;
/// titles already granted stay.
pub fn apply(w: &Writer<'_>, proposals: &Proposals, year: i32) -> Result<Applied> {
    let dropped = list(
        &w.tx,
        &Filter {
            year: Some(year),
            state: Some(State::Proposed),
            ..Filter::default()
        },
    )?;
    w.tx.execute(
        "DELETE FROM awards WHERE year = ? AND decision_id IS NULL",
        [year],
    )?;
    let mut applied = Applied {
        year,
        dropped: dropped.len() as u64,
        ..Applied::default()
    };
    let mut insert = w.tx.prepare_cached(
        "INSERT INTO awards (year, title, kind, subject, initiative_id, facts)
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (year, title, kind, subject) DO NOTHING",
    )?;
    for p in &proposals.list {
        let n = insert.execute(params![
            year,
            p.title.to_string(),
            p.kind.to_string(),
            p.subject,
            p.initiative_id,
            serde_json::to_string(&p.facts)?
        ])?;
        if n == 1 {
            applied.proposed += 1;
        } else {
            applied.granted += 1;
        }
    }
    let dropped: Vec<Award> = dropped.into_iter().map(|l| l.award).collect();
    w.audit(
        "award propose --apply",
        "award",
        &year.to_string(),
        Some(&dropped),
        Some(&applied),
    )?;
    Ok(applied)
}

/// An award decision (quyết định khen thưởng).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision {
    /// Such as `70/QĐ-UBND`.
    pub number: String,
    pub decided_on: NaiveDate,
    pub issuer: String,
    pub level: Level,
}

impl Decision {
    fn validate(&self) -> Result<()> {
        check_text("decision number", &self.number, MAX_NAME, true)?;
        check_text("issuer", &self.issuer, MAX_NAME, true)
    }
}

/// The decision recorded under `number`, compared in any case and with or
/// without diacritics (`70/QĐ-UBND`, `70/qđ-ubnd`, `70/QD-UBND` are one).
fn find_decision(conn: &Connection, number: &str) -> Result<Option<(i64, Decision)>> {
    let wanted = crate::text::fold(number);
    let mut stmt =
        conn.prepare_cached("SELECT id, number, decided_on, issuer, level FROM award_decisions")?;
    let mut rows = stmt.query_map([], |r| {
        let level: String = r.get(4)?;
        Ok((
            r.get::<_, i64>(0)?,
            Decision {
                number: r.get(1)?,
                decided_on: r.get(2)?,
                issuer: r.get(3)?,
                level: from_code(Level::ALL, &level)?,
            },
        ))
    })?;
    rows.try_fold(None, |found, row| {
        let (id, d) = row?;
        Ok(found.or((crate::text::fold(&d.number) == wanted).then_some((id, d))))
    })
}

fn insert_decision(w: &Writer<'_>, d: &Decision) -> Result<i64> {
    w.tx.prepare_cached(
        "INSERT INTO award_decisions (number, decided_on, issuer, level) VALUES (?, ?, ?, ?)",
    )?
    .execute(params![
        d.number,
        d.decided_on,
        d.issuer,
        d.level.to_string()
    ])?;
    Ok(w.tx.last_insert_rowid())
}

/// Which proposals a decision grants.
#[derive(Debug, Clone)]
pub struct Grant {
    pub year: i32,
    /// Only these titles; every title when empty.
    pub titles: Vec<Title>,
    /// Only these members (codes) or units (names); everyone proposed when empty.
    pub subjects: Vec<String>,
}

/// What a decision granted.
#[derive(Debug, Serialize)]
pub struct Decided {
    pub decision: Decision,
    pub year: i32,
    pub granted: Vec<Award>,
}

/// Record a decision and grant under it the proposals it names. A number
/// already recorded, a date after today, a subject without a proposal and
/// a decision that grants nothing are refused.
pub fn decide(w: &Writer<'_>, d: Decision, grant: &Grant, today: NaiveDate) -> Result<Decided> {
    let d = Decision {
        number: clean(&d.number),
        issuer: clean(&d.issuer),
        ..d
    };
    d.validate()?;
    if d.decided_on > today {
        return Err(user_msg(
            Msg::new("award-decision-after-today")
                .arg("number", &d.number)
                .arg("date", d.decided_on)
                .arg("today", today),
            None,
        ));
    }
    if let Some((_, old)) = find_decision(&w.tx, &d.number)? {
        return Err(user_msg(
            Msg::new("award-decision-exists")
                .arg("number", &old.number)
                .arg("date", old.decided_on)
                .arg("issuer", &old.issuer),
            None,
        ));
    }
    let proposed = list(
        &w.tx,
        &Filter {
            year: Some(grant.year),
            state: Some(State::Proposed),
            ..Filter::default()
        },
    )?;
    let wanted = |l: &Listed| {
        (grant.titles.is_empty() || grant.titles.contains(&l.award.title))
            && (grant.subjects.is_empty()
                || grant
                    .subjects
                    .iter()
                    .any(|s| crate::text::fold(s) == crate::text::fold(&l.award.subject)))
    };
    for s in &grant.subjects {
        let folded = crate::text::fold(s);
        if !proposed
            .iter()
            .any(|l| crate::text::fold(&l.award.subject) == folded && wanted(l))
        {
            return Err(NoProposal {
                year: grant.year,
                subject: Some(clean(s)),
                titles: grant.titles.clone(),
            }
            .into());
        }
    }
    let chosen: Vec<Award> = proposed
        .into_iter()
        .filter(|l| wanted(l))
        .map(|l| l.award)
        .collect();
    if chosen.is_empty() {
        return Err(NoProposal {
            year: grant.year,
            subject: None,
            titles: grant.titles.clone(),
        }
        .into());
    }
    let id = insert_decision(w, &d)?;
    let mut set = w.tx.prepare_cached(
        "UPDATE awards SET decision_id = ? WHERE year = ? AND title = ? AND kind = ? AND subject = ?",
    )?;
    let mut granted = Vec::with_capacity(chosen.len());
    for a in chosen {
        set.execute(params![
            id,
            a.year,
            a.title.to_string(),
            a.kind.to_string(),
            a.subject
        ])?;
        granted.push(Award {
            decision: Some(d.clone()),
            ..a
        });
    }
    let decided = Decided {
        decision: d,
        year: grant.year,
        granted,
    };
    w.audit(
        "award decide",
        "award decision",
        &decided.decision.number,
        None::<&()>,
        Some(&decided),
    )?;
    Ok(decided)
}

/// A decision that names no proposal of its year (a subject, or anyone):
/// `cli` says how to see and make proposals.
#[derive(Debug)]
pub struct NoProposal {
    pub year: i32,
    pub subject: Option<String>,
    pub titles: Vec<Title>,
}

impl NoProposal {
    pub fn msg(&self) -> Msg {
        let id = match (&self.subject, self.titles.is_empty()) {
            (Some(_), true) => "award-subject-no-proposal",
            (Some(_), false) => "award-subject-no-proposal-of",
            (None, true) => "award-no-proposal",
            (None, false) => "award-no-proposal-of",
        };
        let codes: Vec<String> = self.titles.iter().map(|t| t.to_string()).collect();
        let msg = Msg::new(id).arg("year", self.year.to_string());
        let msg = match &self.subject {
            Some(s) => msg.arg("subject", s),
            None => msg,
        };
        if codes.is_empty() {
            msg
        } else {
            msg.arg("titles", codes.join(", "))
        }
    }
}

impl std::fmt::Display for NoProposal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.msg().text(crate::i18n::Lang::En))
    }
}

impl std::error::Error for NoProposal {}

/// A title of a year for a member or unit: proposed, or granted under a
/// decision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Award {
    pub year: i32,
    pub title: Title,
    pub kind: Kind,
    pub subject: String,
    /// The initiative a CSTĐCS rests on, `MEMBER/YEAR/NO`.
    pub initiative: Option<String>,
    pub decision: Option<Decision>,
    /// The facts of the proposal, as JSON.
    pub facts: String,
}

#[derive(Debug, Clone)]
pub struct Listed {
    pub award: Award,
    pub name: String,
    pub unit: String,
}

/// The columns of `award list` and `export awards`: the import columns,
/// then the name and unit.
pub const COLUMNS: &[Column] = &[
    Column::new("year", "Năm", "Year"),
    Column::new("title", "Danh hiệu", "Title"),
    Column::new("kind", "Loại", "Kind"),
    Column::new("subject", "Đối tượng", "Subject"),
    Column::new("initiative", "Sáng kiến", "Initiative"),
    Column::new("decision", "Số quyết định", "Decision"),
    Column::new("decided_on", "Ngày quyết định", "Decided on"),
    Column::new("issuer", "Cơ quan ban hành", "Issuer"),
    Column::new("level", "Cấp", "Level"),
    Column::new("facts", "Căn cứ", "Facts"),
    Column::new("name", "Họ và tên", "Name"),
    Column::new("unit", "Đơn vị", "Unit"),
];

const IMPORTED: usize = 10;

pub const LAYOUT: Layout = Layout {
    what: crate::i18n::Msg::new("import-layout-awards"),
    aliases: &[],
    columns: COLUMNS.split_at(IMPORTED).0,
    required: &["year", "title", "kind", "subject"],
    ignored: &["name", "unit"],
    labelled: &[COLUMNS],
    wide: None,
};

impl Listed {
    pub fn cells(&self) -> Vec<Cell> {
        let a = &self.award;
        let d = a.decision.as_ref();
        vec![
            Cell::Int(a.year.into()),
            Cell::term(a.title),
            Cell::term(a.kind),
            Cell::text(&a.subject),
            Cell::text(a.initiative.clone().unwrap_or_default()),
            Cell::text(d.map(|d| d.number.clone()).unwrap_or_default()),
            Cell::Date(d.map(|d| d.decided_on)),
            Cell::text(d.map(|d| d.issuer.clone()).unwrap_or_default()),
            d.map_or(Cell::Empty, |d| Cell::term(d.level)),
            Cell::text(&a.facts),
            Cell::text(&self.name),
            Cell::text(&self.unit),
        ]
    }
}

/// Proposed (no decision yet) or granted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Proposed,
    Granted,
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub year: Option<i32>,
    pub years: Option<(i32, i32)>,
    pub title: Option<Title>,
    pub state: Option<State>,
}

const SELECT: &str = "SELECT a.year, a.title, a.kind, a.subject,
        CASE WHEN i.id IS NOT NULL THEN im.code || '/' || i.year || '/' || i.no END,
        d.number, d.decided_on, d.issuer, d.level, a.facts,
        coalesce(m.name, ''), coalesce(m.unit, a.subject)
     FROM awards a
     LEFT JOIN initiatives i ON i.id = a.initiative_id
     LEFT JOIN members im ON im.id = i.member_id
     LEFT JOIN award_decisions d ON d.id = a.decision_id
     LEFT JOIN members m ON a.kind = 'member' AND m.code = a.subject";

fn from_sql(row: &SqlRow<'_>) -> rusqlite::Result<Listed> {
    let title: String = row.get(1)?;
    let kind: String = row.get(2)?;
    let decision = match row.get::<_, Option<String>>(5)? {
        Some(number) => {
            let level: String = row.get(8)?;
            Some(Decision {
                number,
                decided_on: row.get(6)?,
                issuer: row.get(7)?,
                level: from_code(Level::ALL, &level)?,
            })
        }
        None => None,
    };
    Ok(Listed {
        award: Award {
            year: row.get(0)?,
            title: from_code(Title::ALL, &title)?,
            kind: from_code(Kind::ALL, &kind)?,
            subject: row.get(3)?,
            initiative: row.get(4)?,
            decision,
            facts: row.get(9)?,
        },
        name: row.get(10)?,
        unit: row.get(11)?,
    })
}

/// Awards by year, then title, then people in the Vietnamese order and
/// units by collation.
pub fn list(conn: &Connection, filter: &Filter) -> Result<Vec<Listed>> {
    let (from, to) = match (filter.year, filter.years) {
        (Some(y), _) => (Some(y), Some(y)),
        (None, Some((f, t))) => (Some(f), Some(t)),
        _ => (None, None),
    };
    let state = filter.state.map(|s| s == State::Granted);
    let mut stmt = conn.prepare(&format!(
        "{SELECT} WHERE (?1 IS NULL OR a.year >= ?1) AND (?2 IS NULL OR a.year <= ?2)
           AND (?3 IS NULL OR a.title = ?3)
           AND (?4 IS NULL OR (a.decision_id IS NOT NULL) = ?4)"
    ))?;
    let mut list = stmt
        .query_map(
            params![from, to, filter.title.map(|t| t.to_string()), state],
            from_sql,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let c = collator();
    list.sort_by(|a, b| {
        let (x, y) = (&a.award, &b.award);
        x.year
            .cmp(&y.year)
            .then(x.title.cmp(&y.title))
            .then_with(|| match x.kind {
                Kind::Member => compare_people(&a.name, &x.subject, &b.name, &y.subject),
                _ => c.compare(&x.subject, &y.subject),
            })
    });
    Ok(list)
}
