//! Units (phòng, bộ phận): free text on members, models' owners and unit
//! evaluations, listed and renamed here as one name. A new spelling that
//! differs from an existing unit only by case, spacing or diacritics (the
//! old and new tone placement, "hoá"/"hóa", included) is taken for a typo.

use std::fmt;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, params};
use serde::Serialize;

use crate::dates::iso;
use crate::db::Writer;
use crate::error::user_msg;
use crate::i18n::{Lang, Msg};
use crate::lookup::unknown_unit;
use crate::people::active_sql;
use crate::text::{clean, cleaned, fold};

/// A unit with its members on a date and in all.
#[derive(Debug, Clone, Serialize)]
pub struct Unit {
    pub name: String,
    pub active: i64,
    pub total: i64,
}

/// The letters a unit is known by: folded (case, diacritics, so both tone
/// placements) and without spaces.
fn letters(s: &str) -> String {
    fold(s).chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every unit named anywhere: members', models' owners, unit evaluations.
pub fn names(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT unit FROM members WHERE unit <> ''
         UNION SELECT owner_unit FROM models WHERE owner_unit IS NOT NULL AND owner_unit <> ''
         UNION SELECT subject FROM evaluations WHERE kind = 'unit'",
    )?;
    let names = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(names)
}

/// The units with their active (on `today`) and total members; without
/// `all`, only those with an active member.
pub fn list(conn: &Connection, all: bool, today: NaiveDate) -> Result<Vec<Unit>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT unit,
                sum{},
                count(*)
         FROM members WHERE unit <> '' GROUP BY unit",
        active_sql("", "?1", "?1"),
    ))?;
    let mut units = stmt
        .query_map([iso(today)], |r| {
            Ok(Unit {
                name: r.get(0)?,
                active: r.get(1)?,
                total: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<Unit>>>()?;
    if all {
        for name in names(conn)? {
            if !units.iter().any(|u| u.name == name) {
                units.push(Unit {
                    name,
                    active: 0,
                    total: 0,
                });
            }
        }
    } else {
        units.retain(|u| u.active > 0);
    }
    let collator = crate::text::collator();
    units.sort_by(|a, b| collator.compare(&a.name, &b.name));
    Ok(units)
}

/// A new unit spelled like an existing one.
#[derive(Debug)]
pub struct LooksLike {
    pub typed: String,
    pub existing: String,
}

impl LooksLike {
    pub fn msg(&self) -> Msg {
        Msg::new("unit-looks-like")
            .arg("typed", format!("{:?}", self.typed))
            .arg("existing", format!("{:?}", self.existing))
    }
}

impl fmt::Display for LooksLike {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg().text(Lang::En))
    }
}

impl std::error::Error for LooksLike {}

/// Units known so far, each with its letters folded once (an import
/// checks every row's unit against them).
pub struct Known {
    names: Vec<String>,
    letters: Vec<String>,
}

impl Known {
    pub fn new(names: Vec<String>) -> Known {
        let letters = names.iter().map(|u| letters(u)).collect();
        Known { names, letters }
    }

    /// The existing unit a new spelling folds to, if it is new and folds
    /// to one.
    pub fn looks_like(&self, typed: &str) -> Option<LooksLike> {
        let typed = cleaned(typed);
        if typed.is_empty() || self.names.iter().any(|u| *u == typed) {
            return None;
        }
        let wanted = letters(&typed);
        let at = self.letters.iter().position(|l| *l == wanted)?;
        Some(LooksLike {
            typed: typed.into_owned(),
            existing: self.names[at].clone(),
        })
    }

    /// Know `name` too, if it is new.
    pub fn add(&mut self, name: &str) {
        if !self.names.iter().any(|u| u == name) {
            self.letters.push(letters(name));
            self.names.push(name.to_string());
        }
    }
}

/// Refuse a unit about to be written that looks like an existing one,
/// unless it is meant to be new.
pub fn check_new(conn: &Connection, typed: &str, new_unit: bool) -> Result<()> {
    if new_unit {
        return Ok(());
    }
    match Known::new(names(conn)?).looks_like(typed) {
        Some(err) => Err(err.into()),
        None => Ok(()),
    }
}

/// Renaming onto a unit that already exists, without `--merge`.
#[derive(Debug)]
pub struct WouldMerge {
    pub old: String,
    pub new: String,
}

impl WouldMerge {
    pub fn msg(&self) -> Msg {
        Msg::new("unit-would-merge")
            .arg("new", format!("{:?}", self.new))
            .arg("old", format!("{:?}", self.old))
    }
}

impl fmt::Display for WouldMerge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg().text(Lang::En))
    }
}

impl std::error::Error for WouldMerge {}

/// What a rename changed.
#[derive(Debug, Serialize)]
pub struct Renamed {
    pub old: String,
    pub new: String,
    pub members: usize,
    pub models: usize,
    pub evaluations: usize,
}

/// Rename a unit on its members, the models it owns and its evaluations,
/// in one change. Onto an existing unit only with `merge`; two evaluations
/// of one year cannot be merged.
pub fn rename(w: &Writer<'_>, old: &str, new: &str, merge: bool) -> Result<Renamed> {
    let tx = &w.tx;
    let all = names(tx)?;
    let typed = clean(old);
    let old = match all.iter().find(|u| **u == typed) {
        Some(u) => u.clone(),
        None => {
            let folded = letters(&typed);
            let found: Vec<&String> = all.iter().filter(|u| letters(u) == folded).collect();
            match found.as_slice() {
                [one] => (*one).clone(),
                _ => return Err(unknown_unit(&all, &typed)),
            }
        }
    };
    let new = clean(new);
    crate::text::check_text("unit", &new, crate::text::MAX_NAME, true)?;
    let target = all.iter().find(|u| **u == new).or_else(|| {
        all.iter()
            .find(|u| **u != old && letters(u) == letters(&new))
    });
    let new = match target {
        Some(existing) if *existing != old && !merge => {
            return Err(WouldMerge {
                old,
                new: existing.clone(),
            }
            .into());
        }
        Some(existing) if *existing != old => existing.clone(),
        _ => new,
    };
    let clash: Option<i64> = tx.query_row(
        "SELECT min(a.year) FROM evaluations a JOIN evaluations b
         ON a.kind = 'unit' AND b.kind = 'unit' AND a.year = b.year
         WHERE a.subject = ?1 AND b.subject = ?2 AND ?1 <> ?2",
        params![old, new],
        |r| r.get(0),
    )?;
    if let Some(year) = clash {
        return Err(user_msg(
            Msg::new("unit-both-evaluated")
                .arg("old", format!("{old:?}"))
                .arg("new", format!("{new:?}"))
                .arg("year", year.to_string()),
            None,
        ));
    }
    let members = tx.execute(
        "UPDATE members SET unit = ?2 WHERE unit = ?1",
        params![old, new],
    )?;
    let models = tx.execute(
        "UPDATE models SET owner_unit = ?2 WHERE owner_unit = ?1",
        params![old, new],
    )?;
    let evaluations = tx.execute(
        "UPDATE evaluations SET subject = ?2 WHERE kind = 'unit' AND subject = ?1",
        params![old, new],
    )?;
    let renamed = Renamed {
        old,
        new,
        members,
        models,
        evaluations,
    };
    w.audit(
        "unit rename",
        "unit",
        &renamed.old,
        Some(&renamed.old),
        Some(&renamed),
    )?;
    Ok(renamed)
}
